"""A name's particle that the tagger takes for the verb "do": "the Banco do Brasil's trade department".

Portuguese and Spanish names carry a lower-case particle between their capitalised words ("Banco do
Brasil", "Rio de Janeiro"); the tagger can take "do" for an auxiliary of the reporting verb that
follows, so the parse gives that verb two subjects: the words before the particle ("The director of
the Banco") and the words after it ("Brasil's foreign trade department (CACEX), Roberto Fendt"). The
speaker mention had been the second alone, typed an institution for its head "department", and the
person's "he added" went to another speaker (round 35, branch audit35, Reuters-21578 5684 1 and 5692 1,
rows bz4, bz12, bz13 of ``benchmarks/claims.md``).

The rule: an auxiliary of the cue that is one of :data:`PARTICLES`, between two proper nouns, is part
of the name: it is no part of the cue (:func:`name_particle`), and the mention starts where the
particle's own subject starts and keeps the names set beside its head (:func:`particle_mention`):
"The director of the Banco do Brasil's foreign trade department (CACEX), Roberto Fendt", a person
named.

* :func:`name_particle`: whether a token is such a particle;
* :func:`particle_start`: the first token of the mention that runs on before the particle;
* :func:`particle_mention`: the token range of such a mention, its appositive names kept.
"""

from __future__ import annotations

__all__ = ["PARTICLES", "name_particle", "particle_mention", "particle_start"]

#: the lower-case particles of Portuguese and Spanish names the tagger may take for a verb
PARTICLES = frozenset({"do", "da", "de", "dos", "das", "del"})


def name_particle(tok) -> bool:
    """Whether ``tok`` (a spaCy Token) is a particle of :data:`PARTICLES` parsed as an auxiliary
    between two proper nouns ("Banco do Brasil")."""
    if tok.lower_ not in PARTICLES or tok.dep_ != "aux" or tok.i == 0 or tok.i + 1 >= len(tok.doc):
        return False
    return tok.doc[tok.i - 1].pos_ == "PROPN" and tok.doc[tok.i + 1].pos_ == "PROPN"


def particle_start(doc, lo: int) -> int:
    """The start of a speaker mention that begins at ``lo`` right after a name's particle
    (:func:`name_particle`): where the particle's own subject starts, or ``lo``.

    >>> from corpus_tools.text.nlp import load_model
    >>> doc = load_model()(
    ...     "The director of the Banco do Sul's foreign trade department (TRADEX), Mario Lopes, "
    ...     "told reporters the rise in March confirmed a steady trend."
    ... )
    >>> doc[particle_start(doc, 6)].text
    'The'
    """
    if lo < 2 or not name_particle(doc[lo - 1]):
        return lo
    subjects = [c for c in doc[lo - 1].children if c.dep_ == "nsubj"]
    return subjects[0].left_edge.i if subjects else lo


def particle_mention(head, lo: int, hi: int) -> tuple[int, int]:
    """The token range ``lo``-``hi`` of the mention headed by ``head`` (a spaCy Token), run on before
    a name's particle (:func:`particle_start`) and, when it is, to the end of the names set beside
    the head ("department (CACEX), Roberto Fendt": the tagger may take "department" for a proper noun,
    so the mention's rule for a description's name had not kept it); unchanged otherwise."""
    start = particle_start(head.doc, lo)
    if start == lo:
        return lo, hi
    names = [c for c in head.children if c.dep_ == "appos" and c.i > head.i and c.pos_ == "PROPN"]
    return start, max([hi, *(c.right_edge.i + 1 for c in names)])
