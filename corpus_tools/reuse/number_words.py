"""Numbers written in words and hyphenated compounds, for the words of a text's own
(:mod:`corpus_tools.reuse.novelty`): a number word's figures, a hyphenated word written whole or
with its number the other way, and a whole number with the word after it. Split from
:mod:`~corpus_tools.reuse.novelty`."""

from __future__ import annotations

from collections.abc import Sequence

from corpus_tools.lexicon import NUMBER_WORDS, lemma_key

__all__ = ["NUMBER_FIGURES", "compound_forms", "gap", "number_phrase"]

#: number words -> the figures they are written with ("four-and-a-half" = "4 1/2";
#: "Sixteen-month-old" = "16-month-old"), lower case
NUMBER_FIGURES: dict[str, tuple[str, ...]] = {
    **{w: (str(v),) for w, v in NUMBER_WORDS.items()},
    **dict(
        zip(
            "thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty "
            "sixty seventy eighty ninety".split(),
            [(str(v),) for v in (13, 14, 15, 16, 17, 18, 19, 20, 30, 40, 50, 60, 70, 80, 90)],
            strict=True,
        )
    ),
    "half": ("1", "2"),
    "quarter": ("1", "4"),
    "third": ("1", "3"),
}


def gap(word: tuple[str, str, bool]) -> str:
    """What stands between a body word and the word before it (``BodyWord.gap``; a space when
    the word does not say)."""
    return getattr(word, "gap", " ")


def compound_forms(words: Sequence[tuple[str, str, bool]], i: int) -> list[str]:
    """The hyphenated word that word ``i`` is part of, written whole, and with its number in
    figures or in words ("Sixteen-month-old": "sixteenmonthold", "16monthold")."""
    a = b = i
    while a > 0 and gap(words[a]) == "-":
        a -= 1
    while b + 1 < len(words) and gap(words[b + 1]) == "-":
        b += 1
    if a == b:
        return []
    parts = [w[0] for w in words[a : b + 1]]
    figures = {w: figs[0] for w, figs in NUMBER_FIGURES.items() if len(figs) == 1}
    in_words = {f: w for w, f in figures.items()}
    other = [figures.get(p, in_words.get(p, p)) for p in parts]
    return ["".join(parts), "".join(other)]


def number_phrase(words: Sequence[tuple[str, str, bool]], i: int) -> str:
    """A whole number and the word after it as a :func:`~corpus_tools.reuse.novelty.compounds` key
    ("ten years" -> "10 year"), "" when word ``i`` is no whole number or no word follows it after a
    space: the source's figure written in words or the other way round is the source's when it
    counts the same thing."""
    k = words[i][0]
    if not (k.isdigit() or len(NUMBER_FIGURES.get(k, ())) == 1) or i + 1 >= len(words):
        return ""
    if not gap(words[i + 1]).isspace() or not words[i + 1][0].isalpha():
        return ""
    return f"{NUMBER_FIGURES.get(k, (k,))[0]} {lemma_key(words[i + 1][0])}"
