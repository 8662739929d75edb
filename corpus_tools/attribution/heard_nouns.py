""" ", the inquest heard." that the parser reads as a noun phrase: "inquest" an adjective, "heard" a
noun, the object or conjunct of the clause before (02.11.99/plane, plane2; claims_tune21.md, kind K2
and "Left"). :func:`~.hearings.trailing_hearing` asks for a verb and finds none, so the hearing of
the clause before was lost. :func:`heard_noun` reads the shape on its words: a comma, an article,
a hearing's noun (:data:`~.hearings.HEARING`) and "heard" ending the sentence, whatever their tags;
:func:`~.cues.cue_kind` calls it a hearing's cue and :func:`~.cue_subjects.cue_subject` takes the
noun as its speaker (one line each), so the clause before is its content.
"""

from __future__ import annotations

from corpus_tools.attribution.hearings import HEARING

__all__ = ["heard_noun"]

_ARTICLES = {"the", "an", "a"}
#: words that may stand between "heard" and the sentence's end ("..., the inquest heard yesterday.")
_WHEN = {"yesterday", "today"}


def heard_noun(tok):
    """The hearing's noun of ", the inquest heard." when ``tok`` is its "heard" tagged anything but a
    verb; None otherwise. "heard" closes its sentence (a time word and the full stop after it at
    most), the hearing's noun stands right before it with an article before that and a comma
    before the article, and the clause before has three words or more."""
    if tok.lower_ != "heard" or tok.pos_ in ("VERB", "AUX"):
        return None
    doc, sent = tok.doc, tok.sent
    rest = [t for t in doc[tok.i + 1 : sent.end] if not (t.is_punct or t.is_space)]
    if any(t.lower_ not in _WHEN for t in rest) or tok.i - sent.start < 6:
        return None
    noun, article, comma = doc[tok.i - 1], doc[tok.i - 2], doc[tok.i - 3]
    if noun.lower_ not in HEARING or article.lower_ not in _ARTICLES or comma.text != ",":
        return None
    return noun
