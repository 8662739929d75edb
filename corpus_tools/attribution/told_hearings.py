"""An opening description that told a hearing, and the person the next sentence says told it: "A
black Wpc who served in a flagship community relations unit has told an employment tribunal how she
suffered ... / Andrea Ffrench, 34, told the tribunal in Croydon ... that ...".

Read from round 29's 12.07.99/police (``TUNE_29``, ``benchmarks/claims_tune29.md``, kind U10, rows
po1, po2, po3 and po5): the Wpc of PA's lead and the paper's "A woman constable who is black told
an employment tribunal" stayed anonymous speakers beside Andrea Ffrench, so each version counted
one person twice and the paper "dropped" PA's Wpc while quoting her. :mod:`~.opening_speakers`
reads this shape for most heads, but a rank head ("Wpc", "constable") must find its office beside
the name, and "Wpc" in capitals read as a name; here the next sentence says the same thing to the
same hearer, which ties the two whatever the head. The rule: an indefinite description with no
name in it (a police rank's abbreviation allowed), whose own sentence says it "told" a hearing
(a tribunal, court, jury, inquest, hearing, inquiry, committee or panel), is the person whose full
name opens the very next sentence and who, after an apposition ("Andrea Ffrench, 34, who ...,"),
"told" the same hearing; the surname names a person in the text and stands nowhere before.

* :func:`told_hearing_opener`: that person's name, or "".
"""

from __future__ import annotations

import re

from corpus_tools import lexicon
from corpus_tools.attribution.sentence_ends import SENTENCE_BREAK

__all__ = ["told_hearing_opener"]

#: what a witness tells: the hearing's head noun
_HEARINGS = "tribunal|court|jury|inquest|hearing|inquiry|committee|panel"
#: the description's statement: "has told an employment tribunal"
_TOLD = re.compile(rf"\btold (?:an?|the) (?:[\w'-]+ ){{0,2}}?({_HEARINGS})\b")
#: a sentence's end (a stop, closing marks, a wire take's "<", white space)
_END = SENTENCE_BREAK
#: the next sentence: a full name (a title allowed), an apposition, "told" a hearing
_NAMED = re.compile(
    r"(?:(?:Mr|Mrs|Ms|Miss|Dr)\.? )?((?:[A-Z][\w'-]+ ){1,2}[A-Z][\w'-]+),([^.<]{0,160}?)"
    rf"\btold (?:an?|the) (?:[\w'-]+ ){{0,2}}?({_HEARINGS})\b"
)
#: where a description's own noun phrase ends ("A black Wpc who served in ...")
_PHRASE_END = frozenset({"who", "whose", "which", "that", "of", "from", ","})


def _unnamed(label: str) -> bool:
    """Whether a label is an indefinite description with no name in its noun phrase (a police
    rank's abbreviation, "Wpc", is no name, though the tagger may call the label named)."""
    words = re.findall(r"[\w'-]+|,", label)
    if len(words) < 2 or words[0].lower() not in ("a", "an"):
        return False
    for w in words[1:]:
        if w.lower() in _PHRASE_END:
            break
        if w[:1].isupper() and not w.isupper() and w.lower() not in lexicon.POLICE_RANKS:
            return False
    return True


def told_hearing_opener(label: str, before: str, after: str, people: set[str]) -> str:
    """The full name an opening description that told a hearing stands for, when the next sentence
    opens with that name telling the same hearing (module docstring), else "".

    Args:
        label: the speaker's label ("A black Wpc who served in a unit").
        before: the document's text before the mention.
        after: the document's text from the mention on.
        people: the surnames the text gives people (:func:`~.surnames.person_surnames`).

    Example:
        >>> after = ("A black Wpc has told an employment tribunal how she was bullied.\\n"
        ...          "Ann Dale, 41, told the tribunal in Leeds that she left.")
        >>> told_hearing_opener("A black Wpc", "", after, {"Dale"})
        'Ann Dale'
        >>> told_hearing_opener("A black Wpc", "", after.replace("the tribunal", "us"), {"Dale"})
        ''
    """
    label = " ".join(str(label).split())
    if "told" not in after[:600] or not _unnamed(label):
        return ""
    text = " ".join(after[:1200].split())  # a wire take's lines joined
    end = _END.search(text, len(label))
    told = _TOLD.search(text, 0, end.start()) if end else None
    if told is None:
        return ""
    found = _NAMED.match(text[end.end() :].lstrip("`'\"\u2018\u201c"))
    if found is None or found.group(3) != told.group(1):
        return ""
    name = found.group(1)
    last = name.split()[-1]
    if last not in people or re.search(rf"\b{re.escape(last)}\b", before + text[: end.end()]):
        return ""
    return name
