"""Change examples people can read: a variant is a minimal whole unit, the same thing on both sides.

A diff region pairs whatever lies between two stretches of equal words, so one region can pair
a fragment of one sentence with a fragment of another ("United Steelworkers of America" ->
"striking"; "a union representative said" -> "British Columbia lead-zinc operations"), or hide a
cut inside an attribution change ("familiar with the overtures told Reuters" -> "have said").
:func:`split_region` cuts such a region into units: the attribution phrase on each side (its
verb of saying, agency or speaker noun, with auxiliaries: "told Reuters" -> "have said"), and
what is left around it as words cut or added; a long or lopsided substitution becomes a cut and
an addition. A dateline's agency credit ("(Reuters) -") is a cut, not an attribution change.

A cut and an addition at one place are one replacement, a rewording counted once ("made his first
appearance" -> "appeared", "the couple" -> "they"), when :func:`is_rewording` says so: a short
phrase on each side, the same kind of thing on both (a name is not replaced by common words:
"Several cases" -> "The Telephone" is a cut and an addition), and no quote mark that one side
opens or closes alone ("charged with ``some" holds the start of a quotation).
"""

from __future__ import annotations

import re

from corpus_tools.lexicon import (
    CUE_WORDS,
    HONORIFICS,
    MONTHS,
    NUMBER_WORDS,
    RANKS_BEFORE_A_NAME,
    RELATIVE_DAYS,
    REPORTING_FORMS,
    SOURCE_NOUNS,
    SPEAKER_WORDS,
    STOP_WORDS,
    WEEKDAYS,
    lemma_key,
)
from corpus_tools.variants.categories import QUOTE_CHARS

__all__ = [
    "APPOSITION_AFTER",
    "MAX_UNIT_WORDS",
    "is_apposition",
    "is_dateline_credit",
    "is_example",
    "is_loose_rewording",
    "is_rewording",
    "kind",
    "quote_count",
    "split_region",
]

#: the most words a side of a substitution may have and still be one unit ("Sept. 20" -> "20 September")
MAX_UNIT_WORDS = 4
#: words that stand for a noun phrase: "the couple" -> "they" is a rewording, "a" -> "Cominco" is not
_PRONOUNS = frozenset("he she it they we i you him her them us his its their our hers theirs".split())
_AUX = frozenset({"has", "have", "had", "was", "were", "is", "are", "been", "be", "will", "would"})
_SPEAKER_NOUNS = {w for words in SPEAKER_WORDS.values() for w in words if w.isalpha()}
_NOUNS = _SPEAKER_NOUNS | {w + "s" for w in _SPEAKER_NOUNS}
_ATTRIBUTION = frozenset(CUE_WORDS | SOURCE_NOUNS | _NOUNS)


def _is_word(tok: str) -> bool:
    return any(ch.isalnum() for ch in tok)


_TIMES = frozenset(WEEKDAYS | RELATIVE_DAYS)
_TIME_LEAD = frozenset({"on", "last", "this", "next", "early", "late"})


def _runs(
    toks: list[str], vocabulary: frozenset[str] = _ATTRIBUTION, lead: frozenset = _AUX
) -> list[tuple[int, int]]:
    """The attribution phrases of a side: runs of attribution words ("told Reuters", "sources"),
    each with the auxiliaries before it ("have said"); with ``vocabulary``, runs of its words."""
    runs: list[list[int]] = []
    kind = [("noun" if t.lower() in _NOUNS else "cue") if t.lower() in vocabulary else "" for t in toks]
    for k in range(len(toks)):
        if kind[k]:
            if runs and runs[-1][1] == k and kind[k - 1] == kind[k]:
                runs[-1][1] = k + 1
            else:
                lo = k
                while lo > 0 and toks[lo - 1].lower() in lead and (not runs or lo - 1 >= runs[-1][1]):
                    lo -= 1
                runs.append([lo, k + 1])
    return [(a, b) for a, b in runs]


def _words_of(toks: list[str]) -> list[str]:
    """The words of a side, the "s" of a possessive ("Dyson ' s") left out."""
    return [
        t for k, t in enumerate(toks) if _is_word(t) and not (t == "s" and k and toks[k - 1] in QUOTE_CHARS)
    ]


