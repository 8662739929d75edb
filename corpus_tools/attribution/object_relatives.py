"""What a relative clause admits is the noun it hangs on: "the single count ..., which his client
had admitted, amounted to ``a tragic fall from grace''" (the counsel's statement, his client's
admission inside it).

A relative clause whose verb of saying ends it, with the relative pronoun its object ("which his
client had admitted", "that he denies"), has no words of its own after the verb; the content had
then been read as the longer side of the sentence, which held the counsel's own "said": the
admission became the main statement, "X, defending," was marked as reported by his client, and his
next statements ("He told Judge ...") went to her (read from round 28's held-out 28.09.99/brothel,
b 14, ``benchmarks/claims.md`` bt5, bt15, bt25). The content is the noun phrase the clause
modifies, up to the clause: what was admitted.

* :func:`object_relative_content`: the token range of that noun phrase, or None;
* :func:`nest_object_relatives`: such a clause inside another speaker's statement is nested in it.
"""

from __future__ import annotations

__all__ = ["nest_object_relatives", "object_relative_content"]

_RELATIVES = frozenset({"which", "that"})


def object_relative_content(verb) -> tuple[int, int] | None:
    """The token range of the noun phrase the relative clause of the spaCy token ``verb`` modifies,
    before the clause, when ``verb`` heads that clause with "which" or "that" as its object and no
    word after it ("the count, which his client had admitted,"); None otherwise."""
    if verb.dep_ != "relcl" or not any(c.dep_ == "dobj" and c.lower_ in _RELATIVES for c in verb.children):
        return None
    if any(t.i > verb.i and not t.is_punct for t in verb.subtree):
        return None
    doc, lo, hi = verb.doc, verb.head.left_edge.i, verb.left_edge.i
    while hi > lo and doc[hi - 1].is_punct:
        hi -= 1
    return (lo, hi) if hi > lo else None


def nest_object_relatives(atts: list) -> None:
    """Set ``role = "nested"`` and ``outer`` on each statement of ``atts`` (``records.Attr``) made in
    such a relative clause after another speaker's cue in the same sentence ("X, defending, said the
    count, which his client had admitted, amounted to ..."): the admission is inside X's statement,
    which is X's own (the clause hangs on X's words, not X's on the clause)."""
    for a in atts:
        if a.role != "speaker" or a.mention is None or a.mention.root.dep_ != "nsubj":
            continue
        verb = a.mention.root.head
        if object_relative_content(verb) is None:
            continue
        sent = verb.sent
        for b in atts:
            same = b is not a and b.role == "speaker" and b.mention is not None and b.mention.sent == sent
            if same and b.cue_span[1] <= a.span[0] and b.resolved_from != "continuing_quote":
                a.role, a.outer = "nested", b
                break
