"""An institution a paper writes in lower case is the named body the story writes with capitals.

Some papers' house style lowers the capitals of an institution's name: "The crown prosecution
service yesterday said a new trial would take place", where the wire and the other papers write
"The Crown Prosecution Service confirmed ...". The speaker was typed an unnamed body, and the
survival called the paper's the wire's body "relabelled" to the same words (read from TUNE_25's
28.09.99/sleep, the guardian, kind K8 of ``benchmarks/claims_tune25.md``).

The rule: an unnamed institution's label of two or more words, all in lower case after its
determiner ("The crown prosecution service"), is the named body when the story's texts write the
same words with a capital on each word but "of", "for", "and" and "the" ("Crown Prosecution
Service"); its label takes those capitals. Capitalised words may open the label, a place that
names which body it is, before the words in lower case ("The New York stock exchange said" in one
update, "The New York Stock Exchange said" in the story before it; round 34, branch tune34, 6249 of
``TUNE_34``, U2).

* :func:`story_cased`: the label with the story's capitals, or "";
* :func:`cased_body`: a speaker's label and whether it is named, read so.
"""

from __future__ import annotations

import re

__all__ = ["cased_body", "story_cased"]

_SMALL = frozenset({"of", "for", "and", "the", "on", "in"})
_LABEL = re.compile(r"^((?:[Tt]he )?)((?:[A-Z][\w.'-]* )*[a-z][a-z'-]*(?: [a-z][a-z'-]*)+)$")


def story_cased(label: str, story: str) -> str:
    """``label`` with the capitals the story gives the institution's name (module docstring), or "".

    Example:
        >>> story = "The Crown Prosecution Service confirmed it. Later the crown prosecution service said so."
        >>> story_cased("The crown prosecution service", story)
        'The Crown Prosecution Service'
        >>> story_cased("the local council", story)
        ''
        >>> story_cased("The Tokyo stock exchange", "The Tokyo Stock Exchange said it would.")
        'The Tokyo Stock Exchange'
    """
    m = _LABEL.match(" ".join(str(label).split()))
    if not m:
        return ""
    words = m.group(2).split()
    cased = [w if w in _SMALL else w[:1].upper() + w[1:] for w in words]
    phrase = " ".join(cased)  # a plain find first: the story is long, the phrase mostly not in it
    if sum(w not in _SMALL for w in words) < 2 or phrase not in story:
        return ""
    if not re.search(rf"\b{re.escape(phrase)}\b", story):
        return ""
    return m.group(1) + " ".join(cased)


def cased_body(label: str, stype: str, named: bool, story: str) -> tuple[str, bool]:
    """A speaker's ``label`` and ``named``, an unnamed institution (``stype`` "organisation") in
    lower case read with the story's capitals and named (:func:`story_cased`).

    Example:
        >>> cased_body("the crown prosecution service", "organisation", False, "Crown Prosecution Service")
        ('the Crown Prosecution Service', True)
    """
    cased = "" if named or stype != "organisation" else story_cased(label, story)
    return (cased, True) if cased else (label, named)
