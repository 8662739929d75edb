"""Saved web pages and WARC archives as a corpus (#25), on pages invented here."""

from __future__ import annotations

import gzip
import io
import re
import subprocess
import sys
import warnings
from pathlib import Path

import pytest
from typer.testing import CliRunner
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

import corpus_tools.io.web as web
from conftest import SEEDS, write_corpus
from corpus_tools import align_sentences, load_corpus
from corpus_tools.cli import app
from corpus_tools.errors import CorpusError, CorpusWarning
from corpus_tools.io.index_draft import write_index_md
from corpus_tools.io.web import url_doc_id
from corpus_tools.io.web_story import extraction_lines

# an invented story, told by two invented sites
STORY = [
    "Harbour officials in the town of Westmere said on Tuesday that the old swing bridge would close "
    "for six months of repairs starting in May, cutting the main road between the two halves of town.",
    "The bridge, built in 1911, carries about 9,000 vehicles a day, according to the county roads "
    "department, which said the steel deck had corroded faster than engineers expected.",
    "\u201cWe have no choice but to close it now rather than wait for it to fail,\u201d said Mara Lind, "
    "the county engineer in charge of the work, at a meeting with shop owners on Monday evening.",
    "Traders on the east bank said they feared losing customers during the busiest months of the "
    "year, and asked the county for a free shuttle boat while the bridge is shut.",
    "The county said a temporary footbridge would open in June and that buses would be rerouted "
    "over the motorway crossing, adding about fifteen minutes to the trip across town.",
]
TITLE = "Old swing bridge to close for repairs"
NAV = "<header><nav><ul><li><a href='/'>Home</a></li><li><a href='/local'>Local</a></li></ul></nav></header>"
FOOTER = (
    "<footer><p>Copyright 2024 {site}. All rights reserved.</p><p><a href='/terms'>Terms</a></p></footer>"
)


def page(
    paragraphs: list[str],
    *,
    site: str = "Westmere Gazette",
    url: str = "https://www.westmere-gazette.test/local/bridge-closure",
    title: str = TITLE,
    date: str = "2024-03-05",
    modified: str | None = None,
    author: str = "Ann Example",
    charset: str | None = "utf-8",
    extra: str = "",
    lang: str = "en",
) -> str:
    """An invented news page with chrome: navigation, a 'last updated' line, a photo caption, a footer."""
    meta = f"<meta charset='{charset}'>" if charset else ""
    meta += f"<meta property='og:site_name' content='{site}'><meta property='og:url' content='{url}'>"
    meta += f"<meta property='article:published_time' content='{date}T08:00:00Z'>"
    meta += f"<meta property='article:modified_time' content='{modified}T09:30:00Z'>" if modified else ""
    meta += f"<meta name='author' content='{author}'>"
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<!DOCTYPE html><html lang='{lang}'><head>{meta}<title>{title} | {site}</title></head><body>{NAV}"
        f"<main><article><h1>{title}</h1>{extra}{body}</article>"
        "<aside><h3>Most read</h3><ul><li><a href='/a'>Council votes on parking</a></li></ul></aside></main>"
        f"{FOOTER.format(site=site)}</body></html>"
    )


def write_warc(path: Path, records: list[tuple[str, bytes, str]], *, gz: bool = True) -> Path:
    """A WARC with one response record per (url, body, content type), a warcinfo record first."""
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=gz)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "test"}))
        for url, body, ctype in records:
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(
                writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers)
            )
    return path


def load_quiet(path, **kw):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        corpus = load_corpus(path, **kw)
    return corpus, [str(w.message) for w in caught if issubclass(w.category, CorpusWarning)]


# --------------------------------------------------------------------------- reading pages


