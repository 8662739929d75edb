"""Loaders for labelled research corpora of text reuse, each story as a corpus frame.

* :func:`load_meter`: the METER corpus (Gaizauskas, Clough et al., Sheffield,
  1999-2002): Press Association wire copy and the next day's stories of nine
  British newspapers on the same catchlines, each newspaper text labelled by a
  journalist wholly, partially or non-derived from the wire.
* :func:`load_reuters21578`: the Reuters-21578 newswire stories (Reuters, 1987),
  one document per story with a body.
* :func:`load_clough_stevenson`: the corpus of plagiarised short answers (Clough and
  Stevenson 2011, Sheffield): five Wikipedia passages and students' answers written
  from them (cut, light or heavy revision) or without them, in METER's classes.

Nothing here downloads: point the loader at the distributed archive or its
extracted folder.
"""

from __future__ import annotations

import html
import re
import tarfile
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path, PurePosixPath
from types import MappingProxyType

import pandas as pd

from corpus_tools.io.corpus import UNKNOWN, CorpusError, from_records

__all__ = [
    "CLOUGH_STEVENSON_CLASSES",
    "METER_LABELS",
    "decode_legacy",
    "load_clough_stevenson",
    "load_meter",
    "load_reuters21578",
]

#: METER's document classes, as in its ``file_index/<domain>/<label>.txt`` lists.
METER_LABELS = ("wholly_derived", "partially_derived", "non_derived")

_PA_STAMP = re.compile(rb"(\d{1,2}):(\d{2})\s+(\d{1,2})/(\d{1,2})/(\d{2})\b")
_C1 = re.compile(rb"[\x80-\x9f]")


def decode_legacy(data: bytes) -> tuple[str, str]:
    """Decode a file of the pre-Unicode era: UTF-8 if it is, else cp1252 where its
    bytes 0x80-0x9f are Windows punctuation (latin-1 would read C1 controls), else latin-1.

    Returns:
        ``(text, encoding)``.

    Example:
        >>> decode_legacy(b"\\x93quoted\\x94 #500")
        ('\u201cquoted\u201d #500', 'cp1252')
    """
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if _C1.search(data):
        try:
            return data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            pass
    return data.decode("latin-1"), "latin-1"


def _files(path: Path) -> dict[str, Callable[[], bytes]]:
    """Relative paths under ``meter-corpus/`` (or ``meter_corpus/``) -> byte readers."""
    out: dict[str, Callable[[], bytes]] = {}
    if path.is_dir():
        roots = [p for p in (path / "meter-corpus", path / "meter_corpus", path) if (p / "PA").is_dir()]
        if not roots:
            raise CorpusError(f"{path}: no PA/ folder inside; is this the METER corpus (meter-corpus/)?")
        root = roots[0]
        for p in root.glob("*/rawtexts/*/*/*/*.txt"):
            out[p.relative_to(root).as_posix()] = p.read_bytes
        for p in root.glob("file_index/*/*.txt"):
            out[p.relative_to(root).as_posix()] = p.read_bytes
        return out
    if path.is_file() and tarfile.is_tarfile(path):
        with tarfile.open(path) as tar:
            for m in tar.getmembers():
                parts = PurePosixPath(m.name).parts
                if m.isfile() and m.name.endswith(".txt") and len(parts) > 1:
                    data = tar.extractfile(m).read()
                    out["/".join(parts[1:])] = lambda data=data: data
        return out
    raise CorpusError(f"{path}: not found, or neither a folder nor a tar archive of the METER corpus.")


def _labels(files: dict[str, Callable[[], bytes]], domain: str) -> dict[str, str]:
    """``newspapers/rawtexts/...txt`` -> METER label."""
    out = {}
    for label in METER_LABELS:
        reader = files.get(f"file_index/{domain}/{label}.txt")
        if reader is None:
            continue
        for line in reader().decode("latin-1").split():
            rel = line.split("meter_corpus/", 1)[-1].lstrip("/")
            out[rel] = label
    return out


def _pa_published(data: bytes) -> str:
    m = _PA_STAMP.search(data[:1000])
    if not m:
        return UNKNOWN
    hh, mm, d, mo, yy = (int(x) for x in m.groups())
    try:
        return datetime(1900 + yy if yy >= 50 else 2000 + yy, mo, d, hh, mm).isoformat()
    except ValueError:
        return UNKNOWN


