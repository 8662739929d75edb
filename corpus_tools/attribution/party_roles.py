"""A party of a hearing under its role ("the witness", "the applicant"), and the one person in it.

"Pressed by Miss Eady ..., the witness insisted: ...", "The applicant, who wrote a letter of
resignation ..., claimed ...": a report names the one person giving evidence ("Judy Owen ... told an
employment tribunal", "Under cross-examination by ..., Mrs Owen denied") or bringing the claim
("Judy Owen, who claims the PGA's request ... amounted to sexual discrimination") and then calls her by
her part in the hearing; a reader takes the role for her, and the findings had counted one anonymous
speaker more for each role (read from round 26's 02.11.99/trousers, trousers1 13 and 23,
``benchmarks/claims.md`` tw5, tw18, tw30-31).

The rule: "the witness" is the one surname the document's text before the mention gives evidence
under ("First Last, ..., told the tribunal", a sentence opening with that name and "told the
court/hearing/jury/inquest"; "gave evidence"; "Under cross-examination by ..., Mrs Last denied"),
unless the text speaks of an unnamed witness ("a witness", "another witness"); "the applicant",
"the claimant" or "the plaintiff" is the one surname the document brings a claim under ("First Last,
who claims ... discrimination", "who is suing", "who brought the claim"). Counsel ("..., for the
PGA", "prosecuting", "QC") are never a party. Two surnames, or none: the role stays as it is.

* :func:`party_holder`: that person's name as the text gives it, or "".
"""

from __future__ import annotations

import re

__all__ = ["party_holder"]

_TITLE = r"(?:(?:Mrs?|Miss|Ms|Dr)\.? )"
#: a person's name: "Judy Owen", "Mrs Owen", "Mrs Judy Owen"
_NAME = (
    rf"(?P<n>{_TITLE}(?:[A-Z][a-z]+ )?[A-Z][a-z][\w'-]+"
    r"|(?!(?:The|A|An|He|She|It)\b)[A-Z][a-z]+ [A-Z][a-z][\w'-]+)"
)
#: counsel, who are no party ("Ann Lee, prosecuting", "Tom Ray, QC")
_COUNSEL = re.compile(r"^,? (?:QC|prosecuting|defending|for the|representing|counsel)\b")
_HEARING = r"(?:court|hearing|tribunal|jury|inquest|inquiry|magistrates|judge)"
#: a sentence whose subject gives evidence: its name opens it, or a cross-examination is set before it
_WITNESS = (
    re.compile(
        rf"(?:^|[.!?]['`\"]*\s+|<\s*\n|\n\s*\n)[^\w\s]?{_NAME}[^.;]{{0,200}}?"
        rf"\b(?:told (?:an? |the )(?:[\w-]+ ){{0,2}}{_HEARING}|gave evidence|giving evidence)"
    ),
    re.compile(
        rf"\b(?:[Uu]nder )?cross-examination[^.;]{{0,80}}?, {_NAME} "
        r"(?:denied|said|admitted|agreed|insisted|accepted|replied|told|claimed)\b"
    ),
)
#: an unnamed witness, whom "the witness" may be
_UNNAMED = re.compile(
    r"\b(?:an?|another|one|second|third) (?:\w+ )?witness(?:es)?\b|\bwitnesses\b", re.IGNORECASE
)
#: a name that brings a claim
_CLAIM = re.compile(
    rf"{_NAME},? (?:[^,.]{{1,60}}, )?who (?:(?:claims|is claiming|alleges|is alleging)\b[^.]{{0,120}}?"
    r"\b(?:discriminat\w*|dismiss\w*|damages|compensation|harassment|victimisation)"
    r"|(?:is suing|sued|is bringing|brought|has brought) )"
)
_ROLES = {"witness": "witness", "applicant": "claim", "claimant": "claim", "plaintiff": "claim"}


def _surname(name: str) -> str:
    return name.split()[-1]


def party_holder(label: str, before: str, after: str) -> str:
    """The one person a hearing's role stands for in a document (module docstring), else "".

    Args:
        label: the speaker's label ("the witness", "The applicant").
        before: the document's text before the mention.
        after: the document's text from the mention on.

    Example:
        >>> text = ("Ann Hale, who claims the firm's rule amounted to sex discrimination, told a "
        ...         "tribunal she was sacked. Under cross-examination by Tom Ray, for the firm, "
        ...         "Mrs Hale denied it. ")
        >>> party_holder("the witness", text, "the witness insisted.")
        'Ann Hale'
        >>> party_holder("The applicant", text, "")
        'Ann Hale'
        >>> party_holder("the witness", text + "A witness said so. ", "the witness insisted.")
        ''
    """
    words = " ".join(str(label).split()).lower().split()
    if len(words) != 2 or words[0] != "the" or words[1] not in _ROLES:
        return ""
    if _ROLES[words[1]] == "witness":
        if "evidence" not in before and " told " not in before and "cross-examination" not in before:
            return ""
        if _UNNAMED.search(before):
            return ""
        found = [m for pattern in _WITNESS for m in pattern.finditer(before)]
    else:
        if " who " not in before + after:
            return ""
        found = list(_CLAIM.finditer(before + after))
    names = [m["n"] for m in found if not _COUNSEL.match(m.string[m.end("n") : m.end("n") + 20])]
    if len({_surname(n) for n in names}) != 1:
        return ""  # no one, or two people: leave it
    return max(names, key=lambda n: len(re.sub(_TITLE, "", n).split()))
