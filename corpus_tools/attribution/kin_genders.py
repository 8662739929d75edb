"""A family's members who share a surname, told apart by the titles and kin words the text gives.

A report about one woman names her in full ("former dancer Rose Dean"), calls her "Miss Dean", and
names her father once by his kin word and given name ("Miss Dean's father Tom"); then "Mr Dean
asked: ``Why did they not wait?''". The surname has titles of both sexes, so no gender is known
for it and "Mr Dean" joined "Rose Dean", the one full name of the surname: the claims audit's
round 20 (``benchmarks/claims.md``, 08.12.99/zav, cause 1) found the father's question given to
his daughter in PA's nightlead, and every paper that kept it called a re-attribution.

:func:`kin_genders`: ``(given name, surname) -> gender`` for the members such a phrase tells
apart: the kin word's person ("Tom Dean", ``m``) and, when the text names one person in full with
that surname, her by the possessor's title ("Rose Dean", ``f``); read with the text's other
genders (:func:`~.namesakes.person_gender`), a title of the other sex no longer joins her.
:func:`kin_name`: "Miss Dean's father, Tom" as the name it gives, "Tom Dean" (so that a paper's
"Miss Dean's 61-year-old father Tom" and a take's "Mr Dean" are that one person across documents).
:func:`member_gender`: a speaker label's gender by its kin word, its title or these genders, so
that two labels of one surname and two sexes are not made one speaker of a document
(:func:`~.same_speakers.one_person`).
"""

from __future__ import annotations

import functools
import re

from corpus_tools import lexicon
from corpus_tools.attribution.kin_fragments import fragment_kin
from corpus_tools.attribution.namesakes import title_gender

__all__ = ["kin_genders", "kin_given", "kin_name", "member_gender"]

_KIN = {
    "father": "m", "dad": "m", "brother": "m", "son": "m", "husband": "m", "uncle": "m", "grandfather": "m",
    "mother": "f", "mum": "f", "sister": "f", "daughter": "f", "wife": "f", "aunt": "f", "grandmother": "f",
}  # fmt: skip
#: "Miss Dean's father Tom", "Mrs Dean's 61-year-old husband, Tom,"
_PHRASE = re.compile(
    r"\b(Mr|Mrs|Ms|Miss)\.? ([A-Z][\w'-]+)'s (?:[\w-]+ )?("
    + "|".join(_KIN)
    + r"),? ([A-Z][a-z]+)\b(?! [A-Z])"
)


@functools.lru_cache(maxsize=64)
def kin_genders(text: str) -> dict[tuple[str, str], str]:
    """``(given name, surname) -> "m" or "f"`` for the family members ``text`` tells apart by a
    title, a possessive and a kin word with a given name (module docstring).

    Example:
        >>> kin_genders("Former dancer Rose Dean died. Miss Dean's father Tom sat in court.")
        {('Tom', 'Dean'): 'm', ('Rose', 'Dean'): 'f'}
        >>> kin_genders("Ann Dean and Rose Dean came. Miss Dean's father Tom sat in court.")
        {('Tom', 'Dean'): 'm'}
    """
    if "'s " not in text:  # the cheap test first
        return {}
    out: dict[tuple[str, str], str] = {}
    for title, surname, kin, given in _PHRASE.findall(text) + fragment_kin(text, _KIN):  # "wife. Ann,"
        out[(given, surname)] = _KIN[kin]
        owner = "m" if title.lower() in lexicon.MALE_TITLES else "f"
        full = {
            g
            for g in re.findall(rf"\b([A-Z][a-z]+) {re.escape(surname)}\b", text)
            if g.lower() not in _TITLES
        }
        others = full - {given}
        if len(others) == 1:
            out.setdefault((others.pop(), surname), owner)
    return out


_TITLES = lexicon.MALE_TITLES | lexicon.FEMALE_TITLES | {"the", "a", "and"}


def member_gender(label: str, text: str) -> str:
    """``m``, ``f`` or "" for a speaker ``label`` of a document ``text``: its kin word ("Miss
    Dean's father, Tom": ``m``), its title ("Mr Dean"), else :func:`kin_genders` of its name.

    Example:
        >>> text = "Former dancer Rose Dean died. Miss Dean's father Tom sat in court."
        >>> [member_gender(x, text) for x in ("Miss Dean's father, Tom", "Mr Dean", "Rose Dean", "Dean")]
        ['m', 'm', 'f', '']
    """
    words = str(label).replace(",", " ").split()
    kin = next((_KIN[w.lower()] for w in words[1:] if w.lower() in _KIN and "'s" in " ".join(words)), "")
    if kin or (kin := title_gender(words[2:] if _possessor_titled(words) else words)):
        return kin
    return kin_genders(text).get((words[-2], words[-1]), "") if len(words) > 1 else ""


def _possessor_titled(words: list[str]) -> bool:
    """Whether a label's title is its possessor's, not its own: "Mrs Hillier's next-door neighbour
    Peter Elwood" is a man named after a woman (read from round 31's held-out 02.11.99/doctor, doctor3
    4 and 8: "Mr Elwood" was kept apart from him by the possessor's "Mrs"). Then only the title is
    left out: its own name's words still count ("Mrs Hale's neighbour Mr Ian Roe")."""
    return len(words) > 2 and words[1].endswith(("'s", "\u2019s"))


#: "Miss Dean's father, Tom", "Miss Dean's 61-year-old father Tom"
_KIN_LABEL = re.compile(
    r"^(?:(?:Mr|Mrs|Ms|Miss)\.? )?([A-Z][\w'-]+)'s (?:[\w-]+ )?(?:" + "|".join(_KIN) + r"),? ([A-Z][a-z]+)$"
)


def kin_name(label: str) -> str:
    """The name a kin label gives its person ("Miss Dean's father, Tom": "Tom Dean"), else the label.

    Example:
        >>> kin_name("Miss Dean's 61-year-old father Tom"), kin_name("Mr Dean")
        ('Tom Dean', 'Mr Dean')
    """
    m = _KIN_LABEL.match(" ".join(str(label).split()))
    return f"{m.group(2)} {m.group(1)}" if m else label


def kin_given(root, appos) -> bool:
    """Whether ``appos`` (a token in apposition to the kin word ``root``) is the given name of that
    relative ("Miss Dean's 61-year-old father Tom", "Her father, Tom,") when the NER missed it as a
    person's name (round 20's zav, the mail: the father's name read as a product, so the father was
    typed anonymous and his question a relabel in survival). A capitalised word with no children of
    its own (no "of the union", no second name) after a kin word is a name, not a title. Only after
    a titled possessor ("Miss Dean's"), whose kin label :func:`kin_name` reads as a full name; "Ben
    Hale's mother, Jane" is left to :func:`~.appositions.kin_given_name` ("Jane")."""
    poss = [c for c in root.children if c.dep_ == "poss"]
    titled = bool(poss) and any(t.lower_.rstrip(".") in ("mr", "mrs", "ms", "miss") for t in poss[0].subtree)
    return (
        titled
        and root.lemma_.lower() in _KIN
        and appos.pos_ == "PROPN"
        and appos.text.isalpha()
        and appos.text[0].isupper()
        and appos.text[1:].islower()
        and not any(c.dep_ not in ("punct",) for c in appos.children)
    )
