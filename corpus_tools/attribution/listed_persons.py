"""A given name and surname in a list of three or more such names is a person's.

"Tom Lee, Sam Roe and Ann Kay, all from Leeds, deny the charges": the entity reader took the
first name of the list for an organisation, so the paper "quoted 1 institution" and its survival
could not match it to the wire's "Lee" (read from round 26's held-out 08.12.99/air, the express 1,
``benchmarks/claims.md`` ai15-ai17). A list of three or more two-word names ("Given Surname"),
commas between and "and" before the last, names people; a label that is one of them is a person.
:func:`~.identities._retype` asks :func:`listed_person` with one line, beside
:func:`~.story_persons.story_person`.

* :func:`listed_person`: whether a label is a name of such a list in the text.
"""

from __future__ import annotations

import functools
import re

from corpus_tools.attribution.story_persons import _NAME, _NOT_NAMES

__all__ = ["listed_person"]

_LIST = re.compile(rf"{_NAME.pattern}(?:, {_NAME.pattern})+,? and {_NAME.pattern}")


@functools.lru_cache(maxsize=8)
def _listed(text: str) -> frozenset[str]:
    """The two-word names of the lists of three or more such names in ``text``."""
    if " and " not in text:
        return frozenset()
    out = set()
    for m in _LIST.finditer(text):
        out.update(n.strip() for n in re.split(r",? and |, ", m.group(0)))
    return frozenset(out)


def listed_person(label: str, text: str) -> bool:
    """Whether ``label`` is a given name and surname (no word an institution's) that ``text`` lists
    with two or more other such names ("Tom Lee, Sam Roe and Ann Kay").

    Example:
        >>> listed_person("Tom Lee", "Tom Lee, Sam Roe and Ann Kay, all from Leeds, deny it.")
        True
        >>> listed_person("Tom Lee", "Tom Lee and Sam Roe deny it."), listed_person("Leeds Trust", "x")
        (False, False)
    """
    label = " ".join(str(label).split())
    if not _NAME.fullmatch(label) or {w.lower() for w in label.split()} & _NOT_NAMES:
        return False
    return label in _listed(str(text))
