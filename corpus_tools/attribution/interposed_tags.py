"""A statement whose teller's tag stands inside it is reported by that teller.

"The memo, Mr Hale said, claimed that the sale was prompted by spite": the tag ", Mr Hale said,"
stands between the subject ("The memo") and its verb of saying, so what the memo claimed is Hale's
account of it, a report inside his statement, as "Mr Hale said the memo claimed that ..." is. The
package read two statements, Hale's and the memo's, and the memo was counted a speaker of its own
(28.09.99/pinochet of the METER courts, pinochet5sub 4 and pinochet1nl 24: "The documentation, Mr
Jones said, alleged that ...", rows pt15, pt17 of round 24's held-out audit in
``benchmarks/claims.md``). :func:`mark_interposed` marks such a statement ``nested`` in the tag's,
as :func:`~.entities.mark_nested` marks one whose speaker lies inside the content. A direct
quotation so tagged stays its speaker's own words ("Morales, Sgt Price told the jury, replied: 'I was
not there.'": Morales's reply, which the sergeant relays).
"""

from __future__ import annotations

__all__ = ["mark_interposed"]


def mark_interposed(atts: list) -> None:
    """Set ``role = "nested"`` and ``outer`` on each statement of ``atts`` whose speaker ends before
    another statement's speaker and cue of the same paragraph, which end before its own cue, when
    that other statement's content starts no later than its cue (the tag set off inside it); a
    direct quotation is left its speaker's."""
    for a in atts:
        if a.role != "speaker" or a.resolved_from == "continuing_quote" or a.cue_span[0] <= a.span[1]:
            continue
        if a.quote_type == "direct":  # "Morales, Sgt Price told the jury, replied: '...'": his own words
            continue
        for b in atts:
            if b is a or b.para != a.para or b.role != "speaker":
                continue
            inside = a.span[1] <= b.span[0] and b.cue_span[1] <= a.cue_span[0]
            if inside and b.content[0] <= a.cue_span[0] < b.content[1]:
                a.role, a.outer = "nested", b
                break
