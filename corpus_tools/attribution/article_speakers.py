"""A newspaper's articles, "These claimed ...", are the newspaper's statement.

A libel report names the paper and the articles it is sued over, then gives their claims with a
pronoun: "Mr Dodd is suing The Courier and its editor over a series of articles which appeared in
1994. / These claimed that he took bribes ... / The newspaper denies libel". "These" was an
anonymous speaker of its own beside "the newspaper" (TUNE_22's 12.07.99/grobbelaar, PA's
grobbelaar1 26 and grobbelaar1nl 11 and the guardian 17, kind K2 of
``benchmarks/claims_tune22.md``): one paper, two speakers, and through the survival a PA speaker
counted twice in every version.

The rule (:func:`articles_outlet`): a pronoun that opens its sentence ("These", "They", "Those"
for articles; "It", "This" for an article) and speaks, where the sentence before names a published
work of that number (:data:`_WORKS`) and exactly one news outlet of the corpus ("The Courier",
"the Sunday Courier"), or the document before it names exactly one ("George Carman QC, for The
Courier ... is suing the newspaper over a series of articles"), is that outlet: its label, named,
a news outlet. "The newspaper" of the same document then joins it
(:func:`~.outlets.name_the_outlet`).
"""

from __future__ import annotations

import re

import pandas as pd

from corpus_tools.attribution.sentence_ends import SENTENCE_BREAK

__all__ = ["articles_outlet"]

#: published works by number: what a pronoun of that number may stand for
_WORKS = {
    "p": re.compile(r"\b(?:articles|stories|columns|headlines|editorials)\b"),
    "s": re.compile(r"\b(?:article|story|column|headline|editorial)\b"),
}
_PRONOUNS = {"these": "p", "they": "p", "those": "p", "it": "s", "this": "s"}
#: a sentence's end in the text the offsets are of, a wire take's "<" and control marks included
_END = SENTENCE_BREAK


def _outlet_named(sentence: str, outlets: frozenset[str]) -> str:
    """The one outlet of ``outlets`` (lower-cased names) ``sentence`` names with "The" or "the"
    before it ("The Courier", "the Sunday Courier"), as the sentence spells it; "" for none or two."""
    found = {
        m.group(0).removeprefix("the ").removeprefix("The ")
        for m in re.finditer(r"\b[Tt]he (?:(?:Daily|Sunday|Evening) )?([A-Z][a-z]+)\b", sentence)
        if m.group(1).lower() in outlets
    }
    return f"The {found.pop()}" if len(found) == 1 else ""


def articles_outlet(frame: pd.DataFrame, corpus: pd.DataFrame, outlets: frozenset[str]) -> pd.DataFrame:
    """The attribution rows with each pronoun that stands for a named newspaper's articles given
    that newspaper (module docstring): label, named, ``speaker_type`` ``media``.

    Args:
        frame: the attribution rows (``doc_id``, ``speaker_label``, ``speaker_start``, ``named``,
            ``speaker_type``).
        corpus: the corpus frame (``text``), indexed by ``doc_id``.
        outlets: the corpus's lower-cased outlet names.

    Returns:
        ``frame``, or a copy with those rows changed.
    """
    if not len(frame) or not outlets:
        return frame
    labels = frame["speaker_label"].astype(str).str.lower()
    rows = labels.isin(list(_PRONOUNS)) & ~frame["named"].astype(bool)
    if not rows.any():  # a substring test of the labels first: most documents have none
        return frame
    out = frame.copy()
    texts: dict[str, str] = {}
    for i in out.index[rows]:
        doc = str(out.at[i, "doc_id"])
        if doc not in texts:
            texts[doc] = str(corpus.loc[doc, "text"]) if doc in corpus.index else ""  # the rows' offsets
        text, start = texts[doc], int(out.at[i, "speaker_start"])
        ends = [m.end() for m in _END.finditer(text, max(0, start - 600), start)]
        if not ends or ends[-1] != start:  # the pronoun opens its sentence
            continue
        before = text[ends[-2] if len(ends) > 1 else max(0, start - 600) : start]
        # the sentence's outlet, else the document's one ("for The Sun ... suing the newspaper")
        outlet = _outlet_named(before, outlets) or _outlet_named(text[:start], outlets)
        if outlet and _WORKS[_PRONOUNS[labels[i]]].search(before):
            out.loc[i, ["speaker_label", "named", "speaker_type"]] = [outlet, True, "media"]
    return out
