"""An organisation and the spokesman who speaks for it are one speaker.

A report quotes a body by its name and by its spokesman: "Mencap said the ruling was a scandal.
... A spokesman for Mencap said: ..."; "A Mencap spokeswoman added ...". The claims audit marks
the two as one speaker (``benchmarks/claims.md``'s sk96; ``TUNE_13``'s daughter, kinds T8 and
T11 in ``benchmarks/claims_tune13.md``), and a paper that keeps the spokesman's words under the
body's name keeps the speaker. The findings had typed a one-word body a person ("Mencap", which
the tagger took for a name) and counted its spokesman as a second, official speaker.

* :func:`spoken_for`: the body a spokesman's label speaks for ("A spokesman for Mencap":
  "Mencap"), or "";
* :func:`apposed_body_name`: whether the name a spokesman's label ends with in apposition is his
  body's ("a spokesman for Dutch grain and feed trade association, Het Comite"), not his own;
* :func:`body_of_spokesman`: a speaker (``speaker_label``, ``speaker_type``, ``named``) read so: a
  spokesman's label is the body's, and a name the document gives a spokesman ("a spokesman for
  Mencap", "a Mencap spokeswoman") is an institution; a spokesman the tagger read as his body's
  name ("A Department for Roads and Bridges spokesman") is an anonymous official, a person.
"""

from __future__ import annotations

import functools
import re

from corpus_tools.attribution.head_bodies import headed_body
from corpus_tools.attribution.hospital_trusts import hospital_trust

__all__ = ["apposed_body_name", "body_of_spokesman", "spoken_for"]

_SPOKES = r"(?:spokes(?:man|woman|person)|press officer)"
_NAME = r"(?:[Tt]he )?[A-Z][\w'&-]*(?: (?:of |for |and )?(?:the )?[A-Z][\w'&-]*){0,4}"
#: "A spokesman for Mencap", "a spokeswoman for the Official Solicitor"
_FOR = re.compile(rf"^(?:[Aa]n?|[Tt]he) {_SPOKES} (?:for|from|at) ({_NAME})$")
#: "A Mencap spokesman"
_BEFORE = re.compile(rf"^(?:[Aa]n?|[Tt]he) ({_NAME}) {_SPOKES}$")
#: offices a body's name may be ("the Official Solicitor"): an official, not an institution
_OFFICES = frozenset("solicitor ombudsman coroner registrar commissioner director".split())


def spoken_for(label: str) -> str:
    """The body a spokesman's label speaks for, else "".

    Example:
        >>> spoken_for("A spokesman for Mencap"), spoken_for("a Mencap spokeswoman"), spoken_for("Mencap")
        ('Mencap', 'Mencap', '')
    """
    text = " ".join(str(label).split())
    m = _FOR.match(text) or _BEFORE.match(text)
    return m.group(1) if m else ""


@functools.lru_cache(maxsize=16)
def _bodies(text: str) -> frozenset[str]:
    """The names a document gives a spokesman ("a spokesman for Mencap", "a Mencap spokesman"),
    read once per document."""
    found = re.findall(rf"\b{_SPOKES} (?:for|from|at) ((?:the )?[A-Z][\w'&-]*)\b", text)
    found += re.findall(rf"\b([A-Z][\w'&-]*) {_SPOKES}\b", text)
    return frozenset(f.removeprefix("the ") for f in found)


