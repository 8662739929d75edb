"""Saved web pages and WARC archives as corpus documents: main text and metadata read from the page.

A corpus folder may hold, beside its ``.txt`` files, saved pages (``.html``, ``.htm`` and
their ``.gz``) and WARC archives (``.warc``, ``.warc.gz``, from a crawler, the Internet
Archive or a news crawl). Each page, and each HTML response record of a WARC, becomes one
document:

* its ``text`` is the article's main text as trafilatura extracts it (options fitted to
  news: comments and tables off, one paragraph per block, paragraphs separated by a blank
  line), so offsets and the side-by-side view point into the extracted text;
* its metadata fill the columns of :data:`WEB_COLUMNS`: ``title``, ``published`` (htmldate's
  original publication date), ``updated`` (the latest date on the page when it differs),
  ``author``, ``outlet`` (the site name, else the domain), ``url``, ``language`` (the page's
  ``lang``), ``source_format`` (``html`` or ``warc``; ``txt`` for text files) and
  ``extracted_from`` (the file's name, or the WARC record's id);
* its ``doc_id`` is the file stem (``bbc.html.gz`` -> ``bbc``) or, for a WARC record, a short
  stable id from the URL (:func:`url_doc_id`).

A page that cannot give an article is skipped with a one-line :class:`CorpusWarning` naming
the file and record (:class:`PageSkipped` says why) and the rest of the corpus loads: no
extractable article, a charset the page does not declare, a truncated ``.gz`` or WARC, a WARC
with no HTML response, a page over :data:`MAX_PAGE_BYTES`, an extracted text under
:data:`MIN_WORDS` words. Pages are read one at a time; a WARC is streamed record by record.

trafilatura, htmldate and warcio are the optional ``web`` extra (``pip install
"corpus_tools[web]"``); the ``.txt`` path never imports them, and a folder with pages but
without the extra fails with one line naming it (:func:`require_web`).
"""

from __future__ import annotations

import codecs
import copy
import gzip
import hashlib
import importlib
import re
import warnings
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from urllib.parse import urlsplit

from corpus_tools.errors import CorpusError, CorpusWarning, os_reason
from corpus_tools.io.paragraphs import count_words

__all__ = [
    "HTML_SUFFIXES",
    "MAX_PAGE_BYTES",
    "MIN_WORDS",
    "WARC_SUFFIXES",
    "WEB_COLUMNS",
    "PageSkipped",
    "article_words",
    "decode_page",
    "extract_page",
    "read_web_file",
    "require_web",
    "url_doc_id",
    "web_format",
    "web_stem",
]

HTML_SUFFIXES = (".html", ".htm", ".html.gz", ".htm.gz")
WARC_SUFFIXES = (".warc", ".warc.gz")
#: the metadata columns a web page fills, in the corpus frame's order
WEB_COLUMNS = (
    "title",
    "published",
    "updated",
    "author",
    "outlet",
    "url",
    "language",
    "source_format",
    "extracted_from",
)
#: a page (or a WARC record's body) larger than this is skipped: news pages weigh 50 kB to 3 MB
MAX_PAGE_BYTES = 16 * 2**20
#: an extracted text shorter than this is probably not an article (an index, a paywall, an error page)
MIN_WORDS = 50
EXTRA = "web"
UNKNOWN = "unknown"
#: trafilatura's options for news: no comments, no tables, no images or links, nothing deduplicated
_EXTRACT = dict(include_comments=False, include_tables=False, with_metadata=True, deduplicate=False)
#: charsets browsers read as windows-1252 (the WHATWG Encoding Standard)
_AS_CP1252 = {"iso-8859-1", "iso8859-1", "latin-1", "latin1", "us-ascii", "ascii", "windows-1252", "cp1252"}
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
#: characters of scripts written without spaces between words (Chinese, Japanese, Thai)
_UNSPACED = re.compile("[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_HTTP_CHARSET = re.compile(r"charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.I)


class PageSkipped(Exception):
    """A page gave no document; the message says why and what to do (shown after the file name)."""


@cache
def _modules() -> tuple:
    """trafilatura, htmldate and warcio's ArchiveIterator, imported once (the ``web`` extra)."""
    names = ("trafilatura", "htmldate", "warcio.archiveiterator", "warcio.exceptions")
    return tuple(importlib.import_module(n) for n in names)


def require_web(path: str | Path) -> None:
    """Raise CorpusError naming the ``web`` extra when trafilatura, htmldate or warcio is missing.

    Raises:
        CorpusError: ``path`` holds web pages and the extra is not installed.
    """
    try:
        _modules()
    except ImportError as exc:
        raise CorpusError(
            f"{path}: holds web pages (HTML or WARC), which need the optional '{EXTRA}' dependencies "
            f"({exc.name} is missing); install them with: pip install 'corpus_tools[{EXTRA}]'."
        ) from exc


