"""Two people with one surname (a husband and wife, a mother and son): what keeps them apart.

:mod:`corpus_tools.attribution.speakers` joins a mention to an earlier speaker by surname, and
:mod:`corpus_tools.attribution.survival` follows a named person across documents by surname. A
surname alone may stand for either of two people a story names, so:

* :func:`full_names`: every full name a document gives ("Yvonne Amor", "her husband Richard
  Amor"), with where it stands;
* :func:`given_before` (on a parse) and :func:`given_in_text` (on raw text): a bare surname ("Amor
  called out") is the one person the text named in full with it before, when it named one
  ("Yvonne Amor"): "Richard Amor said" is then another;
* :func:`title_gender` and :func:`genders_differ`: "Mr Amor" is not "Mrs Amor";
* :func:`owns`: a version's "Yvonne Amor" is the source's Yvonne Amor, not also its "Mr Amor".
"""

from __future__ import annotations

import re

from corpus_tools import lexicon
from corpus_tools.attribution.doc_texts import doc_ents, doc_reading, span_sent
from corpus_tools.attribution.given_rivals import given_rival
from corpus_tools.attribution.word_places import at_boundary, word_places

#: capitalised words before a surname that are no given name: a sentence's first word
_NOT_GIVEN = lexicon.STOP_WORDS | lexicon.RELATIVE_DAYS | lexicon.WEEKDAYS | set(lexicon.MONTHS)
_NOT_GIVEN |= {"ltd", "limited", "plc", "inc", "corp"}  # "Paterson Ltd": a firm, no person named Paterson

__all__ = [
    "full_name_of_given",
    "full_names",
    "genders_differ",
    "given_before",
    "given_in_text",
    "joint_surnames",
    "other_given_names",
    "owns",
    "person_gender",
    "title_apart",
    "title_gender",
]


def _given(word: str) -> bool:
    """A given name: a capitalised word of letters that is no title ("Mr", "Judge", "Det")."""
    bare = word.lower().rstrip(".")
    return (
        word[:1].isupper()
        and word.isalpha()
        and len(word) > 2
        and not word.isupper()
        and bare not in lexicon.MALE_TITLES | lexicon.FEMALE_TITLES
        and bare not in lexicon.SPEAKER_WORDS["official"]
        and bare not in _NOT_GIVEN  # "Yesterday Amor", "When Amor"
    )


def full_names(paragraphs) -> list[tuple[int, str, str]]:
    """``(offset, given name, surname)`` of every person's name of two or more words in a
    document's paragraphs (``(paragraph, offset, spaCy Doc)``), in text order."""
    out = []
    for _, offset, doc in paragraphs:  # each paragraph's names read once (several rules ask)
        out += [(offset + at, given, last) for at, given, last in doc_reading("full_names", doc, _full_names)]
    return out


def _full_names(doc) -> tuple[tuple[int, str, str], ...]:
    """:func:`full_names` of one paragraph, offsets in it."""
    out: list[tuple[int, str, str]] = []
    for ent in doc_ents(doc):
        words = [t.text for t in ent if t.is_alpha or "'" in t.text]
        fronted = ent.start == span_sent(ent).start and words[:1] != [] and words[0].lower().endswith("ing")
        if ent.label_ == "PERSON" and len(words) >= 2 and _given(words[-2]) and not fronted:
            out.append((ent.start_char, words[-2], words[-1]))
            if (shared := _shared_given(ent)) is not None:  # "Peter and Mary Holt": Peter Holt too
                out.insert(len(out) - 1, (shared.idx - doc[0].idx, shared.text, words[-1]))
    return tuple(out)


def _shared_given(ent):
    """The given name alone before "and" and a full name, which shares its surname ("Peter and Mary
    Holt": Peter), or None."""
    if ent.start < 2 or ent.doc[ent.start - 1].lower_ != "and":
        return None
    tok = ent.doc[ent.start - 2]
    return tok if tok.ent_type_ == "PERSON" and tok.ent_iob_ == "B" and _given(tok.text) else None


