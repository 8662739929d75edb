"""The findings' change sentence in figures a reader can add up (issue #22, round 32, rkind32).

Read from TUNE_32's Reuters update series (``benchmarks/claims_tune32_r.md``): a wire update that
cuts the trailing detail of every sentence ("0.809 ounces of gold a ton [over a 40 foot section
with an average width of 6.26 feet]") printed "Its 5 word-level changes are mostly words cut (5)"
while 51 words were gone; a reader reads "words cut (5)" as five words. And the sentence names
three categories at most, so "Its 14 word-level changes are, in substance, mostly words cut (7);
words added (3); word replaced (2 ...); in style: 1 abbreviation" named 13 of its 14 (the time
reference "tomorrow" -> "on Tuesday" counted, never named).

The shape: a cut or an addition row (``deletion``, ``insertion``) holds a passage, not a word. Its
part reads "words cut (5 places, 51 words)" when the passages hold more words than there are rows
(a part of one-word rows keeps "words cut (5)"); the categories past the three named are told as
one "other" part naming them, so the parts add up to the total; one category alone (no style, no
other) is "all", not "mostly".

Round 33 (rkind33, round 32's debt): HELD_OUT_32's 11920 read "adds 13 words of its own" in its
class sentence and "words added (9 places, 29 words)" in its change sentence, two measures a reader
takes for one. The added passages' part now says when their words are not all new to the source
("words added (9 places, 29 words, not all new to 7110)": the class sentence's words of its own
are those the source never uses). And one change is told as one ("Its 1 word-level change: words
cut (1 place, 5 words)"), never "is mostly".

Round 34 (rkind34, round 33's debt and the seeds): the note read every added word, so "the" and
"at" made "not all new" (TUNE_34's 16187); it now reads the content words only. And the seeds' 000
said "it adds no word of its own to 001's" and "words added (1)": the one word is "and", joining
two of 001's sentences, a word 001 has; a one-word part had no note. Every part of added words now
says ", none new to 001" when each of them is the source's or a function word.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import pandas as pd

from corpus_tools.lexicon import STOP_WORDS, WORD_RE
from corpus_tools.report.labels import category_label, plain

__all__ = ["measured", "not_all_new", "others", "told"]

_WORD = re.compile(r"\w")
#: a possessive's ending, off a word before it is compared ("businessmen's" is "businessmen")
_POSSESSIVE = re.compile(r"['\u2019]s$")
_SIDE = {"deletion": "source_form", "insertion": "form"}


def measured(category: str, rows: pd.DataFrame) -> str:
    """The figure of one part of the change sentence: the number of rows of ``category``, and for
    cuts and additions the words they hold when more than one a row.

    Args:
        category: a variant category (``deletion``, ``insertion``, ...).
        rows: the version's rows as :func:`corpus_tools.report.change_claims.claimed_changes`
            gives them (``category``, ``source_form``, ``form``); those of other categories are
            skipped (plain Python over a few dozen rows: no frame is built).

    Example:
        >>> rows = pd.DataFrame({"category": ["deletion", "deletion", "misprint"],
        ...     "source_form": ["over a 40 foot section", "Corp.", "Levon"], "form": ["", "", "Lvon"]})
        >>> measured("deletion", rows), measured("deletion", rows.iloc[1:]), measured("misprint", rows)
        ('2 places, 6 words', '1', '1')
    """
    side = _SIDE.get(category, "form")
    cats, forms = rows["category"].tolist(), rows[side].tolist()
    texts = [str(x) for c, x in zip(cats, forms, strict=True) if c == category]
    n = len(texts)
    if category not in _SIDE:
        return str(n)
    words = sum(sum(1 for w in plain(x).split() if _WORD.search(w)) for x in texts)
    return f"{n} place{'s' if n != 1 else ''}, {words} words" if words > n else str(n)


def others(counts: pd.Series) -> str:
    """The part naming the substance categories past the three the sentence names, each with its
    count: "other (2: time reference 1, words cut 1)"; "" when there are none.

    Args:
        counts: rows per substance category, largest first (``value_counts`` of the categories).

    Example:
        >>> others(pd.Series({"deletion": 7, "insertion": 3, "word_substitution": 2, "time_reference": 1}))
        'other (1: time reference 1)'
    """
    rest = list(counts.items())[3:]
    if not rest:
        return ""
    named = ", ".join(f"{category_label(c)} {int(k)}" for c, k in rest)
    return f"other ({sum(int(k) for _, k in rest)}: {named})"


def not_all_new(
    category: str, figure: str, rows: pd.DataFrame, source: str | None, source_text: Callable[[], str]
) -> str:
    """The note on the part of added words (``insertion`` rows; ``figure``, :func:`measured`'s)
    that tells how many of them are the source's: ", none new to SOURCE" when each added word is a
    word of the source's text (``source_text()``, read only then, compared in lower case) or a
    function word (a stop word, a letter), ", not all new to SOURCE" when some of their content
    words are the source's and some not, "" when none is (and when ``source`` is None). Words are
    the package's (:data:`~corpus_tools.lexicon.WORD_RE`: "U.S." one word). Function words alone
    never make added words "not all new" (round 33's note fired on "the" and "at").

    Example:
        >>> rows = pd.DataFrame({"category": ["insertion"], "source_form": [""], "form": ["the new shaft"]})
        >>> shaft, ore, fig = lambda: "The shaft closed.", lambda: "The ore.", "1 place, 3 words"
        >>> f = lambda text: not_all_new("insertion", fig, rows, "7110", text)
        >>> f(shaft), f(ore)
        (', not all new to 7110', '')
        >>> joined = pd.DataFrame({"category": ["insertion"], "source_form": [""], "form": ["and"]})
        >>> not_all_new("insertion", "1", joined, "001", ore)
        ', none new to 001'
    """
    if source is None or category != "insertion":
        return ""
    cats, forms = rows["category"].tolist(), rows["form"].tolist()
    word = lambda w: _POSSESSIVE.sub("", w.lower())  # noqa: E731
    texts = [str(x) for c, x in zip(cats, forms, strict=True) if c == category]
    added = {word(w) for x in texts for w in WORD_RE.findall(x)}
    content = {w for w in added if len(w) > 1 and w not in STOP_WORDS}
    known = content & {word(w) for w in WORD_RE.findall(source_text())}
    if known == content:
        return f", none new to {source}"
    return f", not all new to {source}" if known else ""


def told(parts: list[str], style: str, n_substance: int, n: int) -> str:
    """The change sentence after its count: " are mostly ..." (" are all ..." for one substance
    category alone), " are all style: ..." or " are, in substance, mostly ...; in style: ...";
    one change is told as one: ": words cut (1 place, 5 words)".

    Example:
        >>> told(["words cut (1 place, 5 words)"], "", 1, 1), told(["words cut (2)"], "", 1, 2)
        (': words cut (1 place, 5 words)', ' are all words cut (2)')
    """
    if n == 1 and bool(parts) != bool(style):  # "Its 1 word-level change: ...", not "is mostly"
        return ": " + (parts[0] if parts else f"in style, {style}")
    if not style:
        return (" are all " if n_substance == 1 < n else " are mostly ") + "; ".join(parts)
    if not parts:
        return f" are all style: {style}"
    return " are, in substance, mostly " + "; ".join(parts) + f"; in style: {style}"
