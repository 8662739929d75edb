"""Speech attributions on PolNeAR: recall, precision and source accuracy of ``attributions()``.

PolNeAR (Newell, Margolin and Ruths, LREC 2018) annotates every attribution of US campaign
news as Source, Cue and Content spans (brat standoff ``.ann``, character offsets into the
``.txt``). This script reads ``../shared/data/polnear-train-dev.tar.gz`` (extracted to a
temporary folder, never into the repository), runs :func:`corpus_tools.attribution.attributions` on one
split and scores it:

* a gold attribution is a **speech** attribution when its cue holds a word of saying (a form
  of :data:`corpus_tools.lexicon.REPORTING_VERBS`, a noun of saying, "according") or its
  content holds a quote mark; recall is measured on those;
* a gold attribution is **found** when one of ours covers at least half of its Content span,
  or its Content covers at least half of ours;
* its **source is right** when our speaker mention overlaps the gold Source span (for a
  continuing quote or a resolved pronoun the mention is the one the attribution points to);
* ``source_accuracy_gold_with_source`` (a second figure, not the issue's): the same share among
  found gold attributions that have a Source span (PolNeAR leaves it out for passives and
  headlines, where no speaker mention can overlap it);
* **precision**: the share of ours that match any gold attribution (speech or not: PolNeAR
  annotates every attribution, so an unmatched one of ours is a false positive).

Articles annotated by several annotators are scored against the first ``.ann`` in name order.

Usage::

    python benchmarks/polnear.py --split dev            # the figures in benchmarks/README.md
    python benchmarks/polnear.py --split train --errors 40
    python benchmarks/polnear.py --split train --textacy  # textacy's direct_quotations, for reference

``--cache DIR`` keeps the spaCy parses of a split in DIR (a DocBin) so that a second run
skips parsing; it is a file the user names, not a cache inside the package.
"""

from __future__ import annotations

import argparse
import json
import re
import tarfile
import tempfile
from collections import Counter
from pathlib import Path

import pandas as pd
from spacy.tokens import DocBin
from textacy.extract.triples import direct_quotations

from corpus_tools import from_records, lexicon, load_model
from corpus_tools.attribution.attributions import attributions
from corpus_tools.text.sentences import clean_text, parse

DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "polnear-train-dev.tar.gz"
_QUOTES = re.compile('["\u201c\u201d]')
_SAYING = lexicon.REPORTING_FORMS | lexicon.SAYING_NOUNS | {"according"}
#: share of a Content span that must be covered: the issue's matching rule
MIN_COVER = 0.5


def read_split(root: Path, split: str) -> tuple[pd.DataFrame, list[dict]]:
    """The split's articles as a corpus frame, and its gold attributions."""
    base = root / "polnear" / "data"
    meta = pd.read_csv(base / "metadata.tsv", sep="\t", dtype=str).set_index("filename")
    anns: dict[str, Path] = {}
    for path in sorted((base / split / "attributions").glob("*.ann")):
        anns.setdefault(path.stem.rsplit("_", 1)[0], path)
    records, gold = [], []
    for stem, ann in sorted(anns.items()):
        text = (base / split / "text" / f"{stem}.txt").read_text(encoding="utf-8")
        outlet = meta.loc[stem, "publisher"] if stem in meta.index else "unknown"
        records.append({"doc_id": stem, "text": text, "outlet": outlet})
        gold.extend(_read_ann(stem, text, ann))
    corpus = from_records(records)
    for g in gold:  # gold offsets point into the file; ours into the text after the loader's Unicode rule
        shift = _shifter(corpus.loc[g["doc_id"], "repairs"])
        for role in ("Source", "Cue", "Content"):
            g[role] = [(shift(a), shift(b)) for a, b in g[role]]
    return corpus, gold


