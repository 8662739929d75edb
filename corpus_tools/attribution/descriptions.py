"""Descriptions that stand for a person the document names, as a reader resolves them.

A reporter names a person and then varies the reference: "England rugby star Jeremy Gallan was
to go on trial today. The 34-year-old Bath player denies ..."; "A teenager told a jury how ...
Richard Lowe claimed ...". Such a description is no new, anonymous speaker:

* a **definite** description ("The Bath player", "The dad of two", "The teenager") is the one
  named person the document gives its age, head word or modifiers to ("Gallan, 34,"; "rugby player
  Jeremy Gallan"), else the named person who opens the sentence before it (the paragraph's topic),
  unless the age or the gender it gives rules that person out;
* an **indefinite** one ("A teenager told ...", "AN antiques dealer told ...") is the person the
  next sentence opens with, when the document has not named that person before.

Only descriptions of a person are read so: an age ("the 47-year-old ..."), a kin word with its
number of children ("The dad of two"), or a head word of :data:`PERSON_HEADS`. Roles ("the
prosecutor") are :func:`~.identities.role_holder`'s, the defendant of an unnamed court story
:mod:`~.defendant`'s.

A description that gives the name in its own clause ("One man, who told the court his name was Mr
Hunt") is that name. And a place is no speaker where a paper's sentence is broken by a stop after a
function word ("Christopher and Meryl Lowe from the. / Vale of Glamorgan denied"): the subject of
the broken sentence speaks.

* :func:`caps_common_noun`: whether a label in headline capitals is a common noun ("A TEENAGER");
* :func:`described_person`: the name a description stands for, or "";
* :func:`broken_subject`: the subject of a sentence broken before a mention, or "";
* :func:`shared_surname_pair`: the pair's label of "Ann and Tom Lowe", or "";
* :func:`person_named` and :func:`given_alone`: these readings on a speaker, for
  :func:`~.identities.refine_speakers`.
"""

from __future__ import annotations

import re

from corpus_tools import lexicon
from corpus_tools.attribution.born_epithets import born_epithet
from corpus_tools.attribution.couples import parents_named
from corpus_tools.attribution.epithets import EPITHETS, GENDERED_HEADS
from corpus_tools.attribution.namesakes import full_name_of_given, title_gender
from corpus_tools.attribution.pairs import n_people, pair_label

__all__ = [
    "PERSON_HEADS",
    "broken_subject",
    "caps_common_noun",
    "described_person",
    "given_alone",
    "names_in",
    "person_named",
    "sentence_spans",
    "shared_surname_pair",
]

#: head words of the descriptions a report gives a person it names, by age, sport, trade or
#: standing (a declarative table, read from the METER courts stories of the tenth claims audit,
#: ``benchmarks/claims.md``: "The Bath player", "the former Gladiators presenter", "AN antiques
#: dealer", "The teenager"); kin words count only with their number of children ("The dad of two")
PERSON_HEADS = frozenset(
    """teenager youngster youth schoolboy schoolgirl student pensioner player star ace sportsman
    sportswoman athlete footballer cricketer boxer jockey golfer centre striker winger captain
    presenter actor actress singer entertainer comedian celebrity model millionaire tycoon
    dealer trader businessman businesswoman shopkeeper landlord landlady farmer builder driver
    motorist pedestrian cyclist""".split()
)
_DEFINITE = ("the", "this")
_INDEFINITE = ("a", "an")
_NUMBERS = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)"
_AGE = re.compile(r"\b(\d{1,2})-year-old\b", re.IGNORECASE)
_KIN = re.compile(rf"\b({'|'.join(EPITHETS)})[- ]of[- ]{_NUMBERS}\b", re.IGNORECASE)
_CAP = r"[A-Z][a-z][\w'-]*"
#: a person's name: a title and a name, or two or three capitalised words
_NAME = re.compile(rf"\b(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lady|Lord)\.?\s)?(?:{_CAP}\s){{0,2}}{_CAP}\b")
#: a sentence's end in raw text: a stop, then a capital or a quotation mark (a wire take's "<" and
#: control characters between), or a blank line
_SENTENCE_END = re.compile(
    r"(?<=[.!?])['\"\u2019\u201d]?<?[\s\x00-\x1f]+(?=[A-Z'\"\u2018\u201c])|<?\n[\s\x00-\x1f]*\n"
)
#: words a sentence opens with that are no name ("England rugby star Jeremy Gallan": the name)
_NOT_NAME = lexicon.STOP_WORDS | lexicon.RELATIVE_DAYS | lexicon.WEEKDAYS | set(lexicon.MONTHS)