def _story_date(date: str) -> datetime | None:
    try:
        return datetime.strptime(date, "%d.%m.%y")
    except ValueError:
        return None


def load_meter(
    path: str | Path, *, domain: str = "courts", stories: list[str] | None = None
) -> dict[str, pd.DataFrame]:
    """Load the METER corpus as one corpus frame per story.

    A story is a date and a catchline (``"01.03.00/chemists"``): the PA takes on
    it (snap, page 1, page 2, nightlead, substitutes) and the newspaper texts
    filed under it. The takes share ``group`` ``"PA"``, so they act as one
    source (``align_sentences(corpus, source="PA")``).

    Args:
        path: ``meter-courts.tar.gz`` as distributed, or a folder holding
            ``meter-corpus/`` (or that folder itself).
        domain: METER domain folder (``courts``; the full corpus also has ``showbiz``).
        stories: keep only these story keys (``"DD.MM.YY/catchline"``).

    Returns:
        ``{story: corpus}`` sorted by story key; each corpus is the frame of
        :func:`corpus_tools.from_records`, index ``doc_id`` (the file name without
        ``.txt``: ``chemists1nl``, ``chemists377_sun``), PA takes first, with
        columns ``file`` (path inside the corpus), ``outlet`` (``PA`` or the
        newspaper: ``sun``, ``times``...), ``role`` (``wire`` or ``newspaper``),
        ``group`` (``PA`` for every take; the doc_id for a newspaper),
        ``published`` (PA: the time stamp of its header; newspapers: the day
        after the story's date, date only), ``label`` (the journalist's METER
        class for a newspaper text, ``unknown`` for PA and unlabelled texts),
        ``story``, then the derived columns. Texts are decoded with
        :func:`decode_legacy` (latin-1, cp1252 where it has Windows punctuation).

    Raises:
        CorpusError: the path is not the METER corpus, holds no story of ``domain``,
            or a text file of it holds NUL bytes (PA's control characters are text).
    """
    files = _files(Path(path))
    labels = _labels(files, domain)
    pattern = re.compile(rf"^(PA|newspapers)/rawtexts/{re.escape(domain)}/([^/]+)/([^/]+)/([^/]+)\.txt$")
    by_story: dict[str, list[dict]] = {}
    for rel in sorted(files):
        m = pattern.match(rel)
        if not m:
            continue
        kind, date, catchline, stem = m.groups()
        story = f"{date}/{catchline}"
        if stories is not None and story not in stories:
            continue
        data = files[rel]()
        if b"\x00" in data:
            raise CorpusError(
                f"{path}: {rel} holds NUL bytes (binary data, not wire or newspaper text); "
                "remove it or replace it with the text file."
            )
        text, _ = decode_legacy(data)
        if not text.strip():
            continue
        day = _story_date(date)
        if kind == "PA":
            rec = dict(outlet="PA", role="wire", group="PA", published=_pa_published(data), label=UNKNOWN)
        else:
            paper = stem.rsplit("_", 1)[-1] if "_" in stem else UNKNOWN
            published = (day + timedelta(days=1)).date().isoformat() if day else UNKNOWN
            rec = dict(outlet=paper, role="newspaper", group=stem, published=published)
            rec["label"] = labels.get(rel, UNKNOWN)
        by_story.setdefault(story, []).append(dict(doc_id=stem, text=text, file=rel, story=story, **rec))
    if not by_story:
        raise CorpusError(f"{path}: no {domain!r} story found (layout PA/rawtexts/{domain}/DATE/CATCHLINE/).")
    out = {}
    for story in sorted(by_story):
        recs = sorted(by_story[story], key=lambda r: (r["role"] != "wire", r["doc_id"]))
        out[story] = from_records(recs)
    return out


# --------------------------------------------------------------------------- Reuters-21578

_SGML_DOC = re.compile(r"<REUTERS\b(?P<attrs>[^>]*)>(?P<body>.*?)</REUTERS>", re.S)
_SGML_FIELD = {
    name: re.compile(rf"<{name}>(.*?)</{name}>", re.S)
    for name in ("DATE", "TITLE", "DATELINE", "BODY", "TOPICS")
}
_SIGN_OFF = re.compile(r"\s*(?:Reuter|REUTER)\s*(?:&#3;)?\s*$")