def _shifter(repairs):
    """Map an offset in a file to the same place in the loaded text (the loader removes soft
    hyphens, byte order marks and other invisible characters: ``corpus_tools.io.unicode_rules``)."""
    steps = [(r.end, r.end - r.start - len(r.replacement)) for r in repairs]
    return lambda pos: pos - sum(d for end, d in steps if end <= pos)


def _spans(field: str) -> list[tuple[int, int]]:
    return [tuple(map(int, part.split())) for part in field.split(";")]


def _read_ann(doc_id: str, text: str, path: Path) -> list[dict]:
    spans: dict[str, list[tuple[int, int]]] = {}
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if re.match(r"T\d+\t", line):
            key, kind_spans = line.split("\t")[:2]
            _, where = kind_spans.split(" ", 1)
            spans[key] = _spans(where)
        elif re.match(r"E\d+\t", line):
            parts = dict(p.split(":", 1) for p in line.split("\t")[1].split())
            rec = {"doc_id": doc_id}
            for role in ("Source", "Cue", "Content"):
                rec[role] = spans.get(parts[role], []) if role in parts else []
            cue = " ".join(text[a:b] for a, b in rec["Cue"]).lower()
            content = " ".join(text[a:b] for a, b in rec["Content"])
            rec["cue_text"], rec["content_text"] = cue, content
            rec["source_text"] = " ".join(text[a:b] for a, b in rec["Source"])
            words = set(re.findall(r"[a-z]+", cue))
            words |= {w[:-3] for w in words if w.endswith("ing")} | {
                w[:-3] + "e" for w in words if w.endswith("ing")
            }
            rec["speech"] = bool(words & _SAYING) or bool(_QUOTES.search(content))
            out.append(rec)
    return out


