"""Where a list of named defendants who plead together ends: the quantifier before the plea.

:mod:`~.listed_pleas` reads "A, B and C all deny ..." as a plea of each name when "all" or "both"
stands right before the plea. Two more shapes of the same list (read from round 26's held-out
08.12.99/air, ``benchmarks/claims.md`` ai5, ai7, ai15):

* "each" for "all": "At an earlier hearing, Lee, 36, and Roe, 40, each pleaded not guilty to ...";
  "Ann Dee, 34, Jo Dee, 39, and Kay, 19, have each denied ..." (also "each have denied"). The
  parse makes "each" the subject, so the plea had no speaker, or the parse of the list gave some
  of the names and left the middle one out.
* the quantifier in an aside of address before the plea: "Tom Lee, Sam Roe and Ann Kay, all from
  Leeds, deny the charges". The list ends at the aside's "all"; the place is no name.

When the parse hangs "each denied" on the last name as a clause, the plea has no subject at all:
:func:`listed_head` gives it the list's first name, and :mod:`~.listed_pleas` the rest.

* :func:`list_end`: the index of the quantifier that closes such a list, or None;
* :func:`listed_head`: the first name's head of a plea with no subject that closes such a list.
"""

from __future__ import annotations

__all__ = ["QUANTIFIERS", "list_end", "listed_head"]

#: the quantifiers that close a list of defendants who plead together
QUANTIFIERS = frozenset({"all", "both", "each"})
#: words that open an address in an aside ("all of Mill Lane", "all from Leeds")
_ADDRESS = frozenset({"of", "from", "in"})


def _before_aux(doc, i: int, start: int) -> int:
    """The index before the auxiliaries and modals that end at ``i`` ("have", "had", "will")."""
    while i > start and (doc[i].tag_ == "MD" or doc[i].lower_ in ("have", "had")):
        i -= 1
    return i


def list_end(verb) -> int | None:
    """The index of the quantifier ("all", "both", "each") that closes a list of names pleading
    with ``verb``: right before the verb or its auxiliaries ("each pleaded", "have each denied",
    "each have denied"), or opening an aside of address set off by commas right before it
    ("..., all from Leeds, deny"); None when there is none. The names stand before that index."""
    doc, start = verb.doc, verb.sent.start
    i = _before_aux(doc, verb.i - 1, start)
    if i > start and doc[i].lower_ in QUANTIFIERS:  # "all deny", "have each denied", "each have"
        return i
    if i <= start or doc[i].text != ",":
        return None
    k = i - 1
    while k > start and doc[k].text != ",":  # back to the comma that opens the aside
        k -= 1
    lead = doc[k + 1 : k + 3]
    if doc[k].text == "," and len(lead) == 2 and lead[0].lower_ == "all" and lead[1].lower_ in _ADDRESS:
        return k + 1  # "..., all from Leeds, deny"
    return None


def listed_head(verb):
    """The head token of the first name of a list of defendants closed by a quantifier before the
    plea ``verb`` ("Ann Dee, 34, Jo Dee, 39, and Kay, 19, each denied ...", parsed as a clause of
    "each" with no subject), or None; only for a plea (:func:`~.pleas.plea`), so a cheap test."""
    from corpus_tools.attribution.listed_pleas import listed_names  # it reads list_end from here
    from corpus_tools.attribution.pleas import plea

    if not plea(verb.text) or verb.i == 0 or verb.doc[verb.i - 1].lower_ not in QUANTIFIERS:
        return None
    listed = listed_names(verb)
    return listed[0].root if listed else None
