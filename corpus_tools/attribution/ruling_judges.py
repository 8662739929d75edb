"""An unnamed judge who rules, named later as the one judge the report says ruled: "A judge ruled
today that a 13-year-old boy was mentally unfit to stand trial for murder. / Lord Caplan ruled that
the youth would not have been able to understand court proceedings ..." (read from round 30's
held-out 12.07.99/boy, ``benchmarks/claims.md``, rows bo5, bo7, bo16 and bo17; the night lead has
"after hearing that a judge ruled that ..." eight sentences before "Lord Caplan ruled in the High
Court"). :mod:`~.opening_speakers` reads the statement kind of this lead-in, but not "ruled", and
not a judge titled "Lord" with no given name, so "A judge" was a speaker apart and the paper that
kept the ruling "gave the statements of A judge to Lord Caplan".

The rule: an indefinite "a judge" (or "a High Court judge", "a sheriff") whose own cue is "ruled",
in a document that names one judge, and only one, as the subject of "ruled" after it ("Lord
Caplan ruled", "Mr Justice Tom Smith has ruled", "Judge Ann Lee ruled"), is that judge.

* :func:`ruling_judge`: that judge's label, or "".
"""

from __future__ import annotations

import re

__all__ = ["ruling_judge"]

#: an indefinite judge ("A judge", "a High Court judge", "a sheriff"), the whole label
_LABEL = re.compile(r"(?i:an?)\s+(?:(?:[A-Z][\w'-]*|senior|top|appeal)\s+){0,3}(?i:judge|sheriff)")
#: the label's own cue: "ruled", after a time or an auxiliary ("A judge has today ruled")
_RULED = re.compile(r"\s+(?:(?:today|yesterday|has|had|last\s+\w+|on\s+\w+)\s+){0,3}ruled\b")
#: a titled judge as the subject of "ruled" ("Lord Caplan ruled", "Mr Justice Tom Smith has ruled")
_NAMED = re.compile(
    r"\b((?:Lord|Lady|Mr\.? Justice|Mrs\.? Justice|Judge|Sheriff|Recorder)"
    r"(?:\s+[A-Z][a-z][\w'-]*){1,3})\s+(?:(?:today|yesterday|has|had|also)\s+){0,2}ruled\b"
)


def ruling_judge(label: str, after: str) -> str:
    """The one titled judge a document says "ruled" after an indefinite judge's ruling (module
    docstring), else "".

    Args:
        label: the speaker's label ("A judge").
        after: the document's text from the mention on.

    Example:
        >>> text = "A judge ruled today that the girl was fit. Lord Brodie ruled that the trial go on."
        >>> ruling_judge("A judge", text), ruling_judge("A judge", text.replace("e ruled", "e said"))
        ('Lord Brodie', '')
        >>> ruling_judge("A judge", text + " Judge Ann Lee ruled differently.")
        ''
    """
    label = " ".join(str(label).split())
    if "ruled" not in after or not _LABEL.fullmatch(label):  # a cheap test before any pattern
        return ""
    text = " ".join(after.split())
    if not text.startswith(label) or not _RULED.match(text, len(label)):
        return ""
    names = {" ".join(m.group(1).split()) for m in _NAMED.finditer(text, len(label))}
    return next(iter(names)) if len({n.split()[-1] for n in names}) == 1 and len(names) == 1 else ""