def given_before(f: dict, pos: int, names: list[tuple[int, str, str]]) -> dict:
    """The features ``f`` of a mention at ``pos`` (:func:`~.speakers.speaker_features`) with the
    given name of its bare surname filled in, when the text named exactly one person in full with
    that surname before it ("Yvonne Amor ... Amor called out": Yvonne); else ``f`` unchanged.

    Example:
        >>> f = {"surname": "Amor", "first": "", "gender": ""}
        >>> given_before(f, 50, [(10, "Yvonne", "Amor")])["first"]
        'Yvonne'
    """
    if not f["surname"] or f["first"] or f["gender"]:  # "Mrs Amor": her title tells her apart
        return f
    firsts = {first for at, first, surname in names if surname == f["surname"] and at < pos}
    return {**f, "first": firsts.pop()} if len(firsts) == 1 else f


def given_in_text(text: str, label: str) -> str:
    """The one given name ``text`` writes before the surname of a bare surname ``label`` ("Amor",
    "Yvonne Amor" in the text before it), "" when the label has more words or the text gives the
    surname no given name or several (the reading of :func:`given_before` on raw text).

    Example:
        >>> given_in_text("Police arrested Yvonne Amor at home. ", "Amor")
        'Yvonne'
    """
    if not re.fullmatch(r"[A-Z][\w'-]+", label.strip()) or f" {label.strip()}" not in text:
        return ""  # the pattern below needs the name after a space: no pattern compiled without one
    found = {m for m in re.findall(rf"\b([A-Z][a-z]+) {re.escape(label.strip())}\b", text) if _given(m)}
    return found.pop() if len(found) == 1 else ""


def other_given_names(text: str, surname: str, given: str) -> set[str]:
    """The given names other than ``given`` that ``text`` writes before ``surname`` ("Sandra" of
    "Sandra Cole" beside "Kevin Cole"): the surname is a second person's too.

    Example:
        >>> other_given_names("Kevin Cole spoke. Mrs Cole and Sandra Cole wept.", "Cole", "Kevin")
        {'Sandra'}
    """
    found = re.findall(rf"\b([A-Z][a-z]+) {re.escape(surname)}\b", text)
    return {w for w in found if _given(w) and w != given}


def title_gender(words) -> str:
    """``m`` or ``f`` from the titles among ``words`` ("Mr", "Mrs", "Lady"), "" for none or both."""
    lower = {w.lower().rstrip(".") for w in words}
    male, female = bool(lower & lexicon.MALE_TITLES), bool(lower & lexicon.FEMALE_TITLES)
    return "m" if male and not female else "f" if female and not male else ""


def person_gender(f: dict, genders: dict) -> str:
    """The gender a text gives the person of a mention's features ``f`` (``first``, ``surname``):
    her full name's (``genders`` keyed ``(given name, surname)``, :func:`~.said_genders.said_genders`)
    before her surname's, which a husband's title may give ("Mr Cole" is not "Sandra Cole ... she").

    Example:
        >>> genders = {"Cole": "m", ("Sandra", "Cole"): "f"}
        >>> she, him = {"first": "Sandra", "surname": "Cole"}, {"first": "", "surname": "Cole"}
        >>> person_gender(she, genders), person_gender(him, genders)
        ('f', 'm')
    """
    return genders.get((f["first"], f["surname"]), "") or genders.get(f["surname"], "")


def title_apart(f: dict, e: dict, names: list[tuple[int, str, str]] | None, genders: dict) -> bool:
    """Whether a mention by its title and surname alone (``f``: "Mr Holt") must stay apart from an
    entity ``e`` the text names by a given name ("Mary Holt"), because the text joins two given names
    before the surname (``names``, :func:`full_names`: "Peter and Mary Holt") and gives none of
    ``e``'s full names the title's gender (``genders``, :func:`~.said_genders.said_genders`; a
    surname's title gender is no full name's then): the title does not say it is she (round 20's
    08.12.99/thomas, "Mr Marshall" read as "Carol Marshall").

    Example:
        >>> mr = {"surname": "Holt", "first": "", "gender": "m"}
        >>> mary = {"firsts": {"Mary"}, "gender": "m"}
        >>> names = [(0, "Peter", "Holt"), (10, "Mary", "Holt")]  # "Peter and Mary Holt"
        >>> title_apart(mr, mary, names, {}), title_apart(mr, mary, [], {})
        (True, False)
        >>> title_apart(mr, mary, names, {("Mary", "Holt"): "m"})
        False
    """
    if not f["gender"] or f["first"] or not f["surname"] or not e["firsts"]:
        return False
    if any(genders.get((first, f["surname"])) == f["gender"] for first in e["firsts"]):
        return False
    # two given names joined before the surname ("Peter and Mary Holt": :func:`full_names` writes the
    # first just before the second); two people named in full apart are told apart by their genders
    names = [x for x in names or [] if x[2] == f["surname"]]
    return any(b[0] - a[0] <= len(a[1]) + 6 and a[1] != b[1] for a, b in zip(names, names[1:], strict=False))