def test_page_without_index(tmp_path):
    (tmp_path / "gazette.html").write_text(page(STORY, modified="2024-03-06"), encoding="utf-8")
    corpus, warned = load_quiet(tmp_path)  # strict by default: no INDEX.md needed for pages
    assert warned == []
    row = corpus.loc["gazette"]
    assert row["title"] == "Old swing bridge to close for repairs"
    assert (row["published"], row["updated"]) == ("2024-03-05", "2024-03-06")
    assert (row["author"], row["outlet"], row["language"]) == ("Ann Example", "Westmere Gazette", "en")
    assert row["url"] == "https://www.westmere-gazette.test/local/bridge-closure"
    assert (row["source_format"], row["extracted_from"], row["file"]) == (
        "html",
        "gazette.html",
        "gazette.html",
    )
    assert row["text"].split("\n\n") == [TITLE, *STORY]  # paragraphs kept as paragraphs, no chrome
    assert row["n_paragraphs"] == 6
    assert "Home" not in row["text"] and "Copyright" not in row["text"]


def test_gz_page_and_text_file_together(make_corpus):
    folder = make_corpus(
        {"wire.txt": "\n".join(STORY)}, [{"file": "wire.txt", "doc_id": "wire", "outlet": "Wire"}]
    )
    (folder / "gazette.html.gz").write_bytes(gzip.compress(page(STORY[:4]).encode("utf-8")))
    corpus, warned = load_quiet(folder)
    assert warned == []
    assert list(corpus.index) == ["wire", "gazette"]
    assert corpus["source_format"].tolist() == ["txt", "html"]
    assert corpus.loc["wire", "extracted_from"] == "wire.txt"
    assert corpus.loc["gazette", "text"].split("\n\n") == STORY[:4]  # a headline the wire lacks goes
    assert extraction_lines(corpus).query("dropped_by == 'shared text'")["line"].tolist() == [TITLE]


def test_txt_corpus_keeps_its_columns_and_needs_no_web_import():
    code = "import sys, corpus_tools as ct; c = ct.load_corpus(sys.argv[1]); print(list(c.columns)[-9:]);"
    code += "print(sorted(m for m in ('trafilatura', 'warcio', 'htmldate') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code, str(SEEDS)], capture_output=True, text=True, check=True)
    assert out.stdout.splitlines()[1] == "[]"
    assert "source_format" not in out.stdout.splitlines()[0]


def test_missing_extra_names_it(tmp_path, monkeypatch):
    (tmp_path / "a.html").write_text(page(STORY), encoding="utf-8")

    def missing():
        raise ModuleNotFoundError("No module named 'trafilatura'", name="trafilatura")

    monkeypatch.setattr(web, "_modules", missing)
    with pytest.raises(
        CorpusError, match=r"a\.html: holds web pages .*trafilatura is missing.*corpus_tools\[web\]"
    ):
        load_corpus(tmp_path)


def test_warc_records(tmp_path):
    gazette = page(STORY, url="https://www.westmere-gazette.test/local/bridge").encode()
    post = page(
        STORY[1:], site="Valley Post", url="https://valleypost.test/news/bridge-shut", charset="windows-1252"
    )
    post = post.encode("cp1252")
    write_warc(
        tmp_path / "crawl.warc.gz",
        [
            ("https://www.westmere-gazette.test/local/bridge", gazette, "text/html; charset=utf-8"),
            ("https://www.westmere-gazette.test/logo.png", b"\x89PNG...", "image/png"),
            ("https://valleypost.test/news/bridge-shut", post, "text/html"),
        ],
    )
    corpus, warned = load_quiet(tmp_path)
    assert warned == []
    ids = [
        url_doc_id("https://www.westmere-gazette.test/local/bridge"),
        url_doc_id("https://valleypost.test/news/bridge-shut"),
    ]
    assert list(corpus.index) == ids
    assert ids[0].startswith("westmere-gazette-test-") and len(ids[0]) == len("westmere-gazette-test-") + 8
    assert corpus["outlet"].tolist() == ["Westmere Gazette", "Valley Post"]
    assert corpus["source_format"].tolist() == ["warc", "warc"]
    assert corpus["extracted_from"].str.match(r"^<urn:uuid:[0-9a-f-]{36}>$").all()
    assert corpus["file"].tolist() == ["crawl.warc.gz", "crawl.warc.gz"]
    assert corpus.loc[ids[1], "text"].split("\n\n") == STORY[1:]  # the shared headline is in `title`
    assert corpus["encoding"].tolist() == ["utf-8", "cp1252"]


