"""Research-corpus loaders: METER's layout and Reuters-21578's SGML, built in tmp_path (invented text)."""

from __future__ import annotations

import tarfile

import pytest

from corpus_tools import CorpusError, clean
from corpus_tools.io.datasets import decode_legacy, load_meter, load_reuters21578
from corpus_tools.reuse.alignment import align_sentences
from corpus_tools.reuse.documents import origin

RULE = "  " + "-" * 72


def _pa(stamp: str, page: str, paragraphs: list[str]) -> bytes:
    """A PA take as the wire sent it: header rules, a time stamp line, headline, byline and
    paragraphs opened by the control character 0x19 and closed by "<"."""
    body = "".join(f"\x19{p}<\n" for p in paragraphs)
    return (
        f"{RULE}\n\n{RULE}\n\n            {stamp}: {page} (XYZ) COURTS Bakery\n{RULE}\n"
        f"BAKER FINED OVER STALE LOAVES<\n\x19By Jo Bloggs, PA News<\n{body}\x19mfl<\n\x19\n"
    ).encode("latin-1")


TAKE1 = [
    "A baker was fined #2,000 today for selling stale bread to a primary school in Leeds.",
    "Magistrates heard that the loaves had been baked a fortnight earlier.",
]
TAKE2 = [
    "The head teacher said the pupils had found green spots on ``every single slice''.",
    "The baker, who admitted three charges, told the court he was sorry.",
]
SUN = (
    "A BAKER who sold stale bread to a school was fined \u00a32,000 yesterday "
    "for a \u201cshameful\u201d lapse.\n\n"
    "Magistrates heard that the loaves had been baked a fortnight earlier.\n\n"
    "The baker, who admitted three charges, told the court he was sorry.\n"
).encode("cp1252")
TIMES = (
    "Councillors will review every catering contract in the city next month.\n\n"
    "A local bakery has since lost its contract with the education authority.\n"
).encode("latin-1")

DAY, STORY = "05.06.01", "bakery"
NEWS = "newspapers/rawtexts/courts"


def _meter_tree(root, *, extra: dict[str, bytes] | None = None):
    """A METER-layout folder: two PA takes, two newspaper texts (one labelled, one not)."""
    files = {
        f"PA/rawtexts/courts/{DAY}/{STORY}/{STORY}1.txt": _pa("11:29 05/06/01", "Page 1", TAKE1),
        f"PA/rawtexts/courts/{DAY}/{STORY}/{STORY}2.txt": _pa("15:02 05/06/01", "Page 2", TAKE2),
        f"{NEWS}/{DAY}/{STORY}/{STORY}12_sun.txt": SUN,
        f"{NEWS}/{DAY}/{STORY}/{STORY}13_times.txt": TIMES,
        "file_index/courts/partially_derived.txt": (
            f"meter_corpus/{NEWS}/{DAY}/{STORY}/{STORY}12_sun.txt\n"
        ).encode(),
        "file_index/courts/wholly_derived.txt": b"\n",
        **(extra or {}),
    }
    for rel, data in files.items():
        p = root / "meter-corpus" / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(data)
    return root


@pytest.fixture
def meter_dir(tmp_path):
    return _meter_tree(tmp_path / "meter")


def test_load_meter_story(meter_dir):
    stories = load_meter(meter_dir)
    assert list(stories) == [f"{DAY}/{STORY}"]
    corpus = stories[f"{DAY}/{STORY}"]
    assert list(corpus.index) == ["bakery1", "bakery2", "bakery12_sun", "bakery13_times"]  # PA takes first
    assert corpus["group"].tolist() == ["PA", "PA", "bakery12_sun", "bakery13_times"]
    assert corpus["outlet"].tolist() == ["PA", "PA", "sun", "times"]
    assert corpus["role"].tolist() == ["wire", "wire", "newspaper", "newspaper"]
    assert corpus["label"].tolist() == ["unknown", "unknown", "partially_derived", "unknown"]
    assert corpus["published"].tolist() == [
        "2001-06-05T11:29:00",  # from the take's header
        "2001-06-05T15:02:00",
        "2001-06-06",  # newspapers: the day after the story's date
        "2001-06-06",
    ]
    assert corpus["story"].unique().tolist() == [f"{DAY}/{STORY}"]
    assert corpus.loc["bakery12_sun", "file"] == f"{NEWS}/{DAY}/{STORY}/{STORY}12_sun.txt"
    # cp1252 punctuation decoded as such, not as a C1 control character
    assert "\u201cshameful\u201d" in corpus.loc["bakery12_sun", "text"]


def test_pa_control_characters_load_with_findings(meter_dir):
    corpus = load_meter(meter_dir)[f"{DAY}/{STORY}"]
    assert "\x19" in corpus.loc["bakery1", "text"]  # the raw text keeps them; offsets point into it
    f = clean(corpus)
    take = f[f["doc_id"] == "bakery1"].groupby("rule").size().to_dict()
    assert take["paragraph_mark"] >= 4
    assert take["header_rule"] == 3
    assert take["wire_header"] == 1
    assert take["sign_off"] == 1
    assert take["hash_pound"] == 1
    assert f[(f["doc_id"] == "bakery2")]["rule"].value_counts()["wire_quote"] == 2