def kind(toks: list[str]) -> str:
    """What a side of a change is: ``name`` (every word capitalised, or a lower-case function word
    between capitalised ones, with a capitalised word after the first: "The Telephone",
    "Emma-Jade Dyson's", or one word in capitals: "B.C."; one capitalised word may be a
    sentence's first, so it is not known as a name) or ``words``.

    Example:
        >>> kind(["The", "Telephone"]), kind(["Several", "cases"]), kind(["Output"])
        ('name', 'words', 'words')
    """
    ws = _words_of(toks)
    letters = ws[0].replace(".", "") if len(ws) == 1 else ""
    short = len(letters) <= 5 or "." in ws[0]  # a long word in capitals is a headline's ("TEENAGE")
    if len(letters) > 1 and letters.isupper() and short and letters.lower() not in RANKS_BEFORE_A_NAME:
        return "name"  # "B.C.", "UN"; a rank in capitals ("WPC", "PC") is a title, no name
    caps = [w[:1].isupper() or w.isdigit() for w in ws]
    linked = all(
        c or (w.lower() in STOP_WORDS and 0 < k < len(ws) - 1)
        for k, (w, c) in enumerate(zip(ws, caps, strict=True))
    )
    return "name" if ws and linked and any(caps[1:]) else "words"


def quote_count(toks: list[str]) -> int:
    """Quote marks that open or close a quotation (the apostrophe of "Dyson's" or "don't" is not one)."""
    elided = {"s", "t", "ll", "re", "ve", "d", "m"}
    return sum(
        t in QUOTE_CHARS and not (t in "'’" and 0 < k < len(toks) - 1 and toks[k + 1].lower() in elided)
        for k, t in enumerate(toks)
    )


def _torn(toks: list[str]) -> bool:
    """Whether a side starts or ends inside a word: a hyphen at an end ("-year-old"), or the "s"
    of a possessive first."""
    return bool(toks) and (toks[0] in "-–" or toks[-1] in "-–" or toks[0] == "s")


#: words a whole phrase does not stop on
_DANGLING = frozenset("a an the of for in on at to with by from about into".split())
_WHEN = frozenset(MONTHS) | WEEKDAYS | RELATIVE_DAYS | {"year", "month", "week"}


def _numbered(ws: list[str]) -> bool:
    """Whether a side holds a number or a time ("49", "Eighty-one", "last year"): a number is not
    replaced by words that hold none ("of Borough Road," -> "49, of" is no pair)."""
    return any(any(ch.isdigit() for ch in w) or w.lower() in NUMBER_WORDS or w.lower() in _WHEN for w in ws)


def _is_age(ws: list[str]) -> bool:
    """Whether words are an age: "13-year-old", "16-month-old"."""
    return (
        len(ws) == 3
        and ws[0].isdigit()
        and ws[1].lower().rstrip("s") in _AGE_UNITS
        and ws[2].lower() == "old"
    )


def _age_for_word(wa: list[str], wb: list[str]) -> bool:
    """Whether one side is an age and the other one word for it ("13-year-old" -> "teenage")."""
    one = lambda ws: len(ws) == 1 and ws[0].isalpha()  # noqa: E731
    return (_is_age(wa) and one(wb)) or (_is_age(wb) and one(wa))


_AGE_UNITS = frozenset({"year", "month", "week", "day"})


def is_rewording(a: list[str], b: list[str]) -> bool:
    """Whether a cut ``a`` and an addition ``b`` at one place are one replacement: words on both
    sides, at most :data:`MAX_UNIT_WORDS` a side, the same :func:`kind` on both, no quote mark on
    one side only, a number or a time on both sides or on neither, a sentence's end on both sides
    or on neither unless they share a word ("her murder." -> "murder"), neither side torn from a word
    ("-year-old"), and not function words against
    content words unless the function words are a pronoun or a phrase ("the couple" -> "they",
    "Agreeing to continue his" -> "He is on"; "a" -> "Cominco" is no pair). A name against
    common words is a cut and an addition, either way ("United Steelworkers of America" ->
    "striking").

    Example:
        >>> is_rewording("made his first appearance".split(), ["appeared"])
        True
        >>> is_rewording(["the", "couple"], ["they"]), is_rewording(["a"], ["Cominco"])
        (True, False)
        >>> is_rewording(["Several", "cases"], ["The", "Telephone"])
        False
        >>> is_rewording(["Emma", "-", "Jade", "Dyson", "'", "s"], ["girl", "whose"])
        False
        >>> is_rewording(["charged", "`", "`", "some"], ["accused"])
        False
        >>> is_rewording(["13", "-", "year", "-", "old"], ["TEENAGE"]), is_rewording(["13"], ["girl"])
        (True, False)
        >>> is_rewording(["policewoman"], ["WPC"]), is_rewording(["Wopke"], ["Mr"])
        (True, False)
    """
    wa, wb = _words_of(a), _words_of(b)
    if not wa or not wb or max(len(wa), len(wb)) > MAX_UNIT_WORDS or _torn(a) or _torn(b):
        return False
    if kind(a) != kind(b) or quote_count(a) != quote_count(b):
        return False
    if _numbered(wa) != _numbered(wb) and not _age_for_word(wa, wb):
        return False
    if any(all(w.lower().rstrip(".") in HONORIFICS for w in ws) for ws in (wa, wb)):
        return False  # "Wopke" -> "Mr": a title added is an honorific, the name cut
    ranked = [all(w.lower().rstrip(".") in RANKS_BEFORE_A_NAME for w in ws) for ws in (wa, wb)]
    if all(ranked):
        return False  # one title for another ("Pc" -> "WPC"): an honorific, paired later (pairs.py)
    if ranked[0] != ranked[1]:  # a rank for one word of description or the rank written out
        rank, other = (wa, wb) if ranked[0] else (wb, wa)  # ("policewoman" -> "WPC", claims audit sk27;
        w = other[0].lower()  # "Sgt" -> "Sergeant") is one replacement; for anything else ("she logs") none
        described = other[0].islower() and w not in STOP_WORDS
        return len(other) == 1 and (described or w[:1] == rank[0][:1].lower())
    ends = [s[-1] in (".", "!", "?") for s in (a, b)]
    if ends[0] != ends[1] and not {w.lower() for w in wa} & {w.lower() for w in wb}:
        return False  # "contract." -> "union": a sentence's end against words inside one
    function = [all(w.lower() in STOP_WORDS for w in ws) for ws in (wa, wb)]
    phrase = [
        f and (len(ws) > 1 or ws[0].lower() in _PRONOUNS) for f, ws in zip(function, (wa, wb), strict=True)
    ]
    return function[0] == function[1] or any(phrase)  # "he is on", "they": a phrase; "a": no