def test_index_rows_override_and_match_warc_records_by_url(tmp_path):
    write_warc(
        tmp_path / "crawl.warc",
        [("https://valleypost.test/a", page(STORY, site="Valley Post").encode(), "text/html")],
        gz=False,
    )
    (tmp_path / "gazette.html").write_text(page(STORY), encoding="utf-8")
    rows = [
        {
            "file": "gazette.html",
            "doc_id": "gaz",
            "outlet": "The Gazette",
            "role": "rewrite",
            "published": "",
        },
        {
            "file": "crawl.warc",
            "doc_id": "post",
            "outlet": "unknown",
            "role": "wire original",
            "url": "https://valleypost.test/a",
        },
    ]
    write_corpus(tmp_path, {}, rows)
    corpus, warned = load_quiet(tmp_path)
    assert warned == []
    assert list(corpus.index) == ["gaz", "post"]
    assert corpus.loc["gaz", ["outlet", "role", "published"]].tolist() == [
        "The Gazette",
        "rewrite",
        "2024-03-05",
    ]
    assert corpus.loc["post", ["outlet", "role"]].tolist() == ["Valley Post", "wire original"]


def test_doc_id_clash_names_both(tmp_path):
    (tmp_path / "bridge.html").write_text(page(STORY), encoding="utf-8")
    (tmp_path / "bridge.htm").write_text(page(STORY[1:]), encoding="utf-8")
    with pytest.raises(
        CorpusError, match=r"bridge\.html?: doc_id 'bridge' is also the doc_id of bridge\.html?;"
    ):
        load_corpus(tmp_path)


# ----------------------------------------------------------------- bad input: a warning, the rest loads


