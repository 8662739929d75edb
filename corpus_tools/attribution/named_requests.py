"""A request put in court by a named person, told in the passive, is that person's statement.

"They were asked by David Price, solicitor advocate for Mr Burstein, to award damages of between
20,000 and 50,000 pounds" (01.03.00/burstein of the METER courts, the times 3; row u10 of
``benchmarks/claims_tune27.md``, kind K11; read from round 27's TUNE_27 burstein): the jury is asked,
the solicitor advocate asks; his request is his statement, as a counsel's question or request put
in court is. The package read the agent but made the request no statement (:mod:`~.passives`'
"request": "I've been asked by my lawyers not to discuss it", TUNE_22's hamilton sun 34, advice
given in private to the one who tells it), so Price was no speaker.

The shape: a passive "ask" ("were asked", "was asked") with an infinitive ("to award") whose
agent ("by X") is a person's name (a proper noun, PERSON or no entity type): a named person's
request, made where the report is; an agent that is a description ("my lawyers", "police") stays
:mod:`~.passives`' request, no statement.

* :func:`named_request`: whether the passive request's agent ``agent`` is such a name.
"""

from __future__ import annotations

__all__ = ["named_request"]


def named_request(agent) -> bool:
    """Whether ``agent``, the noun of a passive request's "by" phrase, is a person's name ("by David
    Price"), not a description ("by my lawyers").

    Example:
        >>> from corpus_tools.text.nlp import load_model
        >>> doc = load_model()("They were asked by Tom Reed, for the claimant, to award damages.")
        >>> named_request(doc[5])
        True
        >>> named_request(load_model()("I was asked by my lawyers to say nothing.")[5])
        False
    """
    return agent.pos_ == "PROPN" and agent.ent_type_ in ("PERSON", "")
