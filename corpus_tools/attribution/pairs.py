"""Named people spoken of together: a plural subject that stands for two or more people the text
names before it is one speaker, the people it names.

A court report names its defendants together ("John Marsh, 61, and Colin Webb, 58, both from
Leeds, were jailed ...") and then reports what they said as one: "They claimed the evidence was
fabricated", "The defendants said the case was a set-up", "The two men denied the charges". That
speaker is the named pair: never one of the two, and never an anonymous description.

* :func:`named_pairs`: the named people a document's paragraphs coordinate as one subject, and
  the two a verb joins as its subject and object ("Sumer met Billy Isaacs"), a :class:`MetPair`
  that only "the pair", "the couple" or "the two men" may stand for (never "They", "Both men" or
  "The defendants": the one met may be the victim);
* :func:`plural_description`: whether a speaker mention is a plural description a pair may be
  ("The defendants", "the two men", "the pair", "Both men");
* :func:`pair_label` and :func:`n_people`: the label of a pair speaker and how many people a
  speaker label names;
* :func:`with_earlier_takes`: a later take's pairs with the last pair its earlier takes named, so
  "Both men deny the charges" in a wire's third take is the two men its first take names.
"""

from __future__ import annotations

import re

from corpus_tools import lexicon
from corpus_tools.attribution.described_conjuncts import described_pair
from corpus_tools.attribution.doc_texts import doc_ents, doc_tokens
from corpus_tools.attribution.object_pairs import ObjectPair, small_clause_subject, subject_pairs_first
from corpus_tools.attribution.party_pairs import PartyPair, defendant_description
from corpus_tools.attribution.relative_pairs import relative_pair
from corpus_tools.attribution.spouses import couple_surnames, spouse_names, spouse_subject
from corpus_tools.attribution.subjects import coordinated_names
from corpus_tools.attribution.surnames import INSTITUTION_HEADS
from corpus_tools.reuse.documents import source_groups

__all__ = [
    "PAIR_HEADS",
    "PAIR_WORDS",
    "MetPair",
    "n_people",
    "named_pairs",
    "pair_for",
    "pair_label",
    "pair_people",
    "plural_description",
    "takes_before",
    "with_earlier_takes",
]

#: head words of a plural description of people tried or reported together
PAIR_HEADS = frozenset(
    """men women defendants accused pair couple brothers sisters robbers gangsters twins partners
    suspects friends""".split()
)
_PAIR_DETERMINERS = frozenset({"the", "both", "these", "those"})
#: title words that end a title before a name ("Trade and Industry Minister, Hajime Tamura")
_OFFICIAL_TITLES = lexicon.SPEAKER_WORDS["official"]
#: the words of a description that names two people as two, with no role ("the pair", "the couple",
#: "the two men"): the only ones a :class:`MetPair` may stand for ("Both men deny" is more often
#: the people tried together)
PAIR_WORDS = frozenset({"pair", "couple", "duo", "two"})


class MetPair(list):
    """The names of two people a verb joins as its subject and its object ("Sumer met Billy
    Isaacs"), in :func:`named_pairs`: a pair only a :data:`PAIR_WORDS` description stands for."""


#: "A and B" (two or more names joined by "and" and commas), each a capitalised name
_PAIR = re.compile(r"^(?:[A-Z][\w'.-]*(?: [A-Z][\w'.-]*)*)(?:(?:, | and )[A-Z][\w'.-]*(?: [A-Z][\w'.-]*)*)+$")


def _name_span(tok):
    """The name a token stands in: its PERSON entity, else the proper nouns compounded on it."""
    if tok.ent_type_ == "PERSON":
        ent = next((e for e in doc_ents(tok.doc) if e.start <= tok.i < e.end), None)
        if ent is not None:
            return ent
    lo = tok.i
    while lo > 0 and tok.doc[lo - 1].pos_ == "PROPN" and tok.doc[lo - 1].head == tok:
        lo -= 1
    return tok.doc[lo : tok.i + 1]


