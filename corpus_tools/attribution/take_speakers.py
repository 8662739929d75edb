"""One speaker under two labels in two takes of one wire story.

A wire story sent in takes names one person or one spokesman differently from take to take, and
the survival accounting reads the takes as one witness (:func:`~.survival.one_witness`). The claims
audit's round 16 (``benchmarks/claims.md``, 12.07.99/places, cause 1) found PA's speakers counted
twice under three shapes:

* a title in one take and the name in another: "the Home Secretary told MPs" in one take, "Home
  Secretary Jane Doe" named in another and quoted as "Jane Doe" or "Ms Doe": one speaker, when
  the takes put the title before one surname only;
* a spokesman under his body's initials and under its spelled-out name: "A DOT spokesman" and "A
  Department of Transport spokesman" (the small words of the name may give a letter, "DfEE", or
  not, "DEE");
* an indefinite description of a judge in one take ("A High Court judge ... had ruled") and the one
  trial judge the takes name ("Judge Tom Lee", :func:`~.speaking_judges.judge_described`);
* one anonymous description in two takes ("A senior Government source"), which the takes' own
  reading keeps apart (a bare "a neighbour" of two takes may be two people; two words or more
  are one, and so is one word with "the" in both: "The woman" of one take is the one of the
  next), an unnamed body among them ("health authorities" in three takes, round 17's care);
* a court's bench under its labels ("the Court of Appeal", "Three Appeal Court judges",
  "Their judgment", :func:`~.benches.same_bench`).

* :func:`title_holder`: the surname the takes give a bare title ("the Prime Minister");
* :func:`same_spokesman`: whether two spokesman labels speak for one body;
* :func:`same_in_takes`: whether two speakers of two takes are one by any of them.
"""

from __future__ import annotations

import re

from corpus_tools import lexicon
from corpus_tools.attribution.benches import same_bench
from corpus_tools.attribution.body_statements import same_body
from corpus_tools.attribution.client_groups import same_client_group
from corpus_tools.attribution.speaking_judges import judge_described
from corpus_tools.attribution.spokesmen import spoken_for
from corpus_tools.attribution.whole_groups import same_group
from corpus_tools.text.name_initials import stand_for

__all__ = ["same_in_takes", "same_spokesman", "title_holder"]

#: a bare title: "the" and capitalised words, one of them an official's ("the Prime Minister",
#: "the Home Secretary"), no name
_BARE_TITLE = re.compile(r"^[Tt]he((?: [A-Z][a-z]+){1,3})$")
_NAME = r"((?:[A-Z][a-z][\w'-]* ){0,2}[A-Z][a-z][\w'-]*)"


def title_holder(label: str, text: str) -> str:
    """The surname ``text`` gives right after the title of a bare-title label ("the Prime
    Minister": "Prime Minister Tony Blair" -> "Blair"), when it gives that title to one surname
    only; else "".

    Example:
        >>> text = "Home Secretary Jane Doe spoke. Later Ms Doe left."
        >>> title_holder("the Home Secretary", text), title_holder("Jane Doe", text)
        ('Doe', '')
        >>> title_holder("the Home Secretary", text + " Home Secretary Tom Ray was there.")
        ''
    """
    found = _BARE_TITLE.match(" ".join(str(label).split()))
    if not found:
        return ""
    title = found.group(1).split()
    if not {w.lower() for w in title} & lexicon.SPEAKER_WORDS["official"]:
        return ""
    holders = {
        m.group(1).split()[-1]
        for m in re.finditer(rf"\b{' '.join(title)} {_NAME}", " ".join(str(text).split()))
    }
    return holders.pop() if len(holders) == 1 else ""


