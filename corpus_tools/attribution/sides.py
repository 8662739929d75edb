"""A side of a court case named without a person: "the defence", "the two men's defence team",
"the prosecution", "prosecutors", "the Crown". A wire story's takes name one side in several ways; each is one
speaker of the story (:func:`corpus_tools.attribution.survival.one_witness`), where two anonymous
speakers ("a witness", "a witness") stay two.

Read from the METER courts story 08.12.99/lockerb (round 11's reading, ``benchmarks/claims_tune11.md``):
"The defence, which claims ..." in one take, "The defence had argued ..." and "the two men's
defence team had launched ..." in others, counted as three of PA's speakers; and a paper's "the
prosecution said" apart from PA's "the Crown" (round 12, lk75 and lk76 of the same reading).
"""

from __future__ import annotations

import re

import pandas as pd

from corpus_tools import lexicon
from corpus_tools.attribution.records import adopt_identity, speakers_by_document

__all__ = ["one_side_per_document", "side_of"]

#: the words that name a side, by side
_SIDE_WORDS = {
    "defence": "defence",
    "defense": "defence",
    "prosecution": "prosecution",
    "prosecutors": "prosecution",
}
#: words a description of a side may hold besides its side word ("the two men's defence team")
_FILLER = frozenset(
    "the a his her their its two three both men's women's accused's pair's team legal lawyers case".split()
)


def side_of(label: str) -> str:
    """The side of a case a speaker label names and nothing else ("defence", "prosecution"), or
    "" for a label with a name, an office ("the defence QC": a person) or no side word.

    Example:
        >>> side_of("The defence"), side_of("the two men's defence team"), side_of("the prosecution")
        ('defence', 'defence', 'prosecution')
        >>> side_of("the Crown"), side_of("the Crown Office"), side_of("Crown Prince Ali")
        ('prosecution', '', '')
        >>> side_of("the defence QC"), side_of("a witness"), side_of("Mr Taylor's defence")
        ('', '', '')
    """
    words = [w.strip(".,").replace("\u2019", "'") for w in str(label).split()]
    if [w.lower() for w in words] in (["the", "crown"], ["crown"]):
        return "prosecution"  # the Crown prosecutes in British courts ("the prosecution said")
    if not words or any(w[:1].isupper() for w in words[1:]):
        return ""  # a name ("Mr Taylor's defence") or an institution in capitals
    lower = [w.lower() for w in words]
    sides = {_SIDE_WORDS[w] for w in lower if w in _SIDE_WORDS}
    rest = [w for w in lower if w not in _SIDE_WORDS and w not in _FILLER]
    if len(sides) != 1 or rest or any(w in lexicon.SPEAKER_WORDS["official"] for w in lower):
        return ""
    return sides.pop() if re.match(r"the\b|his\b|her\b|their\b", lower[0]) or lower[0] in _SIDE_WORDS else ""


def one_side_per_document(frame: pd.DataFrame) -> pd.DataFrame:
    """The attribution rows with each side of a case one speaker in each document: "the two men's
    defence team" (an institution to the tagger) and "defence arguments that ..." (the side before a
    noun of saying, :mod:`~.nominal`) take the first one's ``speaker_id``, label and type.

    Args:
        frame: the attribution rows (``doc_id``, ``speaker_id``, ``speaker_label``, ``named``,
            ``speaker_type``).

    Returns:
        A copy of ``frame``.
    """
    if not len(frame):
        return frame
    out = frame.copy()
    cols = (out[c] for c in ("doc_id", "speaker_label", "named", "speaker_type"))
    sided = {
        d
        for d, label, named, kind in zip(*cols, strict=True)
        if side_of(label) and not (named and kind != "organisation")
    }
    for recs in speakers_by_document(out[out["doc_id"].isin(sided)]):  # only documents naming a side (#23)
        first: dict[str, dict] = {}
        for r in recs:
            side = (
                side_of(str(r["speaker_label"]))
                if not r["named"] or r["speaker_type"] == "organisation"
                else ""
            )
            if not side:
                continue
            if side in first:
                adopt_identity(out, r["doc_id"], [r["speaker_id"]], first[side])
            else:
                first[side] = r
    return out
