"""The wire's "The union said" is the union it named last.

A labour story names its union in full once ("The United Auto Workers has set a March 26 strike
deadline ..., a UAW spokesman said") and goes on with "The union earlier said it today notified GM
...". The findings had counted "The union" as a second, unnamed body beside the UAW (round 34,
branch orgs34, ``benchmarks/speaker_entities34.md`` rows 14-15, Reuters-21578 7396 and 10113).

The rule: an unnamed speaker whose mention is "the union" is the last name before it in its
document that ends with a union's head word ("United Auto Workers", "United Steelworkers of
America", "Transport Union"); the label is that name as written, so that its initials or another
name of it join it (:func:`~.institution_names.same_institution`: "UAW"). With no such name before
it, it is left as it is. Read from ``wire_speakers`` (one string test for any other speaker).

* :func:`union_anaphor`: the speaker as the union named last, or as it is.
"""

from __future__ import annotations

import re

__all__ = ["union_anaphor"]

#: a union's name: capitalised words (an "of" inside) ending with its head word
_UNION = re.compile(
    r"\b((?:[A-Z][\w&'-]*\s+(?:of\s+|and\s+)?){0,5}"
    r"(?:Workers|Steelworkers|Teamsters|Machinists|Union|Brotherhood)(?:\s+of\s+[A-Z][\w'-]*)?)\b"
)


def union_anaphor(s: dict, text: str, start: int) -> dict:
    """``s`` as the union named last before its mention "the union", else ``s``.

    Args:
        s: a speaker (``speaker_label``, ``speaker_type``, ``named``).
        text: the document's text.
        start: the offset of the speaker's mention in ``text``.

    Example:
        >>> s = {"speaker_label": "The union", "speaker_type": "organisation", "named": False}
        >>> text = "The Allied Bakery Workers set a strike date, an ABW spokesman said. The union said so."
        >>> union_anaphor(s, text, 68)["speaker_label"]
        'Allied Bakery Workers'
        >>> union_anaphor(s, "Bakers set a date. The union said so.", 19) is s
        True
    """
    if s.get("named") or text[start : start + 9].lower() != "the union" or start == 0:
        return s
    if text[start + 9 : start + 10] not in (" ", ",", ""):  # "the union's chief", "the unions"
        return s
    names = [m.group(1) for m in _UNION.finditer(text, 0, start)]
    names = [n for n in names if n.split()[0] not in ("The", "A", "An") or len(n.split()) > 2]
    if not names:
        return s
    name = " ".join(names[-1].split())
    name = name.split(" ", 1)[1] if name.split()[0] in ("The", "A", "An") else name
    return {**s, "speaker_label": name, "speaker_type": "organisation", "named": True}