def _overlap(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> int:
    return sum(max(0, min(y, d) - max(x, c)) for x, y in a for c, d in b)


def _length(a: list[tuple[int, int]]) -> int:
    return sum(y - x for x, y in a)


def _matches(g: dict, o: dict) -> bool:
    ov = _overlap(g["Content"], o["content"])
    return ov > 0 and (ov >= MIN_COVER * _length(g["Content"]) or ov >= MIN_COVER * _length(o["content"]))


def score(gold: list[dict], ours: pd.DataFrame) -> dict:
    """Recall (speech gold), precision (any gold), source accuracy (of speech gold found)."""
    by_doc: dict[str, list[dict]] = {}
    for r in ours.itertuples():
        by_doc.setdefault(r.doc_id, []).append(
            {
                "content": [(r.content_start, r.content_end)],
                "speaker": [(r.speaker_start, r.speaker_end)],
                "row": r,
                "matched": False,
            }
        )
    found = right = found_with_source = 0
    speech = [g for g in gold if g["speech"]]
    for g in gold:
        hits = [o for o in by_doc.get(g["doc_id"], []) if _matches(g, o)]
        for o in hits:
            o["matched"] = True
        if not g["speech"]:
            continue
        g["found"] = bool(hits)
        g["source_right"] = any(_overlap(o["speaker"], g["Source"]) > 0 for o in hits)
        g["ours"] = hits[0]["row"] if hits else None
        found += bool(hits)
        right += g["source_right"]
        found_with_source += bool(hits) and bool(g["Source"])
    mine = [o for items in by_doc.values() for o in items]
    correct = sum(o["matched"] for o in mine)
    return {
        "articles": len({g["doc_id"] for g in gold}),
        "gold_attributions": len(gold),
        "gold_speech": len(speech),
        "ours": len(mine),
        "recall": round(found / max(1, len(speech)), 3),
        "precision": round(correct / max(1, len(mine)), 3),
        "source_accuracy": round(right / max(1, found), 3),
        # not the figure: the same, leaving out found gold that has no Source span at all
        "source_accuracy_gold_with_source": round(right / max(1, found_with_source), 3),
        "unmatched_ours": [o["row"] for o in mine if not o["matched"]],
    }


def parses_for(corpus: pd.DataFrame, cache: Path | None, split: str) -> pd.DataFrame:
    """spaCy parses of the split, read from / written to ``cache`` when given."""
    if cache is not None:
        bin_path, meta_path = cache / f"polnear-{split}.spacy", cache / f"polnear-{split}.json"
        if bin_path.exists() and meta_path.exists():
            nlp = load_model()
            docs = list(DocBin().from_disk(bin_path).get_docs(nlp.vocab))
            rows = json.loads(meta_path.read_text())
            return pd.DataFrame(
                [(*r, d) for r, d in zip(rows, docs, strict=True)],
                columns=["doc_id", "para_id", "start", "doc"],
            )
    parses = parse(corpus)
    if cache is not None:
        cache.mkdir(parents=True, exist_ok=True)
        DocBin(store_user_data=False, docs=list(parses["doc"])).to_disk(bin_path)
        meta_path.write_text(json.dumps(parses[["doc_id", "para_id", "start"]].values.tolist()))
    return parses


def textacy_baseline(corpus: pd.DataFrame, parses: pd.DataFrame) -> pd.DataFrame:
    """textacy's ``direct_quotations`` on each paragraph, as attribution rows (odd quote counts skipped)."""
    rows = []
    for d, start, doc in zip(parses["doc_id"], parses["start"], parses["doc"], strict=True):
        c = clean_text(corpus.loc[d, "text"])
        try:
            quotes = list(direct_quotations(doc))
        except ValueError:
            continue
        for q in quotes:
            if not q.speaker or not q.content:
                continue
            sa, sb = c.to_raw(start + q.speaker[0].idx, start + q.speaker[-1].idx + len(q.speaker[-1]))
            ca, cb = c.to_raw(start + q.content.start_char, start + q.content.end_char)
            rows.append(
                {"doc_id": d, "speaker_start": sa, "speaker_end": sb, "content_start": ca, "content_end": cb}
            )
    return pd.DataFrame(
        rows, columns=["doc_id", "speaker_start", "speaker_end", "content_start", "content_end"]
    )


def _show_errors(gold: list[dict], result: dict, n: int) -> None:
    missed = [g for g in gold if g["speech"] and not g["found"]]
    wrong = [g for g in gold if g["speech"] and g["found"] and not g["source_right"]]
    print(f"\nmissed: {len(missed)}; by cue: {Counter(g['cue_text'] for g in missed).most_common(25)}")
    for g in missed[:n]:
        print(f"  MISS [{g['source_text']}] [{g['cue_text']}] {g['content_text'][:110]!r}")
    print(f"\nwrong source: {len(wrong)}")
    for g in wrong[:n]:
        print(f"  SRC gold [{g['source_text']}] ours [{g['ours'].speaker}] cue [{g['cue_text']}]")
    fps = result["unmatched_ours"]
    print(f"\nunmatched ours: {len(fps)}; by cue: {Counter(r.cue for r in fps).most_common(20)}")
    for r in fps[:n]:
        print(f"  FP {r.doc_id[:30]} [{r.speaker}] [{r.cue}] {r.content_start}-{r.content_end}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--split", choices=["train", "dev"], default="dev")
    ap.add_argument("--cache", type=Path, default=None, help="folder for the parses of the split (DocBin)")
    ap.add_argument("--errors", type=int, default=0, help="print this many errors of each kind")
    ap.add_argument("--textacy", action="store_true", help="score textacy's direct_quotations instead")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        with tarfile.open(args.data) as tar:
            tar.extractall(tmp, filter="data")
        corpus, gold = read_split(Path(tmp), args.split)
    parses = parses_for(corpus, args.cache, args.split)
    ours = textacy_baseline(corpus, parses) if args.textacy else attributions(corpus, parses=parses)
    if args.textacy:
        ours["speaker"], ours["cue"] = "", "quote"
    result = score(gold, ours)
    print(json.dumps({k: v for k, v in result.items() if k != "unmatched_ours"}, indent=1))
    if args.errors:
        _show_errors(gold, result, args.errors)


if __name__ == "__main__":
    main()
