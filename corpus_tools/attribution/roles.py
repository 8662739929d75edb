"""The named person a court report's role description stands for, by the role's family.

A court report names its barrister and judge once and then varies the role: "Miss Nicola Davies
QC" is "The barrister", "his defence", "Shipman's QC" and "The QC"; "Recorder Iain McLaren" or "Mr
Justice Forbes" is "The judge". A role of one family, definite or possessive, is the one person
the text names with a role of that family ("Nicola Davies QC", "QC, Miss Nicola Davies", "defending
barrister Ann Davies", "Recorder Iain McLaren", "Judge Ann Lee"); "" when the text names no one or
several people with it (a prosecuting and a defending QC: then the side the description gives,
"defending", "his defence", must be the holder's).

* :func:`family_holder`: that person's name for a role description;
* :func:`role_of`: the office a word names, by family ("recorder" -> "judge"), "" for no office;
* :func:`lawyer_name`: whether a label is a name with a barrister's post-nominal ("Ann Davies QC",
  which the tagger may take for an organisation): a person; :func:`post_nominal`, the same for a
  parsed mention ("Nicola Davies, QC, ... said").
"""

from __future__ import annotations

import re

from corpus_tools import lexicon
from corpus_tools.attribution.client_lawyers import client_lawyer
from corpus_tools.attribution.legal_teams import team_role

__all__ = ["ROLE_FAMILIES", "family_holder", "lawyer_name", "post_nominal", "role_of"]

#: roles a report uses for one person, by family: the words of the description -> the words the
#: text names the holder with (a declarative table)
ROLE_FAMILIES: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "lawyer": (
        frozenset("barrister qc counsel lawyer solicitor advocate defence defense brief".split()),
        frozenset("barrister qc counsel lawyer solicitor advocate".split()),
    ),
    "judge": (
        frozenset("judge recorder justice magistrate".split()),
        frozenset("judge recorder justice magistrate".split()),
    ),
}
_DETERMINERS = ("the", "this", "his", "her", "their")
_CAP = r"[A-Z][\w'\u2019.-]*"
_NAME = rf"(?P<name>(?:{_CAP} ){{0,3}}[A-Z][a-z][\w'\u2019-]*)"
_TITLES = lexicon.MALE_TITLES | lexicon.FEMALE_TITLES | {"dr", "judge", "recorder", "justice"}
_LAWYER = re.compile(rf"(?:{_CAP} )*[A-Z][a-z][\w'\u2019-]*,? (?:QC|KC|SC)")
#: words of a lawyer's family that are sides, not offices a person holds
_SIDE_WORDS = frozenset({"defence", "defense", "brief"})
#: capitalised words before a role that are no name ("The QC", "His lawyer")
_NOT_NAMES = frozenset("the this that his her their its our a an".split())
_SIDES = {"defence": r"defend|for the defen[cs]e", "prosecution": r"prosecut|for the (?:crown|prosecution)"}


def _family(words: list[str]) -> str:
    """The family of a two-word role description ("The barrister", "his defence", "Shipman's
    QC"), or ""."""
    if len(words) != 2 or not (words[0] in _DETERMINERS or re.fullmatch(r"[\w-]+['\u2019]s", words[0])):
        return ""
    return next((k for k, (said, _) in ROLE_FAMILIES.items() if words[1] in said), "")


def _name(found: str) -> str:
    """The person's name in a match: from its title on ("Court Miss Nicola Davies" -> "Miss Nicola
    Davies"), else its last two words."""
    words = found.split()
    titled = [i for i, w in enumerate(words) if w.lower().rstrip(".") in _TITLES]
    return " ".join(words[titled[-1] :] if titled else words[-2:])


def _holders(roles: frozenset[str], text: str) -> list[tuple[str, str]]:
    """(name, the text after it) of each person the text names with one of ``roles``: "Nicola
    Davies QC", "QC, Miss Nicola Davies", "barrister Ann Davies", "Ann Davies, the barrister"."""
    role = "|".join(sorted(roles, key=len, reverse=True))
    post = rf"\b{_NAME},? (?:QC|KC|SC)\b"  # "Nicola Davies QC" (a name before a role: "Scottish judge")
    patterns = [
        *([post] if "qc" in roles else []),
        rf"\b(?P<title>(?:(?:Mr|Mrs|Lord|Lady|Dame|Sir) )?(?i:{role})),? {_NAME}",  # "Mr Justice Wall"
        rf"\b{_NAME}, (?:the|a) (?:[\w-]+ ){{0,3}}(?i:{role})\b",  # "Ann Davies, the deputy magistrate"
    ]
    out = []
    for pattern in patterns:
        for m in re.finditer(pattern, text):
            title = (m.groupdict().get("title") or "").split()
            titled = bool(title) and title[-1][0].isupper() and title[-1].lower() in _TITLES  # "Recorder"
            name = " ".join(title) + " " + m.group("name") if titled else _name(m.group("name"))
            last = name.split()[-1]
            bad = roles | _NOT_NAMES | lexicon.SPEAKER_WORDS["organisation"]  # not "Derby County Court"
            if last.lower() not in bad and not last.endswith(("'s", "\u2019s")):
                out.append((name, text[m.end() : m.end() + 40]))
    return out


def _side(words: list[str], after: str) -> str:
    """The side a lawyer's description gives: "his defence", "The barrister defending ..."."""
    if words[1] in ("defence", "defense"):
        return "defence"
    return next((k for k, p in _SIDES.items() if re.match(rf"[\s,]*(?:{p})", after, re.I)), "")


