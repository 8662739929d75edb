"""How one word is written two ways: British and American spellings (:data:`US_SPELLING`, breame's
list, lower case; :data:`AMERICAN_SPELLINGS`, :func:`is_spelling_pair`), two British spellings
(:data:`SPELLING_VARIANTS`), the abbreviations of names (:data:`ABBREVIATIONS`), the short forms of
months, weekdays, counties and court words (:data:`SHORT_FORMS`) and the abbreviations of news copy
(:data:`NEWS_ABBREVIATIONS`).
"""

from __future__ import annotations

from breame.spelling import BRITISH_ENGLISH_SPELLINGS

__all__ = [
    "US_SPELLING",
    "AMERICAN_SPELLINGS",
    "is_spelling_pair",
    "ABBREVIATIONS",
    "SHORT_FORMS",
    "NEWS_ABBREVIATIONS",
    "SPELLING_VARIANTS",
]

#: British spelling -> American spelling, lower case ("programme" -> "program").
#: Pairs where the "American" form is the usual British one too ("gaol" -> "jail": British papers
#: write "jailed"; "connexion", "inflexion" are archaic: British papers write "connection"), so it
#: never marks a text as American.
_SHARED_FORMS = ("gaol", "connexion", "inflexion")
US_SPELLING: dict[str, str] = {
    uk.lower(): us.lower()
    for uk, us in BRITISH_ENGLISH_SPELLINGS.items()
    if not uk.lower().startswith(_SHARED_FORMS)
}

#: American spellings that British papers write too, so they never mark a text as American:
#: "judgment" is the British courts' own spelling (a court's judgment; "judgement" elsewhere), and
#: PA's court reports write it (claims audit round 17, ca46).
_BRITISH_TOO = frozenset({"judgment"})
#: American spellings that have a British counterpart, lower case ("program").
AMERICAN_SPELLINGS: frozenset[str] = frozenset(US_SPELLING.values()) - _BRITISH_TOO


def is_spelling_pair(a: str, b: str) -> bool:
    """Whether two words are the British and American spelling of one word (either order).

    Example:
        >>> is_spelling_pair("programme", "Program"), is_spelling_pair("program", "programs")
        (True, False)
    """
    a, b = a.lower(), b.lower()
    return US_SPELLING.get(a) == b or US_SPELLING.get(b) == a


#: abbreviations of names, lower case, without dots -> the name spelt out ("us" -> "united states")
ABBREVIATIONS: dict[str, str] = {
    "us": "united states",
    "usa": "united states of america",
    "uk": "united kingdom",
    "un": "united nations",
    "eu": "european union",
    "nhs": "national health service",
    "cps": "crown prosecution service",
    "rspca": "royal society for the prevention of cruelty to animals",
    "raf": "royal air force",
    "mod": "ministry of defence",
    "fbi": "federal bureau of investigation",
    "cia": "central intelligence agency",
}

#: short forms a newspaper writes for a word of its source, lower case, without dots -> the word:
#: months and weekdays, the usual abbreviations of UK counties (the Royal Mail's and the press's:
#: "Lancs" for "Lancashire"), and court words of British news ("JPs" for "magistrates"). A text's
#: short form of a source word is no word of its own (:mod:`corpus_tools.reuse.novelty`).
SHORT_FORMS: dict[str, str] = {
    **{m[:3]: m for m in (
        "january february march april june july august september october november december".split()
    )},
    "sept": "september",
    **{d[:3]: d for d in "monday tuesday wednesday thursday friday saturday sunday".split()},
    "tues": "tuesday", "weds": "wednesday", "thurs": "thursday",
    "beds": "bedfordshire", "berks": "berkshire", "bucks": "buckinghamshire",
    "cambs": "cambridgeshire", "derbys": "derbyshire", "glos": "gloucestershire",
    "hants": "hampshire", "herts": "hertfordshire", "lancs": "lancashire", "leics": "leicestershire",
    "lincs": "lincolnshire", "northants": "northamptonshire", "notts": "nottinghamshire",
    "oxon": "oxfordshire", "shrops": "shropshire", "staffs": "staffordshire", "wilts": "wiltshire",
    "worcs": "worcestershire", "warks": "warwickshire", "yorks": "yorkshire", "northumb": "northumberland",
    "jps": "magistrates", "jp": "magistrate",
}  # fmt: skip
#: the standard abbreviations of British news copy, lower case, no dots -> the word ("HQ" for
#: "headquarters", "govt", "dept"; "bn" and "m" after a figure: "£1bn" for "£1 billion"), and the
#: wire's currency units ("dlrs" for "dollars", "cts" for "cents": round 38, branch audit38,
#: ``HELD_OUT_38``'s 12206, ``benchmarks/claims.md`` sn6, where "1.8 billion dollars" for the
#: source's "1.8 billion dlrs" was a word of its own). Kept apart from ``SHORT_FORMS``, which also
#: tells a name's short form (:mod:`corpus_tools.reuse.novel_names`)
NEWS_ABBREVIATIONS: dict[str, str] = {
    "hq": "headquarters", "govt": "government", "dept": "department", "bn": "billion", "m": "million",
    "dlrs": "dollars", "dlr": "dollar", "cts": "cents",
}  # fmt: skip
#: one word's two British spellings, lower case ("enquiry" / "inquiry", "gaol" / "jail"): not a
#: British and an American spelling (``US_SPELLING``), so never a mark of American copy
SPELLING_VARIANTS: tuple[tuple[str, str], ...] = (
    ("enquiry", "inquiry"), ("enquire", "inquire"), ("enquirer", "inquirer"), ("despatch", "dispatch"),
    ("gaol", "jail"), ("connexion", "connection"), ("focussed", "focused"),
)  # fmt: skip

for _word in ("mar", "wed", "sat", "sun"):  # English words too: never read as a short form
    del SHORT_FORMS[_word]