def test_pa_takes_act_as_one_source(meter_dir):
    corpus = load_meter(meter_dir)[f"{DAY}/{STORY}"]
    a = align_sentences(corpus, source="PA")
    sun = a[a["doc_id"] == "bakery12_sun"]
    # the second and third sentences come word for word from two different takes
    assert sun["reuse_class"].tolist()[1:] == ["verbatim", "verbatim"]
    assert sun["source_doc_id"].tolist()[1:] == ["bakery1", "bakery2"]
    assert set(a["source_group"]) == {"PA"}
    times = a[a["doc_id"] == "bakery13_times"]
    assert times["reuse_class"].tolist() == ["new", "new"]
    edges = origin(corpus)
    sun_edge = edges[edges["doc_id"] == "bakery12_sun"]
    assert sun_edge["source_doc_id"].tolist() == ["PA"]


def test_load_meter_from_archive_and_story_filter(tmp_path, meter_dir):
    archive = tmp_path / "meter-courts.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        tar.add(meter_dir / "meter-corpus", arcname="meter-corpus")
    from_tar = load_meter(archive)[f"{DAY}/{STORY}"]
    from_dir = load_meter(meter_dir / "meter-corpus")[f"{DAY}/{STORY}"]
    assert from_tar["text"].tolist() == from_dir["text"].tolist()
    assert from_tar["label"].tolist() == from_dir["label"].tolist()
    assert load_meter(meter_dir, stories=[f"{DAY}/{STORY}"]).keys() == {f"{DAY}/{STORY}"}
    with pytest.raises(CorpusError, match="no 'courts' story"):
        load_meter(meter_dir, stories=["01.01.99/none"])
    with pytest.raises(CorpusError, match="no 'showbiz' story"):
        load_meter(meter_dir, domain="showbiz")


def test_load_meter_refuses_nul_bytes(tmp_path):
    root = _meter_tree(
        tmp_path / "meter", extra={f"{NEWS}/{DAY}/{STORY}/{STORY}14_mail.txt": b"A line\x00of binary\n"}
    )
    with pytest.raises(CorpusError, match=r"bakery14_mail\.txt.*NUL"):
        load_meter(root)


def test_load_meter_not_meter(tmp_path):
    (tmp_path / "notes.txt").write_text("hello", encoding="utf-8")
    with pytest.raises(CorpusError, match="no PA/ folder"):
        load_meter(tmp_path)
    with pytest.raises(CorpusError, match="not found"):
        load_meter(tmp_path / "missing")


@pytest.mark.parametrize(
    "data,text,encoding",
    [
        ("caf\u00e9 \u00a35".encode(), "caf\u00e9 \u00a35", "utf-8"),
        (b"\x93quoted\x94", "\u201cquoted\u201d", "cp1252"),
        (b"caf\xe9 \xa35", "caf\u00e9 \u00a35", "latin-1"),
        (b"\x81 undefined in cp1252", "\x81 undefined in cp1252", "latin-1"),
    ],
)
def test_decode_legacy(data, text, encoding):
    assert decode_legacy(data) == (text, encoding)


SGML = """<!DOCTYPE lewis SYSTEM "lewis.dtd">
<REUTERS TOPICS="YES" NEWID="7">
<DATE> 3-MAR-1987 09:15:00.10</DATE>
<TOPICS><D>grain</D><D>wheat</D></TOPICS>
<TEXT>&#2;
<TITLE>FARMERS EXPECT LARGER HARVEST</TITLE>
<DATELINE>    KANSAS CITY, March 3 - </DATELINE><BODY>Farmers said the harvest would be &lt;larger&gt;
than last year's, helped by rain.
 Prices fell on the news.
 Reuter
&#3;</BODY></TEXT>
</REUTERS>
<REUTERS TOPICS="NO" NEWID="8">
<DATE> 3-MAR-1987 09:16:00.00</DATE>
<TOPICS></TOPICS>
<TEXT TYPE="BRIEF">&#2;
<TITLE>A HEADLINE ONLY</TITLE>
</TEXT>
</REUTERS>
<REUTERS TOPICS="NO" NEWID="9">
<DATE>not a date</DATE>
<TOPICS></TOPICS>
<TEXT><BODY>A second story with a body.
 REUTER
&#3;</BODY></TEXT>
</REUTERS>
"""


def test_load_reuters_archive_and_limit(tmp_path):
    (tmp_path / "reut2-000.sgm").write_bytes(SGML.encode("latin-1"))
    archive = tmp_path / "reuters21578.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        tar.add(tmp_path / "reut2-000.sgm", arcname="reut2-000.sgm")
    corpus = load_reuters21578(archive)
    assert list(corpus.index) == ["7", "9"]  # the headline-only story is not a document
    assert corpus.loc["7", "published"] == "1987-03-03T09:15:00.100000"
    assert corpus.loc["9", "published"] == "unknown"
    assert corpus.loc["7", "topics"] == "grain; wheat"
    assert corpus.loc["7", "dateline"] == "KANSAS CITY, March 3"
    assert "<larger>" in corpus.loc["7", "text"]
    assert corpus.loc["9", "text"] == "A second story with a body."
    assert list(load_reuters21578(tmp_path, limit=1).index) == ["7"]
    (tmp_path / "empty").mkdir()
    with pytest.raises(CorpusError, match="no reut2-"):
        load_reuters21578(tmp_path / "empty")
    with pytest.raises(CorpusError, match="not found"):
        load_reuters21578(tmp_path / "missing")
