"""A question the paper asks in its own voice, which its source sentences do not ask.

A news report states; when a paper asks a question in its own voice it is framing what it
explains ("How will the means test work?", "Why do so many people leave NHS care for ...?"): an
explainer's heading, written by the paper, not taken from the wire story that states the facts the
answer then gives. The paraphrase routes of :func:`corpus_tools.reuse.matching.match` align such a
question to the source sentence that shares its topic words ("means test", "nursing care"), and
the question counts as a rewritten source sentence.

:func:`corpus_tools.reuse.own_quotes.own_quotations`, given :func:`own_question`, sets such a
sentence, in place, to new: a ``rewritten`` sentence that :func:`asks_itself` (its last stop is "?",
it holds no quotation mark and opens inside no quotation of its paragraph: a quoted question is a
speaker's, read by :mod:`corpus_tools.reuse.own_quotes`' rule of direct speech), when none of its
source sentences asks a question and it shares no run of
:data:`corpus_tools.reuse.matching.RUN_WORDS` words (4) with any of them. A question that keeps a
phrase of its source, or whose source asks too, keeps its alignment. On METER courts, 4 rewritten
sentences, all annotated new (benchmarks/README.md "#24 sentence reuse, round 24").
"""

from __future__ import annotations

import re

from corpus_tools.reuse.matching import RUN_WORDS
from corpus_tools.reuse.own_quotes import longest_run

__all__ = ["asks_itself", "own_question"]

#: a quotation mark: straight or curly double quotes, or a wire's ``...'' pair
_MARK = re.compile(r"``|''|[\"\u201c\u201d]")
#: what may follow a question's "?" at the end of a sentence (a closing bracket, spaces)
_TAIL = " \t\n)]"


def asks_itself(text: str, start: int, end: int) -> bool:
    """Whether the sentence ``text[start:end]`` is a question in its writer's own voice: its last
    stop is "?", it holds no quotation mark, and the marks of its paragraph before it pair up.

    Example:
        >>> t = 'Who pays now?\\nHe asked: "Who pays?"\\n"It hurts. Why me?'
        >>> asks_itself(t, 0, 13), asks_itself(t, 14, 35), asks_itself(t, 47, 54)
        (True, False, False)
    """
    if not text[start:end].rstrip(_TAIL).endswith("?") or _MARK.search(text, start, end):
        return False
    para = text.rfind("\n", 0, start) + 1
    return len(_MARK.findall(text, para, start)) % 2 == 0


def own_question(target, sources) -> bool:
    """Whether the sentence ``target`` (:class:`corpus_tools.reuse.matching.Sentence`) asks in its own
    voice what none of ``sources`` (the source sentences it is aligned to) asks, sharing no run of
    :data:`RUN_WORDS` words with any of them."""
    if not sources or not target.question or any(s.question for s in sources):
        return False
    return all(longest_run(target.keys, s.keys) < RUN_WORDS for s in sources)
