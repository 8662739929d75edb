"""A pronoun that may be either the teller of a report or the one it reports is the teller.

"NP Energy Corp said the U.S. Bankruptcy Court has indicated it will appoint a trustee ... It said
it hopes the appointment will thwart ...": the court's indication is nested in the company's
statement, and both are bodies an "It" may stand for; the pronoun reader, nearest first, gave the
company's next statement to the court, a second speaker of a document with one (round 37, branch
tune37, ``TUNE_37``'s 12503, kind V2 of ``benchmarks/claims_tune37.md``). The teller goes on
speaking; the one it reported spoke only inside its words.

The rule (:func:`teller_first`): when a pronoun's nearest antecedent spoke only in reports nested in
another's statement (``role`` ``nested``) and that teller is also among the pronoun's antecedents,
the teller comes first. A report whose speaker the pronoun alone fits keeps it ("Mr Morris said
the defendant claimed ... She said": the defendant, Mr Morris being no "she"); so does one whose
speaker stands outside the span of what its "teller" says; and a pronoun inside a report keeps it
("Sources close to Forlani said Craxi told him he would announce his resignation": Craxi's "he",
Reuters-21578 219, read in the branch's check on 300 news documents).

Known wrong (the same check, Reuters-21578 1388): "The BWB cites ... and says government plans ...
will contribute to greater import demand, the USDA said. / It said the BWB expects ...". The parse
nests the closing tag "the USDA said" inside the board's "says", whose content runs over it, so
the "It" goes to the board, where the USDA (the teller) is meant. A nested report whose content
stands before its speaker (a closing tag, "..., the USDA said") should keep the rule away; not
written in round 37.
"""

from __future__ import annotations

__all__ = ["teller_first"]


def teller_first(att, near: list[dict], atts: list) -> list[dict]:
    """``near``, the antecedents of the pronoun speaker ``att`` (an ``Attr``), with the teller of
    the first one's nested reports first (see the module docstring); ``atts``: the document's
    attributions, those before ``att`` resolved.

    >>> from types import SimpleNamespace as A
    >>> company, court = {"label": "NP Energy"}, {"label": "the court"}
    >>> lead = A(entity=company, role="speaker", outer=None, content=(20, 144))
    >>> report = A(entity=court, role="nested", outer=lead, span=(20, 45))
    >>> it = A(entity=None, role="speaker", outer=None)
    >>> [e["label"] for e in teller_first(it, [court, company], [lead, report, it])]
    ['NP Energy', 'the court']
    >>> tag = A(entity=court, role="nested", outer=lead, span=(150, 160))  # after the statement
    >>> [e["label"] for e in teller_first(it, [court, company], [lead, tag, it])]
    ['the court', 'NP Energy']
    """
    if len(near) < 2 or att.role != "speaker":  # "X said Craxi told him he would": Craxi's "he"
        return near
    first = near[0]
    tellers = []
    for a in atts:
        if a is att:
            break
        if a.entity is first:
            o = a.outer
            if a.role != "nested" or o is None or not o.content[0] <= a.span[0] < o.content[1]:
                return near  # it spoke in its own right too, or its "teller" is a tag read the wrong way
            tellers.append(o.entity)
    teller = next((e for e in near[1:] if any(e is t for t in tellers)), None)
    return near if teller is None else [teller, *(e for e in near if e is not teller)]