def named_pairs(paragraphs) -> list[tuple[int, int, list[str]]]:
    """The named people each paragraph coordinates as one subject ("John Marsh, 61, and Colin Webb,
    58, were jailed"; "Marsh and Webb, who both had records, ..."), as ``(offset, paragraph,
    names)``: the offset of the first name in the document's text, the paragraph number and the
    names in order; names coordinated in another place ("a committee attended by Mr Heseltine, Mr
    Ryder and Sir Robin") are listed with no names, so a later "They" may not skip them.
    ``paragraphs``: ``(paragraph, offset, spaCy Doc)`` triples.

    Example:
        >>> from corpus_tools.text.nlp import load_model
        >>> doc = load_model()("John Marsh, 61, and Colin Webb, 58, were jailed for 12 years.")
        >>> named_pairs([(0, 0, doc)])
        [(0, 0, ['John Marsh', 'Colin Webb'])]
    """
    out: list[tuple[int, int, list[str]]] = []
    full: dict[str, str] = {}  # surname -> full name, from the pairs named in full
    for para, offset, doc in paragraphs:
        for tok in doc_tokens(doc):
            if tok.pos_ == "PROPN" and tok.dep_ not in ("nsubj", "nsubjpass", "conj", "compound"):
                if relative_pair(tok):  # "against Ann Lee and Jo Roe, who ...": a pair (relative_pairs)
                    names = [" ".join(_name_span(t).text.split()) for t in (tok, *tok.conjuncts)]
                    full.update({n.split()[-1]: n for n in names if " " in n})
                    out.append((offset + _name_span(tok).start_char, para, names))
                elif any(
                    c.dep_ == "conj" and c.pos_ == "PROPN" for c in tok.children
                ):  # "attended by A, B and C"
                    out.append((offset + tok.idx - doc[0].idx, para, []))
                continue
            if tok.pos_ != "PROPN" or tok.dep_ == "conj" or tok.dep_ == "compound":
                continue
            first = _name_span(tok)
            if couple := spouse_names(tok):  # "Frank Hill, 51, and his wife Sandra": spouses.py
                out.append((offset + first.start_char, para, couple))
                continue
            others = [_name_span(t) for t in coordinated_names(tok) if t.ent_type_ in ("PERSON", "")]
            if not others and (described := described_pair(tok)):  # "Mr Dale and another rider, Simon Pike"
                first, others = described[0], described[1:]
            if others and first.root.ent_type_ in ("PERSON", ""):
                names = [" ".join(s.text.split()) for s in (first, *others)]
                names = [full.get(n, n) for n in names]  # "Marsh and Webb": the pair named in full before
                if small_clause_subject(tok):  # "make X and Y vanish": objects, not the subjects' full names
                    names = ObjectPair(names)
                else:
                    full.update({n.split()[-1]: n for n in names if " " in n})
                out.append((offset + first.start_char, para, names))
                continue
            if met := _met(tok, first):  # "Sumer met Billy Isaacs": "the pair" later
                out.append((offset + first.start_char, para, met))
                continue
            # "Woodruff and Hickson, who ...": surnames of a pair named in full before (the tagger
            # may take one for a place)
            again = [tok, *(c for c in tok.children if c.dep_ == "conj" and c.pos_ == "PROPN")]
            if len(again) > 1 and all(t.text in full for t in again):
                out.append((offset + tok.idx - doc[0].idx, para, [full[t.text] for t in again]))
    return out


def _met(tok, first) -> MetPair | None:
    """The subject ``tok`` (its name ``first``) and the one named person its verb takes as direct
    object ("Sumer, of Brentford, met Billy Isaacs, his best man"), or None."""
    if tok.dep_ != "nsubj" or tok.head.pos_ != "VERB" or first.root.ent_type_ not in ("PERSON", ""):
        return None
    objs = [c for c in tok.head.children if c.dep_ == "dobj"]
    if len(objs) != 1 or objs[0].pos_ != "PROPN" or objs[0].ent_type_ not in ("PERSON", ""):
        return None
    names = [" ".join(s.text.split()) for s in (first, _name_span(objs[0]))]
    if any(" " not in n for n in names):  # "Sumer met Billy Isaacs": "Sumer and Isaacs", never
        names = [n.split()[-1] for n in names]  # "Sumer Isaacs and Billy Isaacs"
    return MetPair(names) if len(set(names)) == 2 else None


