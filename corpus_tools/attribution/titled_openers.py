"""An opening indefinite description that speaks, and the person a later sentence names with its
head word as title.

A wire lead often gives a witness by his trade and names him a sentence or two later with the same
word as his title, another person named between: "A woman ... seemed 'upset and frightened' when
he called at her flat, a taxi driver told a court today. / Welsh Assembly member Rod Richards is
accused of ... / Cab driver Ibrahim El-Hoshi told a jury ...". A reader takes "a taxi driver" for
El-Hoshi; the findings had counted him twice (an anonymous "a taxi driver" and El-Hoshi), and
every paper then "dropped" the taxi driver too (read from TUNE_25's 21.06.00/richards, richards1,
kind K1 of ``benchmarks/claims_tune25.md``). :mod:`~.opening_speakers` reads the first person named
after such a description, who here is the defendant, and so none.

The rule: a speaker label that is an indefinite description with no name in it (its head read by
:func:`~.opening_pleas.description_head`), whose own sentence has a verb of saying, is the person
one of the next three sentences names right after that head word used as a title ("Cab driver
Ibrahim El-Hoshi": a capitalised given name and surname after "driver"), when it is the one such
person and the text does not name that surname before the description's sentence ends (a wire
header's catchword aside: :mod:`~.wire_slugs`).

* :func:`titled_opener`: that person's name, or "".
"""

from __future__ import annotations

import re

from corpus_tools.attribution.descriptions import sentence_spans
from corpus_tools.attribution.opening_pleas import description_head, sentence_at
from corpus_tools.attribution.wire_slugs import without_slugs

__all__ = ["titled_opener"]

_SAID = re.compile(r"\b(?:said|says|told|tells|added|claimed|insisted|described|explained)\b", re.IGNORECASE)
_NAME = r"((?:[A-Z][a-z][\w'-]+ )+[A-Z][a-z]?[\w'-]+)"
#: how many sentences after the description's the titled name may come
_REACH = 3


def titled_opener(label: str, before: str, after: str) -> str:
    """The full name an opening indefinite description that speaks stands for, when a later
    sentence gives that name the description's head word as its title (module docstring), else "".

    Args:
        label: the speaker's label ("a taxi driver").
        before: the document's text before the mention.
        after: the document's text from the mention on.

    Example:
        >>> text = ("She was upset, a taxi driver told a court. Tom Reed denies assault. "
        ...         "Cab driver Ali Khan told the jury she cried.")
        >>> titled_opener("a taxi driver", text[:27], text[27:])
        'Ali Khan'
        >>> titled_opener("a taxi driver", text[:27], text[27:].replace("Cab driver ", ""))
        ''
    """
    head = description_head(" ".join(str(label).split()))
    if not head:
        return ""
    text, at = before + after, len(before)
    spans = sentence_spans(text)
    k = sentence_at(spans, at)
    if k is None or not _SAID.search(text[at : spans[k][1]]):
        return ""
    titled = re.compile(rf"\b(?i:{re.escape(head)}) {_NAME}")
    names = {m.group(1) for a, b in spans[k + 1 : k + 1 + _REACH] for m in titled.finditer(text, a, b)}
    if len(names) != 1:
        return ""
    name = names.pop()
    seen = without_slugs(text[: spans[k][1]])
    return "" if re.search(rf"\b{re.escape(name.split()[-1])}\b", seen) else name
