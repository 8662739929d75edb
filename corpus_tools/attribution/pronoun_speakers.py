"""A person named in a sentence of her own, who speaks in the next one under a pronoun.

:func:`~.opening_speakers.speaking_opener` takes an unnamed witness who speaks ("a witness closest
to the scene told the court that ...") for the person the next sentence names, when that person
speaks under her name. A paper may name her in a sentence that says only who she is and give her
words to a pronoun in the sentence after it: "Tom Hale, who was driving a lorry, was alongside
the two men. He said: ..." (03.04.00/noye, the independent 9-11; claims.md's round 21, ny110).
:func:`pronoun_speaks` reads that: the sentence right after the naming one opens with "He" or
"She" and a statement verb, and no title the text gives the surname is of the other sex.
"""

from __future__ import annotations

import re

__all__ = ["pronoun_speaks"]

#: a statement verb, in the forms a report uses (those of :mod:`~.opening_speakers`)
_SAID = r"(?:sa(?:id|ys)|t(?:old|ells)|add(?:ed|s)|explain(?:ed|s)|insist(?:ed|s)|describ(?:ed|es))"
#: the next sentence's opening: a subject pronoun and, a few words on, a statement verb
_OPENS = re.compile(rf"\s*[\"'`\u2018\u201c]?(He|She)\b[^.!?]{{0,30}}?\b{_SAID}\b")
_OTHER_SEX = {"He": r"Mrs|Miss|Ms", "She": r"Mr"}


def pronoun_speaks(rest: str, surname: str, text: str) -> bool:
    """Whether ``rest`` (the text after the sentence naming a person) opens with "He" or "She" and
    a statement verb, the text (``text``) giving ``surname`` no title of the pronoun's other sex.

    Example:
        >>> pronoun_speaks(" He said: 'I saw it.'", "Hale", "Tom Hale was there.")
        True
        >>> pronoun_speaks(" He said: 'I saw it.'", "Hale", "Mrs Hale was there.")
        False
        >>> pronoun_speaks(" The case ends. He said it.", "Hale", ""), pronoun_speaks(" He ran.", "Hale", "")
        (False, False)
    """
    m = _OPENS.match(rest)
    if not m or not surname:
        return False
    other = rf"\b(?:{_OTHER_SEX[m.group(1)]})\.? (?:[A-Z][\w'-]* )*{re.escape(surname)}\b"
    return not re.search(other, text)
