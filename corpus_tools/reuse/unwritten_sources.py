"""A source sentence of a fusion whose words the version sentence does not write is no source of it
(issue #22, round 34, rkind34).

Read from TUNE_34's Reuters update series (``benchmarks/claims_tune34_r.md``, cause K). A rubber
update's "The new International Natural Rubber Agreement (INRA) is expected to be formally adopted
on Friday" was aligned to the earlier story's lead and to "Malaysian traders said they expected
prices to firm by a few cents on the news that a pact is expected to be adopted", whose "expected
... adopted" the version writes from another sentence ("... it is expected to be formally adopted
by some 40 countries on March 20", a source of the version's lead); Lyng's "... doubts that the
federal government would meet the ... deficit reduction target set by the Gramm-Rudman law" to the
lead and to his "Lyng said if the federal deficit came down, this would help exports" for "the
federal". The variants then cut the whole of that sentence, so the findings counted it kept
("keeps 4 of 5195's 7 sentences and drops 3") and its words a cut. Round 33's
:mod:`~.lone_neighbours` stops the next sentence fused for one word; this reads every source of a
fusion, wherever it stands.

The rule: the source sentences of a fusion, read as one text in their order and in the reverse
order (``difflib``, lemma keys, as alignment reads words), each *write* the content words of the
version sentence matched to them; a source sentence writing fewer than :data:`MIN_WRITTEN` that
no sibling writes too (a source of a version sentence sharing one of the fusion's sources) is
dropped, the one writing the most staying. A fusion whose every source writes its part is left as
it was (15313's "... over the high level of Canadian steel exports" keeps 9554's "the level of
Canadian exports"). Not done: the mirror shape, a new sentence aligned to a source sentence whose
few shared words another version sentence writes (10586's "The buffer stock will begin operations
immediately"): made new, it cut METER courts' sentence recall from 0.836 to 0.824.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from difflib import SequenceMatcher

from corpus_tools.reuse.similarity import is_content

__all__ = ["MIN_WRITTEN", "drop_unwritten", "fused_writes", "written"]

#: the fewest content words a source sentence must write beyond what its siblings explain
MIN_WRITTEN = 2


def written(src: tuple[str, ...], tgt: tuple[str, ...]) -> dict[int, int]:
    """Target position -> source position of each content word of ``tgt`` that ``src`` writes:
    ``difflib``'s matching blocks, in order.

    Example:
        >>> src = "trader say they expect price to firm as a pact be expect to be adopt".split()
        >>> tgt = "the new rubber agreement be expect to be formally adopt on friday".split()
        >>> sorted(written(tuple(src), tuple(tgt)))
        [5, 9]
    """
    blocks = SequenceMatcher(None, src, tgt, autojunk=False).get_matching_blocks()
    return {b + n: a + n for a, b, size in blocks for n in range(size) if is_content(tgt[b + n])}


def fused_writes(sources: list, tgt: tuple[str, ...]) -> list[set[int]]:
    """Per source sentence of a fusion (each with ``keys``), the target positions of the content
    words it writes when the sources are read as one text, in their order and in the reverse order
    (a version may tell the later sentence first): a word the text writes once is one source's.

    Example:
        >>> lead = tuple("us farm secretary lyng say farm should share cut under the budget law".split())
        >>> later = tuple("lyng say if the federal deficit come down this would help export".split())
        >>> tgt = "us farm secretary lyng doubt the federal government meet the deficit set by the budget law"
        >>> tgt = tuple(tgt.split())
        >>> from types import SimpleNamespace
        >>> [sorted(p) for p in fused_writes([SimpleNamespace(keys=k) for k in (lead, later)], tgt)]
        [[1, 2, 3, 14, 15], []]
    """
    out: list[set[int]] = [set() for _ in sources]
    for order in (range(len(sources)), range(len(sources) - 1, -1, -1)):
        keys: list[str] = []
        owner: list[int] = []
        for i in order:
            keys += sources[i].keys
            owner += [i] * len(sources[i].keys)
        for b, a in written(tuple(keys), tgt).items():
            out[owner[a]].add(b)
    return out


def drop_unwritten(rows: list[dict], score: Callable) -> None:
    """Drop, in place, the sources of the fusions of ``rows`` (one document's alignment rows:
    ``t``, ``chosen``, ``score``, ``cls``) that write too little of their sentence (the module's
    rule); ``score(t, chosen)``: the merged score of what stays."""
    if not any(len(r["chosen"]) > 1 for r in rows):
        return
    by_source: dict[tuple, list[int]] = defaultdict(list)
    for k, r in enumerate(rows):
        for m in r["chosen"]:
            by_source[(m.src.doc_id, m.src.sent_id)].append(k)
    for k, r in enumerate(rows):
        if len(r["chosen"]) > 1:
            _fusion(rows, k, by_source, score)


def _fusion(rows: list[dict], k: int, by_source: dict, score: Callable) -> None:
    r = rows[k]
    t, chosen = r["t"], sorted(r["chosen"], key=lambda m: (m.src.doc_id, m.src.sent_id))
    mine = {(m.src.doc_id, m.src.sent_id) for m in chosen}
    siblings = {
        (m.src.doc_id, m.src.sent_id): m.src
        for m0 in chosen
        for j in by_source[(m0.src.doc_id, m0.src.sent_id)]
        if j != k
        for m in rows[j]["chosen"]
    }
    explained = set().union(*(set(written(s.keys, t.keys)) for key, s in siblings.items() if key not in mine))
    writes = fused_writes([m.src for m in chosen], t.keys)
    own = {id(m): len(w - explained) for m, w in zip(chosen, writes, strict=True)}
    keep = [m for m in r["chosen"] if own[id(m)] >= MIN_WRITTEN]
    if len(keep) == len(r["chosen"]):
        return
    if not keep:  # none writes enough apart: the one writing the most stays
        keep = [max(r["chosen"], key=lambda m: (own[id(m)], m is r["chosen"][0]))]
    r["chosen"] = keep
    if len(keep) == 1:
        r["cls"], r["score"] = keep[0].cls if keep[0].cls != "new" else "rewritten", keep[0].score
    else:
        r["score"] = max(keep[0].score, score(t, keep))
