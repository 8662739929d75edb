"""A name set in commas right before the cue, with a barrister's side or without: one reading of
"..., NAME, prosecuting, told the jury" for every rule that needs it.

A court report ends a sentence of the case with the barrister who put it: "Officers followed him
but lost sight of him when he sped off, Mr Alan Pritt, prosecuting, told Ashford Crown Court";
"He copied the files and passed them to a bouncer, Victor Temple QC, prosecuting, told the jury".
The parse hangs the name and the side on the clause before, so the cue either has no subject (no
row) or inherits the clause's ("He", the defendant); or it makes the side the subject ("Jones,
prosecuting, said", "Lawyer Lesley Barry defending, said"). The name is who spoke. Read from
27.01.00/drink of round 15's tuning (``benchmarks/claims_tune15.md``, kind T3), round 15's
held-out 12.07.99/informant (``benchmarks/claims.md``, "Fifteenth round", S kind 2), round 13's
12.08.99/racism (a name in commas before a cue with no subject), round 9's ostrich2 12 and round
14's 04.10.99/lynx (the side made the subject).

The shared reading: the words before the cue are ", NAME," or ", NAME, SIDE," where SIDE is one
of :data:`SIDE_PARTICIPLES`; NAME's letters after it ("QC") may be skipped; NAME is set in commas
when a comma stands before its first proper noun. Each rule below adds its own condition:

* :func:`side_name`: ", NAME, SIDE," right before the cue (SIDE one of the court sides'
  participles, "prosecuting", "defending"): the name's head, whatever subject the parse gave;
* :func:`name_start`: where the mention of such a name starts (the parse may hang the clause
  before on it, "lost sight of him ..., Mr Alan Pritt");
* :func:`name_before_cue`: ", NAME," right before a cue with no subject, the name a person's
  hung on an opening phrase ("Following today's decision the Chief Constable of Kent, Ann Hale,
  said:");
* :func:`name_after_content`: ", NAME," or ", NAME, SIDE," right before a cue whose subject stands
  before the name (the content's subject, "He");
* :func:`side_subject`: a bare participle subject ("Jones, prosecuting," with "Jones" its
  subject): the name;
* :func:`name_before_side`: a court side the parse made the subject ("Lawyer Lesley Barry
  defending, said"; "John Harper, QC, prosecuting told"): the name before it.
* :func:`name_ending_at`: the head of a name that ends at a token (also read by
  :mod:`~.client_sides`).

Cheap: each reads a few tokens before the cue or the subject, nothing else is searched.
"""

from __future__ import annotations

from corpus_tools import lexicon
from corpus_tools.attribution.doc_texts import token_sent

__all__ = [
    "SIDE_PARTICIPLES",
    "name_after_content",
    "name_before_cue",
    "name_before_side",
    "name_ending_at",
    "name_start",
    "side_name",
    "side_subject",
]

#: a barrister's side set in commas after the name ("Victor Temple QC, prosecuting, told the jury")
SIDE_PARTICIPLES = frozenset({"prosecuting", "defending", "mitigating", "representing"})
#: the participles of :data:`~corpus_tools.lexicon.COURT_SIDES`, the sides :func:`side_name` reads
_COURT_PARTICIPLES = frozenset(w for w in lexicon.COURT_SIDES if w in SIDE_PARTICIPLES)


def _post_nominal(tok) -> bool:
    """Letters after a name ("QC", "Q.C.")."""
    return tok.lower_.replace(".", "") in lexicon.POST_NOMINALS


def _comma_before(tok) -> bool:
    """Whether a comma stands right before ``tok``."""
    return tok.i > 0 and tok.doc[tok.i - 1].text == ","


def _first_of_name(name, *, lo: int = 0, person: bool = False):
    """The first proper noun of the run that ends at ``name`` (none before ``lo``; all of them
    people's names with ``person``)."""
    doc, first = name.doc, name
    while (
        first.i - 1 >= lo
        and doc[first.i - 1].pos_ == "PROPN"
        and (not person or doc[first.i - 1].ent_type_ == "PERSON")
    ):
        first = doc[first.i - 1]
    return first