def same_spokesman(a: str, b: str) -> bool:
    """Whether two spokesman labels speak for one body, named once by its initials and once in
    full; the initials may take a letter for "of" or "for" ("DfEE", "DoT") or not ("DTI").

    Example:
        >>> same_spokesman("A DOT spokesman", "A Department of Transport spokesman")
        True
        >>> same_spokesman("a DfEE spokeswoman", "A Department for Education and Employment spokesman")
        True
        >>> same_spokesman("A DOT spokesman", "A Department of Health spokesman")
        False
    """
    bodies = [spoken_for(x).removeprefix("the ").removeprefix("The ") for x in (a, b)]
    if not all(bodies) or any(" " in x for x in bodies) == all(" " in x for x in bodies):
        return False  # both short or both long: compared elsewhere by their words
    short, full = sorted(bodies, key=lambda x: " " in x)
    words = [w.lower() for w in re.findall(r"[\w&]+", full)]
    return len(short) > 1 and short[:1].isupper() and stand_for(short, words, small_letters=True)


def _surnames(label: str) -> set[str]:
    return {w.removesuffix("'s") for w in re.findall(r"[A-Z][a-z][\w'-]*", str(label))}


def _one_description(a: str, who_a, b: str, who_b) -> bool:
    """Two unnamed speakers of one description: two words or more ("A senior Government source",
    "health authorities"), one with "the" in both labels ("The woman", "the woman"), a bare
    plural group ("charities", "Charities": a joint subject's member, :mod:`~.joint`), or one
    unnamed body under one word ("Police" in three takes: round 24's TUNE_24 08.12.99/body,
    ``benchmarks/claims_tune24.md`` K1)."""
    unnamed = not who_a.named and not who_b.named and who_a.kind == who_b.kind
    if (
        not unnamed
        or who_a.kind not in ("anonymous", "organisation")
        or who_a.description != who_b.description
    ):
        return False
    if getattr(who_a, "hearing", False) or getattr(who_b, "hearing", False) or not who_a.description:
        return False  # a hearing is matched as one (:func:`~.survival.one_witness`)
    definite = all(str(x).lower().startswith("the ") for x in (a, b))
    group = all(re.fullmatch(r"[A-Za-z]+s", str(x).strip()) for x in (a, b))  # "charities": one group
    bare = {str(x).strip().lower().removeprefix("the ") for x in (a, b)}  # "Police" in three takes: one
    return (
        len(who_a.description) > 1 or definite or group or (who_a.kind == "organisation" and len(bare) == 1)
    )


def same_in_takes(a: str, who_a, b: str, who_b, text: str) -> bool:
    """Whether speakers ``a`` and ``b`` (labels, with their identities ``who_a``, ``who_b``:
    anything with ``named``, ``kind`` and ``description``, :class:`~.survival._Who`) of two takes
    of one story, whose text is ``text``, are one: a bare title and the named person the takes give that title
    to alone, one body's spokesman under its initials and its full name, or one anonymous
    description of two words or more ("A senior Government source" in two takes: ``description``,
    :func:`~.entities.description_key`; a bare "a neighbour" may be two people).

    Example:
        >>> from types import SimpleNamespace
        >>> text = "Home Secretary Jane Doe spoke."
        >>> person = SimpleNamespace(named=True, kind="person", description=frozenset())
        >>> same_in_takes("the Home Secretary", person, "Jane Doe", person, text)
        True
        >>> same_in_takes("the Home Secretary", person, "Tom Ray", person, text)
        False
    """
    heard = getattr(who_a, "hearing", False) or getattr(who_b, "hearing", False)  # "the court heard"
    if (
        same_spokesman(a, b) or (not heard and same_bench(a, b)) or same_group(a, b) or same_body(a, b)
    ):  # "All", "All 28 men"
        return True
    if _one_description(a, who_a, b, who_b) or same_client_group(a, b, text):  # "The 61-year-old's lawyers"
        return True  # "A senior Government source" in two takes: one source, not two
    for title, other, who in ((a, b, who_b), (b, a, who_a)):
        holder = title_holder(title, text) or judge_described(title, "", text).rpartition(" ")[2]  # "A judge"
        named = who.named and who.kind == "person"
        if holder and named and not title_holder(other, text) and holder in _surnames(other):
            return True
    return False
