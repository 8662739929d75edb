"""A version sentence read against a source sentence another person speaks: no word changes.

Read on the claims audit's change rows of rounds 20 and 21 (``benchmarks/claims.md``, cause 4 of
"Twenty-first round": a witness's statement read against another witness's similar one; a
sister's "cannot link" read against a coroner's "does not link").
The alignment pairs a version sentence with the source sentence that shares most of its words;
where the version gives the words to one named person and the source sentence gives its words to
another, the version does not tell that sentence, and its words counted cut, added and replaced
against it are no changes the version made. Only who speaks tells these pairs apart from the right
loose ones (README "Issue 22, word-change counts round 21": score, dice and the share of words held
do not), so the rule reads the attribution frame, which the variants stage runs beside, not after:
:func:`corpus_tools.analysis.analyze` calls :func:`other_speakers` once both frames are there.

A version sentence loses its variant rows when:

- its alignment is loose (``score`` under ``max_score``; a sentence taken close to word for word
  keeps its rows, whoever the attribution names);
- a named person (``named``, a person or an official) speaks in it (named in it, carried on from a
  quotation or through a pronoun: "She said: ..." after the sentence naming her);
- a named person speaks in the source sentences it is aligned to, and
- no name of the version's speakers is a name of theirs: no capitalised word of one label (a title
  such as "Mr" or "Dr" left out) is a word of the other, and the last words (the surnames) are not
  spelt close (``name_similarity``): "Helen Merrill" and "Mrs Helen Merrell" are one person, "Mary
  Vane" and "Gary Cole" two, "Carla Zavaroni" and "Dr Lawrence Addicott" two.

Rows are only dropped: no count rises, and every other sentence keeps its rows.
"""

from __future__ import annotations

import re

import pandas as pd
from rapidfuzz.distance import Levenshtein

from corpus_tools.lexicon import HONORIFICS

__all__ = ["other_speakers", "speaker_names"]

#: speaker types of a named person
_PERSONS = frozenset({"person", "official"})
_WORD = re.compile(r"[^\W\d_][^\W\d_'-]*")


def speaker_names(label: str) -> tuple[str, ...]:
    """The capitalised words of a speaker label in their order, lower-cased, titles left out:
    ``"Driver Helen Merrill"`` -> ``("driver", "helen", "merrill")``."""
    found = (w.lower() for w in _WORD.findall(str(label)) if w[:1].isupper())
    return tuple(w for w in found if w.rstrip(".") not in HONORIFICS)


def _same(a: tuple[str, ...], b: tuple[str, ...], name_similarity: float) -> bool:
    """Whether two labels' names may be one person's: a word shared, or surnames spelt close."""
    return bool(set(a) & set(b)) or Levenshtein.normalized_similarity(a[-1], b[-1]) >= name_similarity


def _names(attributions: pd.DataFrame) -> dict[tuple[str, int], list[tuple[str, ...]]]:
    """``(doc_id, sent_id)`` -> the names of the named persons speaking in that sentence."""
    need = {"doc_id", "sent_id", "speaker_label", "named", "speaker_type"}
    if attributions is None or attributions.empty or not need <= set(attributions.columns):
        return {}
    rows = attributions[attributions["named"].fillna(False).astype(bool)]
    rows = rows[rows["speaker_type"].isin(_PERSONS)]
    out: dict[tuple[str, int], list[tuple[str, ...]]] = {}
    for doc, sent, label in zip(rows["doc_id"], rows["sent_id"], rows["speaker_label"], strict=True):
        if names := speaker_names(label):
            out.setdefault((str(doc), int(sent)), []).append(names)
    return out


def other_speakers(
    variants: pd.DataFrame,
    alignment: pd.DataFrame,
    attributions: pd.DataFrame,
    *,
    max_score: float = 0.6,
    name_similarity: float = 0.7,
) -> pd.DataFrame:
    """``variants`` (:func:`corpus_tools.variants.lexical.extract_variants`) without the rows of
    the version sentences read against a source sentence another named person speaks (the
    module's rules); ``alignment`` and ``attributions`` are the analysis' frames of that name.

    Example:
        >>> speaker_names("sister Carla, 37"), speaker_names("Dr Ann Vale")
        (('carla',), ('ann', 'vale'))
    """
    if variants is None or variants.empty or alignment is None or attributions is None:
        return variants
    names = _names(attributions)
    loose = alignment[(alignment["reuse_class"] != "new") & (alignment["score"] < max_score)]
    wrong = set()
    for doc, sent, src, ids in zip(
        loose["doc_id"], loose["sent_id"], loose["source_doc_id"], loose["source_sent_ids"], strict=True
    ):
        said = names.get((str(doc), int(sent)))
        told = [n for i in ids for n in names.get((str(src), int(i)), [])]
        if said and told and not any(_same(a, b, name_similarity) for a in said for b in told):
            wrong.add((str(doc), int(sent)))
    if not wrong:
        return variants
    keys = zip(variants["doc_id"].astype(str), variants["sent_id"].astype(int), strict=True)
    return variants[[k not in wrong for k in keys]].reset_index(drop=True)
