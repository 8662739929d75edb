"""A court's presiding judge and its bench are one body: the judges a text names sitting together.

An appeal ruling is told as the court's ("the Court of Appeal ruled", "The appeal judges said") and
as its presiding judge's ("Lord Roe, sitting with Lord Justice Ames and Lady Justice Pole, said");
a version that gives the bench's words to the judge, or the judge's to the bench, keeps one body's
words under another label, never "gives the statements to another speaker" (the claims audit's round
17, cause 5; :func:`~.survival_status._other_fate` calls it a relabel). Which judges sit on the
bench is read from the text: a named person followed, within the sentence, by "and two other
judges", "with Lord Justice ...", "and Mr Justice ..." (:func:`sits_on_bench`). A bench's label is
:func:`~.benches.bench_court`'s ("the Court of Appeal", "the judges", "the judgment").
"""

from __future__ import annotations

import re

from corpus_tools.attribution.benches import bench_court
from corpus_tools.attribution.word_places import word_places

__all__ = ["bench_ids", "sits_on_bench"]

#: words of a judge's title a name reader may keep as a name ("Mr Justice Hale": "Justice")
_TITLE_WORDS = frozenset({"justice", "judge", "lord", "lady", "recorder", "master", "rolls", "sir", "dame"})

#: after a judge's name, within the sentence: the other judges who sit with him
_WITH = re.compile(
    r"^[^.;:]{0,60}?\b(?:and|with)\s+(?:(?:the|two|three|four|other|fellow|appeal|senior|[A-Z][a-z]+)\s+){0,3}"
    r"(?:judges|justices|colleagues|(?:Lord|Lady|Mr|Mrs|Ms) Justice)\b"
)


def sits_on_bench(surname: str, text: str) -> bool:
    """Whether ``text`` names the judge ``surname`` sitting with other judges.

    Example:
        >>> sits_on_bench("Roe", "Lord Roe, Lord Justice Ames and Lady Justice Pole ruled today.")
        True
        >>> sits_on_bench("Roe", "But Lord Roe and two other appeal judges dismissed the appeal.")
        True
        >>> sits_on_bench("Roe", "Lord Roe said costs were due. The judges then rose.")
        False
        >>> sits_on_bench("Ames", "Ian Ames and his wife thanked the jury.")
        False
    """
    if not surname or not surname[:1].isupper():
        return False
    return any(_WITH.search(text[at + len(surname) :]) for at in word_places(text, surname))


def bench_ids(recs: list[dict], who: dict, texts: dict[str, str], source_text: str, members) -> set:
    """The ``speaker_id`` of every statement of ``recs`` whose speaker is a bench (its label one of
    :func:`~.benches.bench_court`'s) or a judge the text names sitting on one
    (:func:`sits_on_bench`: the source's in ``source_text``, its takes joined, for a statement of a
    source file of ``members``; a version's in its own text); ``who``: the speakers' identities."""
    out: set = set()
    seen: dict[tuple[str, str], bool] = {}
    for r in recs:
        sid, me = r["speaker_id"], who.get(r["speaker_id"])
        if sid in out or me is None:
            continue
        if me.kind != "person":
            label = " ".join(str(r["speaker_label"]).split())
            if bench_court(label if label.lower().startswith("the ") else "the " + label) is not None:
                out.add(sid)
            continue
        doc = str(r["doc_id"])
        text = source_text if doc in members else texts.get(doc, "")
        place = "" if doc in members else doc
        for name in (n for n in me.names if n.lower() not in _TITLE_WORDS):
            if (place, name) not in seen:
                seen[(place, name)] = sits_on_bench(name, text)
            if seen[(place, name)]:
                out.add(sid)
    return out
