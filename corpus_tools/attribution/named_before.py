"""A definite description of the person named just before it.

A reporter names a person and goes on with a description by trade, sport or nationality: "Keeper
Bruce Dodd denied it. ... Visibly angry, the goalkeeper replied: ..."; "Dodd: 'Yes.' / The
Zimbabwean has told the jury that he ..."; "Makeover star Ann Lowe went on trial today. The BBC1
makeover expert, who denied fraud, ...". A reader takes the description for that person; the
findings had counted it as a second, anonymous speaker (or, capitalised, an institution), and
every version then "dropped" it (the claims audit's tuning of round 13, ``TUNE_13`` in
``benchmarks/claims_tune13.md``, kind T2: 14.07.99/grobbelaar and 01.03.00/wagstaff).

The rule, read after :func:`~.descriptions.described_person` (which finds the person by the
description's own age and words) has found no one: a definite description ("the", "this") whose
head is a person's trade or sport of :data:`PERSON_NOUNS` (the heads of
:data:`~.descriptions.PERSON_HEADS`, "the teenager", "the dealer", are left to
:func:`~.descriptions.described_person`, which reads their age and words: a court report's "the
teenager" is often its unnamed defendant; a bare "the expert" is too common a speaker of its own
and needs a modifier) or, alone after "The", a nationality whose country the source group
names ("The Zimbabwean", the text naming Zimbabwe) is the person named in the three sentences
before its own, nearest first, who is not ruled out:

* by gender (the description's gendered head or the "he" / "she" after it in its sentence, against
  the person's titles: "Mrs Lowe" is no "he");
* by age (a "41-year-old" description against the ages the text gives the person);
* by an office the text gives the person ("George Carman, QC", "Mr Justice Gray", "prosecutor Ann
  Lee"): a goalkeeper is not the QC cross-examining him.

When the document's main person (named in at least twice as many of its sentences as anyone else)
is among those left, it is that person. The writers of a byline ("By Jan Colley, PA News") are
never candidates.

* :func:`described_before`: the name a description stands for, or "".
"""

from __future__ import annotations

import functools
import re

from corpus_tools import lexicon
from corpus_tools.attribution.descriptions import PERSON_HEADS, names_in, sentence_spans
from corpus_tools.attribution.entities import DEMONYMS
from corpus_tools.attribution.epithets import GENDERED_HEADS
from corpus_tools.attribution.namesakes import title_gender
from corpus_tools.attribution.parent_nouns import PARENT_NOUNS

__all__ = ["EPITHET_NOUNS", "PERSON_NOUNS", "described_before"]

#: head words of a description by trade or sport, besides :data:`~.descriptions.PERSON_HEADS` (a
#: declarative table: "goalkeeper", "keeper" and "expert" read from ``TUNE_13``'s grobbelaar and
#: wagstaff, the rest their kind)
PERSON_NOUNS = frozenset(
    """goalkeeper keeper goalie defender midfielder batsman bowler referee coach trainer expert
    designer chef""".split()
)
#: nouns of character a paper calls a person it has named ("The fiend", "The thug": a tabloid's
#: epithets, a declarative table of the kind, round 20's spk43): the person named in the sentence
#: before only (a trade noun looks three sentences back), since a paper uses them loosely
EPITHET_NOUNS = frozenset(
    """fiend brute thug monster beast villain rogue crook conman swindler clown pervert bully
    tyrant thief""".split()
)
#: heads that are a speaker of their own when bare ("the expert said"): a modifier must say more
_COMMON = lexicon.SPEAKER_WORDS["anonymous"]
_OFFICES = lexicon.SPEAKER_WORDS["official"] | lexicon.POST_NOMINALS
_DEFINITE = ("the", "this")
_AGE = re.compile(r"\b(\d{1,2})-year-old\b", re.IGNORECASE)
_SUBJECT = re.compile(r"\b(he|she)\b", re.IGNORECASE)
_WINDOW = 3  # sentences before the description's own


def _country_named(word: str, text: str) -> bool:
    """Whether ``word`` is a nationality whose country ``text`` names ("Zimbabwean": "Zimbabwe";
    "Australian": "Australia"; "Canadian": "Canada"; "Israeli": "Israel")."""
    if word.lower() in DEMONYMS or word.lower() in lexicon.IRREGULAR_DEMONYMS:
        return True
    if not re.fullmatch(r"[A-Z][a-z]+(?:an|ian|ean|ese|i)", word):
        return False
    stems = {word[:-1], word[:-2], word[:-3] + "a", word[:-3]}
    return any(len(s) > 3 and re.search(rf"\b{s}\b", text) for s in stems)


def _bare(name: str) -> str:
    """A name without the trade words before it ("Keeper Bruce Dodd" -> "Bruce Dodd")."""
    words = name.split()
    while len(words) > 1 and words[0].lower() in PERSON_NOUNS | PERSON_HEADS:
        words = words[1:]
    return " ".join(words)


@functools.lru_cache(maxsize=16)
def _reading(text: str, surnames: frozenset[str]) -> tuple[list, dict[str, str], dict[str, int]]:
    """A document read once: its sentence spans with the names each gives, in order; surname -> the
    fullest name; surname -> how many sentences name it."""
    spans, full, n = [], {}, {}
    for a, b in sentence_spans(text):
        names = [_bare(x) for x in names_in(text[a:b], set(surnames), text)]
        spans.append((a, b, [x.split()[-1] for x in names]))
        for x in names:
            full[x.split()[-1]] = max(full.get(x.split()[-1], ""), x, key=len)
        for s in {x.split()[-1] for x in names}:
            n[s] = n.get(s, 0) + 1
    return spans, full, n