def body_of_spokesman(s: dict, text: str, speakers: set[str] = frozenset()) -> dict:
    """A speaker read against its document's spokesmen (module docstring). ``s``: the speaker's
    ``speaker_label``, ``speaker_type``, ``named``; ``text``: its document; ``speakers``: the
    lower-case labels of the document's speakers, without "the": a spokesman is the body only
    when the body speaks in the document too (a spokesman alone keeps his label, which
    :mod:`~.survival` matches to the body a version names)."""
    headed = headed_body(s, text, speakers)  # "police said" beside "an Essex Police spokesman said"
    headed = hospital_trust(s, text, speakers) if headed is s else headed  # "The hospital": its trust
    if headed is not s:
        return headed
    label = " ".join(str(s["speaker_label"]).split())
    body, kind = spoken_for(label), _KIND_TAIL.search(label)
    if not body and kind:  # "A spokesman for IG Metall, the metalworkers' trade union"
        body = spoken_for(label[: kind.start()])
    parent = None if body or "spokes" not in label else _PARENT_TAIL.search(label)
    if parent and (body := spoken_for(label[: parent.start()])):  # "X Co, a unit of Y Corp <QY"
        label = label[: parent.start()]
        s = {**s, "speaker_label": label, "speaker_type": "official", "named": False}
    key = body.lower().removeprefix("the ")
    heads = [w for w in key.split() if w in _HEADS]  # "the ministry could not confirm": Ministry of Trade
    heads = body and any(re.search(rf"\b[Tt]he {w}\b(?!(?:'s)?\s+{_SPOKES})", text) for w in heads)
    if body and (
        any(_body_speaks(x, key) for x in speakers) or (kind and kind.group(1) in speakers) or heads
    ):
        stype = "official" if body.split()[-1].lower() in _OFFICES else "organisation"
        return {**s, "speaker_label": body, "speaker_type": stype, "named": True}
    if _for_person(label, s, speakers, text):  # "a spokesman for Mr Straw" beside "Jack Straw": Mr Straw
        return {**s, "speaker_type": "person", "named": True}
    if s["speaker_type"] == "organisation" and re.match(rf"^(?:[Aa]n?|[Tt]he) .+ {_SPOKES}$", label):
        return {**s, "speaker_type": "official", "named": False}  # "A Department for X spokesman": a person
    if not s["named"] or s["speaker_type"] != "person":
        return s
    # "Mencap said", "The charity Mencap said", the text writing "a spokesman for Mencap"
    found = next((b for b in _bodies(text) if label == b or label.endswith(" " + b)), "")
    return {**s, "speaker_label": found, "speaker_type": "organisation"} if found else s


#: the description set beside a spokesman's body, its head the body's kind ("IG Metall, the
#: metalworkers' trade union": "union"); where the document quotes "The union" too, the spokesman is
#: that body (round 36, branch audit36, Reuters-21578 18407 5 and 7)
_KIND_TAIL = re.compile(r", the (?:[\w'-]+ ){0,3}(union|company|firm)$")


#: the body's parent set beside a spokesman's body ("A spokesman for LTV Steel Co, a unit of LTV
#: Corp <QLTV"; "for National Steel Corp, a joint venture of X Inc and Y K.K."): the spokesman
#: speaks for the body, not the parent, and is no named person (round 37, branch tune37,
#: ``TUNE_37``'s 18752 and 18768, kind V6 of ``benchmarks/claims_tune37.md``)
_PARENT_TAIL = re.compile(
    r", (?:a|an|the) (?:[\w-]+ ){0,2}(?:unit|subsidiary|division|venture|affiliate|arm) of .*$"
)


#: a body's head words: the body speaks as "the ministry", "the trust", "the union" too (the text
#: writing "the ministry" after "a spokeswoman for the Ministry of Trade": Reuters-21578 of round 35);
#: "the ministry spokesman" is the spokesman again, no sign that the body speaks (round 38, branch
#: debt38, round 37's held-out 12847 7, ``benchmarks/claims.md`` be12)
_HEADS = frozenset(
    "ministry union trust hospital board council company firm department federation association agency "
    "commission exchange authority service office bank group corporation".split()
)


def _body_speaks(label: str, key: str) -> bool:
    """Whether a speaker's ``label`` (lower case, without "the") is the body ``key`` speaking in its
    own name ("mencap", "the charity mencap"), not a spokesman of it: "a spokesman for the national
    federation of banks" ends with the body's name too, and a spokesman alone is no sign that his
    body speaks (round 36, branch audit36, Reuters-21578 10132: the unnamed spokesman of a
    federation that says nothing in its own name had been typed an institution).

    Example:
        >>> _body_speaks("the charity mencap", "mencap"), _body_speaks("a spokesman for mencap", "mencap")
        (True, False)
        >>> _body_speaks("harlan aircraft corp", "harlan aircraft")
        True
        >>> _body_speaks("harlan aircraft corp", "harlan aircraft corp")
        True
    """
    # "mcdonnell douglas corp said": the company in its own name, whether the spokesman's body is
    # written with its suffix ("a Financial Corp spokeswoman": Reuters-21578 15786) or without it
    bare = _SUFFIX.sub("", label)
    named = any(x == key or x.endswith(" " + key) for x in (label, bare))
    return named and not re.search(_SPOKES, label)


