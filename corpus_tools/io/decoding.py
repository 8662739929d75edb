"""Reading one corpus file: bytes to text, with the file's encoding found or checked.

UTF-8 first; UTF-16/32 when the file starts with their byte-order mark or INDEX.md
names them; UTF-16 without a byte-order mark when its NUL bytes fall on every other
byte (the pattern of mostly-ASCII UTF-16 text); cp1252 where a latin-1 reading would
give C1 control characters; a file with NUL bytes or many control characters is
refused as binary, with the hint to name UTF-16 (a control character opening a line
is a paragraph mark of wire copy, not binary data). A file read with the codec the
user named that also holds UTF-8 sequences ("CafÃ©" once decoded) gives a
:class:`~corpus_tools.errors.CorpusWarning` naming it. A file over
:data:`MAX_DOCUMENT_CHARS` is refused up front with its size. The text read then
passes the Unicode rule (:mod:`corpus_tools.io.unicode_rules`).
"""

from __future__ import annotations

import codecs
import hashlib
import re
import warnings
from pathlib import Path

from corpus_tools.errors import CorpusError, CorpusWarning, is_file, os_reason
from corpus_tools.io.unicode_rules import has_visible_text, repair_text

__all__ = ["MAX_DOCUMENT_CHARS", "check_size", "read_text"]

#: The longest document analysed, in characters: 2,000,000 (about 330,000 words, a long
#: book; a news story is 2,000 to 30,000). Every stage is linear in the length of a text,
#: but a text this long already takes minutes to parse; a longer one is refused up front
#: (split it into documents, e.g. one per chapter or issue).
MAX_DOCUMENT_CHARS = 2_000_000


def check_size(n_chars: int, where: str) -> None:
    """Raise CorpusError when a document of ``n_chars`` characters is over :data:`MAX_DOCUMENT_CHARS`."""
    if n_chars > MAX_DOCUMENT_CHARS:
        raise CorpusError(
            f"{where}: {n_chars:,} characters, over the limit of {MAX_DOCUMENT_CHARS:,} per document; "
            "split it into several documents (one per article, chapter or issue)."
        )