def web_format(name: str | Path) -> str | None:
    """``"html"``, ``"warc"`` or None (not a web file), from the file name.

    Example:
        >>> web_format("pages/bbc.html.gz"), web_format("crawl.warc.gz"), web_format("000.txt")
        ('html', 'warc', None)
    """
    low = str(name).lower()
    if low.endswith(HTML_SUFFIXES):
        return "html"
    if low.endswith(WARC_SUFFIXES):
        return "warc"
    return None


def web_stem(name: str | Path) -> str:
    """The file name without its web suffix: the ``doc_id`` of a saved page.

    Example:
        >>> web_stem("pages/bbc-iran.html.gz")
        'bbc-iran'
    """
    base = Path(name).name
    for suffix in (*HTML_SUFFIXES, *WARC_SUFFIXES):
        if base.lower().endswith(suffix) and len(base) > len(suffix):
            return base[: -len(suffix)]
    return Path(base).stem


def url_doc_id(url: str) -> str:
    """A short stable ``doc_id`` for a WARC record: the site and 8 hex digits of the URL's SHA-1.

    Example:
        >>> url_doc_id("https://www.example.com/world/iran-missiles.html")
        'example-com-d11a0c11'
    """
    host = (urlsplit(url).hostname or "page").removeprefix("www.")
    site = re.sub(r"[^a-z0-9]+", "-", host.lower()).strip("-")[:40] or "page"
    return f"{site}-{hashlib.sha1(url.encode('utf-8')).hexdigest()[:8]}"


# --------------------------------------------------------------------------- bytes -> str


def _declared(data: bytes, content_type: str | None) -> str | None:
    """The charset the HTTP header or the page's <meta> declares (None if neither does)."""
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    found = _HTTP_CHARSET.search(content_type or "")
    if found:
        return found.group(1)
    meta = _META_CHARSET.search(data[:16_384])
    return meta.group(1).decode("ascii") if meta else None


def decode_page(
    data: bytes, *, content_type: str | None = None, fallback: str | None = None, where: str = "page"
) -> tuple[str, str]:
    """The page as text and the codec used: the declared charset, else UTF-8, else ``fallback``.

    A page declared windows-1252 (or Latin-1, or ASCII) whose bytes are UTF-8 is read as UTF-8
    with a :class:`CorpusWarning` naming ``where``.

    Raises:
        PageSkipped: the bytes are not in the charset the page declares, or it declares none
            and is neither UTF-8 nor ``fallback``.
    """
    declared = _declared(data, content_type)
    if declared is None:
        for codec in ("utf-8", fallback):
            if codec:
                try:
                    return data.decode(codec), codec
                except (UnicodeDecodeError, LookupError):
                    continue
        raise PageSkipped(
            "declares no charset and is not UTF-8; add <meta charset=...> to the page or pass encoding=..."
        )
    codec = "cp1252" if declared.lower() in _AS_CP1252 else declared
    try:
        codecs.lookup(codec)
    except LookupError:
        raise PageSkipped(f"declares the unknown charset {declared!r}; fix its <meta charset>") from None
    if codec == "cp1252" and not data.isascii():
        try:  # a UTF-8 page labelled windows-1252 (a common mistake) would decode as mojibake
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            pass
        else:
            warnings.warn(
                f"{where}: declares the charset {declared} but is UTF-8; read as UTF-8. "
                "Fix its <meta charset>.",
                CorpusWarning,
                stacklevel=7,
            )
            return text, "utf-8"
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        raise PageSkipped(
            f"is not in the charset it declares ({declared}): byte {data[exc.start]:#04x} at offset "
            f"{exc.start}; save it again in its own charset or fix its <meta charset>"
        ) from None
    return text, codec.removesuffix("-sig")


# --------------------------------------------------------------------------- HTML -> record


def _first(*values) -> str:
    for v in values:
        if isinstance(v, str) and v.strip():
            return " ".join(v.split())
    return UNKNOWN


def _language(tree) -> str:
    lang = tree.get("lang") or tree.get("xml:lang") or ""
    if not lang:
        found = tree.xpath("//meta[@http-equiv='content-language' or @property='og:locale']/@content")
        lang = found[0] if found else ""
    lang = lang.strip().replace("_", "-").split("-")[0].lower()
    return lang if re.fullmatch(r"[a-z]{2,3}", lang) else UNKNOWN


