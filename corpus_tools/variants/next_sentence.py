"""Words a version takes, word for word, from a source sentence near the one it is read against.

Read on the claims audit's round 23 (``benchmarks/claims.md``, "Twenty-third round", cause 4: ap31,
"appeared before" -> "from Dallas to" counted a replacement where "from Dallas to Manchester" is
the next-but-one source sentence's). A version sentence that fuses a second source sentence the
alignment did not link to it reads that sentence's words as its own:
:func:`corpus_tools.variants.kept.drop_kept` looks for them only in the source sentences aligned
to the version's neighbourhood.

:func:`from_next_sentence`: an addition, or a replacement's version side, of two words or more with
a content word (:func:`corpus_tools.variants.moves.is_move`), that a source sentence within two of
the row's source sentence (not that sentence) writes word for word, is kept from there: the
addition goes; the replacement is the cut of its source side. Removes rows or turns a replacement
into a cut, so no count rises.
"""

from __future__ import annotations

from corpus_tools.lexicon import tokenize
from corpus_tools.variants.kept import _holds
from corpus_tools.variants.moves import is_move

__all__ = ["from_next_sentence"]

_SENT, _START, _END, _FORM = 1, 2, 3, 4
_SRC_DOC, _SRC_SENT, _SRC_FORM, _CATEGORY = 6, 7, 10, 12
_REACH = (-2, -1, 1, 2)
_CUT = ("deletion",)
_PRONOUNS = frozenset("he she they him her them it we i you".split())


def from_next_sentence(rows: list[tuple], version_raw: str, sentences: dict, context) -> list[tuple]:
    """``rows`` (one version against one source document) without the words a near source
    sentence holds word for word (module docstring); ``sentences`` maps (source doc_id, sent_id)
    to its text."""
    out = []
    for r in rows:
        added = r[_CATEGORY] == "insertion" and not r[_SRC_FORM].strip()
        if not (added or r[_CATEGORY] == "word_substitution") or not r[_FORM].strip():
            out.append(r)
            continue
        raw = [t[2] for t in tokenize(r[_FORM])]
        words = [w.lower() for w in raw if w[:1].isalnum()]
        doc, sid = str(r[_SRC_DOC]), r[_SRC_SENT]
        near = [sentences[(doc, sid + k)] for k in _REACH if (doc, sid + k) in sentences]
        pronoun = not added and {w.lower() for w in r[_SRC_FORM].split()} <= _PRONOUNS  # "She" -> "Ann Roe"
        if len(words) < 2 or pronoun or not is_move(raw) or not _holds(words, near):
            out.append(r)
        elif not added and _holds(words, [sentences.get((doc, sid), "")]):
            out.append(r)  # its own sentence writes them too: the diff's reading stands
        elif not added:
            a = r[_START]
            out.append(r[:_START] + (a, a, "", context(version_raw, a, a)) + r[6:_CATEGORY] + _CUT + r[13:])
    return out