def is_loose_rewording(a: list[str], b: list[str]) -> bool:
    """A rewording beside one kept word only (the other neighbour differs): :func:`is_rewording`
    with a content word on a side ("Output at both sites" -> "and production", "Agreeing to
    continue his" -> "He is on"); function words alone beside one kept word are a cut and an
    addition ("at" -> ", a").

    Example:
        >>> is_loose_rewording(["Output", "at", "both", "sites"], ["and", "production"])
        True
        >>> is_loose_rewording(["Against"], [",", "which", "was"])
        False
    """
    content = [any(w.lower() not in STOP_WORDS for w in _words_of(s)) for s in (a, b)]
    return any(content) and is_rewording(a, b)


def is_example(a: list[str], b: list[str]) -> bool:
    """Whether a replacement reads as an example: a rewording (:func:`is_rewording`) whose sides
    are not one word in two forms (:func:`corpus_tools.lexicon.lemma_key`: "acting" -> "act",
    claims audit sk107) and do not stop on a preposition or an article one side alone ("a court
    clerk" -> "lawyers acting for" is no example; one word is whole: "During" -> "In"), and neither
    side is pronouns alone ("they" -> "Dumfries," paired by the diff, or "She" -> "Mrs Walters": a
    replacement still, but an example only shows what it stood for with the sentence; claims rc37).

    Example:
        >>> is_example(["hearing"], ["proceedings"]), is_example(["During"], ["In"])
        (True, True)
        >>> is_example("a court clerk".split(), "lawyers acting for".split())
        False
        >>> is_example(["acting"], ["act"])  # a form of the same word
        False
        >>> is_example(["they"], ["Dumfries", ","])  # a pronoun: what it stands for is not shown
        False
    """
    if any(_words_of(s) and all(w.lower() in _PRONOUNS for w in _words_of(s)) for s in (a, b)):
        return False  # "they" -> "Dumfries,": the reader cannot see what "they" stood for (rc37)
    dangling = [
        len(_words_of(s)) > 1 and s[-1].lower() in _DANGLING for s in (a, b)
    ]  # "During" -> "In": whole
    keys = [{lemma_key(w) for w in _words_of(s) if w.lower() not in STOP_WORDS} for s in (a, b)]
    if keys[0] and keys[0] == keys[1]:
        return False  # one word in another form ("acting" -> "act"): no word replaced to a reader
    return dangling[0] == dangling[1] and is_rewording(a, b)


def _between(a: list[str], b: list[str], pa: int, xa: int, pb: int, xb: int) -> list[tuple]:
    """The words between two attribution phrases: one substitution when they are a rewording
    ("But the" -> "However", :func:`is_rewording`), else a cut and an addition; words both sides
    start or end with are neither ("after ransacking her flat were" -> "were": "after ransacking
    her flat" cut)."""
    while pa < xa and pb < xb and a[pa].lower() == b[pb].lower():
        pa, pb = pa + 1, pb + 1
    while xa > pa and xb > pb and a[xa - 1].lower() == b[xb - 1].lower():
        xa, xb = xa - 1, xb - 1
    if is_rewording(a[pa:xa], b[pb:xb]):
        return [(pa, xa, pb, xb)]
    return [(pa, xa, pb, pb), (xa, xa, pb, xb)]