#: a company's legal suffix after its name, in a lower-case label ("mcdonnell douglas corp"): the
#: company spoke in its own name, and "a McDonnell Douglas spokesman" is that company (round 37,
#: branch tune37, ``TUNE_37``'s 2512, kind V9 of ``benchmarks/claims_tune37.md``)
_SUFFIX = re.compile(r"(?: (?:corp|corporation|inc|co|ltd|plc|lp|ag|nv|sa)\.?)+$")


#: "Mr Straw": a title and a surname, the label a spokesman for a person is given
_TITLED = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady) ([A-Z][\w'-]+)$")


def _for_person(label: str, s: dict, speakers, text: str = "") -> bool:
    """Whether an unnamed speaker labelled with a titled surname is the spokesman of that person
    ("a spokesman for Mr Straw said", labelled "Mr Straw"), who speaks in the document under his
    full name ("Home Secretary Jack Straw") or whom the ``text`` names in full ("When Jack Straw
    confirmed the decisions", an act): the person himself, as the lead's round-19 ruling
    makes the spokesman of a body the body (TUNE_21's hindley, kind K1,
    ``benchmarks/claims_tune21.md``).

    Example:
        >>> s = {"speaker_type": "official", "named": False}
        >>> _for_person("Mr Garvey", s, {"energy minister tom garvey", "a spokesman for mr garvey"})
        True
        >>> _for_person("Mr Garvey", s, {"a spokesman for mr garvey"})
        False
        >>> _for_person("Mr Garvey", s, {"a spokesman for mr garvey"}, "When Tom Garvey confirmed it")
        True
    """
    m = _TITLED.match(label)
    if not m or s["named"] or s["speaker_type"] != "official":
        return False
    key, name = label.lower(), m.group(1).lower()
    of = re.compile(rf"^(?:an?|the) {_SPOKES} (?:for|from|at) {re.escape(key)}$")
    spokesman = any(of.match(x) for x in speakers)
    if not spokesman:
        return False
    if any(x.endswith(" " + name) and x != key and not of.match(x) for x in speakers):
        return True
    given = rf"\b(?!(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady)\b)[A-Z][a-z]+ {re.escape(m.group(1))}\b"
    return re.search(given, text) is not None


#: "a spokesman for Dutch grain and feed trade association, Het Comite": a body's noun, a comma and
#: a name of two to four capitalised words ending the label
_APPOSED = re.compile(
    rf"^(?:[Aa]n?|[Tt]he) {_SPOKES} (?:for|of|at) [^,]*\b(?:association|union|federation|group|council|"
    r"committee|board|agency|organisation|organization|institute|society|chamber), ((?:[A-Z][\w'-]*)"
    r"(?: [A-Z][\w'-]*){1,3})$"
)


def apposed_body_name(label: str, text: str) -> bool:
    """Whether the name a spokesman's ``label`` ends with, in apposition to a body's noun, is that
    body's name, not the spokesman's: the document (``text``) writes the name again in full and never
    its last word alone, as it would a person's surname (round 39, branch debt39, round 38's
    held-out 9907 0, ``benchmarks/claims.md`` hc4: "..., a spokesman for Dutch grain and feed trade
    association, Het Comite, told Reuters. Het Comite has been co-ordinating ...", the spokesman
    typed a named person "Het Comite").

    Example:
        >>> label = "a spokesman for the dairy trade association, Het Zuivelbond"
        >>> apposed_body_name(label, label + " said. Het Zuivelbond has filed 80 cases.")
        True
        >>> apposed_body_name(label, label + " said. Zuivelbond has filed 80 cases.")
        False
        >>> apposed_body_name("a spokesman for the union, John Hale", "... John Hale said.")
        False
    """
    if "pokes" not in label or "," not in label:  # the cheap test first
        return False
    m = _APPOSED.match(" ".join(label.split()))
    if m is None:
        return False
    name, flat = m.group(1), " ".join(text.split())
    last = re.escape(name.split()[-1])
    alone = re.search(rf"(?<!{re.escape(name.split()[-2])} ){last}\b", flat)
    return flat.count(name) >= 2 and alone is None