#: a relative clause that names the person it describes (", who told the court his name was Mr Hunt")
_OWN_NAME = re.compile(
    r"^,?\s*(?:who|whose)\b[^.;]{0,40}?\b(?:his|her) name (?:was|is|as) "
    r"((?:(?:Mr|Mrs|Ms|Miss|Dr)\.? )?[A-Z][a-z][\w'-]*(?: [A-Z][a-z][\w'-]*)?)"
)
#: a sentence cut by a stop after a function word ("... Grant from the.")
_BROKEN = re.compile(r"\b(?:the|a|an|of|from|in|at|to|and|with)\.[\s\x00-\x1f]*$")
#: two given names and one surname ("Christopher and Meryl Grant"), or two full names
_TWO = re.compile(r"^([A-Z][a-z]+)(?: ([A-Z][a-z][\w'-]+))? and ([A-Z][a-z]+) ([A-Z][a-z][\w'-]+)\b")
_ONE = re.compile(r"^(?:(?:Mr|Mrs|Ms|Miss|Dr)\.? )?[A-Z][a-z]+(?: [A-Z][a-z][\w'-]+)+\b")


def broken_subject(before: str) -> str:
    """The person or pair a sentence broken by a stop after a function word opens with ("Ann and
    Tom Lowe from the." before "Vale of Glamorgan denied ..."): the subject of the whole sentence,
    of which the mention after the stop is the end of a place; "" when the text before the mention
    ends no such fragment.

    Example:
        >>> broken_subject("They were freed. Ann and Tom Lowe from the. ")
        'Ann Lowe and Tom Lowe'
        >>> broken_subject("Ann Lowe from the. "), broken_subject("Ann Lowe spoke. ")
        ('Ann Lowe', '')
    """
    if not _BROKEN.search(before):
        return ""
    stop = before.rstrip().rstrip(".")
    fragment = stop[max(stop.rfind(". "), stop.rfind("\n")) + 1 :].strip(" \x19\r\n")
    two = _TWO.match(fragment)
    if two:
        return pair_label(
            [f"{two.group(1)} {two.group(2) or two.group(4)}", f"{two.group(3)} {two.group(4)}"]
        )
    one = _ONE.match(fragment)
    return one.group(0) if one else ""


def shared_surname_pair(label: str) -> str:
    """A pair's label for two given names before one surname, a description before them left out
    ("Self-employed Ann and Tom Lowe" -> "Ann Lowe and Tom Lowe"), as
    :func:`~.pairs.pair_label` writes the pair the wire names in full; "" for any other label.

    Example:
        >>> shared_surname_pair("Self-employed Ann and Tom Lowe"), shared_surname_pair("Ann Lowe")
        ('Ann Lowe and Tom Lowe', '')
    """
    words = str(label).split()
    while words and not re.fullmatch(r"[A-Z][a-z]+", words[0]):
        words = words[1:]  # "Self-employed", "businessman": a description before the names
    two = _TWO.fullmatch(" ".join(words))
    if not two or two.group(2):
        return ""
    return pair_label([f"{two.group(1)} {two.group(4)}", f"{two.group(3)} {two.group(4)}"])


def caps_common_noun(label: str, text: str) -> bool:
    """Whether a label in headline capitals ("A TEENAGER", "TEENAGER") is a common noun: it opens
    with an article, or its last word stands in lower case in ``text`` (the document).

    Example:
        >>> caps_common_noun("A TEENAGER", ""), caps_common_noun("TEENAGER", "The teenager wept.")
        (True, True)
        >>> caps_common_noun("NATO", "NATO said"), caps_common_noun("A teenager", "")
        (False, False)
    """
    words = re.findall(r"[A-Za-z'-]+", str(label))
    if not words or not all(w.isupper() for w in words if len(w) > 1) or not str(label).isupper():
        return False
    if words[0].lower() in _INDEFINITE + _DEFINITE and len(words) > 1:
        return True
    return re.search(rf"\b{re.escape(words[-1].lower())}\b", str(text)) is not None


