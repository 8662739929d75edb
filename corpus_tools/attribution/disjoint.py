"""Who a pronoun speaker cannot be: a person named in its own clause, or a person named only inside
another's statement.

* :func:`inside_statement`: a speaker named inside an earlier speaker's statement ("The judge said
  it was a sorry state when Mr Lomax 'has to explain ...'. He added ..."): no antecedent, as a
  speaker, of a later "He added", which goes on the statement's own speaker. The caller applies it
  to a mention row only ("Mr Lomax ... to explain"): an account reported inside another's ("Mr
  Morris said the defendant claimed ... She said") keeps its speaker in view.
* :func:`not_in_own_clause`: the antecedents of a pronoun less the persons its own sentence names
  after it ("He agreed with Mr Lomax's lawyers": not Mr Lomax) and less the kin its own sentence
  gives it ("She accused him of breaking promises to her daughter": not "Her daughter Jane"); and
  the subject of a relative clause hung on a name is not that name's person ("He spoke to
  reporters after meeting president Alan Garcia, whom he said recently spoke by telephone with
  ...": the minister who speaks, not Garcia; round 39, branch tune39, Reuters-21578 17177 1,
  ``benchmarks/claims_tune39.md`` K6).

12.07.99/places's papers (``benchmarks/claims.md``, round 16's cause 4: mail 9, express 10 and 13).
"""

from __future__ import annotations

from corpus_tools.attribution.pronouns import PRONOUNS

__all__ = ["inside_statement", "not_in_own_clause"]

#: kin words a possessive pronoun may give its own person ("her daughter"): that person is not the kin
_KIN = frozenset(
    "daughter son mother father wife husband sister brother child children grandson granddaughter "
    "grandmother grandfather partner fiancee fiance girlfriend boyfriend niece nephew aunt uncle".split()
)
#: the possessive of each subject pronoun
_POSSESSIVE = {"he": "his", "she": "her", "they": "their", "it": "its"}


def inside_statement(att, atts: list) -> bool:
    """Whether the speaker mention of ``att`` lies inside the statement of another attribution of
    ``atts`` that opened before it: a person named inside another's words is no speaker a later
    pronoun goes back to."""
    pos = att.span[0]
    return any(
        o is not att and o.span[0] < pos and o.content[0] <= pos < o.content[1] and o.span[1] <= o.content[0]
        for o in atts
        if o.mention is not None
    )


def not_in_own_clause(att, pronoun: str, near: list[dict]) -> list[dict]:
    """The antecedents ``near`` of the pronoun speaker ``att`` (an ``Attr``) less those its own
    sentence names after the pronoun (a surname, not in apposition to the pronoun) and less those
    whose head is a kin word the sentence gives the pronoun ("she ... her daughter's place"). Only
    the subject of its sentence's main verb: a clause inside another's report keeps ``near``."""
    if not near or PRONOUNS.get(pronoun) not in ("m", "f") or att.mention is None:
        return near
    root = att.mention.root
    if root.head.dep_ == "relcl" and root.head.head.pos_ == "PROPN":  # "Alan Garcia, whom he said ..."
        named = root.head.head.lower_  # the name the relative clause hangs on is not its "he"
        return [e for e in near if named not in {s.lower() for s in e["surnames"]}]
    if root.head.dep_ != "ROOT":  # only a main clause's subject: "the letter, to the effect that he had
        return near  # recommended Mobil to retain Mr Hale", told inside another's, is left as it was
    after = [t for t in root.sent if t.i > att.mention.end - 1 and not (t.dep_ == "appos" and t.head == root)]
    names = {t.lower_ for t in after if t.pos_ == "PROPN"}
    own = _POSSESSIVE.get(pronoun.lower(), "")
    kin = {t.head.lower_ for t in after if t.lower_ == own and t.dep_ == "poss" and t.head.lower_ in _KIN}
    return [
        e
        for e in near
        if not ({s.lower() for s in e["surnames"]} & names)
        and not (kin and {h.lower() for h in e["heads"]} & kin)
    ]
