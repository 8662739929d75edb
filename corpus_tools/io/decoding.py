"""Reading one corpus file: bytes to text, with the file's encoding found or checked.

UTF-8 first; UTF-16/32 when the file starts with their byte-order mark or INDEX.md
names them; cp1252 where a latin-1 reading would give C1 control characters; a
file with NUL bytes or many control characters is refused as binary (a control
character opening a line is a paragraph mark of wire copy, not binary data). The
text read then passes the Unicode rule (:mod:`corpus_tools.io.unicode_rules`).
"""

from __future__ import annotations

import codecs
import hashlib
import re
from pathlib import Path

from corpus_tools.errors import CorpusError, is_file, os_reason
from corpus_tools.io.unicode_rules import has_visible_text, repair_text

__all__ = ["read_text"]


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
                return data.decode("cp1252"), "cp1252"
            except UnicodeDecodeError:
                pass
        return data.decode(encoding), encoding
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
        data = path.read_bytes()
    except OSError as exc:
        raise CorpusError(
            f"{where}: cannot be read ({os_reason(exc)}); fix its permissions or remove it from the folder."
        ) from exc
    if not data.strip():
        raise CorpusError(f"{where}: the file is empty; remove it from the folder and INDEX.md.")
    binary = f"{where}: looks like a binary file (NUL or control bytes), not text; convert it to plain text."
    wide = _wide_codec(data, encoding)
    if wide:  # UTF-16/32: NUL bytes are normal, so the binary check reads the decoded text
        try:
            text, enc = data.decode(wide), wide
        except UnicodeDecodeError as exc:
            raise CorpusError(f"{where}: not valid {wide} ({exc.reason}); name the right encoding.") from exc
        if _is_binary(text):
            raise CorpusError(binary)
    else:
        if _is_binary(data):
            raise CorpusError(binary)
        text, enc = _decode(data, where, encoding)
    text, repairs = repair_text(text)
    if not has_visible_text(text):
        what = " once invisible characters are removed" if repairs else ""
        raise CorpusError(
            f"{where}: the file has no visible text{what}; remove it from the folder and INDEX.md."
        )
    return text, enc, hashlib.sha256(data).hexdigest(), repairs