#: elements whose text is a line of its own on a rendered page
_BLOCKS = frozenset(
    "p div li h1 h2 h3 h4 h5 h6 figcaption caption td th dt dd blockquote pre label button "
    "header footer nav aside section article form br option title address summary".split()
)
_INVISIBLE = ("script", "style", "noscript", "template", "svg", "head")


def _visible_lines(tree) -> list[str]:
    """The page's visible text, one line per block element (a copy of ``tree`` is changed)."""
    tree = copy.deepcopy(tree)
    for el in list(tree.iter(*_INVISIBLE)):
        if el.getparent() is not None:
            el.drop_tree()
    for el in tree.iter(*_BLOCKS):
        el.text = "\n" + (el.text or "")
        el.tail = "\n" + (el.tail or "")
    return _lines(tree.text_content())


def _lines(text: str) -> list[str]:
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def article_words(text: str) -> int:
    """Words of an article for the :data:`MIN_WORDS` floor, in any script: the words of
    :func:`~corpus_tools.io.paragraphs.count_words`, with Chinese, Japanese and Thai (written
    without spaces) counted as one word per two characters.

    Example:
        >>> article_words("Bridge closed."), article_words("\u6865\u6881\u5c06\u5173\u95ed\u516d\u4e2a\u6708")
        (2, 4)
    """
    n_unspaced = len(_UNSPACED.findall(text))
    return count_words(_UNSPACED.sub(" ", text)) + n_unspaced // 2


def extract_page(html: str, *, url: str | None = None) -> dict:
    """Main text and metadata of one page (trafilatura with htmldate).

    Args:
        html: the page, decoded.
        url: the address the page was fetched from (a WARC record's target URI), which
            wins over the address the page gives itself (og:url, canonical link).

    Returns:
        A dict with ``text`` (the paragraphs, one per block, separated by blank lines), the
        metadata of :data:`WEB_COLUMNS` but ``source_format``/``extracted_from`` (``unknown``
        when the page does not say) and ``page_lines`` (the lines of the page's visible text
        that trafilatura left out, for :func:`corpus_tools.io.web_story.extraction_lines`).

    Raises:
        PageSkipped: no HTML could be parsed, no article found, or fewer than :data:`MIN_WORDS` words.
    """
    trafilatura, htmldate, *_ = _modules()
    tree = trafilatura.utils.load_html(html)
    if tree is None:
        raise PageSkipped("holds no HTML that could be parsed")
    doc = trafilatura.bare_extraction(tree, url=url, **_EXTRACT)
    lines = _lines(doc.text or "") if doc is not None else []
    if not lines:
        raise PageSkipped("has no extractable article (a navigation, index or error page?); remove it")
    text = "\n\n".join(lines)
    n_words = article_words(text)
    if n_words < MIN_WORDS:
        raise PageSkipped(
            f"gives an article text of {n_words} words (under {MIN_WORDS}): probably not an article; "
            "remove it or save the full page"
        )
    updated = htmldate.find_date(tree, extensive_search=False, original_date=False, url=url)
    published = _first(doc.date)
    page_url = _first(url, doc.url)  # a WARC record: the address it was fetched from
    kept = set(lines)
    visible = _visible_lines(tree)
    return {
        "title": _first(doc.title),
        "published": published,
        "updated": updated if updated and updated != published else UNKNOWN,
        "author": _first(doc.author),
        "outlet": _first(
            doc.sitename, doc.hostname, (urlsplit(page_url).hostname or "").removeprefix("www.")
        ),
        "url": page_url,
        "language": _language(tree),
        "text": text,
        "page_lines": tuple(dict.fromkeys(x for x in visible if x not in kept)),
    }


def _record(data: bytes, where: str, *, url, content_type, encoding) -> dict:
    html, codec = decode_page(data, content_type=content_type, fallback=encoding, where=where)
    row = extract_page(html, url=url)
    row["encoding"], row["sha256"] = codec, hashlib.sha256(data).hexdigest()
    return row


# --------------------------------------------------------------------------- files


def _read_html_bytes(path: Path) -> bytes:
    """The page's bytes (decompressed for .gz), refusing a page over MAX_PAGE_BYTES."""
    if path.name.lower().endswith(".gz"):
        try:
            with gzip.open(path, "rb") as fh:
                data = fh.read(MAX_PAGE_BYTES + 1)
        except (EOFError, gzip.BadGzipFile, zlib.error) as exc:
            raise PageSkipped(f"is a truncated or damaged .gz ({exc}); save or download it again") from None
    else:
        if path.stat().st_size > MAX_PAGE_BYTES:
            raise PageSkipped(_too_big(path.stat().st_size))
        data = path.read_bytes()
    if len(data) > MAX_PAGE_BYTES:
        raise PageSkipped(_too_big(len(data)))
    return data


