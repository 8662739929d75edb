"""A pronoun that speaks after its statement is none of the people the statement names: in
"Mr Lee had told him to throw the tenant out, he said." or "A final decision by Mr Lee could end
the last hope of redress, he said." the "he" is the witness or the lawyer who spoke before, never
Mr Lee (a name in a clause is not what a pronoun that governs the clause stands for). Read from the
METER courts stories of round 12's tuning (``benchmarks/claims_tune12.md``, kind S3: hamilton3 6,
pinochet1ld 17), where the last person named, inside the statement, had taken the pronoun.

An "it" whose every antecedent within the resolver's window is named inside its statement goes
back further, to the last body that spoke before it: "Alpha Health Systems Corp ... said it
submitted a merger proposal to the board of REPH Acquisition Co ... The proposal provides that
REPH would become a wholly-owned subsidiary of Alpha ..., it said" is Alpha's statement, the
proposal's subject being no speaker (round 37, branch tune37, ``TUNE_37``'s 2491, kind V2 of
``benchmarks/claims_tune37.md``: the lead lay four paragraphs back, so REPH had taken the "it"
and become a speaker). Only "it": a "he" or "she" keeps the person named inside when no one else
is near ("Hale had done nothing wrong, he said")."""

from __future__ import annotations

from corpus_tools.attribution.pronouns import compatible

__all__ = ["not_named_within", "spoke_before"]


def not_named_within(att, seen: list[tuple], near: list[dict], pronoun: str = "") -> list[dict]:
    """The antecedents ``near`` of a pronoun speaker ``att`` (an ``Attr``) less the speakers named
    inside its own statement, when the statement comes before the pronoun ("..., he said");
    ``seen``: the ``(position, paragraph, speaker, spoke)`` of the mentions before it. When every
    antecedent is named inside, an "it" (``pronoun``) is the last body that spoke before its
    statement, wherever it spoke (:func:`spoke_before`); otherwise ``near`` as it was."""
    lo, hi = att.content
    if not near or hi > att.span[0]:
        return near  # the pronoun before its statement: nothing named in it is seen yet
    inside = {id(e) for pos, _, e, _ in seen if lo <= pos < hi}
    outside = [e for e in near if id(e) not in inside]
    return outside or (spoke_before(seen, lo, pronoun) if pronoun == "it" else []) or near


def spoke_before(seen: list[tuple], start: int, pronoun: str) -> list[dict]:
    """The speakers of ``seen`` (``(position, paragraph, speaker, spoke)``) that spoke before
    ``start`` and may be ``pronoun``, the last first; [] when none did.

    >>> acme = {"number": "s", "type": "organisation"}
    >>> reph = {"number": "s", "type": "organisation"}
    >>> spoke_before([(0, 0, acme, True), (90, 4, reph, False)], 80, "it") == [acme]
    True
    """
    out: list[dict] = []
    for pos, _, e, spoke in sorted(seen, key=lambda s: s[0], reverse=True):
        if spoke and pos < start and compatible(pronoun, e) and all(e is not x for x in out):
            out.append(e)
    return out
