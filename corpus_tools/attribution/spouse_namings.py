"""A bare "his wife" (or "her husband") is the spouse the document named before by that kin word.

A paper names the wife once with her given name and then calls her by the kin word alone: "Conway
snapped after wife Penny said she kept a list ..." and, ten sentences on, "Then his wife revealed
she had been sleeping with different men ... She bragged about ..." (read from 07.10.99/wife, the
star, claim wf13 of ``benchmarks/claims.md``; spk64's leftover 1). The two were counted as two
speakers, "wife Penny" named and "his wife" anonymous, so the paper quoted one woman twice.

The shape: a speaker labelled exactly "his wife" or "her husband" (no name, not named), in a
document whose text before the mention gives that kin word a name, "wife Penny", "his wife,
Penny", "her husband Tom Reed", and one name only (two wives named: which one is left open). The
speaker is that named spouse, labelled as the text named her ("wife Penny"), a named person.

* :func:`named_spouse`: the speaker (``speaker_label``, ``speaker_type``, ``named``) read so.
"""

from __future__ import annotations

import re

__all__ = ["named_spouse"]

#: the bare possessive kin word of a speaker label: "his wife", "her husband"
_BARE = re.compile(r"^(?:[Hh]is (wife)|[Hh]er (husband))$")
_NAME = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?"


def named_spouse(s: dict, before: str) -> dict:
    """``s`` as the spouse ``before`` (the document's text before the mention) names by the same
    kin word, when it names one; else ``s`` as it is.

    Example:
        >>> s = {"speaker_label": "his wife", "speaker_type": "anonymous", "named": False}
        >>> named_spouse(s, "Reed left after wife Ann said she was bored. Then ")["speaker_label"]
        'wife Ann'
        >>> named_spouse(s, "Reed's wife Ann and Lowe's wife Jo met. Then ")["speaker_label"]
        'his wife'
    """
    m = None if s["named"] else _BARE.match(" ".join(str(s["speaker_label"]).split()))
    if not m:  # the cheap tests first: most speakers leave here
        return s
    kin = m.group(1) or m.group(2)
    found = re.findall(rf"\b{kin},? ({_NAME}(?: {_NAME})?)\b", before)
    if len({f.split()[0] for f in found}) != 1:
        return s
    return {**s, "speaker_label": f"{kin} {found[0]}", "speaker_type": "person", "named": True}