def _too_big(size: int | None) -> str:
    weight = f"is {size / 2**20:.0f} MB, over" if size else "is over"
    return (
        f"{weight} the {MAX_PAGE_BYTES // 2**20} MB a news page can weigh (MAX_PAGE_BYTES); it was not read"
    )


def _skip(where: str, exc: PageSkipped) -> None:
    warnings.warn(f"{where}: {exc}; not loaded.", CorpusWarning, stacklevel=6)


@dataclass(frozen=True)
class _WarcRecord:
    record_id: str
    url: str
    content_type: str | None
    data: bytes | None  # None: the body is over MAX_PAGE_BYTES


def _warc_html(path: Path) -> Iterator[_WarcRecord]:
    """The HTML response records of a WARC, one at a time, body read up to MAX_PAGE_BYTES + 1.

    Raises:
        PageSkipped: after the last good record, when the archive is truncated or damaged.
    """
    *_, archive, warc_errors = _modules()
    with path.open("rb") as fh:
        n = 0
        try:
            for rec in archive.ArchiveIterator(fh):
                n += 1
                if rec.rec_type != "response" or rec.http_headers is None:
                    continue
                ctype = rec.http_headers.get_header("Content-Type") or ""
                if "html" not in ctype.lower():
                    continue
                data = rec.content_stream().read(MAX_PAGE_BYTES + 1)
                if len(data) <= MAX_PAGE_BYTES and getattr(rec.raw_stream, "limit", 0) > 0:
                    raise EOFError(f"record {n} ends {rec.raw_stream.limit} bytes short of its length")
                yield _WarcRecord(
                    rec.rec_headers.get_header("WARC-Record-ID") or f"record {n}",
                    rec.rec_headers.get_header("WARC-Target-URI") or "",
                    ctype,
                    data if len(data) <= MAX_PAGE_BYTES else None,
                )
        except (warc_errors.ArchiveLoadFailed, EOFError, zlib.error, gzip.BadGzipFile, ValueError) as exc:
            raise PageSkipped(
                f"is truncated or damaged at record {n} ({' '.join(str(exc).split())[:120]}); "
                f"the {n - 1} record(s) before it were read"
            ) from None


def _warc_rows(path: Path, rel: str, encoding: str | None) -> list[dict]:
    rows, n_html = [], 0
    try:
        for rec in _warc_html(path):
            n_html += 1
            where = f"{path} record {rec.record_id} ({rec.url or 'no URL'})"
            try:
                if rec.data is None:
                    raise PageSkipped(_too_big(None))
                row = _record(
                    rec.data, where, url=rec.url or None, content_type=rec.content_type, encoding=encoding
                )
            except PageSkipped as exc:
                _skip(where, exc)
                continue
            row.update(
                file=rel,
                doc_id=url_doc_id(rec.url or rec.record_id),
                source_format="warc",
                extracted_from=rec.record_id,
                warc_url=rec.url,
            )
            rows.append(row)
    except PageSkipped as exc:
        _skip(str(path), exc)
    if n_html == 0:
        _skip(str(path), PageSkipped("holds no HTML response record (nothing to read as a page)"))
    return rows


def read_web_file(root: Path, rel: str, *, encoding: str | None = None) -> list[dict]:
    """The documents of one web file of a corpus folder: one for a page, one per HTML record of a WARC.

    Args:
        root: the corpus folder.
        rel: the file's path inside it (POSIX).
        encoding: codec to try after UTF-8 for a page that declares no charset.

    Returns:
        One dict per document: ``file``, ``doc_id``, the :data:`WEB_COLUMNS` metadata, ``text``
        (the Unicode rule not yet applied: :func:`corpus_tools.io.web_story.second_opinion` does it),
        ``encoding``, ``sha256`` (of the page's bytes) and ``page_lines``. A page
        that gives no document is left out with a :class:`CorpusWarning` naming file and record.

    Raises:
        CorpusError: the extra is missing, or the file cannot be read (an ``OSError``).
    """
    path = root / rel
    require_web(path)
    try:
        if web_format(rel) == "warc":
            return _warc_rows(path, rel, encoding)
        try:
            row = _record(_read_html_bytes(path), str(path), url=None, content_type=None, encoding=encoding)
        except PageSkipped as exc:
            _skip(str(path), exc)
            return []
    except OSError as exc:
        raise CorpusError(f"{path}: cannot be read ({os_reason(exc)}).") from exc
    row.update(file=rel, doc_id=web_stem(rel), source_format="html", extracted_from=Path(rel).name)
    return [row]
