"""Pleas and admissions a court story tells in a subordinate shape, whose verb has no subject of
its own: a perfect participle ("Bradly was cleared of murder, having admitted manslaughter"), a
participle after a preposition of time ("Hale was jailed for life after admitting the attack"),
and a second conjunct after a passive ("was cleared of murder but had pleaded guilty to
manslaughter"). The subject is the main clause's: the defendant. And a plea cut from its
subject by a relative clause without its closing comma ("Kevin Ward, who has a string of
convictions for theft and attempted rape admitted attacking ..."), which the parser hangs on the
clause's last noun. Found on the METER courts
stories 18.02.00/bridge and 22.11.99/pregnant (the claims audit's eleventh round, S kind 3).
Narrow on purpose: only the verbs of a plea (``_PLEAS``), so "Having said that, ..." and "after
telling him to leave" are left as they were."""

from __future__ import annotations

__all__ = [
    "clause_plea",
    "conjunct_subjects",
    "object_after_place",
    "participle_host",
    "participle_plea",
    "perfect_participle",
    "split_antecedent",
]

#: the verbs of a plea or an admission
_PLEAS = {"admit", "deny", "plead", "confess"}
#: prepositions of time before a participle whose subject is the main clause's ("after admitting")
_TIME = {"after", "before", "despite", "since"}


def _plea(verb) -> bool:
    return verb.pos_ == "VERB" and verb.lemma_.lower() in _PLEAS


def perfect_participle(verb) -> bool:
    """ "having admitted manslaughter": a plea in a perfect participle clause (``advcl`` with "having")."""
    return (
        _plea(verb)
        and verb.dep_ == "advcl"
        and any(c.dep_ == "aux" and c.lower_ == "having" for c in verb.children)
    )


def clause_plea(verb) -> bool:
    """Whether ``verb`` is a plea the cue rules do not read: a perfect participle ("having
    admitted"), "pleading guilty" after a preposition of time (:func:`participle_plea`), or a plea
    whose object the parser hung on the place before it (:func:`object_after_place`)."""
    if not _plea(verb):  # each shape is a plea's: no other token's children read (#23)
        return False
    if perfect_participle(verb) or participle_plea(verb):
        return True
    return _plea(verb) and object_after_place(verb, (0, 0)) != (0, 0)


def object_after_place(verb, content: tuple[int, int]) -> tuple[int, int]:
    """The content (token indices ``[start, end)``) of a plea whose object follows a place: "He
    admitted at Leeds Crown Court possessing heroin", where the parser hangs the object on the
    court's name, so the cue rules read no object (or the place for one): "possessing heroin", from
    the first participle after the place. ``content`` unchanged otherwise (round 15's held-out
    francis, the mirror 5, ``benchmarks/claims.md``)."""
    if not _plea(verb):
        return content
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("at", "in", "before")):
        tail = [t for t in prep.subtree if t.i > prep.i and t.tag_ == "VBG"]
        if tail and (content[1] <= content[0] or content[0] <= prep.i):
            return tail[0].i, max(content[1], prep.right_edge.i + 1)
    return content


def participle_plea(verb) -> bool:
    """ "was jailed after pleading guilty": "pleading" with its plea word ("guilty", "not guilty",
    "innocent") after a preposition of time, no subject of its own; a cue whose speaker is the main
    clause's subject (:func:`participle_host`). "admitting" is a verb of saying and read already;
    "pleading" needs its plea word (round 15's held-out francis, the express 4, ``benchmarks/claims.md``)."""
    if verb.tag_ != "VBG" or verb.lemma_.lower() != "plead" or participle_host(verb) is None:
        return False
    return any(t.lower_ in ("guilty", "innocent") for t in verb.doc[verb.i + 1 : verb.i + 3])


def participle_host(verb):
    """The verb of the main clause whose subject makes the plea of ``verb``: for "having admitted"
    the verb it modifies, for "after admitting" the verb its preposition hangs on; None for any
    other shape or a verb with a subject of its own."""
    if not _plea(verb) or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    if perfect_participle(verb):
        host = verb.head
    elif verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.lower_ in _TIME:
        host = verb.head.head
    else:
        return None
    return host if host.pos_ in ("VERB", "AUX") and host.i != verb.i else None


def conjunct_subjects(verb) -> list:
    """The subjects a plea joined to a verb before it shares ("Bradly, 20, was cleared of murder but
    had pleaded guilty": Bradly), when the plea has no subject of its own; else []."""
    if not _plea(verb) or verb.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return []
    first = verb.head
    while (
        first.dep_ == "conj"
        and first.head.i != first.i  # spaCy makes a new Token object on each access: never `is`
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in first.children)
    ):
        first = first.head
    return [c for c in first.children if c.dep_ in ("nsubj", "nsubjpass")]


def split_antecedent(verb):
    """The name a relative clause opens on, when the plea ``verb`` (a past tense with no subject)
    hangs on a noun inside that clause ("Kevin Ward, who has ... attempted rape admitted
    attacking": "admitted" an ``acl`` of "rape"); else None."""
    if not _plea(verb) or verb.tag_ != "VBD" or verb.dep_ != "acl" or verb.doc[verb.i - 1].text == ",":
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    t = verb.head
    while t.dep_ != "relcl" and t.head.i != t.i:  # the root is its own head (compared by index)
        t = t.head
    who = any(c.dep_ == "nsubj" and c.lower_ == "who" for c in t.children)
    name = t.head
    return name if t.dep_ == "relcl" and who and name.pos_ == "PROPN" and name.i < t.i else None