def family_holder(label: str, text: str, *, after: str = "", before: str = "", named: bool = False) -> str:
    """The one person ``text`` names with a role of the family of ``label`` (a two-word role
    description, definite or possessive), "" when there is none or several; ``after``, the text
    right after the description, gives a lawyer's side where the text names several, and
    ``before``, the text before it, the holder it names last ("Judge Ann Lee, a Spanish examining
    magistrate, ... asked Mr Ray to hear ... The magistrate ruled": Mr Ray, the one last named).
    A legal team is read as its lawyer (:func:`~.legal_teams.team_role`) named in its own document
    (``before`` and ``after``); a ``named`` label has no holder unless it is a team's ("Lawyers
    for Ann Lee").

    Example:
        >>> text = "Miss Nicola Davies QC said the evidence was weak. Recorder Iain McLaren ruled."
        >>> family_holder("The barrister", text), family_holder("his defence", text)
        ('Miss Nicola Davies', 'Miss Nicola Davies')
        >>> family_holder("The judge", text), family_holder("the court", text)
        ('Recorder Iain McLaren', '')
        >>> family_holder("his defence", "The QC for Shipman's QC, Miss Ann Lee, spoke.")
        'Miss Ann Lee'
        >>> bench = "Judge Tom Ray sat. Ann Lee, the deputy Metropolitan magistrate, spoke."
        >>> family_holder("The judge", bench)
        ''
        >>> family_holder("The judge", bench, before=bench + " Mr Ray asked Ms Lee. Mr Ray sat.")
        'Judge Tom Ray'
        >>> family_holder("her lawyer", "Judge Sir Tom Ray, QC, said so. Ann Lee QC spoke.")
        'Ann Lee'
        >>> two = "Ann Lee QC, prosecuting, and Tom Ray QC, defending, spoke."
        >>> family_holder("his defence", two), family_holder("The barrister", two)
        ('Tom Ray', '')
    """
    team = team_role(label)  # "her legal team": "her lawyer"
    if named and not team:
        return ""
    text = f"{before} {after}" if team else text  # the team's counsel named in its own document
    text = " ".join(str(text).split()) if team else text  # "solicitor Claire\nMcManus", not "Claire"
    words = str(team or label).lower().split()
    family = _family(words)
    if not family:
        return ""
    found = _holders(ROLE_FAMILIES[family][1], str(text))
    if family == "lawyer" and found:  # "Judge Sir Tom Lee, QC": a judge who took silk is the judge
        judges = {n.split()[-1] for n, _ in _holders(ROLE_FAMILIES["judge"][1], str(text))}
        found = [(n, a) for n, a in found if n.split()[-1] not in judges]
    names = {n.split()[-1]: n for n, _ in found}
    side = _side(words, after) if family == "lawyer" and len(names) > 1 else ""
    if side:
        names = {n.split()[-1]: n for n, a in found if re.match(rf"[\s,]*(?:{_SIDES[side]})", a, re.I)}
    if len(names) > 1 and family == "lawyer" and words[0] in ("his", "her", "their") and before:
        own = client_lawyer(list(names), re.split(r"[.!?<]\s", before)[-1], str(text))  # "Ames's QC"
        names = {own: names[own]} if own else names
    if len(names) > 1 and before:  # the holder the text named last before the description
        last = {
            n: max((m.end() for m in re.finditer(rf"\b{re.escape(n)}\b", before)), default=-1) for n in names
        }
        best = max(last, key=last.get)
        names = {best: names[best]} if last[best] >= 0 and sorted(last.values())[-2] < last[best] else names
    return next(iter(names.values())) if len(names) == 1 else ""


def lawyer_name(label: str) -> bool:
    """A name with a barrister's post-nominal ("Ann Davies QC", "Tom Ray, KC"): a person.

    Example:
        >>> lawyer_name("Ann Davies QC"), lawyer_name("Tom Ray, KC"), lawyer_name("Leeds QC Ltd")
        (True, True, False)
    """
    return _LAWYER.fullmatch(str(label).strip()) is not None


def role_of(word: str) -> str:
    """The office a word of a label names: its family ("recorder", "judge" -> "judge"; "qc" ->
    "lawyer"), another office as itself ("spokesman"), "" for a word that names none.

    Example:
        >>> role_of("recorder"), role_of("QC"), role_of("spokesman"), role_of("gedge")
        ('judge', 'lawyer', 'spokesman', '')
    """
    w = word.lower().rstrip(".")
    family = next((k for k, (said, _) in ROLE_FAMILIES.items() if w in said and w not in _SIDE_WORDS), "")
    return family or (w if w in lexicon.SPEAKER_WORDS["official"] else "")


def post_nominal(mention) -> bool:
    """Whether a name (a spaCy Span) has a post-nominal after it or in apposition ("Nicola Davies,
    QC, in her closing speech"; "Tom Ray MP"): one person, whatever the tagger made of it (an
    organisation, a plural "Davies")."""
    root, doc = mention.root, mention.doc
    after = next((t for t in doc[mention.end : mention.end + 3] if not t.is_punct), None)
    appos = any(c.dep_ == "appos" and c.lower_ in lexicon.POST_NOMINALS for c in root.children)
    return root.pos_ == "PROPN" and (appos or (after is not None and after.lower_ in lexicon.POST_NOMINALS))
