"""One person under a role noun or a title: the hook of round 26's leftover descriptions.

:func:`~.identities._retype` asks :func:`one_described` with one line, after its other readings of
a description as a named person. It reads three shapes, each its own module (read from round 26's
02.11.99/trousers, ``benchmarks/claims.md`` tw5-tw7, tw15-18, tw28-31, tw33):

* :mod:`~.org_openers`: "A Professional Golfers' Association manager ... insisted", the person
  named in the next sentence;
* :mod:`~.office_heads`: "The chief executive of the PGA", "The head of the PGA", the one person the
  story names in that office;
* :mod:`~.party_roles`: "the witness", "The applicant", the one person the document gives evidence
  or brings a claim under.

* :func:`one_described`: that person's name, or "".
"""

from __future__ import annotations

from corpus_tools.attribution.office_heads import office_head
from corpus_tools.attribution.org_openers import org_opener
from corpus_tools.attribution.party_roles import party_holder

__all__ = ["one_described"]


def one_described(label: str, before: str, after: str, people: set[str], posts: str) -> str:
    """The one named person a description stands for (module docstring), else "".

    Args:
        label: the speaker's label.
        before: the document's text before the mention.
        after: the document's text from the mention on.
        people: the surnames the text gives people (:func:`~.surnames.person_surnames`).
        posts: the story's text (the offices its versions give people).

    Example:
        >>> text = "Tom Reed, chairman of the Amber Fishing Club, told a tribunal he was sorry."
        >>> one_described("The chairman of the Amber Fishing Club", "", text, {"Reed"}, text)
        'Tom Reed'
    """
    words = str(label).split()
    if len(words) < 2 or words[0].lower() not in ("the", "a", "an"):
        return ""
    if words[0].lower() != "the":
        return org_opener(label, before, after, people)
    return party_holder(label, before, after) or office_head(label, before + after, posts)
