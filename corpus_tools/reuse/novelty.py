"""What counts as a word or a name of a text's own, against its source: inflections, spellings,
abbreviations, short forms ("Oct", "Lancs", "JPs": :data:`corpus_tools.lexicon.SHORT_FORMS`, and
a capitalised word that is the first letters of a source word) and one-letter respellings of a
source's word are the source's; a name at the start of a sentence that the text writes as a name
elsewhere ("Fish said ...", after "spokesman Richard Fish"), or that starts a name of several words
("Lindsay Shannon, 44, ..."), is a name, not a word (used by
:func:`corpus_tools.reuse.derivation.novelty`).

Written otherwise, still the source's: a number in figures or in words ("4 1/2" for
"four-and-a-half", "Sixteen-month-old" for "16-month-old", "ten years" for "10 years": a lone number
only before the word the source's has after it), a clipped word's full form or the other way round
("advertisements" for "adverts": :data:`CLIPPINGS`), a figure and its unit apart or together ("8.30 pm" for
"8.30pm"), a compound with or without its hyphen ("co-operation", "postmortem"), a long word
misprinted by one letter ("stipendary"), a shorter one misprinted by one letter where the two
words before it and the two after it are the source's around the word ("would be falling in my"
for "would be failing in my": a copied phrase, :func:`misprint_contexts`), "rn" read for "m"
("corning"); a source word's misprint in a scan or a typeset text: a name one letter off its
lemma ("Teeside"), a word cut after the source's number ("60 office" for "60 officers"), a letter
garbled outside ASCII ("anä"), an "l" for a "1" in a figure ("7:l4"), a stray lower-case letter
("were n there"); a hyphenated word of its own counts once ("finger-prints"); a contraction of stop words
("I've") is a stop word. A name of several words ("Bay City Rollers", "Chamber of Commerce") and a
number of several parts ("4 1/2") count once, and so does a name inside a longer one ("Denning"
beside "Chris Denning"); an honorific ("Mr" of "Mr Trump") is no name of its own. A number's scale
or percent word ("five mln", "61 pct", "100 per cent") and a name's particles ("Rio de Janeiro")
are parts of the number and the name, no words of its own, and so are a ticker's exchange letters
("D" of "<KRPG.D>": :mod:`corpus_tools.reuse.fact_parts`). An hour, a day or a phrase of the source
written another way ("10 a.m." for "1000 EDT", "Monday" for "today", "bpd" for "barrels per day")
is the source's (:mod:`corpus_tools.reuse.written_otherwise`).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence

from corpus_tools.lexicon import (
    ABBREVIATIONS,
    EXPLETIVES,
    NUMBER_WORDS,
    SHORT_FORMS,
    STOP_WORDS,
    lemma_key,
)
from corpus_tools.lexicon.places import COUNTRY_OTHER_NAMES, IRREGULAR_DEMONYMS
from corpus_tools.reuse.fact_parts import decimal, decimal_keys, name_particles, number_units, ticker_suffixes
from corpus_tools.reuse.misprints import (
    CLIPPED,
    CLIPPINGS,
    MISPRINT_MIN,
    censored_forms,
    censored_known,
    censored_words,
    figure_misread,
    garbled,
    ie_respelt,
    joined_pairs,
    misprint_contexts,
    misprint_in_context,
    truncated_after_number,
)
from corpus_tools.reuse.misprints import one_edit as _one_edit
from corpus_tools.reuse.novel_names import (
    NAME_TITLES,
    capitals_initial,
    described,
    fact_groups,
    initial_names,
    is_honorific,
    is_name,
    name_key,
)
from corpus_tools.reuse.number_words import NUMBER_FIGURES
from corpus_tools.reuse.number_words import compound_forms as _compound_forms
from corpus_tools.reuse.number_words import gap as _gap
from corpus_tools.reuse.number_words import number_phrase as _number_phrase
from corpus_tools.reuse.own_forms import date_keys, date_spans, known_forms, name_misprint
from corpus_tools.reuse.party_tags import party_tag_known
from corpus_tools.reuse.split_words import split_known
from corpus_tools.reuse.written_otherwise import form_keys, told_otherwise
from corpus_tools.text.sentences import match_key, norm_token

__all__ = [
    "CLIPPINGS",
    "BodyWord",
    "SourceKeys",
    "compounds",
    "initial_names",
    "known_lemmas",
    "misprint_contexts",
    "novel_lists",
    "respelt",
    "short_forms",
]


class BodyWord(tuple):
    """One body word as ``(key, word, sentence_initial)``, with ``gap``: the text between it and
    the word before it in its paragraph ("" at a paragraph's start), so that a name of several
    words ("Bay City Rollers") and a number of several parts ("4 1/2", "8.30") are read whole."""

    gap: str

    def __new__(cls, key: str, word: str, initial: bool, gap: str = "") -> BodyWord:
        out = super().__new__(cls, (key, word, initial))
        out.gap = gap
        return out


#: prefixes written with a hyphen ("co-defendants", "ex-wife"): with the word they join, one word
_PREFIXES = frozenset("co ex pro anti non pre re sub vice semi mid multi inter counter".split())
#: the endings of a contraction after its apostrophe ("I've", "they'll", "we're", "she'd", "I'm")
_CONTRACTIONS = ("ve", "ll", "re", "d", "m", "s")
_FRACTION = re.compile(rf"^({'|'.join(NUMBER_WORDS)})and(?:a|one)(half|quarter|third)$")
_COMPOUND = re.compile(r"\b\w+(?:-\w+)+\b")
_FIGURE_UNIT = re.compile(r"^(\d+)([a-z]+)$")
#: a whole number (figures, or a number word of one figure) and the word after it ("10 years",
#: "ten years"; not the parts of "8.30", "1/2" or "300,000")
_NUMBER_PHRASE = re.compile(
    rf"(?<![\w.,/:])(\d+|{'|'.join(w for w, f in NUMBER_FIGURES.items() if len(f) == 1)})(?![\w.,/:]\w)"
    r"[ \t\r\n]+([A-Za-z]+)\b",
    re.I,
)
#: the gaps that join two parts of one number: "8.30", "1/2", "10:30" (and a space before a fraction)


def compounds(texts: Iterable[str]) -> set[str]:
    """The hyphenated words of texts written whole, as keys ("post-mortem" -> "postmortem"), so
    that a text that writes the source's compound as one word does not add a word of its own; and
    each whole number with the word after it, the number in figures ("ten years" -> "10 year", a
    key with a space, which no word has), so that a text's "ten years" is its source's "10 years";
    two words in a row, neither a stop word, written as one ("half way" -> "halfway":
    :func:`~corpus_tools.reuse.misprints.joined_pairs`); its censored words with their masks
    ("f***ing": :func:`~corpus_tools.reuse.misprints.censored_forms`); its 24-hour times and the
    initials of its runs of words (:func:`~corpus_tools.reuse.written_otherwise.form_keys`).

    Example:
        >>> keys_ = compounds(["A post-mortem found a 16-month-old's injuries after ten years."])
        >>> sorted(k for k in keys_ if not k.startswith("initials "))
        ['10 year', '16monthold', 'mortemfound', 'postmortem']
    """
    texts = list(texts)
    out = {
        match_key(norm_token(m.group().replace("-", ""))) for text in texts for m in _COMPOUND.finditer(text)
    }
    out |= joined_pairs(texts) | censored_forms(texts)  # "halfway" for "half way"; "f***ing"
    out |= date_keys(texts)  # "20/3" of "20 March" (:mod:`corpus_tools.reuse.own_forms`)
    out |= decimal_keys(texts)  # "8.5" (:mod:`corpus_tools.reuse.fact_parts`)
    out |= form_keys(texts)  # "1000 EDT", "barrels per day" (:mod:`corpus_tools.reuse.written_otherwise`)
    figure = lambda n: NUMBER_FIGURES.get(n.lower(), (n,))[0]  # noqa: E731
    return out | {
        f"{figure(m.group(1))} {lemma_key(match_key(norm_token(m.group(2))))}"
        for text in texts
        for m in _NUMBER_PHRASE.finditer(text)
    }


def _figures(source_keys: set[str]) -> set[str]:
    """The figures and units of a source's numbers ("8.30pm" gives "30" and "pm"), and the
    figures of a number and a fraction in words ("four-and-a-half", a :func:`compounds` key: "4",
    "1", "2"). A number is not matched across words and figures alone: a paper's "8" (a date) is
    seldom its source's "eight" (a count); inside a compound it is (:func:`_known`)."""
    out = set()
    for k in source_keys:
        m = _FIGURE_UNIT.match(k)
        if m:
            out.update(m.groups())
        m = _FRACTION.match(k)
        if m:
            out.update((*NUMBER_FIGURES[m.group(1)], *NUMBER_FIGURES[m.group(2)]))
    return out


def known_lemmas(source_keys: Iterable[str]) -> set[str]:
    """The :func:`corpus_tools.lexicon.lemma_key` of every source word, with the words of the
    names its abbreviations stand for and the abbreviations of the names it spells out, and a country's
    other names where it names it (``lexicon``'s demonyms and other names: "U.K." for "Britain")."""
    keys_ = set(source_keys)
    known = {lemma_key(k) for k in keys_}
    lemmas = frozenset(known)
    for short, long in ABBREVIATIONS.items():
        words = long.split()
        if short in keys_:
            known.update(lemma_key(w) for w in words)
        if all(w in keys_ for w in words):
            known.add(short)
    for names in (*COUNTRY_OTHER_NAMES, *IRREGULAR_DEMONYMS.values()):  # "the U.K." for "Britain"
        if any(all(w in keys_ for w in n.split()) for n in names):  # (round 39, rkind39: TUNE_38's 8207)
            known.update(n for n in names if " " not in n)  # "great" of "great britain" no word of it
    for short, long in SHORT_FORMS.items():
        if lemma_key(long) in known or long in keys_:
            known.update((short, lemma_key(short)))
        if short in keys_:  # "Berkshire" in a text whose source writes "Berks"
            known.update((long, lemma_key(long)))
    for short, long in CLIPPED:  # "advertisements" for "adverts", "ads" for "advertisements"
        if short in lemmas:
            known.add(long)
        if long in lemmas:
            known.add(short)
    figures = _figures(keys_)
    known.update(figures)
    known.update(known_forms(keys_, known, figures))  # "HQ", "£1bn", "inquiry" for "enquiry"
    return known


def short_forms(names: set[str], known: set[str]) -> set[str]:
    """The names of ``names`` (capitalised words, lower case) that are the first letters of a
    longer source word ("Oct" for "October", "Feb" for "February"): three letters or more, no
    digit, the source word at least two letters longer.

    Example:
        >>> sorted(short_forms({"oct", "wirral", "49"}, {"october", "court"}))
        ['oct']
    """
    return {
        n
        for n in names
        if len(n) >= 3 and n.isalpha() and any(len(k) >= len(n) + 2 and k.startswith(n) for k in known)
    }


#: a name's lemma this long or longer is read for a one-letter respelling of a source's lemma
#: (:meth:`SourceKeys.respelt`). Set by hand on the default claims set (round 14), not fitted: at
#: 4 and 5 letters "three" and "Thames" were read as respellings of other words
RESPELT_LEMMA_MIN = 6


class SourceKeys(frozenset):
    """The keys of every word of a source, read against many texts: its :func:`known_lemmas` and
    its words by first letter and length, built once, so that a text's words are looked up among
    the few source words that could be their misprint or their long form, not among all of them.
    :func:`novel_lists` builds one from a plain set (the answers are the same either way).

    Example:
        >>> src = SourceKeys({"mohammad", "october", "court"})
        >>> src.respelt("mohammed"), src.short_form("oct"), src.misprint("octobers")
        (True, True, True)
    """

    def __init__(self, keys: Iterable[str]) -> None:
        self.known = known_lemmas(self)
        self._keys_near, self._known_near = _by_start(self), _by_start(self.known)
        self._known_by3: dict[str, list[str]] = defaultdict(list)
        for k in self.known:
            self._known_by3[k[:3]].append(k)
        self._misprints: dict[str, bool] = {}  # misprint(key), by key (#23: CPU)
        self._respelt: dict[str, bool] = {}  # respelt(key), by key
        self.by_length: dict[int, list[str]] = defaultdict(list)  # a garbled letter ("anä")
        self.after_number: dict[str, set[str]] = defaultdict(set)  # "60 officer" of "60 officers"
        for k in self:
            number, _, after = k.partition(" ")
            if after:
                self.after_number[number].add(after)
            else:
                self.by_length[len(k)].append(k)

    def misprint(self, key: str) -> bool:
        """Whether a source key is ``key`` with one letter added, dropped or changed (not the first)."""
        if key not in self._misprints:  # each answer kept: one source meets the same words in every text
            self._misprints[key] = _near_one_edit(key, self._keys_near)
        return self._misprints[key]

    def respelt(self, key: str) -> bool:
        """Whether ``key`` is a known source word respelt (:func:`respelt` of ``{key}``)."""
        if len(key) < 5 or not key.isalpha():
            return False
        if key not in self._respelt:  # each answer kept, as misprint's
            # "Teeside" for "Teesside": "teesid" one edit from the lemma "teessid"; a shorter stem one
            # letter from a source's lemma is often another word ("three": "thre", one from "there")
            lemma = lemma_key(key)
            self._respelt[key] = _near_one_edit(key, self._known_near) or (
                len(lemma) >= RESPELT_LEMMA_MIN and _near_one_edit(lemma, self._known_near)
            )
        return self._respelt[key]

    def short_form(self, key: str) -> bool:
        """Whether ``key`` is the first letters of a known source word (:func:`short_forms` of ``{key}``)."""
        return (
            len(key) >= 3
            and key.isalpha()
            and any(len(k) >= len(key) + 2 and k.startswith(key) for k in self._known_by3.get(key[:3], ()))
        )


def _by_start(keys: Iterable[str]) -> dict[tuple[str, int], list[str]]:
    """Keys by their first letter and their length."""
    out: dict[tuple[str, int], list[str]] = defaultdict(list)
    for k in keys:
        out[(k[:1], len(k))].append(k)
    return out


def _near_one_edit(key: str, near: dict[tuple[str, int], list[str]]) -> bool:
    """Whether a key of ``near`` (:func:`_by_start`) of the same first letter, its length within
    one, is one edit from ``key`` (:func:`_one_edit`)."""
    return any(
        _one_edit(key, k) for n in (len(key) - 1, len(key), len(key) + 1) for k in near.get((key[:1], n), ())
    )


def respelt(names: set[str], known: set[str]) -> set[str]:
    """The names of ``names`` that are a source name spelt one letter otherwise ("Mohammed" for
    "Mohammad", "Tizzard" for "Tizard"): words of five letters or more, no digit, at one edit.

    Example:
        >>> sorted(respelt({"mohammed", "tizzard", "leeds", "41"}, {"mohammad", "tizard", "court"}))
        ['mohammed', 'tizzard']
    """
    out = set()
    for n in names:
        if len(n) < 5 or not n.isalpha():
            continue
        if any(abs(len(k) - len(n)) <= 1 and k[:1] == n[:1] and _one_edit(n, k) for k in known):
            out.add(n)
    return out


def novel_lists(
    words: Sequence[tuple[str, str, bool]],
    source_keys: set[str],
    is_fact: Callable[[str, bool], bool],
    *,
    contexts: Mapping[tuple[str, ...], frozenset[str]] | None = None,
) -> tuple[list[str], list[tuple[str, ...]]]:
    """A text's words of its own and its names and numbers of its own, against its source.

    Args:
        words: ``(key, word, sentence_initial)`` of the text
            (:func:`corpus_tools.reuse.derivation.body_words`: :class:`BodyWord`).
        source_keys: the keys of every word of the source.
        is_fact: whether a word is a name or a number (``is_fact(word, initial)``).
        contexts: the source's words by context (:func:`misprint_contexts`), to read a misprint
            of a shorter word inside a copied phrase; None reads none.

    Returns:
        The words of its own (content words, one entry a use), and the names and numbers of its
        own, each counted once (one entry a name: the keys of its words, a possessive's "s" off).

    Example:
        >>> from corpus_tools.reuse.derivation import body_words, is_fact
        >>> wire = "Denning, 58, was jailed for four-and-a-half years at 8.30pm"
        >>> src = {k for k, _, _ in body_words(wire)} | compounds([wire])
        >>> text = "Chris Denning, 58, was jailed for 4 1/2 years at 8.30 pm. Once Mr Denning was in Bay City"
        >>> novel_lists(body_words(text), src, is_fact)
        ([], [('bay', 'city'), ('chris', 'denning')])
    """
    src = source_keys if isinstance(source_keys, SourceKeys) else SourceKeys(source_keys)
    read = capitals_initial(words)  # "A POLICEMAN was": capitals opening a sentence
    caps = {i for i, (w, r) in enumerate(zip(words, read, strict=True)) if w[2] != r[2]}
    words = read
    known, names = src.known, initial_names(words, is_fact)
    fact = [is_name(words, i, names, is_fact) for i in range(len(words))]
    common = {k for k, w, _ in words if w.islower()}
    for g in fact_groups(words, fact):  # "Engineer David Copeland": a description before a name
        if described(words, g, lambda i: _known_fact(words, i, known, src), common):
            fact[g[0]] = False
    for i in name_particles(words, fact):
        fact[i] = True  # "Rio de Janeiro", "Cor van der Klugt": one name, its particles no words
    units = number_units(words) | ticker_suffixes(words)  # "five mln", "61 pct", "<KRPG.D>": a fact's
    told = told_otherwise(words, src)  # "10 a.m." for "1000 EDT", "Monday" for "today", "bpd"
    units |= told
    censored = censored_words(words)  # "f***ing": one word, "f" and "ing" to the word pattern
    for i in [*censored, *(i for i, w in enumerate(words) if fact[i] and _stop_contraction(w[1]))]:
        fact[i] = False  # and "I'm", "I've": stop words with a capital, no name (claims audit sk51)
    novel, counted = [], set()
    for i, (k, w, _) in enumerate(words):
        if (
            bool(censored[i])
            and not censored_known(censored[i], src)
            and not _masked_expletive(censored[i], src)
            if i in censored
            else not fact[i]
            and k not in STOP_WORDS
            and i not in units
            and not _stop_contraction(w)
            and not is_honorific(words, i)
            and not _prefix(words, i, fact, known)
            and not _known(words, i, known, src)
            and not misprint_in_context(words, i, contexts or {})
            and not (i in caps and _known_fact(words, i, known, src))  # "TEENAGE" for "teenager", as before
            and not (len(w) == 1 and w.islower())  # "were n there": a letter of a misprinted word
            and not (i - 1 in counted and _gap(words[i]) == "-")  # "finger-prints": one word, once
        ):
            novel.append(censored.get(i) or w)
            counted.add(i)
    dates = date_spans(words, fact).values()  # "20 March", "the 20th of March": one date reader
    dated = {j for d, js in dates if d in src for j in js}  # "14th March": "March 14"
    groups = {
        tuple(name_key(words[i]) for i in g if words[i][0] not in NAME_TITLES)
        for g in fact_groups(words, fact)
        if (
            decimal(words, g) not in src  # "8.5": the source's when it writes 8.5, not "8" and "5"
            and not told.issuperset(g)  # or 8,574,000 ("about 8.5 mln": written_otherwise)
            if decimal(words, g)
            else not all(
                words[i][0] in NAME_TITLES
                or i in dated
                or i in told
                or _known_fact(words, i, known, src)
                or name_misprint(words, i, g, contexts or {})  # "Herald Tribunal" for "Herald Tribune"
                for i in g
            )
        )
    }
    groups |= {tuple(words[j][0] for j in js) for d, js in dates if d not in src}  # "20 March"
    inside = {g for g in groups if any(h != g and set(g) <= set(h) for h in groups)}
    return novel, sorted(groups - inside)


#: a censored word whose mask of asterisks ends it, one asterisk a letter ("b******")
_MASKED_END = re.compile(r"([a-z]+)(\*+)")


def _masked_expletive(form: str, source_keys: Iterable[str]) -> bool:
    """Whether a censored word whose mask of asterisks ends it ("b******") is a swear word of the
    source written out (:data:`corpus_tools.lexicon.EXPLETIVES`) with the same first letters and
    as many letters as the censored word has letters and asterisks ("bastard": the paper quotes
    PA's word censored; the claims audit's round 11, ch19). A word no swear word of the source
    fits stays the text's own.

    Example:
        >>> _masked_expletive("b******", {"bastard"}), _masked_expletive("b*****", {"bastard"})
        (True, False)
    """
    m = _MASKED_END.fullmatch(form)
    if not m:
        return False
    return any(k in EXPLETIVES and len(k) == len(form) and k.startswith(m.group(1)) for k in source_keys)


def _prefix(words: Sequence[tuple[str, str, bool]], i: int, fact: list[bool], known: set[str]) -> bool:
    """Whether word ``i`` is a prefix joined by a hyphen to a word of its own after it, so that the
    compound counts once ("co" of "co-defendants"; "ex-dictator", "anti-Pinochet" keep "ex" and
    "anti": the word after is the source's or a name)."""
    if words[i][0] not in _PREFIXES or i + 1 >= len(words) or _gap(words[i + 1]) != "-" or fact[i + 1]:
        return False
    return words[i + 1][0] not in STOP_WORDS and lemma_key(words[i + 1][0]) not in known


def _stop_contraction(word: str) -> bool:
    """Whether a word is a contraction of stop words ("I've", "didn't", "we'll")."""
    base, _, end = word.lower().replace("\u2019", "'").partition("'")
    if not end:
        return False
    if end == "t" and base.endswith("n"):
        return base[:-1] in STOP_WORDS or base in STOP_WORDS or base in {"won", "don", "can", "shan"}
    return end in _CONTRACTIONS and base in STOP_WORDS


def _known(words: Sequence[tuple[str, str, bool]], i: int, known: set[str], source_keys: SourceKeys) -> bool:
    """Whether word ``i`` is a source word written otherwise (see the module's docstring)."""
    k = words[i][0]
    if lemma_key(k) in known or lemma_key(name_key(words[i])) in known or name_key(words[i]) in known:
        return True  # "Adams's" for "Adams"
    for joined in _compound_forms(words, i):  # "co-operation", "Sixteen-month-old"
        if joined in source_keys or lemma_key(joined) in known:
            return True
    if k in NUMBER_FIGURES and _number_phrase(words, i) in source_keys:
        return True  # "Eighteen months" for "18 months": the same count in words
    m = _FIGURE_UNIT.match(k)
    if m and all(p in known for p in m.groups()):
        return True  # "5ft" for "5 ft"
    if "rn" in k and lemma_key(k.replace("rn", "m")) in known:
        return True  # "corning" for "coming"
    if ie_respelt(k, known):
        return True  # "chippie" for "chippy"
    if split_known(words, i, source_keys, known):
        return True  # "goal keeper" for "goalkeeper", "fiancée" for "fiancee": :mod:`~.split_words`
    read = figure_misread(k)
    if read and (read in known or read in source_keys):
        return True  # "l4" for "14"
    if garbled(k, source_keys.by_length):
        return True  # "anä" for "and"
    number = _figure_of(words[i - 1][0]) if i and _gap(words[i]).isspace() else ""
    if number and truncated_after_number(lemma_key(k), number, source_keys.after_number):
        return True  # "60 office" for "60 officers"
    return len(k) >= MISPRINT_MIN and source_keys.misprint(k)


def _figure_of(key: str) -> str:
    """A whole number's key in figures ("ten" -> "10", "60" -> "60"), or "" for any other word."""
    if key.isdigit():
        return key
    figures = NUMBER_FIGURES.get(key, ())
    return figures[0] if len(figures) == 1 else ""


def _known_fact(
    words: Sequence[tuple[str, str, bool]], i: int, known: set[str], source_keys: SourceKeys
) -> bool:
    """Whether the name or number ``i`` is the source's, written otherwise or respelt."""
    k = words[i][0]
    return bool(
        _known(words, i, known, source_keys)
        or source_keys.respelt(k)
        or source_keys.short_form(k)
        or _number_phrase(words, i) in source_keys
        or party_tag_known(words, i, source_keys)  # "D-IL." for "an Illinois Democrat"
    )