def _is_binary(data: bytes | str) -> bool:
    """NUL bytes, or many control characters in the bytes (or, for UTF-16/32, in the
    decoded text); a control character opening a line is a paragraph mark of wire copy
    (Press Association style), not a sign of binary data."""
    if (b"\x00" if isinstance(data, bytes) else "\x00") in data:
        return True
    sample = data[:4096]
    codes = list(sample) if isinstance(data, bytes) else [ord(ch) for ch in sample]
    controls = sum(
        1
        for i, b in enumerate(codes)
        if b < 32 and b not in (9, 10, 12, 13, 27) and not (i and codes[i - 1] == 10)
    )
    return controls > max(2, len(sample) // 100)


_C1 = re.compile(rb"[\x80-\x9f]")


_LATIN1 = ("latin-1", "latin1", "iso-8859-1", "iso8859-1", "l1", "8859")


_WIDE_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _wide_codec(data: bytes, encoding: str | None) -> str | None:
    """The UTF-16/32 codec of the file (from its BOM or the named encoding), else None."""
    for bom, name in _WIDE_BOMS:
        if data.startswith(bom):
            return name
    try:
        name = codecs.lookup(encoding).name if encoding else ""
    except LookupError:
        return None  # _decode names the unknown codec
    return encoding if name.startswith(("utf-16", "utf-32")) else None


def _bomless_utf16(data: bytes) -> str | None:
    """``utf-16-le``/``utf-16-be`` for UTF-16 without a byte-order mark, else None: over a
    third of the odd (LE) or even (BE) bytes are NUL and almost none of the others."""
    sample = data[:4096]
    half = len(sample) // 2
    if half < 2 or len(data) % 2:
        return None
    even, odd = sample[0 : 2 * half : 2].count(0), sample[1 : 2 * half : 2].count(0)
    if odd > half / 3 and even <= half / 50:
        return "utf-16-le"
    if even > half / 3 and odd <= half / 50:
        return "utf-16-be"
    return None


_UTF8_SEQ = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def _warn_utf8_inside(data: bytes, where: str, encoding: str) -> None:
    """A CorpusWarning when bytes read with a single-byte codec hold UTF-8 sequences."""
    found = _UTF8_SEQ.search(data)
    if found is None:
        return
    seen = found.group().decode(encoding, errors="replace")
    meant = found.group().decode("utf-8")
    warnings.warn(
        f"{where}: read as {encoding}, but it also holds UTF-8 sequences (byte offset {found.start()}: "
        f"{seen!r} for {meant!r}); part of the file is UTF-8: convert it to one encoding.",
        CorpusWarning,
        stacklevel=2,
    )


def _decode(data: bytes, where: str, encoding: str | None) -> tuple[str, str]:
    """Decode bytes: UTF-8 (BOM stripped) first, then the encoding the user named
    (cp1252 when latin-1 is named but the bytes hold C1 codes, which latin-1 reads as controls)."""
    try:
        if data.startswith(b"\xef\xbb\xbf"):
            return data.decode("utf-8-sig"), "utf-8-sig"
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        if encoding is None or encoding.lower().replace("_", "-") in ("utf-8", "utf8"):
            raise CorpusError(
                f"{where}: not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}). "
                "Convert it to UTF-8, or name its encoding, e.g. "
                "load_corpus(..., encoding='cp1252') or an 'encoding' column in INDEX.md."
            ) from exc
    try:
        if _C1.search(data) and encoding.lower().replace("_", "-") in _LATIN1:
            # latin-1 would read these bytes as C1 control characters: Windows text (cp1252)
            try:
                text, encoding = data.decode("cp1252"), "cp1252"
            except UnicodeDecodeError:
                text = data.decode(encoding)
        else:
            text = data.decode(encoding)
        if codecs.lookup(encoding).name not in ("utf-8", "utf-8-sig"):
            _warn_utf8_inside(data, where, encoding)
        return text, encoding
    except LookupError as exc:
        raise CorpusError(f"{where}: unknown encoding {encoding!r}; name a Python codec.") from exc
    except UnicodeDecodeError as exc:
        raise CorpusError(
            f"{where}: neither UTF-8 nor {encoding} (byte 0x{data[exc.start]:02x} at offset "
            f"{exc.start}); name the right encoding."
        ) from exc


def read_text(path: Path, where: str, encoding: str | None) -> tuple[str, str, str, tuple]:
    """(repaired text, codec, sha256 of the bytes, Unicode repairs) of one file."""
    if not is_file(path, where):
        raise CorpusError(f"{where}: not a regular file; list text files only.")
    try:
        n_bytes = path.stat().st_size
        if n_bytes > 4 * MAX_DOCUMENT_CHARS:  # over the limit in any encoding: not read
            raise CorpusError(
                f"{where}: {n_bytes:,} bytes, over the limit of {MAX_DOCUMENT_CHARS:,} characters per "
                "document; split it into several documents (one per article, chapter or issue)."
            )
        data = path.read_bytes()
    except OSError as exc:
        raise CorpusError(
            f"{where}: cannot be read ({os_reason(exc)}); fix its permissions or remove it from the folder."
        ) from exc
    if not data.strip():
        raise CorpusError(f"{where}: the file is empty; remove it from the folder and INDEX.md.")
    binary = (
        f"{where}: looks like a binary file (NUL or control bytes), not text; convert it to plain text "
        "(or, if it is UTF-16 text, name its encoding: encoding='utf-16')."
    )
    wide = _wide_codec(data, encoding) or (_bomless_utf16(data) if encoding is None else None)
    if wide:  # UTF-16/32: NUL bytes are normal, so the binary check reads the decoded text
        try:
            text, enc = data.decode(wide), wide
        except UnicodeDecodeError as exc:
            raise CorpusError(
                f"{where}: not valid {wide} ({exc.reason}); name the right encoding, e.g. encoding='utf-16'."
            ) from exc
        if _is_binary(text):
            raise CorpusError(binary)
    else:
        if _is_binary(data):
            raise CorpusError(binary)
        text, enc = _decode(data, where, encoding)
    check_size(len(text), where)
    text, repairs = repair_text(text)
    if not has_visible_text(text):
        what = " once invisible characters are removed" if repairs else ""
        raise CorpusError(
            f"{where}: the file has no visible text{what}; remove it from the folder and INDEX.md."
        )
    return text, enc, hashlib.sha256(data).hexdigest(), repairs