def _before_side(verb, sides) -> int | None:
    """The index of the last word before ", SIDE," right before ``verb`` (SIDE one of ``sides``),
    or None when the words before the cue have no such shape."""
    doc, k = verb.doc, verb.i - 1
    if k < 3 or doc[k].text != "," or doc[k - 1].lower_ not in sides or doc[k - 2].text != ",":
        return None
    return k - 3


def side_name(verb):
    """The head of the name set with its side between commas right before the cue ("...,
    Mr Alan Pritt, prosecuting, told the court": "Pritt"), else None.

    Example:
        >>> from corpus_tools.text.nlp import load_model
        >>> doc = load_model()("They followed him and he sped off, Alan Pritt, prosecuting, told the court.")
        >>> side_name(next(t for t in doc if t.text == "told")).text
        'Pritt'
    """
    doc, start = verb.doc, token_sent(verb).start
    k = _before_side(verb, _COURT_PARTICIPLES)
    if k is None or k < start:
        return None
    return name_ending_at(doc, k, start)


def name_ending_at(doc, k: int, start: int):
    """The head of the name that ends at token ``k`` (a name's letters after it, "QC", and commas
    skipped: "Alan Pritt, QC,"), the sentence starting at ``start``; None when no capitalised
    proper noun ends there."""
    end = k
    while k > start and (doc[k].text == "," or _post_nominal(doc[k])):
        k -= 1  # "Alan Pritt, QC, prosecuting"
    name = doc[k]
    if k < name.head.i <= end and name.head.pos_ == "PROPN":
        name = name.head  # "Ian Grant QC, prosecuting,": the parse heads the name with "QC"
    return name if name.pos_ == "PROPN" and name.text[:1].isupper() else None


def _side_after(head) -> bool:
    """Whether the head of a name is followed by its side between commas (", QC, prosecuting,")."""
    doc, k = head.doc, head.i + 1
    end = token_sent(head).end
    while k < end and (doc[k].text == "," or _post_nominal(doc[k])):
        k += 1
    return k > head.i + 1 and k + 1 < end and doc[k].lower_ in _COURT_PARTICIPLES and doc[k + 1].text == ","


def name_start(head, lo: int) -> int:
    """The first token of a speaker mention (``lo``, the start the parse gives) cut to the name
    when the name is set with its side between commas (module docstring)."""
    if head.pos_ != "PROPN" or not _side_after(head):
        return lo
    return _first_of_name(head, lo=lo).i


def name_before_cue(verb):
    """The last word of a person's name set in commas right before a cue with no subject ("..., Ann
    Hale, said:"), when the parse hangs it on an opening phrase; None otherwise."""
    if verb.i < 3 or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    if not _comma_before(verb):
        return None
    name = verb.doc[verb.i - 2]
    if name.pos_ != "PROPN" or name.ent_type_ != "PERSON" or name.dep_ not in ("pobj", "appos", "conj"):
        return _name_before_aside(verb)
    first = _first_of_name(name, person=True)
    return name if _comma_before(first) else None  # set in commas: an apposition to the title before it


def _name_before_aside(verb):
    """The name before an aside in commas right before a cue with no subject, the name hung on an
    opening phrase ("Following the hearing Tony Hale, the county's chief officer, said he believed":
    round 23's TUNE_23 cars1 18, ``benchmarks/claims_tune23.md`` K4); None otherwise."""
    aside = verb.doc[verb.i - 2]
    while aside.dep_ != "appos" and aside.head.i > aside.i and aside.head.i < verb.i:
        aside = aside.head  # "the county's chief officer": its head noun
    name = aside.head
    if aside.dep_ != "appos" or name.i >= aside.i or name.pos_ != "PROPN" or name.ent_type_ != "PERSON":
        return None
    opening = name.head.i < name.i and name.head.i == token_sent(name).start  # hung on "Following ..."
    return name if opening and name.i + 1 < aside.i and verb.doc[name.i + 1].text == "," else None