def _sgml_text(value: str) -> str:
    value = re.sub(r"&#(?:[0-9]|[12][0-9]|3[01]);", "", value)  # control characters
    return html.unescape(value)


def _sgml_records(sources, limit: int | None) -> list[dict]:
    """Records of the stories with a body; files are read (decompressed) only until ``limit``."""
    records: list[dict] = []
    for name, read in sources:
        for m in _SGML_DOC.finditer(read().decode("latin-1")):
            fields = {k: rx.search(m.group("body")) for k, rx in _SGML_FIELD.items()}
            if not fields["BODY"]:
                continue
            body = _SIGN_OFF.sub("", _sgml_text(fields["BODY"].group(1))).rstrip()
            if not body.strip():
                continue
            newid = re.search(r'NEWID="(\d+)"', m.group("attrs"))
            date = fields["DATE"].group(1).strip() if fields["DATE"] else ""
            topics = re.findall(r"<D>(.*?)</D>", fields["TOPICS"].group(1)) if fields["TOPICS"] else []
            records.append(
                {
                    "doc_id": newid.group(1) if newid else f"{name}:{m.start()}",
                    "text": body,
                    "file": name,
                    "outlet": "Reuters",
                    "headline": _sgml_text(fields["TITLE"].group(1)).strip() if fields["TITLE"] else UNKNOWN,
                    "dateline": _sgml_text(fields["DATELINE"].group(1)).strip(" -\n")
                    if fields["DATELINE"]
                    else UNKNOWN,
                    "published": date,
                    "topics": "; ".join(topics),
                }
            )
            if limit is not None and len(records) >= limit:
                break
        if limit is not None and len(records) >= limit:
            break
    return records


def load_reuters21578(path: str | Path, *, limit: int | None = None) -> pd.DataFrame:
    """Load the Reuters-21578 stories that have a body, via :func:`from_records`.

    Args:
        path: ``reuters21578.tar.gz`` as distributed, or a folder holding its
            ``reut2-*.sgm`` files.
        limit: keep only the first ``limit`` stories with a body (file order).

    Returns:
        The corpus frame, index ``doc_id`` (the ``NEWID``), columns ``file``
        (the SGML file), ``outlet`` (``Reuters``), ``headline``, ``dateline``,
        ``published`` (ISO timestamp), ``topics`` ("; "-joined), then the derived
        columns. ``text`` is the body with SGML entities resolved and the
        closing "Reuter" sign-off removed.

    Raises:
        CorpusError: the path does not exist or holds no ``reut2-*.sgm`` file.
    """
    path = Path(path)
    if path.is_dir():
        files = sorted(path.glob("**/reut2-*.sgm"))
        if not files:
            raise CorpusError(f"{path}: no reut2-*.sgm file inside; is this Reuters-21578?")
        records = _sgml_records(((p.name, p.read_bytes) for p in files), limit)
    elif path.is_file() and tarfile.is_tarfile(path):
        with tarfile.open(path) as tar:
            members = sorted(
                (m for m in tar.getmembers() if re.search(r"reut2-\d+\.sgm$", m.name)), key=lambda m: m.name
            )
            if not members:
                raise CorpusError(f"{path}: no reut2-*.sgm file inside; is this Reuters-21578?")
            records = _sgml_records(((Path(m.name).name, tar.extractfile(m).read) for m in members), limit)
    else:
        raise CorpusError(f"{path}: not found, or neither a folder nor a tar archive of Reuters-21578.")
    stamps = pd.to_datetime(
        pd.Series([r["published"] for r in records], dtype=object),
        format="%d-%b-%Y %H:%M:%S.%f",
        errors="coerce",
    )
    for r, ts in zip(records, stamps, strict=True):
        r["published"] = UNKNOWN if pd.isna(ts) else ts.isoformat()
    return from_records(records)


# --------------------------------------------------------------------------- Clough & Stevenson
#: The answers' categories (``file_information.csv``) in METER's classes: a cut-and-paste answer is
#: wholly derived, a light or heavy revision partially derived, an answer written without the
#: source non-derived (Clough and Stevenson 2011).
CLOUGH_STEVENSON_CLASSES = MappingProxyType(
    {
        "cut": "wholly_derived",
        "light": "partially_derived",
        "heavy": "partially_derived",
        "non": "non_derived",
    }
)
_HARD_WRAP = re.compile(r"(?<=\S)[ \t]*\n(?=[ \t]*\S)")


