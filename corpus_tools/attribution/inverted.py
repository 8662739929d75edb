"""A pronoun that speaks after its statement is none of the people the statement names: in
"Mr Lee had told him to throw the tenant out, he said." or "A final decision by Mr Lee could end
the last hope of redress, he said." the "he" is the witness or the lawyer who spoke before, never
Mr Lee (a name in a clause is not what a pronoun that governs the clause stands for). Read from the
METER courts stories of round 12's tuning (``benchmarks/claims_tune12.md``, kind S3: hamilton3 6,
pinochet1ld 17), where the last person named, inside the statement, had taken the pronoun."""

from __future__ import annotations

__all__ = ["not_named_within"]


def not_named_within(att, seen: list[tuple], near: list[dict]) -> list[dict]:
    """The antecedents ``near`` of a pronoun speaker ``att`` (an ``Attr``) less the speakers named
    inside its own statement, when the statement comes before the pronoun ("..., he said");
    ``seen``: the ``(position, paragraph, speaker, spoke)`` of the mentions before it. When every
    antecedent is named inside, ``near`` as it was."""
    lo, hi = att.content
    if not near or hi > att.span[0]:
        return near  # the pronoun before its statement: nothing named in it is seen yet
    inside = {id(e) for pos, _, e, _ in seen if lo <= pos < hi}
    outside = [e for e in near if id(e) not in inside]
    return outside or near
