"""'a senior U.S. Official': a title noun the archive capitalised after 'U.S.' is no name.

Reuters-21578 capitalises the word after "U.S." as if a sentence ended there ("U.S. Action", "the
U.S. Of being", "U.S. Tariffs"), so an unnamed official reads as a title before a name: "Ponomarev
declined to comment on remarks yesterday by a senior U.S. Official, who warned ...", "asked the
U.S. Official, who declined to be identified" (round 34, branch audit34, Reuters-21578 17376 6-7,
``benchmarks/claims.md``, ad6) was a named person. A mention whose head is a title word
(:data:`corpus_tools.lexicon.SPEAKER_WORDS` ``official``), last in the mention, right after an
abbreviation with a full stop, is the common noun: no name.

* :func:`abbreviation_title`: whether a mention's head is such a title.
"""

from __future__ import annotations

from corpus_tools import lexicon

__all__ = ["abbreviation_title"]


def abbreviation_title(mention) -> bool:
    """Whether a spaCy Span's head is a title word capitalised after an abbreviation ("a senior
    U.S. Official"), the last word of the mention (module docstring)."""
    root = mention.root
    if root.i != mention.end - 1 or root.i == 0 or not root.text[:1].isupper():
        return False
    before = root.doc[root.i - 1].text
    return before.endswith(".") and len(before) > 2 and root.lower_ in lexicon.SPEAKER_WORDS["official"]
