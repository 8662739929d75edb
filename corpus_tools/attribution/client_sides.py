"""A barrister named before his side and his client, right before the cue.

A court report names the defence barrister with the side he takes and the client he takes it for:
"Simon Brown, defending Dawson said: ..."; "Ann Grey, defending Mr Hale, said ...". Without a
comma after the client the parse often makes the client the subject of the cue (a second subject,
the side an adverbial clause) or makes the side a clausal subject whose object is the client, and
the client is taken for the speaker: the barrister's statement is given to the defendant, and the
barrister is lost (26.01.00/driver of round 16's tuning, ``benchmarks/claims_tune16.md``, kind U1:
eight sentences of the defence given to the defendant). A side's object is the one it speaks for,
never who speaks; the name before the side's comma is who speaks.

The rule: the words right before the cue are "NAME, SIDE CLIENT" (a comma after the client or
not), where SIDE is a participle of :data:`~corpus_tools.lexicon.COURT_SIDES` ("defending",
"prosecuting", "representing") and CLIENT and NAME end with a proper noun (NAME's letters after
it, "QC", skipped): NAME's head is the speaker mention's head. Read only where the token before
the cue (or before its comma) is a proper noun, so nothing else is searched.

* :func:`client_side_name`: that name's head token, or None.
"""

from __future__ import annotations

from corpus_tools import lexicon
from corpus_tools.attribution.doc_texts import token_sent
from corpus_tools.attribution.side_names import name_ending_at

__all__ = ["client_side_name"]

#: the participles of :data:`~corpus_tools.lexicon.COURT_SIDES` ("prosecuting", "defending")
_SIDES = frozenset(w for w in lexicon.COURT_SIDES if w.endswith("ing"))


def client_side_name(verb):
    """The head of the name before ", SIDE CLIENT" right before the cue ("Simon Brown, defending
    Dawson said": "Brown"), else None.

    Example:
        >>> from corpus_tools.text.nlp import load_model
        >>> doc = load_model()('Simon Brown, defending Dawson said: "He is sorry."')
        >>> client_side_name(next(t for t in doc if t.text == "said")).text
        'Brown'
    """
    doc, start = verb.doc, token_sent(verb).start
    k = verb.i - 1
    if k > start and doc[k].text == ",":  # "defending Mr Hale, said"
        k -= 1
    end = k
    while k > start and doc[k].pos_ == "PROPN":  # the client's name, its title with it
        k -= 1
    if k == end or doc[k].lower_ not in _SIDES or k - 2 < start or doc[k - 1].text != ",":
        return None
    return name_ending_at(doc, k - 2, start)  # "Simon Brown QC, defending Dawson said": "Brown"
