"""Names and numbers of a text, as the count of its words and names of its own reads them
(:func:`corpus_tools.reuse.novelty.novel_lists`): which capitalised words are names, which runs of
them are one name or one number, which honorifics and titles belong to a name. Split from
:mod:`corpus_tools.reuse.novelty` (round 12, issue 22) when that module neared 500 lines.
"""

from __future__ import annotations

from collections.abc import Sequence

from corpus_tools.lexicon import (
    FEMALE_TITLES,
    HONORIFICS,
    MALE_TITLES,
    RANKS_BEFORE_A_NAME,
    SHORT_FORMS,
    SPEAKER_WORDS,
    STOP_WORDS,
    lemma_key,
)
from corpus_tools.reuse.number_words import NUMBER_FIGURES
from corpus_tools.reuse.number_words import gap as _gap

__all__ = [
    "NAME_TITLES",
    "capitals_initial",
    "described",
    "fact_groups",
    "initial_names",
    "is_honorific",
    "is_name",
    "is_number",
    "name_key",
]

#: titles written before a name, part of it and no word of its own: the honorifics and the ranks
#: (:data:`corpus_tools.lexicon.RANKS_BEFORE_A_NAME`)
NAME_TITLES: frozenset[str] = HONORIFICS | RANKS_BEFORE_A_NAME

#: titles and the heads of a speaker's description: a capitalised one at a sentence's start,
#: before a name, is a word, not the name's first word
_TITLES = frozenset(
    lemma_key(w) for w in (HONORIFICS | MALE_TITLES | FEMALE_TITLES).union(*SPEAKER_WORDS.values())
)
#: endings of adjectives, adverbs and verb forms, which a first name seldom has: a capitalised word
#: so ending that starts a sentence before a name is not the name's first word
_NOT_NAME_ENDINGS = ("ous", "ive", "ful", "less", "ing", "ly", "ual", "ial", "ical", "ed", "tic")
_NUMBER_JOINS = {".", "/", ":"}


def initial_names(words: list[tuple[str, str, bool]], is_fact) -> set[str]:
    """The keys of the text's words that it writes as names inside a sentence, so that the same
    word at a sentence's start ("Fish said the pact ...") is a name too, not a word of its own.
    ``words``: ``(key, word, sentence_initial)``; ``is_fact(word, initial)``: whether a word is a
    name or a number. A name's short or long form (:data:`corpus_tools.lexicon.SHORT_FORMS`) is
    the same name: "Derbyshire, for the day" at a sentence's start (a misplaced full stop before it)
    in a text that writes "Derbys" inside a sentence is a place (the claims audit's round 14, ly21)."""
    names = {k for k, w, initial in words if not initial and is_fact(w, initial) and k not in STOP_WORDS}
    return names | {_LONG_FORMS.get(k) or SHORT_FORMS.get(k) or k for k in names}


#: a short form by its long form ("derbyshire" -> "derbys"), the inverse of ``SHORT_FORMS``
_LONG_FORMS = {long: short for short, long in SHORT_FORMS.items()}


def is_name(words: Sequence[tuple[str, str, bool]], i: int, names: set[str], is_fact) -> bool:
    """Whether word ``i`` is a name or a number: by ``is_fact``, or capitalised at a sentence's
    start and written as a name elsewhere in the text, or the first word of a name ("Lindsay
    Shannon")."""
    k, w, initial = words[i]
    if is_fact(w, initial):
        return True
    if not (initial and w[:1].isupper()) or k in STOP_WORDS or lemma_key(k) in _TITLES:
        return False  # "Judge Viktor Mach", "Police Sergeant Ian Froggett": the title is a word
    if k in names:
        return True
    if k.endswith(_NOT_NAME_ENDINGS) and len(k) >= 6:  # "Homosexual Denning", "Believing Molly"
        return False
    if i + 1 >= len(words) or not _gap(words[i + 1]).isspace():
        return False
    nk, nw, n_initial = words[i + 1]
    return not n_initial and nw[:1].isupper() and is_fact(nw, False) and not is_number(nw)


def name_key(word: tuple[str, str, bool]) -> str:
    """The key of a name's word, a possessive's "s" off ("Wade's" -> "wade")."""
    k, w, _ = word
    return k[:-1] if w.lower().replace("\u2019", "'").endswith("'s") else k


def is_number(word: str) -> bool:
    return any(ch.isdigit() for ch in word) or word.lower() in NUMBER_FIGURES