#: two given names joined before one surname: "Peter and Mary Holt"
_JOINT = re.compile(r"\b([A-Z][a-z]+) and ([A-Z][a-z]+) ([A-Z][a-z][\w'-]+)\b")


def joint_surnames(texts: dict[str, str]) -> set[tuple[str, str]]:
    """``(doc_id, surname)`` of every surname a document gives two given names joined by "and"
    ("Peter and Mary Holt"): a label with the surname alone may be either
    (:func:`~.same_speakers.spouses`).

    Example:
        >>> sorted(joint_surnames({"d": "Peter and Mary Holt wept. Hale and Dunn left."}))
        [('d', 'Holt')]
    """
    return {
        (doc, m.group(3))
        for doc, text in texts.items()
        for m in _JOINT.finditer(text)
        if _given(m.group(1)) and _given(m.group(2)) and _given(m.group(3))
    }


def genders_differ(a: str, b: str) -> bool:
    """Whether two genders (``m``, ``f`` or "" unknown) are both known and differ."""
    return bool(a) and bool(b) and a != b


def owns(me, other, rivals) -> bool:
    """Whether the source speaker ``me`` is the version's speaker ``other`` (identities with
    ``same()`` and ``firsts``, :mod:`~.survival`): the same, and no other source speaker of
    ``rivals`` shares a given name with ``other`` while ``me`` has none (a paper's "Yvonne Amor" is
    the source's "Yvonne Amor", not its "Mr Amor" too)."""
    if not me.same(other):
        return False
    if given_rival(me, other, rivals):  # "Thomas Marshall" is the source's "Thomas", not "Mrs Marshall"
        return False
    return bool(me.firsts) or not any(r.same(other) and r.firsts & other.firsts for r in rivals)


#: a title before a word: the word is a surname there ("Mr Richard"), never a given name alone
_TITLED = r"\b(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lady|Lord)\.? "
#: a title that ends right where a word starts
_TITLED_BEFORE = re.compile(_TITLED + r"\Z")
#: the capitalised word after a given name ("Richard Lowe")
_SURNAME_AFTER = re.compile(r" ([A-Z][a-z][\w'-]+)\b")


def full_name_of_given(label: str, text: str) -> str:
    """The full name a given name alone stands for: a label whose last word ("Richard", "Student
    Richard", "Sad Richard") ``text`` writes before exactly one surname ("Richard Thomas") and never
    after a title ("Mr Richard"); "" otherwise. A reporter calls a young witness or a victim by his
    given name after naming him in full: one person, not two speakers.

    Example:
        >>> text = "Richard Lowe told the court he was hit. Student Richard said he wept."
        >>> full_name_of_given("Student Richard", text), full_name_of_given("Lowe", text)
        ('Richard Lowe', '')
        >>> full_name_of_given("Richard", "Richard Lowe and Richard Hale spoke.")
        ''
    """
    words = re.findall(r"[\w'-]+", str(label))
    if not words or not _given(words[-1]):
        return ""
    given = words[-1]
    # every place the name starts a word (its letters cannot overlap): no pattern compiled per name
    places = word_places(text, given, end=False)
    if any(
        _TITLED_BEFORE.search(text, max(0, at - 6), at) and at_boundary(text, at + len(given))
        for at in places
    ):
        return ""
    surnames, done = set(), 0
    for at in places:  # "Richard Lowe", left to right and not overlapping, as ``re.findall`` reads
        after = _SURNAME_AFTER.match(text, at + len(given)) if at >= done else None
        if after:
            surnames.add(after.group(1))
            done = after.end()
    surnames = {s for s in surnames if _given(s)}
    return f"{given} {surnames.pop()}" if len(surnames) == 1 else ""
