""" "The judge" after a judge who speaks: that judge, not one named in passing.

An appeal report names the judges who speak ("Lord Justice Hale said ...") and the judge whose
ruling they overturn ("Judge Tom Lee had ruled ..."), often in another take of the wire story.
Its next "The judge said" / "The judge added" is the judge who spoke last, as a reader takes it;
the role readings had given it the one person the group titles "Judge" ("Judge Tom Lee"), named in
passing, since "Lord Justice Hale" carries no word "judge" (``benchmarks/claims_tune16.md``, kind
U5: 18.02.00/saboteur's takes 3 and 4 and the telegraph).

The rule: a bare "the judge" is the last judge the document names before it ("Lord Justice Hale",
"Mr Justice Hale", "Judge Tom Lee", "the Recorder, Tom Lee" are judges' forms) when that judge is
named as the subject of a statement ("Lord Justice Hale said", "..., said Lord Justice Hale");
when the last judge named is not speaking ("Judge Tom Lee had been wrong"), nothing is read here.

The trial judge of such a report is often "A High Court judge ... had ruled" in one take and
"Judge Tom Lee, when he made his ruling," in another (kind U6): an indefinite description of a
judge ("a judge", "A High Court judge", "a crown court judge") is the one judge the document
names as "Judge NAME" or "Mr Justice NAME" (an appeal judge, "Lord Justice NAME", is none), when it
has not named him before the description; across the takes of a wire story, the one such judge the
takes name (:func:`~.take_speakers.same_in_takes`: a take that does not name him keeps "A High
Court judge", an unnamed speaker of its own). So is "the judge at Leeds Crown Court", the judge of
the trial a paper names later ("Judge Tom Lee told her", ``benchmarks/claims_tune20.md``, kind K1).

A judge named after such a "the judge" ("The judge said ... because Judge Tom Lee had ruled") does
not name it, as a later "spokesman Tom Lee" names "a spokesman": it stands for the judge before.

* :func:`judge_speaking_before`: that judge's name, or "";
* :func:`judge_before`: whether an unnamed "the judge" of the resolver follows a named judge;
* :func:`judge_described`: the one judge an indefinite description stands for, or "".
"""

from __future__ import annotations

import re

__all__ = ["judge_before", "judge_described", "judge_speaking_before"]

_NAME = r"[A-Z][a-z][\w'-]*"
#: a judge's titled name: "Lord Justice Hale", "Mr Justice Tom Hale", "Judge Tom Lee"
_JUDGE = re.compile(
    rf"\b(?:(?:Lord|Lady|Mr|Mrs|Ms) Justice (?:{_NAME} )?{_NAME}"
    rf"|(?<!Justice )Judge (?:{_NAME} ){{0,2}}{_NAME})"
)
#: a statement verb right after the name (an aside between commas allowed): the judge speaks
_SPEAKS_AFTER = re.compile(
    r"^(?:,[^,.;:]{1,60},)?\s*(?:[a-z]+ly )?"
    r"(?:said|says|told|added|ruled|stated|declared|concluded|continued|explained|warned)\b"
)
#: a statement verb right before the name ("..., said Lord Justice Hale")
_SPEAKS_BEFORE = re.compile(r"\b(?:said|says|added|told|continued|concluded)\s*$")


def judge_speaking_before(label: str, before: str) -> str:
    """The judge a bare "the judge" stands for by the module's rule, else "": ``before`` is the
    document's text before the mention.

    Example:
        >>> text = "Judge Tom Lee had ruled for the council. Lord Justice Hale said it was wrong. "
        >>> judge_speaking_before("The judge", text)
        'Lord Justice Hale'
        >>> judge_speaking_before("The judge", "Lord Justice Hale said so. Judge Tom Lee had erred. ")
        ''
        >>> judge_speaking_before("The appeal judge", text), judge_speaking_before("The judge", "")
        ('', '')
    """
    if " ".join(str(label).lower().split()) != "the judge":
        return ""
    last = max(_JUDGE.finditer(before), key=lambda m: m.start(), default=None)
    if last is None:
        return ""
    speaks = _SPEAKS_AFTER.match(before[last.end() :]) or _SPEAKS_BEFORE.search(before[: last.start()])
    return last.group(0) if speaks else ""


#: an indefinite description of a judge: "a judge", "A High Court judge", "a crown court judge";
#: or the judge of a court the report names, "the judge at Leeds Crown Court" (a trial's judge)
#: "a judge at the Old Bailey in London" (round 24's TUNE_24 body325_star 1, claims_tune24.md K2)
_INDEFINITE_JUDGE = re.compile(
    r"^(?:(?:[Aa]n?|A) (?:[A-Za-z]+ ){0,2}judge(?: at (?:the )?(?:[A-Z][\w'-]* ){0,2}[A-Z][\w'-]*"
    r"(?: in [A-Z][\w'-]*)?)?|[Tt]he judge (?:at|of) (?:[A-Z][\w'-]* ){0,3}[Cc]ourt)$"
)
#: a trial judge's titled name: "Judge Tom Lee", "Mr Justice Tom Lee" (no appeal judge's)
_TRIAL_JUDGE = re.compile(
    rf"(?<!Lord )(?<!Lady )(?<!Justice )\b(?:(?:Mr|Mrs|Ms) Justice|Judge) (?:{_NAME} ){{0,2}}{_NAME}"
)


def judge_described(label: str, before: str, group: str) -> str:
    """The one trial judge ``group`` (the document's text, or its takes') names that an
    indefinite judge description stands for (module docstring), in its fullest form, else "";
    ``before`` is the document's text before the mention.

    Example:
        >>> group = "A High Court judge had ruled for him. Lord Justice Hale said Judge Tom Lee erred."
        >>> judge_described("A High Court judge", "", group)
        'Judge Tom Lee'
        >>> judge_described("A High Court judge", "", group + " Judge Ann Ray agreed.")
        ''
        >>> judge_described("The judge", "", group), judge_described("a judge", "Judge Lee sat. ", group)
        ('', '')
        >>> judge_described("the judge at Hull Crown Court", "", "It was so. Judge Tom Lee sat.")
        'Judge Tom Lee'
        >>> judge_described("a judge at the Old Bailey in London", "", "It was so. Judge Tom Lee sat.")
        'Judge Tom Lee'
    """
    if not _INDEFINITE_JUDGE.match(" ".join(str(label).split())):
        return ""
    found = [m.group(0) for m in _TRIAL_JUDGE.finditer(group)]
    surnames = {f.split()[-1] for f in found}
    if len(surnames) != 1:
        return ""
    (name,) = surnames
    if re.search(rf"\b{re.escape(name)}\b", before):
        return ""
    return max(found, key=lambda f: len(f.split()))


def judge_before(entity: dict, entities: list[dict]) -> bool:
    """Whether ``entity`` (a speaker entity of :func:`~.speakers.resolve_speakers`: ``label``,
    ``named``, ``surnames``) is an unnamed "the judge" that the document's entities before it
    (``entities``, in the order made) give a named judge ("Lord Justice Hale"): then it stands for
    that judge, and a judge named later does not name it.

    Example:
        >>> hale = {"label": "Lord Justice Hale", "named": True, "surnames": {"Hale"}}
        >>> the = {"label": "The judge", "named": False, "surnames": set()}
        >>> judge_before(the, [hale, the]), judge_before(the, [the])
        (True, False)
    """
    if " ".join(str(entity["label"]).lower().split()) != "the judge":
        return False
    at = next((i for i, e in enumerate(entities) if e is entity), len(entities))
    return any(e["named"] and e["surnames"] and _JUDGE.search(str(e["label"])) for e in entities[:at])