def split_region(a: list[str], b: list[str], category: str) -> list[tuple[int, int, int, int]]:
    """Cut one diff region (the source's tokens ``a``, the version's ``b``) into minimal units.

    Returns:
        ``(a_lo, a_hi, b_lo, b_hi)`` token ranges relative to the region, in order; the whole
        region when it is one unit already.

    Example:
        >>> a = "familiar with the overtures told Reuters".split()
        >>> split_region(a, ["have", "said"], "attribution_change")
        [(0, 4, 0, 0), (4, 6, 0, 2)]
        >>> split_region("United Steelworkers of America".split(), ["striking"], "word_substitution")
        [(0, 4, 0, 0), (4, 4, 0, 1)]
    """
    whole = [(0, len(a), 0, len(b))]
    split = [(0, len(a), 0, 0), (len(a), len(a), 0, len(b))]
    if category in ("attribution_change", "time_reference") and a and b:
        words = (_ATTRIBUTION, _AUX) if category == "attribution_change" else (_TIMES, _TIME_LEAD)
        ra, rb = _runs(a, *words), _runs(b, *words)
        if not ra or not rb:
            return split  # an attribution phrase paired with words that are not one
        if len(ra) != len(rb):  # pair the whole attribution phrase of each side, up to a quote mark
            ra, rb = _phrase(a, ra), _phrase(b, rb)
        pieces, pa, pb = [], 0, 0
        for (xa, ya), (xb, yb) in zip(ra, rb, strict=True):
            pieces += _between(a, b, pa, xa, pb, xb) + [(xa, ya, xb, yb)]  # what lies before, the phrase
            pa, pb = ya, yb
        pieces += _between(a, b, pa, len(a), pb, len(b))
        return [p for p in pieces if p[1] > p[0] or p[3] > p[2]]
    if category == "word_substitution" and a and b:
        return whole if is_rewording(a, b) else split  # "a" -> "Cominco": no pair
    return whole


def _phrase(toks: list[str], runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The attribution runs of a side as one phrase, from the first run to the last before a quote
    mark ("told the court": one phrase; "charged with ``some": "charged", the quotation apart)."""
    end = runs[0][1]
    for lo, hi in runs[1:]:
        if any(t in QUOTE_CHARS for t in toks[end:lo]):
            break
        end = hi
    return [(runs[0][0], end)]


_VERBS_OF_SAYING = frozenset(CUE_WORDS | REPORTING_FORMS)
#: tokens after a one-sided attribution change read for its verb of saying: "A spokesman for West
#: Yorkshire Police said" (lynx, claims.md) is an attribution, its verb five tokens on
APPOSITION_AFTER = 8


def is_apposition(toks: list, lo: int, hi: int) -> bool:
    """Whether a one-sided attribution change ``toks[lo:hi]`` (token tuples, the text last) is a
    description of a person, no attribution: none of its words a verb of saying ("a junior
    official", "An official at"), and no verb of saying two tokens before it or
    :data:`APPOSITION_AFTER` after it ("Herbert, a junior official at the CPS, allegedly passed on"
    describes Herbert; "said a spokesman" and "A spokesman for the police said" name whose words
    are reported). Read on the claims audit's round 15 (claims.md,
    in48, the times of informant).

    Example:
        >>> toks = [(0, 0, w) for w in "Herbert , a junior official at the CPS".split()]
        >>> is_apposition(toks, 1, 5), is_apposition([(0, 0, w) for w in "said a spokesman".split()], 1, 3)
        (True, False)
    """
    text = [t[2].lower() for t in toks]
    if any(w in _VERBS_OF_SAYING for w in text[lo:hi]):
        return False
    around = text[max(lo - 2, 0) : lo] + text[hi : hi + APPOSITION_AFTER]
    return not any(w in _VERBS_OF_SAYING for w in around)


def is_dateline_credit(form: str) -> bool:
    """Whether a source form is a dateline's agency credit: "(Reuters) -", "(AP) --".

    Example:
        >>> is_dateline_credit("( Reuters ) -"), is_dateline_credit("LONDON (Reuters) -")
        (True, True)
        >>> is_dateline_credit("told Reuters")
        False
    """
    return bool(re.fullmatch(r"\W*(?:[A-Z][A-Z/.,' -]*)?\(\s*[A-Z][\w-]*\s*\)\W*", form.strip()))
