"""An anonymous group's statement given to one named person is re-attributed, not relabelled.

"Canada may begin monitoring steel ..., senior government trade officials said" in one story; "Canada
plans to monitor steel shipments ..., Trade Minister Pat Carney said" in its update. The two labels
share a word ("trade"), so the survival called the officials "relabelled" as the minister: the same
speaker under another label. A group of unnamed officials is not one named person: the minister
says on the record what the officials had said, which the issue calls a re-attribution. The rule:
a source speaker that is unnamed and whose description holds a plural speaker word ("officials",
"delegates", "sources", "analysts") is re-attributed, never relabelled, when a version gives its
statement to one named person. Found in round 34, branch tune34: 9554+15313 of ``TUNE_34``
(``benchmarks/claims_tune34.md``, U5).
"""

from __future__ import annotations

from corpus_tools import lexicon

__all__ = ["group_to_person"]

_WORDS = lexicon.SPEAKER_WORDS["official"] | lexicon.SPEAKER_WORDS["anonymous"]


def group_to_person(me, them) -> bool:
    """Whether ``me`` (a source speaker's identity, :class:`~.speaker_identity._Who`) is an unnamed
    group and ``them`` (the version's speaker of its statement) one named person.

    Example:
        >>> from corpus_tools.attribution.speaker_identity import _Who
        >>> group = _Who("anonymous", False, "", frozenset(), frozenset({"senior", "trade", "officials"}))
        >>> person = _Who("person", True, "", frozenset({"carney"}), frozenset({"minister", "carney"}))
        >>> group_to_person(group, person), group_to_person(person, group)
        (True, False)
    """
    if me.named or not them.named or them.kind != "person" or them.people != 1:
        return False
    return any(w.endswith("s") and w[:-1] in _WORDS for w in me.description)
