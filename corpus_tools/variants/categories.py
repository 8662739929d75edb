"""The categories of a word-level variant: what kind of change one pair of forms is.

:func:`categorize` names one variant of :mod:`corpus_tools.variants.lexical`; each variant gets one
category, tried in this order:

``quotation_or_apostrophe``
    only quote marks or apostrophes differ: curly, straight or stripped.
``punctuation_other``
    only other punctuation differs (brackets, commas, dashes), or only the spaces between the
    same letters: words joined or split ("half way"/"halfway", "onto"/"on to").
``abbreviation``
    the same letters with or without dots ("U.S."/"US"), initials ("UN" for "United Nations"), or
    a word written short (:mod:`~.clippings`: "Lancs" for "Lancashire", "TV" for "television"),
    a country's initials for its adjective (:mod:`~.country_forms`: "US" for "American").
``spelling_uk_us``
    British and American spellings of one word, from breame's list ("programme"/"program").
``honorific``
    Mr, Mrs, Ms, Dr, Prof or Sir added or removed.
``date_format``
    the same day and month written differently ("Sept. 20"/"20 September").
``number_format``
    the same number written differently ("5 mln"/"five million", "1,000"/"1000").
``time_reference``
    a relative day or a weekday changed ("on Thursday"/"yesterday").
``attribution_change``
    a reporting verb, the agency or the label of a source changed ("told Reuters"/"said",
    "the sources"/"officials"): cut, added, or replaced by another attribution (words on both
    sides need one on both sides, or auxiliaries alone on one: "the judge told"/"was told";
    "spokesman said"/"some" is no attribution changed). The
    words of a charge, a court's order or a belief (:data:`NOT_ATTRIBUTION`: "charged"/"accused",
    "ordered to pay") are not attributions. A cut or added phrase that holds the words reported
    in quote marks with its verb ("and said 'Oi'") is a cut or an addition.
``name_spelling``
    one capitalised word spelled differently but close ("Mohammed"/"Mohammad"); never a stop word
    capitalised at a sentence's start ("The"/"They").
``misprint``
    one word set one or two letters off the source's in its place (:func:`is_misprint`: "he" ->
    "be", "some" -> "me"), a style change.
``word_substitution``, ``insertion``, ``deletion``
    anything else, by whether both sides have words.

The reporting verbs of ``attribution_change`` are textacy's list, merged in
:mod:`corpus_tools.lexicon`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from corpus_tools.lexicon import (
    AMERICAN_SPELLINGS,
    CUE_WORDS,
    HONORIFICS,
    MONTHS,
    NUMBER_WORDS,
    RELATIVE_DAYS,
    SOURCE_NOUNS,
    STOP_WORDS,
    US_SPELLING,
    WEEKDAYS,
    is_spelling_pair,
    lemma_key,
    tokenize,
)
from corpus_tools.reuse.misprints import CONTEXT_MISPRINT_MIN, one_edit
from corpus_tools.text.name_initials import stand_for
from corpus_tools.text.sentences import QUOTE_MAP
from corpus_tools.variants.age_suffixes import is_age_suffix
from corpus_tools.variants.clippings import is_clipping
from corpus_tools.variants.country_forms import same_country

__all__ = [
    "ATTRIBUTION_WORDS",
    "CATEGORIES",
    "NOT_ATTRIBUTION",
    "PHRASE_CATEGORIES",
    "QUOTE_CHARS",
    "VISIT_AFTER",
    "attributing",
    "categorize",
    "is_misprint",
    "is_visit",
    "words",
]

CATEGORIES = (
    "quotation_or_apostrophe",
    "punctuation_other",
    "abbreviation",
    "spelling_uk_us",
    "honorific",
    "date_format",
    "number_format",
    "time_reference",
    "attribution_change",
    "name_spelling",
    "misprint",
    "word_substitution",
    "insertion",
    "deletion",
)
#: categories a multi-word edit can form as a whole ("Sept. 20" / "20 September")
PHRASE_CATEGORIES = {"date_format", "number_format", "attribution_change", "time_reference"}

#: reporting verbs of :data:`corpus_tools.lexicon.CUE_WORDS` that in court and crime reports name
#: a charge, a court's order or a belief, not whose words are reported ("charged with murder",
#: "accused of", "the alleged victims", "ordered to pay", "believed dead", "feared"). Read on the
#: claims audit's word-change rows (``benchmarks/claims.md``, the wrong claims of the seventh
#: marking, item 3: n6, bs16, bs57, sw14, sw32, l11, t6, u6, dc12), where each was called an
#: attribution change.
NOT_ATTRIBUTION = frozenset({"accused", "alleged", "charged", "ordered", "believed", "feared"})
_AUXILIARIES = frozenset({"has", "have", "had", "was", "were", "is", "are", "been", "be", "will", "would"})
#: the words that make a change an attribution change: reporting verbs and source nouns
ATTRIBUTION_WORDS = (CUE_WORDS | SOURCE_NOUNS) - NOT_ATTRIBUTION
#: a reporting verb that, before one of these words, names a visit, not whose words are reported
#: ("they had called at the farm", "called round"): read on the claims audit's row bf21
#: (``benchmarks/claims.md``, the eighth marking), where the visit was an attribution change.
VISIT_AFTER = {"called": frozenset({"at", "round"})}
_ARTICLES = frozenset({"a", "an", "the"})


def is_visit(word: str, after: str) -> bool:
    """Whether ``word`` before ``after`` is a visit ("called at"), no attribution."""
    return after.lower() in VISIT_AFTER.get(word.lower(), ())


def attributing(ws: list[str]) -> set[str]:
    """The attribution words of a list of lower-case words, a visit ("called at") and a participle
    after an article ("an estimated", "a reported": a figure's adjective, claims audit pk30) aside."""
    after, before = [*ws[1:], ""][: len(ws)], ["", *ws][: len(ws)]
    return {
        w
        for w, n, p in zip(ws, after, before, strict=True)
        if w in ATTRIBUTION_WORDS and not is_visit(w, n) and not (p in _ARTICLES and w.endswith("ed"))
    }


#: every quote mark and apostrophe, typographic or straight
QUOTE_CHARS = frozenset(QUOTE_MAP) | {'"', "'"}
#: a ``str.translate`` table deleting every quote mark (round 33: a character loop before, the same strings)
_NO_QUOTES = str.maketrans(dict.fromkeys(QUOTE_CHARS))
#: number words and unit abbreviations, read as one key ("five mln" = "5 million")
_NUMBER_KEYS = {w: str(n) for w, n in NUMBER_WORDS.items()} | {
    "mln": "million",
    "m": "million",
    "bln": "billion",
    "bn": "billion",
    "pct": "%",
    "percent": "%",
    "thousand": "000",
}


# ----------------------------------------------------------------------------- categories


def words(form: str) -> list[str]:
    """The lower-cased words of a form, marks left out."""
    return re.findall(r"[^\W_]+", form.lower())


def _date_key(form: str) -> tuple[int, int] | None:
    ws = words(form)
    months = [MONTHS[w] for w in ws if w in MONTHS]
    days = [int(w) for w in ws if w.isdigit() and 1 <= int(w) <= 31]
    if len(months) == 1 and len(days) == 1:
        return months[0], days[0]
    return None


def _number_key(form: str) -> str:
    text = form.lower().replace("per cent", "%").replace(",", "")
    return " ".join(_NUMBER_KEYS.get(w, w) for w in re.findall(r"[\d.]+|[a-z]+|%", text))


def _is_initialism(long: list[str], short: str) -> bool:
    """Whether ``short`` (as written) is the initials of the words ``long``: two or more capitals
    ("UN" for "United Nations", "B.C." for "British Columbia"), never a common word ("of" is not
    "On the first")."""
    letters = short.replace(".", "").replace(" ", "").strip()
    return len(long) > 1 and len(letters) > 1 and letters.isupper() and stand_for(letters, long)


def _surface_category(a: str, b: str, wa: list[str], wb: list[str]) -> str | None:
    """The categories where only marks, dots or spelling differ; None for the others."""
    ja, jb = "".join(a.split()), "".join(b.split())  # no white space (str.split's is str.isspace's)
    if wa != wb and ja == jb:
        return "punctuation_other"  # words joined or split: "half way" / "halfway", "onto" / "on to"
    if ja.translate(_NO_QUOTES) == jb.translate(_NO_QUOTES):  # no quote marks either
        return "quotation_or_apostrophe"
    if wa == wb:
        if wa and a.replace(".", "") == b.replace(".", "") and "." in a + b:
            return "abbreviation"
        return "punctuation_other"
    la, lb = "".join(wa), "".join(wb)
    if la == lb and any(ch.isalpha() for ch in la):
        return "abbreviation"  # "U.S." / "US"
    dotted = lambda w, s: len(w) == 1 or (all(len(x) == 1 for x in w) and "." in s)  # noqa: E731  "B.C."
    if (dotted(wb, b) and _is_initialism(wa, b)) or (dotted(wa, a) and _is_initialism(wb, a)):
        return "abbreviation"  # "United Nations" / "UN"
    if (
        len(wa) == len(wb)
        and wa
        and all(x == y or is_spelling_pair(x, y) for x, y in zip(wa, wb, strict=True))
    ):
        return "spelling_uk_us"
    return None


def _says_what(form: str) -> bool:
    """Whether a cut or added phrase holds a reporting verb and the words it reports in quote
    marks ("and said 'Oi'"): what is said is added or cut with who says it, an addition or a cut,
    no attribution changed (the claims audit's round 11, gu65)."""
    toks = [w for *_, w in tokenize(form, marks=True)]
    for k, w in enumerate(toks):
        if w.lower() in ATTRIBUTION_WORDS:
            rest = toks[k + 1 :]
            while rest and rest[0] in (":", ","):
                rest = rest[1:]
            if len(rest) > 1 and rest[0] in QUOTE_CHARS and rest[1][:1].isalnum():
                return True
    return False


#: words that go with a time word in a phrase that is only the time ("on Monday", "early today")
_TIME_GLUE = frozenset({"on", "last", "this", "next", "early", "late", "until", "since", "from"})


def _only_when(ws: list[str]) -> bool:
    """Whether a one-sided change's words are a time and nothing else a reader would count: time
    words with function words ("on Monday", "yesterday"), no reporting verb, no other content word
    ("She said later that" is an attribution cut, "was yesterday acquitted" an addition). Read on
    the claims audit's rows sk66 and sk120 (``benchmarks/claims.md``, round 12 after the fixes)."""
    times = WEEKDAYS | RELATIVE_DAYS
    return all(w in times or w in _TIME_GLUE or w in STOP_WORDS and w not in ATTRIBUTION_WORDS for w in ws)


#: closed classes of short words: one set for a word of another class one or two letters off is a
#: misprint ("he" -> "be", "some" -> "me"), one of the same class a real change ("he" -> "she",
#: "the" -> "this"). Read on the claims audit's round 15 (claims.md, in36: the mail of informant)
_CLASSES = (
    frozenset("i me we us you he him she her it they them his its our their my your".split()),
    frozenset("a an the this that these those some any each every no".split()),
    frozenset(
        "be is am are was were been being has have had do does did will would can could shall should may"
        " might must".split()
    ),
    frozenset("of in on at to for with by from into onto over under about as".split()),
    frozenset("and or but nor so yet if than".split()),
)


def _word_class(w: str) -> int:
    return next((k for k, c in enumerate(_CLASSES) if w in c), -1)


#: letters set for the digits they look like in a misprinted number ("£1O0", "lOO")
_DIGIT_LOOKS = str.maketrans({"o": "0", "l": "1", "i": "1"})


def _digits_misread(x: str, y: str) -> bool:
    """Whether ``y`` is the number ``x`` with a digit printed as a letter like it ("1O0" for "100",
    a currency sign before either aside: PA's "#" is the papers' "£")."""
    x, y = x.lstrip("#£$"), y.lstrip("#£$")
    return x != y and x.isdigit() and any(ch.isdigit() for ch in y) and y.translate(_DIGIT_LOOKS) == x


def _glued(wa: list[str], wb: list[str]) -> bool:
    """Whether one word ``wb`` is two words ``wa`` run together with one letter off ("he have" ->
    "behave"): a misprint, not a word replaced (claims audit round 16, tp11)."""
    if len(wa) != 2 or len(wb) != 1 or not all(w.isalpha() and w.islower() for w in (*wa, *wb)):
        return False
    joined = "".join(wa)
    return len(joined) >= CONTEXT_MISPRINT_MIN and one_edit(joined, wb[0])


def is_misprint(wa: list[str], wb: list[str]) -> bool:
    """Whether one word ``wb`` in the place of one word ``wa`` is a misprint, by the tests of the
    words-of-its-own count (:mod:`corpus_tools.reuse.misprints`): a word of
    :data:`~corpus_tools.reuse.misprints.CONTEXT_MISPRINT_MIN` letters or more one letter off with
    the same first letter ("prosecutor" -> "prosecuter"); or a short function word in lower case
    with one letter changed, or its first or last two letters lost, as a word of another class
    (:data:`_CLASSES`: "he" -> "be", "some" -> "me"; "he" -> "she" and "the" -> "this" are real
    changes, "these" -> "those" too, "He" -> "The" opens a sentence written anew, and "was" -> "as"
    rewords "the cause was" as "declared the cause as"). Forms of one word ("sentenced" ->
    "sentences") are not misprints, but a plural's last "s" dropped in lower case is one ("places"
    -> "place": the neighbours are the same, or the row would hold them). Round 16 (claims.md,
    pl34, tp11, pl21) adds two words run together one letter off ("he have" -> "behave") and a
    number with a digit printed as a letter ("#100" -> "£1O0"). Checked on round 15's default set
    (benchmarks/README.md, wchg9).

    Example:
        >>> is_misprint(["he"], ["be"]), is_misprint(["some"], ["me"]), is_misprint(["he"], ["she"])
        (True, True, False)
    """
    if _glued(wa, wb) or _glued(wb, wa):
        return True
    if len(wa) != 1 or len(wb) != 1:
        return False
    x, y = wa[0].lower(), wb[0].lower()
    if _digits_misread(x, y):
        return True
    if x == y or not (x.isalpha() and y.isalpha()):
        return False
    if len(y) >= 4 and x == y + "s" and wa[0].islower() and wb[0].islower():
        return True  # "had places." -> "had place.": the plural's letter dropped, no word replaced
    if lemma_key(x) == lemma_key(y):
        return False
    cx = _word_class(x)
    if cx >= 0 and cx == _word_class(y):
        return False  # "these" -> "those": one word of a class for another
    if len(x) >= CONTEXT_MISPRINT_MIN and x[:1] == y[:1] and one_edit(x, y):
        return True
    if cx < 0 or not (wa[0].islower() and wb[0].islower()):
        return False  # "He" -> "The": a sentence's opening written anew
    same_length = len(x) == len(y) and one_edit(x, y)  # "he" -> "be"; "was" -> "as" is a rewording
    return same_length or (len(x) - len(y) == 2 and y in (x[2:], x[:-2]))


#: :func:`categorize` remembers the categories of this many pairs of forms (the last asked): a pure
#: function of its arguments, asked again for the same two forms across versions and parents (issue #23)
CATEGORIES_KEPT = 1 << 16


@lru_cache(maxsize=CATEGORIES_KEPT)
def categorize(form_a: str, form_b: str, *, name_similarity: float = 0.7) -> str:
    """The category of one variant (see the module docstring for the rules and their order).

    Args:
        form_a: the text in the source sentence ("" for an insertion).
        form_b: the text in the target sentence ("" for a deletion).
        name_similarity: smallest normalised Levenshtein similarity, in [0, 1], of two
            capitalised words for ``name_spelling``. 0.7 lets one or two letters of
            a name differ ("Mohammed"/"Mohammad" 0.75, "Wopke"/"Wopko" 0.8) while
            other names stay apart ("Trump"/"Tillerson" 0.22).

    Returns:
        One of :data:`CATEGORIES`.

    Example:
        >>> categorize("Sept. 20", "20 September"), categorize("told Reuters", "said")
        ('date_format', 'attribution_change')
    """
    a, b = form_a.strip(), form_b.strip()
    wa, wb = words(a), words(b)
    surface = _surface_category(a, b, wa, wb)
    if surface:
        return surface
    diff_a, diff_b = set(wa) - set(wb), set(wb) - set(wa)
    if (diff_a | diff_b) and (diff_a | diff_b) <= HONORIFICS:
        return "honorific"
    ka, kb = _date_key(a), _date_key(b)
    if ka and ka == kb:
        return "date_format"
    numeric = any(map(str.isdigit, a + b)) or (set(wa + wb) & set(_NUMBER_KEYS))
    if numeric and _number_key(a) == _number_key(b):
        return "number_format"
    if is_age_suffix(a, b):  # "17-year-old" -> "17" (variants/age_suffixes.py)
        return "number_format"
    times = WEEKDAYS | RELATIVE_DAYS
    if (set(wa) & times) != (set(wb) & times) and (a and b or _only_when(wa or wb)):
        return "time_reference"  # a cut or an addition is one only when it is the time alone
    if a and b and (is_clipping(a, b) or same_country(a, b)):  # "US" for "American": country_forms.py
        return "abbreviation"  # a word written short: "Lancashire" / "Lancs" (variants/clippings.py)
    cue_a, cue_b = attributing(wa), attributing(wb)
    if not (a and b) and _says_what(a or b):
        return "insertion" if b else "deletion"
    if (cue_a - set(wb)) | (cue_b - set(wa)) and all(
        not ws or cues or set(ws) <= _AUXILIARIES for ws, cues in ((wa, cue_a), (wb, cue_b))
    ):
        return "attribution_change"
    if (
        len(wa) == len(wb) == 1
        and a[:1].isupper()
        and b[:1].isupper()
        and not ({wa[0].lower(), wb[0].lower()} & STOP_WORDS)
        and Levenshtein.normalized_similarity(wa[0], wb[0]) >= name_similarity
        and not (wa[0] in AMERICAN_SPELLINGS or wa[0] in US_SPELLING)
    ):
        return "name_spelling"
    if not wa and not wb:
        return "punctuation_other"
    if not a:
        return "insertion"
    if not b:
        return "deletion"
    if is_misprint(a.split(), b.split()):
        return "misprint"
    return "word_substitution"
