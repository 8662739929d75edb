"""A body's name that the tagger typed a person, beside the same body named in its document.

The wire names a company, an exchange or an association once with its suffix or in full and once
shortly, and the tagger types one of the two a person: "Morgan Guaranty Trust Co of New York said
..." and "Morgan Guaranty said" (a person "Morgan Guaranty", Reuters-21578 9742); "The New York
Mercantile Exchange said" (a person) beside "New York Mercantile Exchange" (791); "Chemlawn" (a
person) beside "ChemLawn" (4970); "The National Association of Securities Dealers Inc" (a person)
beside "The NASD" (5961); "<Tarrow Realty Partners> said" (a person) beside "The company said",
read as that company. The findings then count a named person who is the body. Read in round 34
(branch orgs34, ``benchmarks/speaker_entities34.md``, rows 3, 4, 6, 7 and 11).

The rule, read once a document's speakers are all read (the person may come first): a named
person whose label is one of its document's institutions under another of its names
(:func:`~.institution_names.same_institution`: the same words less the suffix, the leading words,
the initials) is that institution, its statements the institution's. Never a person the text
writes as one: a label whose last word has a title before it somewhere ("Mr Collins" beside "Phil
Collins Ltd") or that an age follows ("Phil Collins, 49,"). A label with a given name of its own
("Jane Dome" beside "Dome Petroleum") is no other name of the body in the first place, and a label
longer than the body's name is another name of it only when the body is written in initials that
the label does not hold ("Conoco spokesman Sondra Fowler" is Conoco's spokesman, no name of
Conoco; "NYMEX President Rosemary McFadden" the exchange's president).

* :func:`institution_of`: the institution a person's label is another name of, or "";
* :func:`institution_persons`: each such person of each document joined to its institution.
"""

from __future__ import annotations

import re

from corpus_tools.attribution.institution_names import institution_words, same_institution

__all__ = ["institution_of", "institution_persons"]

_TITLE = r"\b(?:Mr|Mrs|Ms|Miss|Dr|Sir)\.?\s+"


def _shorter(words: list[str], org: str) -> bool:
    """Whether a label of ``words`` may be another name of ``org``: no longer than the body's name
    ("Morgan Guaranty" of "Morgan Guaranty Trust Co"), or its full name when the body is written in
    initials ("The NASD") that the label does not hold."""
    other = institution_words(org)
    return len(words) <= len(other) or (
        len(other) == 1 and org.split()[-1].isupper() and other[0] not in words
    )


def institution_of(label: str, orgs: list[str], text: str) -> str:
    """The label of ``orgs`` (a document's institutions) that a person's ``label`` is another name
    of, else "" (module docstring).

    Example:
        >>> text = "Harlan Guaranty Trust Co said it led the loan. Harlan Guaranty said banks joined."
        >>> institution_of("Harlan Guaranty", ["Harlan Guaranty Trust Co"], text)
        'Harlan Guaranty Trust Co'
        >>> institution_of("Harlan Guaranty", ["Harlan Guaranty Trust Co"], text + " Mr. Guaranty said.")
        ''
        >>> institution_of("Corvex spokesman Anna Reyes", ["Corvex"], "Corvex said it.")
        ''
    """
    label = " ".join(str(label).split())
    if not orgs or not label[:1].isupper():
        return ""
    words = institution_words(label)
    found = next((o for o in orgs if _shorter(words, o) and same_institution(label, o, orgs)), "")
    last = re.escape(label.split()[-1])
    if found and re.search(rf"{_TITLE}{last}\b|\b{re.escape(label)},\s+(?:aged\s+)?\d{{1,2}}\b", text):
        return ""  # "Mr Collins"; "Phil Collins, 49,": a person
    return found


def institution_persons(new: dict, seen: dict[str, list[dict]], texts: dict[str, str]) -> None:
    """Join each document's named persons that are another name of one of its institutions to it,
    under the institution's label, or under the person's where the institution is written in
    initials ("The National Association of Securities Dealers Inc", not "The NASD").

    Args:
        new: speaker_id -> (its speaker_id now, label, type, named), changed in place.
        seen: doc_id -> its speakers (``id``, ``kind``, ``speaker_label``), ``kind`` "person" or
            "org:..." (:func:`~.same_speakers.speaker_kind`).
        texts: doc_id -> its text.
    """
    for doc, entries in seen.items():
        orgs = {e["speaker_label"]: e for e in entries if e["kind"].startswith("org:")}
        persons = [e for e in entries if e["kind"] == "person"] if orgs else []
        for p in persons:
            found = institution_of(p["speaker_label"], list(orgs), texts[doc])
            if not found:
                continue
            body = next(v for v in new.values() if v[0] == orgs[found]["id"])
            if len(institution_words(found)) == 1 and found.split()[-1].isupper():  # "The NASD"
                body = (body[0], p["speaker_label"], *body[2:])  # under its full name
            for x, v in new.items():
                if v[0] in (p["id"], body[0]):
                    new[x] = body
