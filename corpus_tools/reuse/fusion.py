"""Evidence a sentence shares with source sentences: stock phrases set aside, fused sentences found.

A news sentence is often built from two or three sentences of its source ("Ian Beckett, 53,
the Deputy Chief Constable, pleaded not guilty" from a lead and the sentence naming him).
:func:`fuse` finds the source sentences such a sentence takes its words from. Its evidence is
the sentence's *phrase words*: content words it shares with a source sentence inside a shared
word pair ("unconditional bail", "Horseferry Road magistrates"), read in any order, so a
fusion that reorders its pieces is still seen.

Words that occur only inside a stock phrase of news writing ("the end of the", "said in a
statement", :data:`STOCK_PHRASES`) are never evidence: two texts that share them share a way of
writing, not a source (:func:`stock_words`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import lru_cache

from corpus_tools.lexicon import HONORIFICS, WORD_RE
from corpus_tools.reuse.similarity import SentenceWords, lemma, sentence_words

__all__ = [
    "COURT_FORMULAS",
    "STOCK_PHRASES",
    "common_words",
    "evidence_words",
    "fuse",
    "is_closing_line",
    "is_court_formula",
    "phrase_positions",
    "speaker_names",
    "stock_words",
]

#: Stock phrases of news writing, as word keys (lower case, UK spellings mapped as
#: :func:`corpus_tools.text.sentences.match_key` does). Chosen by hand from common English news
#: phrasing: each says how something is said or when, never what happened.
STOCK_PHRASES: tuple[str, ...] = (
    "the end of the",
    "at the end of",
    "by the end of",
    "until the end of",
    "the rest of the",
    "the start of the",
    "the beginning of the",
    "the middle of the",
    "the top of the",
    "the side of the",
    "in the wake of",
    "on the other hand",
    "at the same time",
    "at the time",
    "for the first time",
    "for the time being",
    "in the first place",
    "in the past",
    "in recent years",
    "in recent weeks",
    "in recent months",
    "a number of",
    "a lot of",
    "one of the",
    "part of the",
    "as well as",
    "as a result",
    "in order to",
    "the fact that",
    "in the end",
    "so far",
    "at least",
    "more than",
    "less than",
    "said in a statement",
    "in a statement",
    "told reporters",
    "told a news conference",
    "a news conference",
    "declined to comment",
    "could not be reached for comment",
    "was not immediately available for comment",
    "it was not clear",
    "it is not clear",
    "it was not immediately clear",
    "last week",
    "last month",
    "last year",
    "this week",
    "this month",
    "this year",
    "next week",
    "next month",
    "next year",
    "earlier this year",
    "later this year",
    "the day before",
    "the next day",
    "of the year",
    "of the day",
    "all the time",
    "time and again",
    "end of the day",
    "at the end of the day",
    "in the long run",
    "a long time",
    "a great deal",
)
#: Stock closing lines of court reports, as patterns on a sentence's word keys joined by one
#: space. Chosen by hand (METER courts' sign-offs: "The hearing continues.", "The case
#: continues.", "They were committed."): every court report can end so, so sharing one says
#: nothing about the source.
COURT_FORMULAS: tuple[str, ...] = (
    r"(the )?(present |full )?(hearing|case|trial|inquest|committal|proceedings|extradition hearing)"
    r" (continues|continue|resumes|resume|goes on|was adjourned|is adjourned|were adjourned)"
    r"( today| tomorrow)?",
    r"(they|he|she) (was|were|are|is)"
    r" (committed|remanded|bailed|sentenced|cleared|convicted|acquitted|jailed)"
    r"( in custody| on bail| for trial)?",
    r"(they|he|she) (denies|deny|denied) (the |all )?(charge|charges|allegations|offences|offence)",
    r"proceedings (continue|continues|were adjourned)",
)
_ADJOURNED = frozenset({"adjourned", "adjourn"})
_ADJOURNED |= frozenset(map(lemma, _ADJOURNED))
_GOES_ON = frozenset({"continues", "resumes", "resume"})
_GOES_ON |= frozenset(map(lemma, _GOES_ON))
#: what a closing line says goes on ("The trial continues"; not "He continued to lift me")
_PROCEEDINGS = frozenset({"hearing", "case", "trial", "inquest", "committal", "proceedings", "extradition"})
_PROCEEDINGS |= frozenset(map(lemma, _PROCEEDINGS))
_FORMULAS = "|".join(f"(?:{f})" for f in COURT_FORMULAS)
# the patterns on word keys, and on the lemma keys alignment reads (``sentence_words(lemmas=True)``)
_FORMULA = re.compile(_FORMULAS + "|" + re.sub(r"[a-z]+", lambda m: lemma(m.group()), _FORMULAS))
_STOCK: dict[str, tuple[tuple[str, ...], ...]] = {}
for _phrase in STOCK_PHRASES:
    _STOCK[_phrase.split()[0]] = (*_STOCK.get(_phrase.split()[0], ()), tuple(_phrase.split()))
_TITLES = frozenset(HONORIFICS)


def stock_words(keys: Sequence[str]) -> frozenset[str]:
    """Words of a sentence that occur in it only inside stock phrases (:data:`STOCK_PHRASES`).

    Args:
        keys: the sentence's word keys, in order.

    Returns:
        Those keys; a word also used outside a stock phrase is not among them.

    Example:
        >>> sorted(stock_words("the end user at the end of the day".split()))
        ['at', 'day', 'of']
        >>> sorted(stock_words("the end of the line he said in a statement".split()))
        ['a', 'end', 'in', 'of', 'said', 'statement', 'the']
    """
    return _stock_words(tuple(keys))


#: :func:`stock_words` remembers the words of this many sentences (the last asked): the alignment
#: asks it of the same sentence against each candidate (issue #23)
STOCK_WORDS_KEPT = 1 << 14


@lru_cache(maxsize=STOCK_WORDS_KEPT)
def _stock_words(keys: tuple[str, ...]) -> frozenset[str]:
    inside = [False] * len(keys)
    for n, key in enumerate(keys):
        for phrase in _STOCK.get(key, ()):
            if tuple(keys[n : n + len(phrase)]) == phrase:
                inside[n : n + len(phrase)] = [True] * len(phrase)
    outside = {k for k, flag in zip(keys, inside, strict=True) if not flag}
    return frozenset(k for k, flag in zip(keys, inside, strict=True) if flag and k not in outside)


def is_court_formula(keys: Sequence[str], *, tail: int = 0) -> bool:
    """Whether a sentence's word keys are a stock closing line of court reports
    (:data:`COURT_FORMULAS`), followed by at most ``tail`` further words ("until Thursday").

    Example:
        >>> [is_court_formula(t.lower().split()) for t in ("The hearing continues", "They were committed",
        ...  "The hearing heard from his wife")]
        [True, True, False]
        >>> is_court_formula("the case was adjourned until thursday".split(), tail=6)
        True
        >>> is_court_formula(sentence_words_("They were committed.", lemmas=True).keys)  # "commit"
        True
    """
    keys = list(keys)
    for form in (keys, [lemma(k) for k in keys]):
        for n in range(len(form), max(0, len(form) - tail) - 1, -1):
            if _FORMULA.fullmatch(" ".join(form[:n])):
                return True
    return False


def is_closing_line(keys: Sequence[str], *, max_words: int = 12) -> bool:
    """Whether a sentence is a court report's closing line: a court formula followed by a few
    words, or a sentence of at most ``max_words`` words saying something was adjourned, or that
    the hearing (the case, the trial ...) goes on: a witness's "He continued to lift me up" is
    no closing line.

    Example:
        >>> is_closing_line("the trial expected to last two weeks was adjourned until tomorrow".split())
        True
        >>> is_closing_line("the present hearing simply had to assess the charges".split())
        False
        >>> is_closing_line("he continued to lift me up and down".split())
        False
    """
    if is_court_formula(keys, tail=6):
        return True
    words = set(keys)
    return len(keys) <= max_words and bool(_ADJOURNED & words or (_GOES_ON & words and _PROCEEDINGS & words))


def evidence_words(target: SentenceWords) -> frozenset[str]:
    """Content words and numbers of a sentence that can count as evidence of reuse: not a title
    ("Mr") and not used only inside a stock phrase."""
    return (target.content | target.numbers) - stock_words(target.keys) - _TITLES


def phrase_positions(target: SentenceWords, source: SentenceWords) -> frozenset[int]:
    """Positions of the target's evidence words that sit in a word pair the source also has.

    Example:
        >>> t = sentence_words_("He is on unconditional bail")
        >>> sorted(phrase_positions(t, sentence_words_("Agreeing to continue his unconditional bail")))
        [3, 4]
    """
    pairs = source.grams[1]
    good = evidence_words(target)
    keys = target.keys
    out = set()
    for n in range(len(keys) - 1):
        if keys[n : n + 2] in pairs:
            out.update(p for p in (n, n + 1) if keys[p] in good)
    return frozenset(out)


def common_words(sentences: Iterable[SentenceWords], *, min_sentences: int = 3) -> frozenset[str]:
    """Content words and numbers found in at least ``min_sentences`` of a text's sentences.

    Example:
        >>> sorted(common_words(sentence_words_(t) for t in ("Cominco Ltd said", "Cominco shut", "Cominco")))
        ['cominco']
    """
    df: Counter[str] = Counter()
    for w in sentences:
        df.update(w.content | w.numbers)
    return frozenset(k for k, n in df.items() if n >= min_sentences)


def sentence_words_(text: str, *, lemmas: bool = False) -> SentenceWords:
    """:class:`SentenceWords` of a plain string (for examples and tests)."""
    return sentence_words(WORD_RE.findall(text), lemmas=lemmas)


def speaker_names(words: SentenceWords) -> frozenset[str]:
    """The names right before a verb of saying in a sentence, its speakers ("Mr Justice Ann Lowe
    said ...", "... policy, Mr Justice Ann Lowe told the court"); empty when it has none.

    Example:
        >>> sorted(speaker_names(sentence_words_("Mr Justice Ann Lowe said the delay was a disgrace.")))
        ['ann', 'justice', 'lowe', 'mr']
        >>> speaker_names(sentence_words_("The judge said Ann Lowe was late."))
        frozenset()
    """
    keys, out, run = words.keys, set(), []
    saying = words.content - words.names - words.topical
    for key in keys:
        if key in words.names:
            run.append(key)
            continue
        if run and key in saying:
            out.update(run)
        run = []
    return frozenset(out)


def fuse(
    target: SentenceWords,
    sources: Iterable[tuple[str, SentenceWords]],
    *,
    taken: Iterable[SentenceWords] = (),
    min_words: int = 2,
    common: frozenset[str] = frozenset(),
    speaker_alone: bool = True,
) -> list[int]:
    """The further source sentences a sentence is fused from, greedily, most new evidence first.

    A source sentence joins when it brings at least ``min_words`` evidence words of the target
    (:func:`evidence_words`, verbs of saying aside) that no sentence already taken holds, one
    of them at least in a word pair the two share (:func:`phrase_positions`). Words in
    ``common`` (a story's recurring names: "Cominco Ltd" in every take) tell no source sentence
    from another and count for none. With ``speaker_alone`` False, a sentence that brings only
    the name of the target's speaker (:func:`speaker_names`) does not join: "Mr Justice Ann Lowe
    said the delay was a disgrace" retells "The judge said the delay was a disgrace", and the
    sentence that names the judge, "Mr Justice Ann Lowe ruled the claim failed", gave only her
    name; other names still join ("met his counterparts from Britain, France and Japan" takes
    the sentence that lists the powers).

    Args:
        target: the sentence.
        sources: candidate source sentences as ``(label, words)``; all of one file.
        taken: the source sentences already aligned to it (the primary), whose words are covered.
        min_words: evidence words a further source sentence must bring (>= 1).
        common: words that count for none (:func:`common_words` of the source).

    Returns:
        Indexes into ``sources`` of the sentences that join, in the order they joined.

    Example:
        >>> t = sentence_words_("He was remanded on bail by Horseferry Road magistrates until August 31.")
        >>> s = [("a", sentence_words_("He was represented at Horseferry Road Magistrates Court.")),
        ...      ("b", sentence_words_("The hearing was adjourned until August 31 and he was granted bail."))]
        >>> fuse(t, s)
        [0, 1]
    """
    sources = list(sources)
    good = evidence_words(target) & (target.topical | target.names | target.numbers) - common  # no "said"
    covered = set().union(*(w.content | w.numbers for w in taken))
    paired = [{target.keys[p] for p in phrase_positions(target, w)} - common for _, w in sources]
    shared = [good & (w.content | w.numbers) for _, w in sources]
    facts = [k - (frozenset() if speaker_alone else speaker_names(target)) for k in shared]
    chosen: list[int] = []
    while True:
        gains = [
            (len(shared[n] - covered), len(paired[n] - covered), -n)
            for n in range(len(sources))
            if n not in chosen and paired[n] - covered and facts[n] - covered
        ]
        if not gains:
            break
        gain, _, neg = max(gains)
        if gain < min_words:
            break
        chosen.append(-neg)
        covered |= shared[-neg]
    return chosen
