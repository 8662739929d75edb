"""Main text and publication date of real saved news pages against reference text (#25).

The pages are not in this repository (their text belongs to their publishers). The script reads a
folder laid out as newspaper4k's test data (shipped in its source distribution on PyPI:
``pip download --no-deps --no-binary :all: newspaper4k``, then ``tests/data`` inside the archive):

    FOLDER/html/NAME.html       the saved page
    FOLDER/txt/NAME.txt         the article text expected for it
    FOLDER/metadata/NAME.json   optional: "publish_date" (ISO), "url", "meta_lang"

Each page is read as load_corpus reads a page (:func:`corpus_tools.io.web.read_web_file`: the
charset, trafilatura with the package's options, htmldate; a single page, so no shared text).
Scores per page, then their mean: token precision (share of the extracted words that are in the
reference), recall (share of the reference's words extracted) and F1, on bags of lower-cased
words (``lexicon.WORD_RE``), as the article-extraction benchmarks count them. A page the loader
skips scores 0. Dates: the share of pages whose metadata give a date on which ``published``
is that day. Nothing is fitted here, so there is nothing to cross-validate.

    python benchmarks/web_extraction.py /tmp/newspaper4k-0.9.6/tests/data
    python benchmarks/web_extraction.py FOLDER --lang en --show-errors
"""

from __future__ import annotations

import argparse
import json
import shutil
import tempfile
import warnings
from collections import Counter
from pathlib import Path

from corpus_tools.io.web import read_web_file
from corpus_tools.lexicon import WORD_RE


def _bag(text: str) -> Counter:
    return Counter(w.lower() for w in WORD_RE.findall(text))


def scores(extracted: str, reference: str) -> tuple[float, float, float]:
    """(precision, recall, F1) of the extracted text's words against the reference's."""
    got, want = _bag(extracted), _bag(reference)
    common = sum((got & want).values())
    p = common / sum(got.values()) if got else 0.0
    r = common / sum(want.values()) if want else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def pages(folder: Path, lang: str | None) -> list[dict]:
    """The pages of the set: name, html path, reference text, reference date and language."""
    out = []
    for html in sorted((folder / "html").glob("*.html")):
        txt = folder / "txt" / f"{html.stem}.txt"
        if not txt.is_file():
            continue
        meta_path = folder / "metadata" / f"{html.stem}.json"
        meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.is_file() else {}
        page_lang = meta.get("meta_lang") or meta.get("language") or "?"
        if lang and page_lang != lang:
            continue
        date = str(meta.get("publish_date") or "")[:10] or None
        reference = txt.read_text(encoding="utf-8")
        out.append({"name": html.stem, "html": html, "reference": reference, "date": date, "lang": page_lang})
    return out


def evaluate(items: list[dict]) -> list[dict]:
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for item in items:
            shutil.copy(item["html"], Path(tmp) / "page.html")
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always")
                docs = read_web_file(Path(tmp), "page.html")
            doc = docs[0] if docs else {"text": "", "published": "unknown"}
            p, r, f = scores(doc["text"], item["reference"])
            rows.append(
                {
                    "name": item["name"],
                    "lang": item["lang"],
                    "precision": p,
                    "recall": r,
                    "f1": f,
                    "date": item["date"],
                    "published": doc["published"],
                    "skipped": "; ".join(str(w.message) for w in caught)[:160],
                }
            )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("folder", type=Path, help="folder with html/, txt/ and metadata/")
    parser.add_argument("--lang", help="only pages whose metadata give this language (e.g. en)")
    parser.add_argument("--show-errors", action="store_true", help="print the pages with F1 < 0.95")
    args = parser.parse_args()
    rows = evaluate(pages(args.folder, args.lang))
    if not rows:
        raise SystemExit(f"{args.folder}: no html/NAME.html with a txt/NAME.txt found")
    n = len(rows)
    mean = {k: sum(r[k] for r in rows) / n for k in ("precision", "recall", "f1")}
    dated = [r for r in rows if r["date"]]
    right = [r for r in dated if r["published"] == r["date"]]
    print(f"pages: {n} ({dict(Counter(r['lang'] for r in rows))})")
    p, r, f = mean["precision"], mean["recall"], mean["f1"]
    print(f"token precision {p:.3f}  recall {r:.3f}  F1 {f:.3f} (mean per page)")
    print(f"F1 >= 0.95 on {sum(r['f1'] >= 0.95 for r in rows)} of {n} pages")
    share = len(right) / max(len(dated), 1)
    print(f"publication date right on {len(right)} of {len(dated)} dated pages ({share:.1%})")
    if args.show_errors:
        for r in rows:
            if r["f1"] < 0.95 or (r["date"] and r["published"] != r["date"]):
                print(
                    f"  {r['name']:<24} {r['lang']:<3} P {r['precision']:.3f} R {r['recall']:.3f} "
                    f"F1 {r['f1']:.3f}  date {r['date']} got {r['published']}  {r['skipped']}"
                )


if __name__ == "__main__":
    main()
