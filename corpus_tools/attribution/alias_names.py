"""A description that gives the only name a person goes by: "A witness named only as Dave" is Dave.

A report that may not name a witness in full gives the one name he goes by inside his
description, and then speaks of him by that name: "A friend of Ricky's, who was named only as Dave
for security reasons, said the group had been 'merry' ... Dave said he was not asked ...", "A
witness named only as Dave for security reasons, who was with Ricky ..., said"; the same shape
gives a court's letter or a code name ("a divorcee, known as Woman B,", "the policeman, identified
only as Officer Kilo"), read by :mod:`~.letter_appositions` and :mod:`~.coded_officers`. A reader
takes the description for the person of that name; the findings had counted "A friend of Ricky"
or "A witness" as one more, anonymous, speaker beside "Dave", in PA's takes and in the paper that
kept the sentence, and listed him as dropped or relabelled (read from TUNE_27's 02.11.99/reel,
reel1 8, reel1nl 7, the guardian 2, ``benchmarks/claims_tune27.md`` K1).

The rule: an unnamed speaker label whose first mention in the document is followed, in its own
sentence, by the label's "'s" if any, an optional comma and "who was"/"who is"/"who has been", and
"named" or "identified" (with "only" or not) or "known only" or "referred to only", then "as" and
a capitalised name (one to three capitalised words, a quotation mark before it allowed: "Dave"; no
court's letter or code name, :func:`~.court_letters.court_letter`), is the person of that name. A
bare "known as" gives a nickname beside the description ("A nurse, known as Daisy,"): left apart
(``tests/test_speakers_spk54.py``'s guard).

* :func:`alias_name`: that name, or "".
"""

from __future__ import annotations

import re

from corpus_tools.attribution.court_letters import court_letter

__all__ = ["alias_name"]

#: "'s, who was named only as `Dave", "named as Dave", ", known only as 'Jo'"
_ALIAS = re.compile(
    r"^(?:['\u2019]s)?,? (?:who (?:was|is|has been) )?"
    r"(?:(?:named|identified)(?: only)?|(?:known|referred to) only) as "
    r"[`'\"\u2018\u201c]*(?!(?:The|A|An)\b)((?:[A-Z][a-z]*\.? ){0,2}[A-Z][a-z]*)\b"
)


def alias_name(label: str, named: bool, after: str) -> str:
    """The one name an unnamed description gives its person (module docstring), else "".

    Args:
        label: the speaker's label ("A witness", "A friend of Ricky").
        named: whether the speaker is named (a named speaker is never read so).
        after: the document's text from the speaker's first mention on.

    Example:
        >>> alias_name("A neighbour", False, "A neighbour, who was named only as Tom for his safety, said")
        'Tom'
        >>> alias_name("A neighbour", False, "A neighbour, who was named in court, said")
        ''
    """
    label = " ".join(str(label).split())
    if named or not label:
        return ""
    head = " ".join(after[: len(label) + 160].split())
    if not head.startswith(label):
        return ""
    m = _ALIAS.match(head[len(label) :])
    return m.group(1) if m and not court_letter(m.group(1)) else ""  # "Woman B": a court's letter