@functools.lru_cache(maxsize=256)
def _person(text: str, surname: str) -> tuple[str, frozenset[str], bool, bool]:
    """What a document gives a surname, read once per document and person: the gender of its
    titles, its ages, whether an office stands beside the name ("George Carman, QC";
    "Mr Justice Gray"; "prosecutor Ann Lee") and whether a byline gives it (a writer)."""
    s = re.escape(surname)
    titles = re.findall(rf"\b(Mr|Mrs|Ms|Miss|Dr|Sir|Lady|Lord)\.? (?:[A-Z][\w'-]* )?{s}\b", text)
    ages = set(re.findall(rf"\b{s}, (?:now |aged )?(\d{{1,2}})\b", text))
    ages |= set(re.findall(rf"\b(\d{{1,2}})-year-old (?:[A-Z][\w'-]* ){{0,3}}{s}\b", text))
    beside = re.findall(rf"\b([\w'-]+),? (?:[A-Z][\w'-]* )?{s}\b|\b{s},? (?:the |an? )?([\w'-]+)", text)
    office = bool({w.lower() for pair in beside for w in pair if w} & _OFFICES)
    byline = bool(re.search(rf"(?m)^[\s\x00-\x1f]*By [^\n]*\b{s}\b", text))  # a byline's writer
    return title_gender(titles), frozenset(ages), office, byline


def _fits(surname: str, text: str, gender: str, age: str, former: bool = False) -> bool:
    """Whether nothing the text gives a person rules out the description (module docstring); a
    ``former`` trade ("The former Everton defender") is no bar to the office he holds now
    ("Southampton FC manager Dave Jones")."""
    given, ages, office, byline = _person(text, surname)
    if byline or (gender and given not in ("", gender)):  # a writer is no one described, even "former"
        return False
    return not (age and ages and age not in ages) and not (office and not former)


def described_before(
    label: str, stype: str, named: bool, before: str, after: str, people: set[str], group: str = ""
) -> str:
    """The person a definite description of the person named just before stands for (module
    docstring), else "".

    Args:
        label: the speaker's label ("the goalkeeper", "The Zimbabwean").
        stype: its type; a named speaker is read only when typed an institution ("The Zimbabwean").
        named: whether the speaker is named.
        before: the document's text before the mention.
        after: the document's text from the mention on.
        people: the surnames the group gives people (:func:`~.surnames.person_surnames`).
        group: the source group's text, where a nationality's country is looked for.

    Example:
        >>> text = "Keeper Bruce Dodd was cross-examined by George Carman, QC. The goalkeeper replied: 'No.'"
        >>> at = text.index("The goalkeeper")
        >>> described_before("The goalkeeper", "anonymous", False, text[:at], text[at:], {"Dodd", "Carman"})
        'Bruce Dodd'
        >>> described_before("The expert", "anonymous", False, text[:at], text[at:], {"Dodd", "Carman"})
        ''
    """
    words = re.findall(r"[\w'-]+", " ".join(str(label).split(",")[0].split()))
    if len(words) < 2 or words[0].lower() not in _DEFINITE or (named and stype != "organisation"):
        return ""
    head = words[-1]
    if len(words) == 2 and head[:1].isupper() and not head.isupper():
        if head.endswith("s") or not _country_named(head, group or before + after):  # "The Zimbabwean"
            return ""  # "The Americans", "The Swiss": a people or a government, no one person
    else:
        capital = head[:1].isupper() and not head.isupper()
        bare = head.lower() in _COMMON and len(words) == 2  # "The expert": a speaker of its own
        if named or head.lower() not in PERSON_NOUNS | EPITHET_NOUNS | PARENT_NOUNS or capital or bare:
            return ""
    text, at = before + after, len(before)
    spans, full, counts = _reading(text, frozenset(people))
    k = next((i for i, (a, b, _) in enumerate(spans) if a <= at < b), None)
    if k is None:
        return ""
    gender = GENDERED_HEADS.get(head.lower(), "")
    if not gender:
        sentence = text[at : spans[k][1]]
        said = _SUBJECT.search(sentence, len(" ".join(str(label).split())))
        gender = ("m" if said.group(1).lower() == "he" else "f") if said else ""
    age = _AGE.search(" ".join(words))
    age_of = age.group(1) if age else ""
    # names in the description's own sentence are other people, but not those of a paragraph
    # before it that the sentence split ran into (a wire take's line ending "<", a blank line)
    start = spans[k][0]
    cut = max(text.rfind("<\n", start, at), text.rfind("\n\n", start, at))
    lead = [_bare(x).split()[-1] for x in names_in(text[start:cut], set(people), text)] if cut > start else []
    own = {x.split()[-1] for x in names_in(text[max(start, cut) : at], set(people), text)}
    window = 1 if head.lower() in EPITHET_NOUNS | PARENT_NOUNS else _WINDOW  # "The fiend", "The mum": 1
    near = [s for a, b, names in reversed(spans[max(0, k - window) : k]) for s in names if s not in own]
    near = [s for s in lead if s not in own] + near
    former = "former" in {w.lower() for w in words}  # "The former Everton defender"
    near = [s for s in dict.fromkeys(near) if _fits(s, text, gender, age_of, former)]
    if not near:
        return ""
    ranked = sorted(counts.values(), reverse=True)
    main = [s for s, c in counts.items() if c == ranked[0]]
    if len(main) == 1 and (len(ranked) == 1 or ranked[0] >= 2 * ranked[1]) and main[0] in near:
        return full[main[0]]
    return full[near[0]]
