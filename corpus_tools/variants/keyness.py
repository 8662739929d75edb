"""Keyness: which words one sub-corpus uses significantly more than another.

The corpus linguist's comparison of two word lists (AntConc's keyword list, quanteda's
``textstat_keyness``): for every word, its frequency in a target and a reference sub-corpus,
a signed keyness statistic (log-likelihood, chi-squared or log ratio), its p-value and an
effect size. Words are read on the cleaned view (:func:`corpus_tools.text.sentences.word_tokens`)
and, with ``normalize=True``, keyed the way the alignment matches them
(:func:`corpus_tools.text.sentences.match_key`: case, quote marks, dots and British/American
spelling folded), so keyness shows word choice, not house punctuation or spelling.

Not textacy here: textacy has no keyness statistic (its ``representations`` build the
counts, not the test), so the 2x2 tests are ours, with the p-value from ``math.erfc``
(no SciPy needed).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable

import pandas as pd

from corpus_tools.io.corpus import require_columns
from corpus_tools.reuse.documents import resolve_source
from corpus_tools.text.sentences import match_key, word_tokens

__all__ = ["KEYNESS_COLUMNS", "MEASURES", "keyness", "select_documents", "version_keyness"]

#: the keyness statistics :func:`keyness` computes
MEASURES = ("log_likelihood", "chi_squared", "log_ratio")

#: keyness() columns
KEYNESS_COLUMNS = [
    "word",
    "n_target",
    "n_reference",
    "per_1k_target",
    "per_1k_reference",
    "keyness",
    "p_value",
    "log_ratio",
    "side",
]


def select_documents(corpus: pd.DataFrame, names: str | Iterable[str] | None) -> list[str]:
    """The doc_ids a sub-corpus names: doc_ids, outlets (the ``outlet`` column) or groups.

    Args:
        corpus: the corpus frame.
        names: one name or several; each a doc_id, an outlet or a ``group`` value.

    Returns:
        The doc_ids, in corpus order.

    Raises:
        ValueError: a name that is none of these.

    Example:
        >>> select_documents(load_corpus("seeds"), "Reuters")
        ['001']
    """
    wanted = [names] if isinstance(names, str) else list(names or [])
    docs = [str(d) for d in corpus.index]
    outlets = corpus["outlet"].astype(str).tolist() if "outlet" in corpus else [""] * len(docs)
    groups = corpus["group"].astype(str).tolist() if "group" in corpus else [""] * len(docs)
    chosen: set[str] = set()
    for name in map(str, wanted):
        hit = {d for d, o, g in zip(docs, outlets, groups, strict=True) if name in (d, o, g)}
        if not hit:
            raise ValueError(
                f"{name!r} is not a doc_id, an outlet or a group of the corpus "
                f"(doc_ids: {docs}; outlets: {sorted(set(outlets) - {''})})"
            )
        chosen |= hit
    if not chosen:
        raise ValueError("a sub-corpus needs at least one doc_id, outlet or group")
    return [d for d in docs if d in chosen]


def _counts(corpus: pd.DataFrame, doc_ids: list[str], normalize: bool, forms: dict) -> dict[str, Counter]:
    """Word counts of each document; ``forms`` collects, per normalised key, its cleaned forms."""
    out: dict[str, Counter] = {}
    for doc_id in doc_ids:
        raw = corpus.loc[doc_id, "text"]
        counts = out[doc_id] = Counter()
        for t in word_tokens(raw):
            if normalize:
                key = match_key(t.norm)
                forms.setdefault(key, Counter())[t.text.lower()] += 1
            else:  # the raw form, lower case: quote marks and spellings as the file has them
                key = raw[t.start : t.end].lower()
            counts[key] += 1
    return out


def _table(ct: Counter, cr: Counter, forms: dict, measure: str, min_count: int) -> pd.DataFrame:
    """The keyness frame of target counts ``ct`` against reference counts ``cr``."""
    c, d = sum(ct.values()), sum(cr.values())
    if not c or not d:
        return pd.DataFrame(columns=KEYNESS_COLUMNS)
    words = [w for w in ct.keys() | cr.keys() if ct[w] + cr[w] >= min_count]
    rows = [(_shown(w, forms), *_statistics(ct[w], cr[w], c, d, measure)) for w in words]
    out = pd.DataFrame(rows, columns=KEYNESS_COLUMNS)
    out = out.sort_values(["keyness", "n_target", "word"], ascending=[False, False, True], ignore_index=True)
    return out.round({"per_1k_target": 3, "per_1k_reference": 3, "keyness": 4, "log_ratio": 4})


def _shown(key: str, forms: dict) -> str:
    """The word shown for a normalised key: its most frequent cleaned form ("country's", not
    the key "countrys"); ties go to the alphabetically first."""
    seen = forms.get(key)
    return min(seen.items(), key=lambda kv: (-kv[1], kv[0]))[0] if seen else key


def _log_likelihood(a: int, b: int, c: int, d: int) -> float:
    """Dunning's G2 of the 2x2 table (word, other words) x (target, reference), for a word seen
    ``a`` times in ``c`` words and ``b`` times in ``d`` words: all four cells, as quanteda's
    ``textstat_keyness(measure="lr")`` (Rayson and Garside's shortcut keeps the first two)."""
    n, k = c + d, a + b
    cells = ((a, c * k / n), (b, d * k / n), (c - a, c * (n - k) / n), (d - b, d * (n - k) / n))
    return 2.0 * sum(o * math.log(o / e) for o, e in cells if o > 0)


def _chi_squared(a: int, b: int, c: int, d: int) -> float:
    """Pearson's chi-squared of the 2x2 table (word, other words) x (target, reference)."""
    n = c + d
    den = (a + b) * (n - a - b) * c * d
    return n * (a * (d - b) - b * (c - a)) ** 2 / den if den else 0.0


def _log_ratio(a: int, b: int, c: int, d: int) -> float:
    """Hardie's (2014) log ratio: log2 of the ratio of relative frequencies, 0.5 for a zero count."""
    return math.log2((max(a, 0.5) / c) / (max(b, 0.5) / d))


def _statistics(a: int, b: int, c: int, d: int, measure: str) -> tuple:
    """``n_target`` ... ``side`` of one word seen ``a`` times in ``c`` words and ``b`` in ``d``."""
    g2, lr = _log_likelihood(a, b, c, d), _log_ratio(a, b, c, d)
    stat = {"log_likelihood": g2, "chi_squared": _chi_squared(a, b, c, d), "log_ratio": lr}[measure]
    test = stat if measure == "chi_squared" else g2
    sign = 1.0 if a / c >= b / d else -1.0
    key = abs(stat) * sign if measure != "log_ratio" else lr
    p = math.erfc(math.sqrt(test / 2.0))  # chi-squared survival function, 1 degree of freedom
    side = "target" if sign > 0 else "reference"
    return a, b, 1000 * a / c, 1000 * b / d, key, p, lr, side


def keyness(
    corpus: pd.DataFrame,
    target: str | Iterable[str],
    reference: str | Iterable[str] | None = None,
    *,
    measure: str = "log_likelihood",
    normalize: bool = True,
    min_count: int = 1,
) -> pd.DataFrame:
    """The words the target sub-corpus uses more (or less) than the reference.

    Our own code, not textacy's: textacy has no keyness test (quanteda's ``textstat_keyness`` is
    the model: G2 of the 2x2 table, chi-squared, and Hardie's log ratio as the effect size).

    Args:
        corpus: the corpus frame.
        target: doc_ids, outlets or groups (:func:`select_documents`).
        reference: the same; None takes every other document of the corpus.
        measure: the keyness statistic: ``log_likelihood`` (Dunning's G2, 2x2), ``chi_squared``
            (Pearson, 2x2) or ``log_ratio`` (Hardie's effect size).
        normalize: key words as the alignment matches them (case, quote marks, dots and
            British/American spelling folded: "programme" and "program" are one word, shown in
            its most frequent form); False counts the lower-cased form as the raw file has it.
        min_count: leave out words seen fewer times than this in both sub-corpora together.

    Returns:
        One row per word, most key for the target first (then most key for the reference
        last): ``word``, ``n_target``, ``n_reference`` (counts), ``per_1k_target``,
        ``per_1k_reference`` (per 1,000 words), ``keyness`` (the measure, signed: positive
        when the target uses the word more), ``p_value`` (of the G2 or chi-squared test, 1 degree
        of freedom; of G2 for ``log_ratio``), ``log_ratio`` (the effect size, log2 of the ratio
        of relative frequencies) and ``side`` (``target`` or ``reference``: who uses it more).

    Raises:
        ValueError: an unknown measure, a name that is not in the corpus, overlapping or
            empty sub-corpora.

    Example:
        >>> k = keyness(load_corpus("seeds"), "001", "002")
        >>> k.word.head(3).tolist()
        ['but', 'reuters', 'range']
    """
    require_columns(corpus, ["text"], "keyness")
    if measure not in MEASURES:
        raise ValueError(f"measure must be one of {MEASURES}, got {measure!r}")
    tgt = select_documents(corpus, target)
    ref = (
        select_documents(corpus, reference)
        if reference is not None
        else [d for d in map(str, corpus.index) if d not in tgt]
    )
    if set(tgt) & set(ref) or not ref:
        raise ValueError(
            f"target {tgt} and reference {ref} must be two non-empty, disjoint sets of documents"
        )
    forms: dict[str, Counter] = {}
    per_doc = _counts(corpus, tgt + ref, normalize, forms)
    total = lambda docs: sum((per_doc[x] for x in docs), Counter())  # noqa: E731
    return _table(total(tgt), total(ref), forms, measure, min_count)


def _version_rows(per_doc, members, src: Counter, forms: dict, measure: str, n: int, name: str) -> list:
    """The rows of :func:`version_keyness`, in its order, as :func:`_table` then ``head(n)`` per
    side would give them (the same sort: keyness, then count, then word), unrounded."""
    shown = {key: _shown(key, forms) for key in forms}
    d = sum(src.values())
    rows = []
    for doc_id in (x for x in per_doc if x not in members):
        ct = per_doc[doc_id]
        c = sum(ct.values())
        if not c or not d:
            continue
        once: dict[tuple[int, int], tuple] = {}  # a word's statistics depend on its two counts alone
        stats = [
            (shown.get(w, w), *(once.get(k) or once.setdefault(k, _statistics(*k, c, d, measure))))
            for w in ct.keys() | src.keys()
            for k in ((ct[w], src[w]),)
        ]
        stats.sort(key=lambda r: (-r[5], -r[1], r[0]))  # keyness desc, n_target desc, word asc
        plus = [r for r in stats if r[5] > 0][:n]
        minus = [r for r in stats if r[5] < 0][::-1][:n]
        for side, top in (("version", plus), ("source", minus)):
            rows += [
                (doc_id, name, side, rank, r[0], r[1], r[2], r[5], r[6], r[7])
                for rank, r in enumerate(top, start=1)
            ]
    return rows


def version_keyness(
    corpus: pd.DataFrame,
    *,
    source: str | Iterable[str] | None = None,
    n: int = 5,
    measure: str = "log_likelihood",
) -> pd.DataFrame:
    """The top key words of each version against its source, on each side (:func:`keyness`, our
    own code: textacy has no keyness test).

    Args:
        corpus: the corpus frame.
        source: the source (doc_id, group or doc_ids, as in
            :func:`corpus_tools.reuse.documents.resolve_source`); None takes the origin.
        n: words per side and version.
        measure: as in :func:`keyness` (normalised words).

    Returns:
        One row per (version, side, rank): ``doc_id``, ``source_doc_id`` (the source's name),
        ``side`` (``version``: words the version prefers; ``source``: words it uses less than
        the source), ``rank`` (1 = most key), then ``word``, ``n_version``, ``n_source``,
        ``keyness``, ``p_value`` and ``log_ratio`` as in :func:`keyness`.

    Example:
        >>> v = version_keyness(load_corpus("seeds"), n=2)
        >>> v[v.doc_id == "002"][["side", "word"]].values.tolist()
        [['version', 'however'], ['version', 'mr'], ['source', 'reuters'], ['source', 'but']]
    """
    name, members = resolve_source(corpus, source)
    cols = ["doc_id", "source_doc_id", "side", "rank", "word", "n_version", "n_source", "keyness"]
    parts = []
    if measure not in MEASURES:
        raise ValueError(f"measure must be one of {MEASURES}, got {measure!r}")
    forms: dict[str, Counter] = {}
    per_doc = _counts(corpus, [str(d) for d in corpus.index], True, forms)  # each document read once
    src = sum((per_doc[d] for d in members), Counter())
    rows = _version_rows(per_doc, members, src, forms, measure, n, name)
    if rows:  # one frame for all versions (a frame per version costs more than its statistics)
        out = pd.DataFrame(rows, columns=[*cols, "p_value", "log_ratio"])
        return out.round({"keyness": 4, "log_ratio": 4})
    for doc_id in (d for d in per_doc if d not in members):
        k = _table(per_doc[doc_id], src, forms, measure, 1)
        for side, frame in (("version", k[k["keyness"] > 0]), ("source", k[k["keyness"] < 0][::-1])):
            top = frame.head(n).rename(columns={"n_target": "n_version", "n_reference": "n_source"})
            parts.append(
                top.assign(doc_id=doc_id, source_doc_id=name, side=side, rank=range(1, len(top) + 1))
            )
    if not parts:
        return pd.DataFrame(columns=[*cols, "p_value", "log_ratio"])
    return pd.concat(parts, ignore_index=True)[[*cols, "p_value", "log_ratio"]]
