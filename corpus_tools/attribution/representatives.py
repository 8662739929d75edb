"""Someone's lawyer who speaks, named in the very next sentence: "After the case Mr Mullaney's
legal representative said his client still suffered from health problems. / Gerry O'Brien said:
``He is extremely pleased by the result.''".

A report gives what a party's lawyer said outside court under his role, then his name with the
quotation: a reader takes the two for one man. The findings had counted "Mr Mullaney's legal
representative" as one more, anonymous, speaker beside Gerry O'Brien, so PA's take had one
speaker too many and the paper that dropped both "dropped" the one man twice (read from
TUNE_29's 18.02.00/stakeout, stakeout1 19-20, ``benchmarks/claims_tune29.md`` kind U2).
:mod:`~.employees` reads a possessive job only in a report's lead, before anyone is named; this
reads a lawyer anywhere, but only with the name right after.

The rule (:func:`representative_named`): an unnamed label that is a possessive ("his", "her",
"their", "Mr Lee's") lawyer's role ("legal representative", "solicitor", "lawyer", "barrister",
"counsel", "advocate") is the person whose full name (two or three capitalised words, a title
allowed) opens the next sentence as the subject of "said", "added" or "told", when that surname
stands nowhere in the text before the name (a man named before, "Mr Lee's solicitor ... / Tom
Lee said", is the client or someone else, not a new name for the lawyer).

* :func:`representative_named`: that name, or "".
"""

from __future__ import annotations

import re

from corpus_tools.attribution.sentence_ends import SENTENCE_BREAK

__all__ = ["representative_named"]

#: "his solicitor", "Mr Mullaney's legal representative", "the family's lawyer"
_LAWYER = re.compile(
    r"(?i)^(?:his|her|their|.+?['\u2019]s?)\s+(?:legal\s+)?"
    r"(?:representative|solicitor|lawyer|barrister|counsel|advocate)$"
)
#: the end of the label's sentence: a stop (a closing mark after it), white space and a wire take's
#: "<" and control characters
_END = SENTENCE_BREAK  # the label ends in a word: the same ends as a look-behind's
_WORD = r"[A-Z][\w'\u2019-]+"
#: the next sentence's opening: a full name, then its verb of saying
_NAMED = re.compile(
    rf"^(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?({_WORD}(?:\s+{_WORD}){{1,2}})\s+(?:said|added|told)\b"
)


def representative_named(label: str, named: bool, before: str, after: str) -> str:
    """The name a possessive lawyer's role stands for (module docstring), else "".

    Args:
        label: the speaker's label ("Mr Mullaney's legal representative").
        named: whether the speaker is named (a named one is left as it is).
        before: the document's text before the mention.
        after: the document's text from the mention on.

    Example:
        >>> after = "his solicitor said he was relieved. Ann Dale said: ``He is pleased.''"
        >>> representative_named("his solicitor", False, "Tom Reed was cleared. After it ", after)
        'Ann Dale'
        >>> representative_named("his solicitor", False, "Ann Dale and Tom Reed left. ", after)
        ''
    """
    if named or not _LAWYER.match(" ".join(label.split())):
        return ""
    end = _END.search(after, len(label))
    found = _NAMED.match(after[end.end() :].lstrip("`'\"")) if end else None
    if found is None:
        return ""
    name = found.group(1)
    surname = name.split()[-1]
    if re.search(rf"\b{re.escape(surname)}\b", before + after[: end.end()]):
        return ""
    return name
