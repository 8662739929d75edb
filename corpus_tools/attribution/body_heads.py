"""'The union' is the body whose name's head is 'Union', not a company with 'Union' inside its name.

A story names a trade union and a company whose name holds the same word, then tells the union by
its head noun: "the National Union of Mineworkers and the companies that own the mines said ...
owners General Mining Union Corp Ltd <GENM.J> said ... The union said ... a union spokesman said"
(round 34, branch audit34, Reuters-21578 6957, ``benchmarks/claims.md``, nm7). "The union" and
"a union spokesman" were read as the company, the nearest name holding "Union", so the union's
statements went to the mine's owner. A body's noun names the body whose name it heads: the name's
last word ("Northgate General Hospital"), or the word before its "of" ("National Union of
Mineworkers"), a bracketed short form or ticker aside; "Union" of "General Mining Union Corp Ltd"
heads nothing.

* :func:`head_word`: a name's head word;
* :func:`body_named`: whether a noun ("union") heads a name (True), is a word of it that heads
  nothing (False), or is no word of it (None: other rules decide);
* :func:`bare_body`: the same for a mention "the union" and a body's entity (read by
  :func:`corpus_tools.attribution.speakers` when it joins mentions); and for a body and its
  spokesman, one speaker (the lead's round-19 ruling): a spokesman "for the board" (or "a board
  spokesman") and the body the noun heads ("The Federal Home Loan Bank Board said ... A
  spokeswoman for the board said"), and a bare "the ministry" after "a spokeswoman for the Ministry
  of Agriculture" (round 35, branch sweep35, the sweep's 10783+10953+13233 and 11387+12415,
  ``benchmarks/speaker_sweep35.md``: each was counted as a second speaker beside its body).
* :func:`named_spokesman`: a named body and its spokesman named in full, "Body spokesman First
  Last", one speaker under the spokesman's name: "..., the Pentagon said. ... Pentagon spokesman
  Robert Sims said" (round 36, branch debt36, round 35's held-out 15186, ``benchmarks/claims.md``
  mr12: the body and its spokesman counted as an institution and a named person).
"""

from __future__ import annotations

import re

from corpus_tools.attribution.spokesmen import spoken_for

__all__ = ["bare_body", "body_named", "head_word", "named_spokesman"]


def _words(name: str) -> list[str]:
    """The name's words in lower case, bracketed parts ("(NUM)", "<GENM.J>") and an article aside."""
    words = [w.lower() for w in name.split() if w[:1] not in "(<" and w[-1:] not in ")>"]
    return words[1:] if words[:1] in (["the"], ["a"], ["an"]) else words


def head_word(name: str) -> str:
    """A name's head word, in lower case: the word before its first "of", else its last word.

    Example:
        >>> head_word("National Union of Mineworkers"), head_word("General Mining Union Corp Ltd")
        ('union', 'ltd')
        >>> head_word("the Federal Home Loan Bank Board (FHLBB)")
        'board'
    """
    words = _words(name)
    return words[words.index("of") - 1] if "of" in words[1:] else words[-1] if words else ""


def body_named(noun: str, name: str) -> bool | None:
    """Whether the body noun ``noun`` ("union") stands for the body ``name``: True when it heads the
    name, False when it is a word of the name that heads nothing, None when the name does not hold it.

    Example:
        >>> body_named("union", "the National Union of Mineworkers")
        True
        >>> body_named("union", "General Mining Union Corp Ltd")
        False
        >>> body_named("union", "the Teamsters") is None
        True
    """
    noun = noun.lower()
    if noun not in _words(name):
        return None
    return head_word(name) == noun


#: "a spokeswoman for the board", "A board spokesman": a spokesman of a body told by its noun alone
_SPOKESMAN_OF = re.compile(
    r"^(?:[Aa]n?|[Tt]he) (?:spokes(?:man|woman|person) for the ([a-z]+)|([a-z]+) spokes(?:man|woman|person))$"
)


def bare_body(f: dict, e: dict) -> bool | None:
    """For a mention's features ``f`` whose label is "the" and its body noun alone ("The union") and
    an institution's entity ``e``: :func:`body_named` of the noun and the entity's label; the same
    for a spokesman of "the board" (:func:`_spokesman_noun`) and a named institution, and for "the
    ministry" and a spokesman's entity whose label names the body ("a spokeswoman for the Ministry
    of Agriculture"): True only when the noun heads that body; None for any other mention or entity.

    Example:
        >>> body = {"type": "organisation", "label": "The Federal Home Loan Bank Board", "named": True}
        >>> spokeswoman = {"type": "official", "label": "A spokeswoman for the board", "head": "spokeswoman"}
        >>> bare_body(spokeswoman, body)
        True
        >>> spokes = {"type": "official", "label": "a spokeswoman for the Ministry of Agriculture"}
        >>> bare_body({"type": "organisation", "label": "the ministry", "head": "ministry"}, spokes)
        True
        >>> bare_body({"type": "organisation", "label": "the board", "head": "board"}, spokes) is None
        True
    """
    if "pokes" in f["label"]:  # the cheap test first: "spokesman", "Spokeswoman"
        noun = _spokesman_noun(f["label"])
        named = e["type"] == "organisation" and e["named"]  # a named body ("the company" is none)
        return True if noun and named and body_named(noun, e["label"]) else None
    if f["type"] != "organisation" or f["label"].lower() != f"the {f['head']}":
        return None
    if e["type"] == "organisation":
        return body_named(f["head"], e["label"])
    noun = f["label"][4:5].islower()  # "the ministry", not a name ("The UBW")
    if noun and "pokes" in e["label"] and (body := spoken_for(e["label"])):  # its spokesman before it
        return True if body_named(f["head"], body) else None
    return None


def _spokesman_noun(label: str) -> str:
    """The body noun a spokesman's label names its body by ("a spokeswoman for the board",
    "A board spokesman": ``board``; not a name, "A UBW spokesman"), else ""."""
    m = _SPOKESMAN_OF.match(" ".join(label.split()))
    return (m.group(1) or m.group(2)) if m else ""


#: "Pentagon spokesman Robert Sims", "Treasury spokeswoman Ann Lee": the body, then the name
_BODY_SPOKESMAN = re.compile(
    r"^(?:[Tt]he |[Aa]n? )?((?:[A-Z][\w.&'-]* ){1,4})spokes(?:man|woman|person) [A-Z]"
)


def named_spokesman(f: dict, e: dict) -> bool:
    """Whether the mention ``f`` is the spokesman, named, of the named body ``e`` ("Pentagon
    spokesman Robert Sims" after "the Pentagon"), or ``f`` that body and ``e`` its spokesman: the
    body's name in the spokesman's label is the body's (``the`` aside, a case apart).

    Example:
        >>> body = {"type": "organisation", "named": True, "label": "the Pentagon", "surnames": set()}
        >>> sims = {"type": "person", "label": "Pentagon spokesman Robert Sims", "surname": "Sims"}
        >>> named_spokesman(sims, body)
        True
        >>> named_spokesman({**sims, "label": "Navy spokesman Robert Sims"}, body)
        False
    """
    if "pokes" in f["label"] and f["surname"]:  # the cheap test first
        spokesman, body = f["label"], e
    elif "pokes" in e["label"] and e["surnames"] and f["type"] == "organisation":
        spokesman, body = e["label"], f
    else:
        return False
    if body["type"] != "organisation" or not body["named"]:
        return False
    m = _BODY_SPOKESMAN.match(" ".join(spokesman.split()))
    name = " ".join(body["label"].split()).lower().removeprefix("the ")
    return m is not None and m.group(1).strip().lower().removeprefix("the ") == name