def _cs_files(path: Path) -> dict[str, bytes]:
    """File name -> bytes of the corpus folder (or its ``clough-stevenson/``) or tar archive."""
    if path.is_dir():
        root = next(
            (p for p in (path / "clough-stevenson", path) if (p / "file_information.csv").is_file()), None
        )
        if root is None:
            raise CorpusError(
                f"{path}: no file_information.csv inside; is this the Clough & Stevenson corpus?"
            )
        return {p.name: p.read_bytes() for p in root.glob("*.*")}
    if path.is_file() and tarfile.is_tarfile(path):
        with tarfile.open(path) as tar:
            return {
                PurePosixPath(m.name).name: tar.extractfile(m).read()
                for m in tar.getmembers()
                if m.isfile() and m.name.endswith((".txt", ".csv"))
            }
    raise CorpusError(
        f"{path}: not found, or neither a folder nor a tar archive of the Clough & Stevenson corpus."
    )


def load_clough_stevenson(path: str | Path) -> dict[str, pd.DataFrame]:
    """Load the corpus of plagiarised short answers as one corpus frame per task.

    Clough and Stevenson (2011): for each of five tasks (``a`` to ``e``), a Wikipedia passage
    (``orig_task<t>.txt``, the source) and 19 students' answers, each written as told: copied
    (``cut``), lightly or heavily revised from the source, or without it (``non``). The answers
    are hard-wrapped; lines are joined into paragraphs (blank lines separate paragraphs).

    Args:
        path: ``clough-stevenson.tar.gz`` as distributed, or a folder holding
            ``clough-stevenson/`` (or that folder itself).

    Returns:
        ``{task: corpus}`` sorted by task; each corpus is the frame of
        :func:`corpus_tools.from_records`, index ``doc_id`` (the file name without ``.txt``:
        ``orig_taska``, ``g0pA_taska``), the source first, with columns ``file``, ``outlet``
        (``Wikipedia`` or ``student``), ``role`` (``source`` or ``answer``), ``group`` (the
        doc_id), ``category`` (``orig``, ``cut``, ``light``, ``heavy``, ``non``), ``label``
        (METER's class: :data:`CLOUGH_STEVENSON_CLASSES`; ``unknown`` for the source),
        ``story`` (``task a``...), then the derived columns. The source of a task is its
        ``orig`` document: ``classify_documents(corpus, source="orig_taska")``.

    Raises:
        CorpusError: the path is not the corpus, or ``file_information.csv`` names a file
            that is missing or a category outside :data:`CLOUGH_STEVENSON_CLASSES` and ``orig``.
    """
    files = _cs_files(Path(path))
    if "file_information.csv" not in files:
        raise CorpusError(f"{path}: no file_information.csv inside; is this the Clough & Stevenson corpus?")
    rows = [line.split(",") for line in files["file_information.csv"].decode("utf-8").split()[1:]]
    by_task: dict[str, list[dict]] = {}
    for name, task, category in rows:
        if category != "orig" and category not in CLOUGH_STEVENSON_CLASSES:
            raise CorpusError(
                f"{path}: file_information.csv gives {name} the category {category!r}; "
                f"expected orig or one of {sorted(CLOUGH_STEVENSON_CLASSES)}."
            )
        if name not in files:
            raise CorpusError(f"{path}: file_information.csv names {name}, which is missing; restore it.")
        text, _ = decode_legacy(files[name])
        source = category == "orig"
        by_task.setdefault(task, []).append(
            dict(
                doc_id=name.removesuffix(".txt"),
                text=_HARD_WRAP.sub(" ", text.replace("\r\n", "\n")).strip(),
                file=name,
                outlet="Wikipedia" if source else "student",
                role="source" if source else "answer",
                group=name.removesuffix(".txt"),
                category=category,
                label=UNKNOWN if source else CLOUGH_STEVENSON_CLASSES[category],
                story=f"task {task}",
            )
        )
    return {
        task: from_records(sorted(recs, key=lambda r: (r["role"] != "source", r["doc_id"])))
        for task, recs in sorted(by_task.items())
    }