def plural_description(mention) -> bool:
    """Whether a speaker mention (a spaCy Span) is a plural description that may stand for named
    people spoken of together: a definite or "both" determiner and a plural head of
    :data:`PAIR_HEADS`, no name in it ("The defendants", "the two men", "Both men", "the pair")."""
    words = [t.lower_ for t in mention]
    root = mention.root
    if words == ["both"]:  # "Both denied the charges": the two named before (TUNE_22's abuse, K8)
        return True
    return (
        bool(words)
        and words[0] in _PAIR_DETERMINERS
        and root.lemma_.lower() in PAIR_HEADS | {"man", "woman", "defendant", "brother", "sister", "robber"}
        and (root.tag_ == "NNS" or root.lower_ in ("pair", "couple", "accused"))
        and not any(t.pos_ == "PROPN" for t in mention)
    )


def pair_label(names: list[str]) -> str:
    """'John Marsh and Colin Webb'; three or more: 'A, B and C'."""
    return ", ".join(names[:-1]) + " and " + names[-1]


def n_people(label: str) -> int:
    """How many people a named person's label names: a pair's label ("John Marsh and Colin Webb")
    names two, any other label one.

    Example:
        >>> n_people("John Marsh and Colin Webb"), n_people("Judge Grigson"), n_people("A, B and C")
        (2, 1, 3)
        >>> n_people("Senate Rules and Budget Committee Chairman Tom Reed")
        1
    """
    text = " ".join(str(label).split())
    if " and " not in text or not _PAIR.match(text) or _titled(text):
        return 1
    return len(re.split(r", | and ", text))


def _titled(text: str) -> bool:
    """Whether a label is one title and the name set after it in commas ("Trade and Industry
    Minister, Hajime Tamura": one man, round 34, branch audit34, Reuters-21578 10623 7): the part
    before the last comma ends on a title word and holds the "and"; or whose one "and" joins two
    portfolios of a minister's title ("Indonesian Mines and Energy Minister Subroto": round 35,
    branch tune35, 13275 of ``TUNE_35``; :mod:`~.portfolio_titles`); or whose one "and" stands in
    a body's name ending on a body's head word before a capitalised title and the name, no comma after
    it ("U.S. House Ways and
    Means Committee Chairman Dan Rostenkowski": round 38, branch tune38, ``TUNE_38``'s 8072 0, W1 of
    ``benchmarks/claims_tune38.md``, counted two people)."""
    title, _, name = text.rpartition(", ")
    if " and " in title and " and " not in name and title.split()[-1].lower() in _OFFICIAL_TITLES:
        return True
    before, _, after = text.partition(" and ")
    words = after.split()
    if " and " in after or "," in after:
        return False
    if before.split()[-1].lower() in lexicon.PORTFOLIOS and words[0].lower() in lexicon.PORTFOLIOS:
        return any(w.lower() in _OFFICIAL_TITLES for w in words[1:3])
    return any(  # "Means Committee Chairman Dan": a body's head word before the title, a name after
        w[:1].isupper() and w.lower() in _OFFICIAL_TITLES and words[k].lower() in INSTITUTION_HEADS
        for k, w in enumerate(words[1:-1][:2], start=0)
    )


