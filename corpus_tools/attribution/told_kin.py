"""An opening description that told a relative, and the relative who gives it in evidence.

"A black rock musician who died after being turned into a human torch ... told his brother that he
took off his clothes ..., an Old Bailey court heard today." / "Kwesi Menson said his brother Michael
Menson told him that he was attacked ..." (22.11.99/menson of the METER courts, menson1 6-7; rows
mn5, mn19 and mn20 of round 26's held-out audit in ``benchmarks/claims.md``; read from round 26's
menson, left by round 27's spk58). The first person the next sentence names is the relative who
was told, the addressee; the description is the relative he names in turn ("his brother Michael
Menson"). The package kept "A black rock musician" an anonymous speaker beside "Michael Menson",
so a paper that kept his account was said to drop him.

The shape: an indefinite description ("A ...", "An ...") whose own sentence has "told his" or
"told her" and a kin word (:data:`~.kin_genders._KIN`: "brother", "mother", "wife" ...), and, in
one of the next two sentences, "<Name> said (that) his/her <kin word> <Given Surname>" (with an
age or a comma between, "his 30-year-old brother, Tom Hale"): the description is that second,
full name. :mod:`~.opening_speakers` takes the first name the next sentence gives, here the
addressee, and leaves the description when that name is not the speaker's.

* :func:`told_kin_opener`: that full name, or "".
"""

from __future__ import annotations

import re

from corpus_tools.attribution.kin_genders import _KIN

__all__ = ["told_kin_opener"]

_KINS = "|".join(_KIN)
#: the description's sentence: "... told his brother ..." up to its end
_TOLD = re.compile(rf"^[^.<]*?\btold (?:his|her) (?:{_KINS})\b[^.<]*[.<]")
#: "Kwesi Menson said his brother Michael Menson": (teller, relative)
_SAYS_KIN = re.compile(
    r"([A-Z][a-z]+(?: [A-Z][\w'-]+)+) (?:said|told the court|told the jury)(?: that)? (?:his|her) "
    rf"(?:[\w-]+ )?(?:{_KINS}),? ((?:[A-Z][a-z]+ )+[A-Z][\w'-]+)"
)
#: the end of a sentence in raw text (a full stop, a wire paragraph's "<")
_END = re.compile(r"[.<]\s")


def told_kin_opener(label: str, after: str) -> str:
    """The full name of the relative an opening indefinite description that "told his <kin>" is,
    as the teller names him in one of the next two sentences (module docstring), else "".

    Args:
        label: the speaker's label ("A black rock musician").
        after: the document's text from the mention on.

    Example:
        >>> text = ("A soldier who died told his sister he was hit, a court heard. "
        ...         "Ann Hale said her brother Tom Hale told her he was hit.")
        >>> told_kin_opener("A soldier", text)
        'Tom Hale'
        >>> told_kin_opener("A soldier", text.replace("told his sister", "said"))
        ''
    """
    low = str(label).lower()
    if not low.startswith(("a ", "an ")) or "told h" not in after[:600]:
        return ""
    opening = _TOLD.match(after)
    if opening is None:
        return ""
    rest = after[opening.end() :]
    ends = [m.end() for m in _END.finditer(rest)][:2]
    found = _SAYS_KIN.search(" ".join(rest[: ends[-1] if ends else len(rest)].split()))
    if found is None or found.group(1).split()[-1] == found.group(2) or found.group(1) == found.group(2):
        return ""
    return found.group(2)
