""""The lawyer added" is the counsel the text named with his side just before.

A court report names counsel once with a side and then calls him "the lawyer" or "the solicitor":
"Anthony Barnfather, defending, said his client accepted that her behaviour was ``nothing short of
outrageous'' ... The lawyer added that Gant had been unemployed since July last year ... He said:
``...''". :mod:`~.counsel_nouns` reads "The barrister", "the QC" and "the counsel" so; "The lawyer"
stayed an anonymous speaker of its own beside the barrister: one more speaker in the take's count,
and in the paper's findings "keeps what 1 said without saying who ('The lawyer')" for the lawyer's
words the paper gives to the barrister by name. Read from TUNE_31's 18.02.00/presenter (presenter1
21-22; ``benchmarks/claims_tune31.md``, kind K1).

Only when the document has not used the word before the mention: "A solicitor who stole from his
clients ... The solicitor admitted" is the defendant, not his counsel.

* :func:`lawyer_named_before`: for a bare "The lawyer" or "the solicitor", the last barrister named
  with a side (:func:`~.side_holders.named_sides`) before the mention in its document; "" when there
  is none or the word came before.
"""

from __future__ import annotations

import re

from corpus_tools.attribution.side_holders import named_sides

__all__ = ["lawyer_named_before"]

#: counsel by a trade that names no side and no name ("The lawyer", "the solicitor")
_TRADE = re.compile(r"(?i)the (lawyer|solicitor)")


def lawyer_named_before(label: str, before: str) -> str:
    """The barrister named with a side last in ``before`` (the document before the mention) for a
    bare ``label`` "The lawyer" or "the solicitor" whose word ``before`` never uses; "" otherwise.

    Example:
        >>> before = "Ann Cole, defending, said her client regretted it. "
        >>> lawyer_named_before("The lawyer", before), lawyer_named_before("The witness", before)
        ('Ann Cole', '')
        >>> lawyer_named_before("The solicitor", "A solicitor stole. " + before)
        ''
    """
    trade = _TRADE.fullmatch(" ".join(str(label).split()))
    if not trade or "ing" not in before and " for " not in before:
        return ""  # the cheap test first: "prosecuting", "defending", "for the defence"
    if re.search(rf"(?i)\b{trade.group(1)}", before):
        return ""  # "A solicitor who stole ... The solicitor admitted": the defendant, named by trade
    found = named_sides(before)
    return found[-1][1] if found else ""