def pair_for(att, pronoun_number: str, pairs: list, seen: list[tuple], near: list[dict], window: int):
    """The names of the pair a plural subject stands for, or None. ``att``: the attribution (its
    ``span``, ``para``, ``mention``); ``pronoun_number``: "p" for a plural pronoun ("They"), else
    ""; ``pairs``: :func:`named_pairs` of the document; ``seen``: the resolved mentions so far,
    ``(position, paragraph, entity, is a speaker)``; ``near``: the antecedents the pronoun found.

    A plural description ("The defendants") is the last pair named before it. A plural pronoun is
    the last pair named within ``window`` paragraphs, with no other names coordinated since, when
    it found no antecedent, when its antecedent is one of the pair, or when the pair was named after
    that antecedent's last mention.
    """
    own = [p[2] for p in pairs if p[2] and att.span[0] <= p[0] < att.span[1]]
    if own and spouse_subject(att.mention):
        return own[0]  # "Frank Hill and his wife Sandra say": the pair
    # "Mr and Mrs Hill", "the Hills" (or "who" for them) after "Frank Hill and his wife Sandra"
    names = couple_surnames(getattr(att, "antecedent", None) or att.mention)
    same = [p[2] for p in pairs if p[2] and p[0] < att.span[0] and {n.split()[-1] for n in p[2]} <= names]
    if same and len(same[-1]) == 2:
        return same[-1]
    two = bool(PAIR_WORDS & {t.lower_ for t in att.mention})  # "the pair": a verb's two people too
    before = [p for p in pairs if p[0] < att.span[0] and p[2] and (two or not isinstance(p[2], MetPair))]
    before = [p for p in before if not isinstance(p[2], PartyPair) or defendant_description(att.mention)]
    if not before:
        return None
    pos, para, names = before[-1]
    if pronoun_number != "p":  # "The couple": the last pair named as subjects ("make X vanish": objects)
        pos, para, names = subject_pairs_first(before)[-1]
        return list(names) if plural_description(att.mention) else None
    if isinstance(names, MetPair | PartyPair):
        return None
    if att.para - para > window or any(not p[2] and pos < p[0] < att.span[0] for p in pairs):
        return None  # other people named together since: "They" may be them
    if not near:
        return names
    first = near[0]
    surnames = {n.split()[-1] for n in names}
    if first["type"] in ("person", "official") and first["surnames"] & surnames:
        return names
    last = max((s[0] for s in seen if s[2] is first), default=-1)
    return names if pos > last else None


def pair_people(labels: list[str]) -> int:
    """How many people a document's named-person speaker labels name: a pair counts the people it
    names, less those who also speak alone ("John Marsh and Colin Webb" beside "Marsh": one more).

    Example:
        >>> pair_people(["John Marsh and Colin Webb", "Judge Hale"])
        3
        >>> pair_people(["John Marsh and Colin Webb", "Webb"])
        2
        >>> pair_people(["John Marsh and Colin Webb", "Marsh and Webb"])
        2
    """
    alone = {str(x).split()[-1] for x in labels if n_people(x) == 1 and str(x).split()}
    total, pairs = 0, set()
    for x in labels:
        if n_people(x) == 1:
            total += 1
            continue
        names = re.split(r", | and ", " ".join(str(x).split()))
        surnames = frozenset(n.split()[-1] for n in names)
        if surnames in pairs:  # "Lisa Hart and Tom Lowe" beside "Hart and Lowe": one pair (TUNE_23 K1)
            continue
        pairs.add(surnames)
        total += sum(n.split()[-1] not in alone for n in names)
    return total


def takes_before(corpus) -> dict[str, list[str]]:
    """doc_id -> the documents before it in its group (the earlier takes of one wire story, in
    corpus order); a document of no group has none."""
    return {d: list(docs[:i]) for docs in source_groups(corpus).values() for i, d in enumerate(docs)}


def with_earlier_takes(pairs: list, earlier: list[list]) -> list:
    """A document's :func:`named_pairs` with the last pair its earlier takes named (``earlier``:
    their :func:`named_pairs`, in order) put before its text, so a plural description with no pair
    of its own before it ("Both men deny the charges", the defendants a first take names "Herbert
    and Sumer are jointly charged") is that pair (:func:`pair_for`). The pair stands at offset -1 in
    a paragraph far back: no pronoun's window reaches it ("They" is never a pair of another take).
    Round 15's informant3 (``benchmarks/claims.md``), the denial typed anonymous.

    Example:
        >>> with_earlier_takes([], [[(40, 3, ["Tom Lowe", "Kevin Dodd"])], []])
        [(-1, -1000000, ['Tom Lowe', 'Kevin Dodd'])]
    """
    last = [p[2] for found in earlier for p in found if p[2] and not isinstance(p[2], MetPair)]
    # the parties of a case (:mod:`~.party_pairs`) after the last pair of subjects: "The defendants"
    # may be the one, "Both men" only the other
    parties = [n for n in last if isinstance(n, PartyPair)]
    keep = [n for n in last if not isinstance(n, PartyPair)][-1:] + parties[-1:]
    return [*((-1, -(10**6), n) for n in last if any(n is k for k in keep)), *pairs]