def name_after_content(verb, head):
    """The last word of the person's name set in commas right before the cue ``verb`` (a spaCy
    Token), after a side in commas or none, when the subject the parse gives the cue (``head``)
    stands before that name: the speaker; None otherwise (the subject is the name, or no name).

    Example:
        >>> from corpus_tools.text.nlp import load_model
        >>> doc = load_model()("He passed them to a bouncer, Ian Grant, prosecuting, told the jury.")
        >>> name_after_content(doc[10], doc[0]).text
        'Grant'
    """
    doc = verb.doc
    if head is None or verb.i < 4 or not _comma_before(verb):
        return None
    last = _before_side(verb, SIDE_PARTICIPLES) if doc[verb.i - 2].lower_ in SIDE_PARTICIPLES else verb.i - 2
    if last is None:
        return None
    name = doc[last]
    first = _first_of_name(name)
    if name.pos_ != "PROPN" or not any(t.ent_type_ == "PERSON" for t in doc[first.i : name.i + 1]):
        return None
    if not _comma_before(first) or head.i >= first.i:
        return None  # set in commas after the content, whose subject stands before it
    if head.left_edge.i <= name.i <= head.right_edge.i:
        return None  # the subject's own apposition: "His lawyer, Anne Clark, said"
    return name


def side_subject(head):
    """The name a bare participle subject hangs on ("Jones, prosecuting," parsed with "Jones" the
    subject of "prosecuting"): a proper noun subject before it, a comma either side, no other word
    of its own; None for any other subject."""
    if head.tag_ != "VBG" or head.dep_ not in ("nsubj", "csubj"):
        return None
    kids = [c for c in head.children if not c.is_punct]
    doc = head.doc
    if not kids and head.i > 1 and _comma_before(head):  # "Susan Evans, prosecuting said": both
        name = doc[head.i - 2]  # the verb's subjects, the second comma left out
        return name if name.dep_ == "nsubj" and name.head == head.head and name.pos_ == "PROPN" else None
    if len(kids) != 1 or kids[0].dep_ != "nsubj" or kids[0].pos_ != "PROPN" or kids[0].i > head.i:
        return None
    commas = head.i + 1 < len(doc) and _comma_before(head) and doc[head.i + 1].text == ","
    return kids[0] if commas else None


def name_before_side(head):
    """The name before the court side it speaks for, where the parser made the side the head
    ("Lawyer Lesley Barry defending, said": "defending" a noun with the name its compound, or a
    verb with the name its subject): the name. A side that opens the sentence before the name
    ("Prosecuting Peter Hughes QC also said", the name the participle's object) is that name
    (round 23's TUNE_23 chemists1nl 22, ``benchmarks/claims_tune23.md`` K2). Any other subject is
    returned unchanged."""
    if head.lower_ not in lexicon.COURT_SIDES:
        return head
    if head.i == token_sent(head).start:
        return _fronted_side_name(head)
    name = head.doc[head.i - 1]
    if name.pos_ == "PROPN" and name.head == head and name.dep_ in ("compound", "nsubj"):
        return name
    k = head.i - 1  # "after John Harper, QC, prosecuting told the court" (04.10.99/lynx, round 14)
    while k > token_sent(head).start and (head.doc[k].is_punct or _post_nominal(head.doc[k])):
        k -= 1
    name = head.doc[k]
    between = head.doc[k + 1 : head.i]
    named = name.pos_ == "PROPN" and name.ent_type_ == "PERSON" and any(t.text == "," for t in between)
    return name if named and k < head.i - 1 else head


def _fronted_side_name(head):
    """The name a court side opening its sentence takes as its object ("Prosecuting Peter Hughes QC
    said": the name's head, "QC" or "Hughes"; "Prosecuting, Ann Lee, alleged", the name in commas:
    round 24's TUNE_24 spray2 10, ``benchmarks/claims_tune24.md`` K4), when a PERSON name is in it;
    else ``head``."""
    obj = [c for c in head.children if c.dep_ in ("dobj", "appos", "npadvmod") and c.pos_ == "PROPN"]
    obj = [c for c in obj if c.i > head.i]
    named = obj and any(t.ent_type_ == "PERSON" for t in obj[0].subtree)
    k = head.i + 2 if head.i + 1 < len(head.doc) and head.doc[head.i + 1].text == "," else head.i + 1
    return obj[0] if named and k < len(head.doc) and head.doc[k].pos_ == "PROPN" else head