def _head(words: list[str]) -> str:
    """The head word of a description's words: the word before "of" ("dad of two"), else the last."""
    low = [w.lower() for w in words]
    return low[low.index("of") - 1] if "of" in low[1:] else low[-1]


def _is_person(desc: str, head: str) -> bool:
    kin_of = head in GENDERED_HEADS and re.search(rf"\b{head} of (?:[\w-]+ ){{0,2}}[A-Z]", desc)
    born = born_epithet(desc)  # "the Leeds-born officer": a birthplace, as an age
    return head in PERSON_HEADS or bool(_AGE.search(desc) or born) or bool(_KIN.search(desc)) or bool(kin_of)


def _sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of the sentences of raw text."""
    spans, lo = [], 0
    for m in _SENTENCE_END.finditer(text):
        spans.append((lo, m.start()))
        lo = m.end()
    spans.append((lo, len(text)))
    return [(a, b) for a, b in spans if text[a:b].strip()]


def _names(sentence: str, surnames: set[str], text: str) -> list[str]:
    """The persons' names in a sentence, in order: capitalised runs that end with a surname the
    document gives a person (``surnames``), or a given name alone that ``text`` writes before one
    ("England rugby star Jeremy Gallan" -> "Jeremy Gallan"; "Mr Lowe"; "Gallan, 34,"; "Student
    Richard" -> "Richard Lowe")."""
    out = []
    for m in _NAME.finditer(sentence):
        words = [w for w in m.group(0).split() if w.lower().rstrip(".") not in _NOT_NAME]
        while words and words[0].lower() in lexicon.SPEAKER_WORDS["official"] | PERSON_HEADS:
            words = words[1:]  # "Prosecutor Ann Lee": the name
        if not words or words[-1].lower() in _NOT_NAME:
            continue
        full = full_name_of_given(words[-1], text) if len(words) == 1 else ""
        name = full if full and _surname(full) in surnames else " ".join(words)
        if _surname(name) in surnames:
            out.append(name)
    return out


def _surname(name: str) -> str:
    return name.split()[-1]


def _ages(text: str, surname: str) -> set[str]:
    """The ages a text gives a surname ("Gallan, 34,"; "47-year-old Ken Lowe"; "Lowe, now 18,")."""
    s = re.escape(surname)
    after = re.findall(rf"\b{s}, (?:now |aged )?(\d{{1,2}})\b", text)
    before = re.findall(rf"\b(\d{{1,2}})-year-old (?:[A-Z][\w'-]* ){{0,3}}{s}\b", text)
    return set(after) | set(before)


def _given_words(text: str, surname: str) -> set[str]:
    """The lower-case words a text sets beside a surname: up to four words before the name in its
    noun phrase ("England rugby star Jeremy Gallan") and an apposition after it ("Gallan, a former
    presenter of TV's Gladiators,", "Gallan, who lives in Bath,"), and the noun of an apposition a
    long relative clause follows ("Gallan, the rugby star who ... [more than 60 characters]")."""
    s = re.escape(surname)
    found: set[str] = set()
    for m in re.finditer(rf"((?:[\w'-]+ ){{0,4}})(?:[A-Z][\w'-]* )?{s}\b(, [^,.;]{{1,60}}[,.])?", text):
        words = re.findall(r"[\w'-]+", (m.group(1) or "") + " " + (m.group(2) or ""))
        found |= {w.lower() for w in words}
    for m in re.finditer(rf"\b{s}, ((?:the|a|an) (?:[\w'-]+ ){{0,3}})(?:who|whose|which|that)\b", text):
        found |= {w.lower() for w in re.findall(r"[\w'-]+", m.group(1))}  # a long clause after the noun
    return found - _NOT_NAME


def described_person(label: str, before: str, after: str, surnames: set[str] = frozenset()) -> str:
    """The name a description of a person stands for (module docstring), else "".

    Args:
        label: the speaker's label ("The 34-year-old Bath player", "A teenager").
        before: the document's text before the mention (an article or an age the label lost is
            read from its end: "The 34-" + "year-old Bath player").
        after: the document's text from the mention on.
        surnames: the surnames the text gives people (a capitalised word alone is a name only
            then: "Gallan, 34,"; :func:`~.surnames.person_surnames`).

    Example:
        >>> text = "Rugby star Tom Gallan went on trial. The 34-year-old Bath player denies assault."
        >>> at = text.index("The 34")
        >>> described_person("The 34-year-old Bath player", text[:at], text[at:], {"Gallan"})
        'Tom Gallan'
        >>> text = "A teenager told a jury how he grew. Richard Lowe claimed his father hit him."
        >>> described_person("A teenager", "", text, {"Lowe"})
        'Richard Lowe'
    """
    label = " ".join(str(label).split())
    text, at = before + after, len(before)
    found = text.lower().rfind(label.lower(), max(0, at - 80), at + 12 + len(label))
    found = found if found >= 0 or not born_epithet(label) else text.rfind(label, 0, at)  # "He" after it
    if found >= 0:  # the label near the mention's start ("The 34-" + label; "who" after it), in any case
        before, after = text[:found], text[found:]
    own_name = _OWN_NAME.match(after[len(label) :])
    if own_name:  # "One man, who told the court his name was Mr Hunt"
        return own_name.group(1)
    lost = re.search(r"(?:\b(?:[Tt]he|THE|[Aa]n?|AN?) )?(?:\d+-|[Tt]he |THE |[Aa]n? |AN? )$", before)
    desc = (lost.group(0) if lost else "") + " ".join(str(label).split())
    words = re.findall(r"[\w'-]+", desc)
    if len(words) < 2 or words[0].lower() not in _DEFINITE + _INDEFINITE or re.search(r"\w's? [a-z]", label):
        return ""  # "The 61-year-old's lawyers": the person's group, never the person
    head = _head(words)
    if not _is_person(desc, head.lower()) or any(
        w[:1].isupper() and not w.isupper() for w in words[1:] if w.lower() == head
    ):
        return ""
    text = before + after
    at = len(before)
    spans = _sentences(text)
    k = next((i for i, (a, b) in enumerate(spans) if a <= at < b), len(spans) - 1)
    if words[0].lower() in _INDEFINITE:  # "A teenager told ... Richard Lowe claimed": the next one
        return _next_opener(text, spans, k, surnames)
    kin = _KIN.search(desc)
    gender = EPITHETS[kin.group(1).lower()] if kin else GENDERED_HEADS.get(head, "")
    age = _AGE.search(desc)
    own = text[spans[k][0] : at]  # names in the description's own sentence are other people
    people: dict[str, str] = {}
    for a, b in spans[:k]:
        for name in _names(text[a:b], surnames, text):
            people[_surname(name)] = max(people.get(_surname(name), ""), name, key=len)  # the fullest
    for name in _names(own, surnames, text):
        people.pop(_surname(name), None)

    def fits(surname: str) -> bool:
        titles = re.findall(
            rf"\b(Mr|Mrs|Ms|Miss|Dr|Sir|Lady|Lord)\.? (?:[A-Z][\w'-]* )?{re.escape(surname)}\b", text
        )
        ages = _ages(text, surname)
        return not (gender and title_gender(titles) not in ("", gender)) and not (
            age and ages and age.group(1) not in ages
        )

    people = {s: n for s, n in people.items() if fits(s)}
    mods = {w.lower() for w in words[1:]} - _NOT_NAME
    evidence = {
        s for s in people if (age and age.group(1) in _ages(text, s)) or (mods & _given_words(text[:at], s))
    }
    if len(evidence) == 1:
        return people[evidence.pop()]
    if evidence:
        return ""
    found = people.get(_topic(text, spans[max(0, k - 3) : k], surnames), "") if k else ""
    if found:
        return found
    # "Mr Jones claimed the former Gladiators presenter then snarled": a description a reader takes
    # for someone known (a name in it, or "former") is the one person left it may be, of those the
    # text gives no office ("prosecutor Susan Evans" is no presenter)
    known = "former" in {w.lower() for w in words} or any(w[:1].isupper() for w in words[1:-1])
    lay = [n for s, n in people.items() if not _given_words(text, s) & lexicon.SPEAKER_WORDS["official"]]
    if known and len(lay) == 1:
        return lay[0]
    if not re.search(r"(?:^|\n)[\s\x00-\x1f<]*$", text[spans[k][0] : at]):
        return ""  # the description does not open its sentence's line
    # a lead opening with the description ("The policewoman aunt of supermodel Ann Lee told a
    # court ...", then "Pc Sonia Lee, 36, said"): the person the next sentence opens with
    opener = _next_opener(text, spans, k, surnames, full=True)
    return opener if opener and fits(_surname(opener)) else ""


def _next_opener(text: str, spans: list, k: int, surnames: set[str], *, full: bool = False) -> str:
    """The full name the sentence after sentence ``k`` opens with, when the text up to the end of
    sentence ``k`` has not named that surname (``full``: that given name and surname: "Naomi Lee"
    or a catchline "Lee" before "Sonia Lee"); else ""."""
    if k + 1 >= len(spans):
        return ""
    a, b = spans[k + 1]
    names = _names(text[a:b], surnames, text)
    opening = names[0] if names and text[a:b].find(names[0].split()[-1]) < 60 else ""
    if not opening or len(opening.split()) < 2:
        return ""
    key = " ".join(opening.split()[-2:]) if full else _surname(opening)
    return opening if key not in text[: spans[k][1]] else ""


def _topic(text: str, spans: list[tuple[int, int]], surnames: set[str]) -> str:
    """The surname of the person the last of ``spans`` that names a person opens with (the
    paragraph's topic), over the sentences after it that name no one ("He said: ...", "It is
    believed ..."); "" when that sentence names a person only after its start."""
    for a, b in reversed(spans):
        sentence = text[a:b].lstrip("\x00\x01\x02\x03\x04\x05\x06\x07\x08\x19 \t\n\r")
        names = _names(sentence, surnames, text)
        if names:
            return _surname(names[0]) if sentence.find(names[0].split()[-1]) < 60 else ""
    return ""


def person_named(label: str, stype: str, named: bool, before: str, after: str, people: set[str]) -> str:
    """The person a speaker's label stands for by this module's readings, else "": a named
    person's mention after a sentence broken by a stop (:func:`broken_subject`) or two given names
    before one surname (:func:`shared_surname_pair`); an unnamed description, the person it
    describes (:func:`described_person`). ``before`` and ``after``: the document's text around the
    mention; ``people``: the surnames its group gives people. A plural kin description ("Richard's
    parents") is the father and mother the text named (:func:`~.couples.parents_named`)."""
    if named:
        person = stype in ("person", "official")
        return (broken_subject(before) or shared_surname_pair(label)) if person else ""
    return described_person(label, before, after, people) or parents_named(label, before)


def given_alone(s: dict, text: str, people: set[str]) -> dict:
    """A speaker (``speaker_label``, ``speaker_type``, ``named``) called by the given name alone
    ("Richard", "Student Richard") that the document writes before one surname ("Richard Thomas",
    :func:`~.namesakes.full_name_of_given`) is that person, under the full name, when the group
    gives that surname to a person (``people``)."""
    label = re.sub(r",\s*\d{1,3}$", "", str(s["speaker_label"]))  # "Lena, 35": the age after the name
    if not s["named"] or s["speaker_type"] not in ("person", "official") or n_people(label) > 1:
        return s
    full = full_name_of_given(label, text)
    if full and full.split()[-1] in people:
        return {**s, "speaker_label": full, "speaker_type": "person"}
    return s


#: the sentences of raw text, (start, end), and the persons' names in a sentence, in order: the
#: readings above, for the other modules that read a description against the sentence after it
sentence_spans = _sentences
names_in = _names