def _truncated_gz(tmp_path):
    data = gzip.compress(page(STORY).encode())
    return {"bad.html.gz": data[: len(data) // 2]}


def _truncated_warc(tmp_path):
    pages = [(f"https://b.test/{k}", page(STORY, site="B").encode(), "text/html") for k in range(2)]
    src = write_warc(tmp_path / "src.warc.gz", pages)
    data = src.read_bytes()
    src.unlink()
    return {"bad.warc.gz": data[: len(data) - 300]}


BAD = [
    ("no article", lambda t: {"bad.html": "<html><head><title>Home</title></head><body><script>x=1</script></body></html>"},  # noqa: E501
     r"bad\.html: has no extractable article"),
    ("charset not declared", lambda t: {"bad.html": page(STORY, charset=None).replace("bridge", "caf\u00e9").encode("cp1252")},  # noqa: E501
     r"bad\.html: declares no charset and is not UTF-8"),
    ("charset declared wrong", lambda t: {"bad.html": page(STORY).replace("bridge", "caf\u00e9").encode("cp1252")},  # noqa: E501
     r"bad\.html: is not in the charset it declares \(utf-8\): byte 0xe9"),
    ("truncated gz", _truncated_gz, r"bad\.html\.gz: is a truncated or damaged \.gz"),
    ("truncated warc", _truncated_warc, r"bad\.warc\.gz: is truncated or damaged at record 3 \(record 3 ends \d+ bytes short of its length\); the 2 record"),  # noqa: E501
    ("warc without html", lambda t: {"bad.warc": write_warc(t / "x.warc", [("https://b.test/i.png", b"PNG", "image/png")], gz=False).read_bytes()},  # noqa: E501
     r"bad\.warc: holds no HTML response record"),
    ("50 MB page", lambda t: {"bad.html": b"<html><body><p>" + b"word " * (10 * 2**20) + b"</p></body></html>"},  # noqa: E501
     r"bad\.html: is 50 MB, over the 16 MB a news page can weigh"),
    ("under 50 words", lambda t: {"bad.html": page(["A short note about the bridge closure, just twelve words long here."])},  # noqa: E501
     r"bad\.html: gives an article text of \d\d words \(under 50\): probably not an article"),
]  # fmt: skip


@pytest.mark.parametrize(("case", "files", "message"), BAD, ids=[b[0] for b in BAD])
def test_bad_input_warns_and_the_rest_loads(tmp_path, case, files, message):
    folder = tmp_path / "pages"
    folder.mkdir()
    for name, content in files(tmp_path).items():
        (folder / name).write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    (folder / "good.html").write_text(page(STORY), encoding="utf-8")
    corpus, warned = load_quiet(folder)
    bad = [w for w in warned if "bad." in w]
    assert len(bad) == 1 and "\n" not in bad[0] and bad[0].endswith("not loaded."), warned
    assert re.search(message, bad[0]), bad[0]
    assert "good" in corpus.index
    if case == "truncated warc":  # the record before the damage loads
        assert len(corpus) == 2


def test_every_page_bad_is_an_error(tmp_path):
    (tmp_path / "bad.html").write_text(page(["Too short to be a story."]), encoding="utf-8")
    with pytest.warns(CorpusWarning, match="under 50"), pytest.raises(CorpusError, match="could be loaded"):
        load_corpus(tmp_path)


# ----------------------------------------------------------------- the shared text as a second opinion


def test_shared_text_drops_chrome_trafilatura_kept(tmp_path):
    gazette_extra = "<p>Last updated: 4 min ago</p><p>Photo: the swing bridge at dusk. (Gazette)</p>"
    (tmp_path / "gazette.html").write_text(page(STORY, extra=gazette_extra), encoding="utf-8")
    own = ["She did not elaborate.", "The Valley Post will follow the works in its weekly roads column."]
    post_story = [*STORY, own[0], "Advertisement", own[1]]
    (tmp_path / "post.html").write_text(
        page(post_story, site="Valley Post", extra="<p>Share this story</p>"), encoding="utf-8"
    )
    corpus, _ = load_quiet(tmp_path)
    assert corpus.loc["gazette", "text"].split("\n\n") == STORY  # the headline is in `title`
    assert corpus.loc["post", "text"].split("\n\n") == [*STORY, *own]  # its own sentences stay
    lines = extraction_lines(corpus)
    shared = lines[lines["dropped_by"] == "shared text"]
    assert sorted(shared["line"]) == sorted(
        [
            TITLE,
            TITLE,
            "Last updated: 4 min ago",
            "Photo: the swing bridge at dusk. (Gazette)",
            "Share this story",
            "Advertisement",
        ]
    )
    by_traf = set(lines[lines["dropped_by"] == "trafilatura"]["line"])
    assert {"Home", "Local", "Most read", "Council votes on parking"} <= by_traf
    assert lines["kept"].sum() == len(STORY) * 2 + 2


def test_one_page_alone_keeps_trafilaturas_text(tmp_path):
    (tmp_path / "gazette.html").write_text(
        page(STORY, extra="<p>Last updated: 4 min ago</p>"), encoding="utf-8"
    )
    corpus, _ = load_quiet(tmp_path)
    assert (
        "Last updated: 4 min ago" in corpus.loc["gazette", "text"]
    )  # no second opinion without another site


def seed_000_page() -> str:
    """Seed 000 as the web page it was copied from: navigation, a 'last updated' line, the
    headline, an AP photo caption, the body, related links and a footer."""
    lines = [
        x for x in (SEEDS / "000_c3841d01014edce8.txt").read_text(encoding="utf-8").splitlines() if x.strip()
    ]
    headline, caption, body = lines[3], lines[4], lines[5:-1]
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>"
        + headline
        + " | Middle East Daily</title>"
        "<meta property='og:site_name' content='Middle East Daily'></head><body>"
        "<header><nav><a href='/'>Home</a> <a href='/middle-east'>Middle-East</a>"
        "<form><label>Search form</label><input name='q'></form></nav></header>"
        "<div class='breadcrumb'>You are here: <a href='/'>Home</a></div>"
        f"<main><article><p class='updated'>Last updated: 4 min 57 sec ago</p><h1>{headline}</h1>"
        f"<figure><img src='/i.jpg'><figcaption>{caption}</figcaption></figure>"
        + "".join(f"<p>{x}</p>" for x in body)
        + "</article><aside><h3>MORE FROM Middle-East</h3>"
        "<ul><li><a href='/a'>Saudi king visits Moscow</a></li>"
        "</ul></aside></main><footer><p>Copyright 2017 Middle East Daily</p></footer></body></html>"
    )


def test_seed_000_as_html_aligns_like_the_txt_seed(tmp_path, seeds):
    rows = [
        {"file": f, "doc_id": f[:3], "outlet": "unknown"}
        for f in ("000.html", "001_142e2b0f050a88fc.txt", "002_0afd51a7b35587d2.txt")
    ]
    files = {r["file"]: (SEEDS / r["file"]).read_text(encoding="utf-8") for r in rows[1:]}
    files["000.html"] = seed_000_page()
    corpus, _ = load_quiet(write_corpus(tmp_path / "web", files, rows))
    assert corpus.loc["000", "source_format"] == "html"
    from_html = align_sentences(corpus, source="001")
    from_txt = align_sentences(seeds, source="001")
    html_000 = from_html[from_html["doc_id"] == "000"]
    txt_000 = from_txt[from_txt["doc_id"] == "000"]
    assert len(html_000) == len(txt_000) == 12
    assert html_000["reuse_class"].tolist() == txt_000["reuse_class"].tolist()
    assert [" ".join(t.split()) for t in html_000["text"]] == [" ".join(t.split()) for t in txt_000["text"]]
    chrome = ("Search form", "Last updated", "You are here", "MORE FROM", "file photo", "Copyright", "Home")
    assert not any(c in t for t in html_000["text"] for c in chrome)
    assert not any(c in corpus.loc["000", "text"] for c in chrome)


# --------------------------------------------------------------------------- command line and INDEX.md draft


def test_index_md_draft_never_overwrites(tmp_path):
    (tmp_path / "gazette.html").write_text(page(STORY), encoding="utf-8")
    (tmp_path / "post.html").write_text(page(STORY[1:], site="Valley | Post"), encoding="utf-8")
    target = write_index_md(tmp_path)
    text = target.read_text(encoding="utf-8")
    assert (
        "| gazette.html | gazette | Westmere Gazette | unknown | Old swing bridge to close for repairs "
        "| 2024-03-05 |" in text
    )
    assert "| post.html | post | Valley \\| Post |" in text
    reloaded = load_corpus(tmp_path)  # the draft is a valid INDEX.md
    assert reloaded.loc["post", "outlet"] == "Valley | Post"
    with pytest.raises(CorpusError, match="exists and was not overwritten"):
        write_index_md(tmp_path)
    assert target.read_text(encoding="utf-8") == text


def test_cli_index_md_summary_and_report(tmp_path):
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "gazette.html").write_text(page(STORY), encoding="utf-8")
    (folder / "post.html").write_text(
        page(STORY[:4], site="Valley Post", url="https://valleypost.test/b"), encoding="utf-8"
    )
    runner = CliRunner()
    result = runner.invoke(app, ["summary", str(folder)])
    assert result.exit_code == 0, result.output
    assert (
        "Old swing bridge to close for repairs" in result.output
        and "https://valleypost.test/b" in result.output
    )
    result = runner.invoke(app, ["index-md", str(folder)])
    assert result.exit_code == 0 and (folder / "INDEX.md").is_file()
    result = runner.invoke(app, ["index-md", str(folder)])
    assert result.exit_code == 2 and "exists and was not overwritten" in result.output
    result = runner.invoke(app, ["report", str(folder), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    report = (tmp_path / "out" / "report.html").read_text(encoding="utf-8")
    assert "Documents read from web pages" in report
    assert "<a href='../pages/gazette.html'>gazette.html</a>" in report
    assert "<li><span class='ct-note'>trafilatura:</span> Most read</li>" in report


def test_a_warc_file_alone_is_a_corpus_for_the_cli(tmp_path):
    records = [
        ("https://www.westmere-gazette.test/local/bridge", page(STORY).encode(), "text/html; charset=utf-8"),
        ("https://valleypost.test/news/bridge", page(STORY[:4], site="Valley Post").encode(), "text/html"),
    ]
    warc = write_warc(tmp_path / "crawl.warc.gz", records)
    corpus, warned = load_quiet(warc)
    assert warned == []
    assert corpus["outlet"].tolist() == ["Westmere Gazette", "Valley Post"]
    assert corpus["file"].tolist() == ["crawl.warc.gz"] * 2
    runner = CliRunner()
    result = runner.invoke(app, ["summary", str(warc)])
    assert result.exit_code == 0 and "https://valleypost.test/news/bridge" in result.output
    result = runner.invoke(app, ["report", str(warc), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    report = (tmp_path / "out" / "report.html").read_text(encoding="utf-8")
    assert report.count("<a href='../crawl.warc.gz'>crawl.warc.gz (&lt;urn:uuid:") == 2


def test_an_index_row_matching_no_warc_record_warns(tmp_path):
    write_warc(
        tmp_path / "crawl.warc", [("https://valleypost.test/a", page(STORY).encode(), "text/html")], gz=False
    )
    write_corpus(
        tmp_path, {}, [{"file": "crawl.warc", "doc_id": "other", "url": "https://valleypost.test/b"}]
    )
    corpus, warned = load_quiet(tmp_path)
    assert list(corpus.index) == [url_doc_id("https://valleypost.test/a")]
    assert len(warned) == 1 and re.search(
        r"INDEX\.md line 5: no HTML record of .*crawl\.warc has this row", warned[0]
    )


def test_shared_text_keeps_every_paragraph_of_the_seed_versions(tmp_path):
    """The wire (001) and the rewrite (002) as pages of two sites, beside 000 as text: the wire's
    tail that the others cut and the rewrite's own sentences all stay; the sites' chrome goes."""
    for name, site in (("001_142e2b0f050a88fc", "Wire Site"), ("002_0afd51a7b35587d2", "Paper Site")):
        paragraphs = [x.strip() for x in (SEEDS / f"{name}.txt").read_text(encoding="utf-8").splitlines()]
        extra = f"<p>By {site} staff</p><p>Updated 6 Oct 2017, 10:14</p>"
        html = page([p for p in paragraphs if p], site=site, extra=extra, title=f"Iran story at {site}")
        (tmp_path / f"{name[:3]}.html").write_text(html, encoding="utf-8")
    (tmp_path / "000.txt").write_text((SEEDS / "000_c3841d01014edce8.txt").read_text(encoding="utf-8"))
    corpus, _ = load_quiet(tmp_path, strict=False)
    for name in ("001_142e2b0f050a88fc", "002_0afd51a7b35587d2"):
        text = (SEEDS / f"{name}.txt").read_text(encoding="utf-8")
        assert corpus.loc[name[:3], "text"].split("\n\n") == [
            " ".join(x.split()) for x in text.splitlines() if x.strip()
        ]
    dropped = extraction_lines(corpus).query("dropped_by == 'shared text'")
    assert sorted(dropped["line"].str.split().str[0]) == ["By", "By", "Iran", "Iran", "Updated", "Updated"]


def test_a_utf8_page_declared_windows_1252_is_read_as_utf8_with_a_warning(tmp_path):
    (tmp_path / "cafe.html").write_text(
        page(STORY, charset="windows-1252").replace("bridge", "caf\u00e9"), "utf-8"
    )
    corpus, warned = load_quiet(tmp_path)
    assert "caf\u00e9" in corpus.loc["cafe", "text"] and corpus.loc["cafe", "encoding"] == "utf-8"
    assert len(warned) == 1 and re.search(
        r"cafe\.html: declares the charset windows-1252 but is UTF-8", warned[0]
    )