def fact_groups(words: Sequence[tuple[str, str, bool]], fact: list[bool]) -> list[list[int]]:
    """Runs of names and numbers read as one: the words of a name that follow one another with
    only a space or a hyphen between ("Bay City Rollers", "Jean-Marc"), or an "of" between two
    ("Chamber of Commerce"), the parts of a number ("4 1/2", "8.30")."""
    groups: list[list[int]] = []
    for i, (_, w, _) in enumerate(words):
        if not fact[i]:
            continue
        joined_by_of = (
            groups
            and groups[-1][-1] == i - 2
            and words[i - 1][1] == "of"
            and _gap(words[i - 1]).isspace()
            and _gap(words[i]).isspace()
            and not is_number(w)
            and not is_number(words[i - 2][1])
        )
        if joined_by_of:
            groups[-1].append(i)
            continue
        if groups and groups[-1][-1] == i - 1:
            prev, gap = words[i - 1][1], _gap(words[i])
            same = is_number(prev) == is_number(w)
            if same and (_number_join(words, i) if is_number(w) else (gap.isspace() or gap == "-")):
                groups[-1].append(i)
                continue
        groups.append([i])
    return groups


def _number_join(words: Sequence[tuple[str, str, bool]], i: int) -> bool:
    """Whether number ``i`` is the next part of the number before it: after ".", "/" or ":"
    ("8.30", "1/2"), or after a space when a fraction follows ("4 1/2"; not "1973 to 1990 50")."""
    gap = _gap(words[i])
    if gap == " ":
        return i + 1 < len(words) and _gap(words[i + 1]) == "/"
    return gap in _NUMBER_JOINS


def is_honorific(words: Sequence[tuple[str, str, bool]], i: int) -> bool:
    """Whether word ``i`` is an honorific or a rank (:data:`NAME_TITLES`) before a name
    ("Ms Evans", "Mr. Thomas", "Mr and Mrs Grant", "WPC Campbell"): part of the name, no word of
    its own, whether or not the source writes one (a name of its own counts among the names)."""
    j = i
    while words[j][0] in NAME_TITLES and j + 1 < len(words) and _gap(words[j + 1]).strip() in ("", "."):
        nk, nw, _ = words[j + 1]
        if nw[:1].isupper() and nk not in STOP_WORDS:
            return True
        if nk != "and" or j + 2 >= len(words):
            return False
        j += 2  # "Mr and Mrs Grant"
    return False


def capitals_initial(words: Sequence[tuple[str, str, bool]]) -> list[tuple[str, str, bool]]:
    """The words with each word of a run in capitals that opens a sentence read as the sentence's
    first word ("A POLICEMAN was", "UNDERCOVER intelligence agents", "DAVID Copeland": a
    tabloid's opening words): such a word is a name only as a first word is (written as a name
    elsewhere in the text, or first of a name), not because it is capitalised inside the
    sentence. Words keep their ``gap``.

    Example:
        >>> words = [("a", "A", True), ("policeman", "POLICEMAN", False), ("was", "was", False)]
        >>> [w[2] for w in capitals_initial(words)]
        [True, True, False]
    """
    out = list(words)
    run = False
    for i, w in enumerate(words):
        k, word, initial = w
        caps = word.isalpha() and word.isupper()
        run = caps and (initial or run)
        if run and not initial:
            new = type(w)(k, word, True, w.gap) if hasattr(w, "gap") else (k, word, True)
            out[i] = new
    return out


def described(
    words: Sequence[tuple[str, str, bool]],
    group: list[int],
    known_name,
    common: set[str] | frozenset[str] = frozenset(),
) -> bool:
    """Whether the first word of a name group opening a sentence describes the person named by
    the rest, a name the source writes ("Engineer David Copeland" for the source's "David
    Copeland"): the first word is then a word, not part of the name. The rest must be two words
    or more, each the source's (``known_name(i)``) and none a word the text writes in lower case
    (``common``: "Teesside Crown Court" is a place before an institution, "the court" elsewhere),
    so that "Chris Denning" beside the source's "Denning" stays a name of its own. Read on the
    claims audit's n9 (round 11, ``benchmarks/claims_tune11.md``)."""
    first = group[0]
    rest = [i for i in group[1:] if words[i][0] not in NAME_TITLES]
    return (
        bool(words[first][2])
        and len(rest) >= 2
        and not is_number(words[first][1])
        and words[first][0] not in NAME_TITLES
        and not known_name(first)
        and all(known_name(i) and not is_number(words[i][1]) and words[i][0] not in common for i in rest)
    )
