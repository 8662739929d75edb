"""Who said what: speech attributions, their spans, and the speakers they resolve to.

A cue is read from the spaCy dependency parse of each cleaned body paragraph
(:func:`corpus_tools.text.parse`): a verb of saying (:data:`corpus_tools.lexicon.REPORTING_VERBS`:
"said", "told", "was quoted as saying", "declined to comment", "called X Y"), "according to",
a court convention ("the court heard", "the jury was told"), or a paragraph that opens a quote
with no cue of its own (a continuing quote: the last speaker of the paragraph before). Its
subject (or passive subject, or the object of "according to") is the speaker mention, its
clausal complement (or the rest of the sentence, widened to the whole quotation when the text
has quote marks) the content. Quote marks only decide the quote type; unbalanced marks never
raise, and texts that lost their marks get an inferred type.

Speakers are then resolved within the document: a pronoun to the nearest compatible mention
(number; gender from titles and earlier pronouns; person or not) within ``pronoun_window``
paragraphs, name variants ("Mr Sloan", "prosecutor Paul Sloan") by surname, and definite
descriptions ("the prosecutor", "the former official", "the sources") to the latest speaker
they describe. An unresolved pronoun is never a speaker of its own (``speaker_id`` is None).

Where textacy was the obvious candidate and is not used:

* ``textacy.extract.triples.direct_quotations``: raises on an odd number of quote marks and
  finds nothing once marks are stripped; it finds 0.30 of PolNeAR dev's speech attributions.
* ``textacy.extract.triples.subject_verb_object_triples``: gives no passive agent, no
  "according to", no content span; the cue's own subtree is read here instead.
* ``textacy.constants.REPORTING_VERBS``: used, merged into :data:`corpus_tools.lexicon.REPORTING_VERBS`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from corpus_tools import lexicon
from corpus_tools.corpus import require_columns
from corpus_tools.quotes import (
    FIRST_PERSON,
    borrow_quote_types,
    quote_beside,
    quote_segments,
    quote_type,
    widen_to_quotes,
)
from corpus_tools.speakers import PRONOUNS, resolve_speakers
from corpus_tools.text import clean_text, paragraph_docs, parse
from corpus_tools.text import sentences as text_sentences

__all__ = ["ATTRIBUTION_COLUMNS", "attributions"]

ATTRIBUTION_COLUMNS = [
    "doc_id",
    "sent_id",
    "speaker",
    "speaker_start",
    "speaker_end",
    "cue",
    "cue_start",
    "cue_end",
    "content_start",
    "content_end",
    "quote_type",
    "quote_evidence",
    "named",
    "speaker_type",
    "affiliation",
    "via_agency",
    "medium",
    "speaker_id",
    "speaker_label",
    "resolved_from",
]
_HEARING = {"court", "jury", "tribunal", "inquest", "hearing", "trial", "magistrates", "jurors", "committee"}
_NOT_SUBJECT = {"what", "which", "that", "who", "whom"}
_EXCLUDED_DEPS = {"relcl", "appos", "punct", "cc", "acl", "advcl", "prep"}
#: prepositions that introduce what was said ("called for", "accused X of", "described X as")
_CONTENT_PREPS = {"for", "on", "upon", "about", "of", "as", "against", "out", "to"}
_OBJECTS = {"dobj", "oprd", "dative", "attr"}


@dataclass
class _Attr:
    doc_id: str
    para: int
    span: tuple[int, int]  # speaker mention, cleaned offsets
    cue_span: tuple[int, int]
    content: tuple[int, int]
    cue: str
    mention: object  # spaCy Span, or None for a continuing quote
    quote_type: str = "indirect"
    quote_evidence: str = "no_quote_marks"
    via_agency: bool = False
    medium: str = ""
    resolved_from: str = "mention"
    antecedent: object = None  # the noun phrase a relative pronoun ("who said") stands for
    entity: dict | None = field(default=None, repr=False)


# ----------------------------------------------------------------------------- cues


def _is_cue(tok) -> str | None:
    """The kind of cue a token is: verb, according, call, hearing, noun; None when it is not one."""
    lemma, lower = tok.lemma_.lower(), tok.lower_
    if tok.pos_ == "NOUN" and lemma in lexicon.NOMINAL_CUES:  # "his comments on X", "a call for Y"
        content = [
            c for c in tok.children if c.dep_ in ("acl", "ccomp") or c.lower_ in _CONTENT_PREPS | {"that"}
        ]
        return "noun" if content and _noun_speaker(tok) is not None else None
    if lower == "according" and any(c.lower_ == "to" for c in tok.children):
        return "according"
    if tok.pos_ not in ("VERB", "AUX") or (tok.tag_ == "VBN" and tok.dep_ == "advcl"):  # "when asked"
        return None
    deps = {c.dep_ for c in tok.children}
    subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    if lemma == "hear" or (lemma == "tell" and "nsubjpass" in deps):
        return "hearing" if any(s.lemma_.lower() in _HEARING for s in subj) else None
    preps = {c.lower_ for c in tok.children if c.dep_ in ("prep", "prt")} & _CONTENT_PREPS
    if lemma == "call":
        return "call" if "dobj" in deps and deps & {"oprd", "xcomp", "ccomp"} else "verb" if preps else None
    if lemma not in lexicon.REPORTING_VERBS:
        return None
    if lemma in lexicon.STRONG_CUES or deps & {"ccomp", "xcomp", "dobj"} or preps or tok.dep_ == "parataxis":
        return "verb"
    return None


def _noun_speaker(noun):
    """Who the nominal cue belongs to: its possessor ("his comments"), the agent ("by X"), or the
    subject of the verb it is the object of ("she made a call for")."""
    for c in noun.children:
        if c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("by", "from") and c.i > noun.i):
            return c if c.dep_ == "poss" else next((x for x in c.children if x.dep_ == "pobj"), None)
    if noun.dep_ == "dobj":
        return next(
            (c for c in noun.head.children if c.dep_ == "nsubj" and c.lower_ not in _NOT_SUBJECT), None
        )
    return None


def _subject(verb, kind: str):
    """The speaker mention's head: subject, passive subject, "according to" object, inherited subject."""
    if kind == "noun":
        return _noun_speaker(verb)
    if kind == "according":
        to = next(c for c in verb.children if c.lower_ == "to")
        return next((c for c in to.children if c.dep_ == "pobj"), None)
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")]
    if verb.dep_ == "relcl" and any(c.lower_ in ("who", "that", "which") for c in subjects):
        return next(c for c in subjects if c.lower_ in ("who", "that", "which"))  # resolved to verb.head
    subjects = [c for c in subjects if c.lower_ not in _NOT_SUBJECT]
    if subjects:
        return min(subjects, key=lambda c: abs(c.i - verb.i))
    if verb.dep_ in ("ROOT", "ccomp", "conj") and verb.i > 0:  # "..., an official with X told Reuters"
        tok = verb.doc[verb.i - 1]
        while tok.dep_ in ("pobj", "prep", "compound", "amod") and tok.head.i < verb.i and tok.head != tok:
            tok = tok.head
        if tok.pos_ in ("NOUN", "PROPN", "PRON") and tok.dep_ not in ("dobj", "pobj"):
            return tok
    if verb.dep_ in ("conj", "advcl", "xcomp") and verb.head.i != verb.i:  # "and said", ", saying"
        return _subject(verb.head, "verb") if verb.head.pos_ in ("VERB", "AUX") else None
    return None


def _mention(head, text: str, offset: int):
    """The speaker mention: the head's subtree without clauses, asides and prepositions after
    a comma; cut at a line break, so a byline line is never part of it."""
    keep, stack = {head.i}, [head]
    while stack:
        t = stack.pop()
        for c in t.children:
            if c.dep_ in _EXCLUDED_DEPS and t == head and not (c.dep_ == "prep" and c.i == head.i + 1):
                continue
            keep.add(c.i)
            stack.append(c)
    lo = head.i
    while lo - 1 in keep:
        lo -= 1
    hi = head.i + 1
    while hi in keep:
        hi += 1
    span = head.doc[lo:hi]
    for t in span:  # a newline inside the mention: keep what follows the last one
        if t.i < head.i and "\n" in text[offset + t.idx + len(t) : offset + t.nbor().idx]:
            lo = t.i + 1
    while lo < hi and (head.doc[lo].is_punct or head.doc[lo].dep_ == "cc"):
        lo += 1
    while hi > lo + 1 and head.doc[hi - 1].dep_ in ("case", "punct"):  # "Trump's threats": the name only
        hi -= 1
    return head.doc[lo:hi]


def _cue_span(verb, kind: str, outlets: frozenset[str]) -> tuple[int, int, str]:
    """Token range of the cue ("has said", "told Reuters", "was quoted as saying") and the medium."""
    if kind == "according":
        return verb.i, verb.i + 2, ""
    if kind == "noun":
        return verb.i, verb.i + 1, ""
    parts = [c.i for c in verb.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < verb.i]
    lo, hi, medium = min([verb.i, *parts]), verb.i + 1, ""
    kids = list(verb.children) + [t for t in verb.subtree if t.lower_ == "by" and verb.lemma_ == "quote"]
    for c in dict.fromkeys(kids):
        if c.lower_ == "as" and verb.lemma_ == "quote":
            hi = max(hi, max(t.i for t in c.subtree if t.lower_ in ("as", "saying", "say")) + 1)
        elif c.dep_ == "xcomp" and verb.lemma_ == "decline" and c.lemma_ == "comment":
            hi = c.i + 1
        elif c.dep_ in ("dobj", "dative") and verb.lemma_ == "tell":
            medium = " ".join(t.text for t in c.subtree)
            hi = max(hi, c.i + 1) if c.i <= hi + 2 else hi  # "told Reuters", "told the jury"
        elif c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ in ("with", "to", "on", "in", "by")):
            objs = [t for t in c.children if t.dep_ == "pobj"]
            if objs and (
                {objs[0].lemma_.lower(), objs[0].lower_} & lexicon.SPEAKER_WORDS["media"]
                or objs[0].ent_type_ == "ORG"
                or " ".join(t.text for t in objs[0].subtree).lower() in outlets
            ):
                medium = " ".join(t.text for t in objs[0].subtree)
    return lo, hi, medium


def _content(verb, kind: str, mention) -> tuple[int, int]:
    """Token range of the reported content."""
    doc, sent = verb.doc, verb.sent
    for c in verb.children:
        if c.dep_ in ("ccomp", "xcomp") and not (verb.lemma_ == "decline" and c.lemma_ == "comment"):
            toks = [t.i for t in c.subtree]
            return toks[0], toks[-1] + 1
    if kind == "noun":
        kids = [
            c
            for c in verb.children
            if c.i > verb.i and (c.dep_ in ("acl", "ccomp") or c.lower_ in _CONTENT_PREPS | {"that"})
        ]
        toks = [t.i for c in kids for t in c.subtree]
        return (min(toks), max(toks) + 1) if toks else (verb.i, verb.i)
    strong = verb.lemma_.lower() in lexicon.STRONG_CUES and kind != "call"
    if kind != "according" and verb.lemma_ != "tell":  # "announced his resignation", "said the same"
        kids = [
            c
            for c in verb.children
            if c.i > verb.i and (c.dep_ in _OBJECTS or (c.lower_ in _CONTENT_PREPS and not strong))
        ]
        toks = [t.i for c in kids for t in c.subtree]
        if toks:
            return min(toks), max(toks) + 1
    if kind == "according":
        inner = {t.i for t in verb.subtree}
        toks = [t.i for t in verb.head.subtree if t.i not in inner and not t.is_punct]
        if toks:
            return min(toks), max(toks) + 1
    lo, hi = min(mention.start, verb.i), max(mention.end, verb.i + 1)
    a, b = max((sent.start, lo), (hi, sent.end), key=lambda r: r[1] - r[0])
    while b > a and doc[b - 1].is_punct:
        b -= 1
    while a < b and doc[a].is_punct:
        a += 1
    return a, b


# ----------------------------------------------------------------------------- one document


def _quote_verb(tok, offset: int, quotes) -> str | None:
    """Any verb with a subject whose clausal complement is a quotation ('"...," he interjected';
    'She continued: "..."'): the quotation makes it speech."""
    subj = [c for c in tok.children if c.dep_ == "nsubj"]
    if tok.pos_ != "VERB" or not subj:
        return None
    lo = offset + min(tok.idx, subj[0].idx)
    if any(0 <= lo - qb <= 3 for qa, qb in quotes):  # '"...," he continued'; '"...," recalled X'
        return "verb"
    for c in tok.children:
        if c.dep_ in ("ccomp", "parataxis") or (c.dep_ == "punct" and c.text == ":"):
            toks = list(c.subtree) if c.dep_ != "punct" else list(tok.doc[c.i + 1 : tok.sent.end])
            if not toks:
                continue
            a, b = offset + toks[0].idx, offset + toks[-1].idx + len(toks[-1])
            inside = sum(max(0, min(qb, b) - max(qa, a)) for qa, qb in quotes)
            if inside >= 0.6 * (b - a):
                return "verb"
    return None


def _paragraph_attributions(doc_id, para, offset, doc, text, outlets, quotes=()) -> list[_Attr]:
    out = []
    for verb in doc:
        kind = _is_cue(verb) or (_quote_verb(verb, offset, quotes) if quotes else None)
        if kind is None or (verb.lemma_ == "comment" and verb.head.lemma_ == "decline"):
            continue
        head = _subject(verb, kind)
        if head is None:
            continue
        mention = _mention(head, text, offset)
        if not any(t.is_alpha for t in mention):
            continue
        relative = _mention(verb.head, text, offset) if head.lower_ in ("who", "that", "which") else None
        ca, cb = _content(verb, kind, mention)
        lo, hi, medium = _cue_span(verb, kind, outlets)
        if cb <= ca:
            continue
        chars = lambda a, b: (offset + doc[a].idx, offset + doc[b - 1].idx + len(doc[b - 1]))  # noqa: E731
        mtext = mention.text.lower()
        agency = mtext in outlets or mention.root.lower_ in outlets or medium.lower() in outlets
        out.append(
            _Attr(
                doc_id,
                para,
                chars(mention.start, mention.end),
                chars(lo, hi),
                chars(ca, cb),
                text[chars(lo, hi)[0] : chars(lo, hi)[1]],
                mention,
                via_agency=agency,
                medium=medium,
                resolved_from="hearing" if kind == "hearing" else "mention",
                antecedent=relative,
            )
        )
    return out


def _continues(last: _Attr | None, found: list[_Attr], para_text: str, state: dict) -> bool:
    """Whether a paragraph continues the quotation of the last speaker before it."""
    if last is None or any(a.mention.root.lower_ not in PRONOUNS for a in found):
        return False
    if state["evidence"] == "quote_marks":
        return not found and para_text.lstrip().startswith(('"', "``", "''"))
    open_end = last.quote_type == "direct" and last.content[1] >= state["last_end"] - 2
    open_end = open_end and last.cue_span[1] <= last.content[0]
    return open_end and (state["continuing"] or bool(FIRST_PERSON.search(para_text)))


def _document(doc_id: str, raw: str, paragraphs, outlets: frozenset[str], continue_quotes: bool):
    c = clean_text(raw)
    quotes = quote_segments(c.text)
    stripped = any(e.kind in ("stripped_quote", "stripped_apostrophe") for e in c.edits)
    has_marks = bool(quotes) or any(e.kind == "typographic_quote" for e in c.edits)
    evidence = "inferred" if stripped else "quote_marks" if has_marks else "no_quote_marks"
    out: list[_Attr] = []
    state = {"evidence": evidence, "continuing": False, "last_end": 0, "last": None}
    for para, offset, doc in paragraphs:
        end = offset + len(doc.text)
        inside = [q for q in quotes if offset <= q[0] < end]
        found = _paragraph_attributions(doc_id, para, offset, doc, c.text, outlets, inside)
        for att in found:
            if evidence == "quote_marks":
                att.content = quote_beside(att, inside) or widen_to_quotes(att.content, att.cue_span, inside)
            att.quote_type = quote_type(att, c.text, quotes, evidence)
            att.quote_evidence = evidence
        # a cue inside a quotation is part of that quotation, not an attribution of its own
        closed = [(qa, qb) for qa, qb in inside if c.text[qb : qb + 1] in ('"', "'")]
        found = [a for a in found if not any(qa <= a.cue_span[0] < qb for qa, qb in closed)]
        last = state["last"]
        state["continuing"] = continue_quotes and _continues(last, found, c.text[offset:end], state)
        if state["continuing"]:
            a, b = (inside[0][0], inside[-1][1]) if evidence == "quote_marks" and inside else (offset, end)
            cont = _Attr(
                doc_id,
                para,
                last.span,
                (a, a),
                (a, b),
                "",
                last.mention,
                "direct",
                evidence,
                last.via_agency,
                last.medium,
                "continuing_quote",
            )
            found = [cont]
        if found:
            state["last"], state["last_end"] = found[-1], end
        out.extend(found)
    return out, c


# ----------------------------------------------------------------------------- the stage


def attributions(
    corpus: pd.DataFrame,
    *,
    parses: pd.DataFrame | None = None,
    model=None,
    outlets=None,
    alignment: pd.DataFrame | None = None,
    sentences: pd.DataFrame | None = None,
    pronoun_window: int = 2,
    continue_quotes: bool = True,
    borrow_min_dice: float = 0.6,
) -> pd.DataFrame:
    """Every speech attribution in every article body, with its speaker resolved in the document.

    Args:
        corpus: the corpus frame.
        parses: the frame of :func:`corpus_tools.text.parse`; parsed here when not given.
        model: spaCy pipeline name or object, used only when ``parses`` is not given.
        outlets: names of news agencies and outlets whose credit ("told Northwire", "Northwire
            reported") makes an agency attribution, besides :data:`corpus_tools.lexicon.AGENCIES`.
            Default: the corpus's ``outlet`` column (INDEX.md), ``unknown`` left out.
        sentences: the frame of :func:`corpus_tools.text.sentences` (for ``sent_id``); computed
            from ``parses`` when not given.
        alignment: the frame of :func:`corpus_tools.overlap.align_sentences`, used only to pair a
            text that lost its quote marks with a version that kept them; without it (or for a pair
            it does not cover) statements are paired by the words of their content.
        pronoun_window: how many paragraphs back a pronoun may find its speaker (0 = the same
            paragraph only). Range 0-5; default 2: news paragraphs hold one or two sentences, and
            on PolNeAR train a wider window adds no right speaker (``benchmarks/polnear.py``).
        continue_quotes: a paragraph that opens a quotation with no cue of its own belongs to
            the last speaker of the paragraph before (news style for continuing quotes).
        borrow_min_dice: the least word overlap (Dice, 0-1) of two contents to count as the same
            statement when borrowing a quote type; default 0.6: a rewrite keeps most words of a
            quotation, other statements of one story share under half (the seeds).

    Returns:
        One row per attribution, in document order. Offsets are raw (``corpus.text[doc_id]``):
        ``doc_id``; ``sent_id`` (of the cue; of the content for a continuing quote);
        ``speaker``, ``speaker_start``, ``speaker_end`` (the speaker mention the attribution
        points to: its subject, passive subject or "according to" object; for a continuing quote
        the previous attribution's mention); ``cue``, ``cue_start``, ``cue_end`` ("said", "told
        Reuters", "was quoted as saying", "according to", "heard"; empty for a continuing quote);
        ``content_start``, ``content_end`` (what is attributed; the whole quotation when the text
        has marks); ``quote_type`` (``direct``, ``indirect``, ``mixed``); ``quote_evidence``
        (``quote_marks``; ``quote_marks in <doc_id>`` when a text that lost its marks borrowed the
        type of the same statement in a version that kept them; ``inferred`` when marks were
        stripped: content before the cue or after a colon, or in the first person, is direct;
        ``no_quote_marks`` for a text with none: only first-person content is direct);
        ``named`` (a proper name of a person or organisation is given); ``speaker_type``
        (``person``, ``official`` (a person holding an office or title), ``organisation``,
        ``document``, ``media``, ``anonymous``; empty for an unresolved pronoun); ``affiliation``
        (organisations, places and groups named in the mention, its appositive or "spokesman for
        X" phrase, "; "-joined, else ``unknown``); ``via_agency`` (the speaker or the medium is a
        news agency or outlet); ``medium`` (who was told or who quoted: "Reuters", "Iranian
        media", "the court"; empty if none); ``speaker_id`` (the distinct speaker in the document,
        ``<doc_id>:S<n>``; None for an unresolved pronoun); ``speaker_label`` (its first full
        mention); ``resolved_from`` (how the speaker was found: ``mention``, ``name_variant``,
        ``description``, ``pronoun``, ``continuing_quote``, ``hearing`` ("the court heard": the
        speaker is not given), ``unresolved``). A resolved speaker's ``named``, ``speaker_type``
        and ``affiliation`` are those of the distinct speaker.

    Example:
        >>> from corpus_tools import load_corpus
        >>> a = attributions(load_corpus("seeds"))
        >>> a.query("doc_id == '002'").cue.tolist()[:2]
        ['has suggested', 'have said']
    """
    require_columns(corpus, ["text"], "attributions")
    if parses is None:
        parses = parse(corpus, model=model)
    if outlets is None:
        outlets = corpus["outlet"] if "outlet" in corpus.columns else []
    names = frozenset(str(o).lower() for o in outlets if str(o).lower() not in ("unknown", "", "nan"))
    names |= lexicon.AGENCIES - {"agency", "agencies"}
    by_doc = paragraph_docs(parses)
    sents = text_sentences(corpus, parses=parses) if sentences is None else sentences
    sent_spans = {d: g[["sent_id", "start", "end"]].to_numpy() for d, g in sents.groupby("doc_id")}
    rows = []
    for doc_id, raw in corpus["text"].items():
        doc_id = str(doc_id)
        paragraphs = by_doc.get(doc_id, [])
        atts, c = _document(doc_id, raw, paragraphs, names, continue_quotes)
        cands = [
            (offset + e.start_char, para, e)
            for para, offset, doc in paragraphs
            for e in doc.ents
            if e.label_ in ("PERSON", "ORG", "GPE", "NORP") and e.root.dep_ in ("nsubj", "nsubjpass")
        ]
        resolve_speakers(atts, cands, doc_id, names, window=pronoun_window)
        rows.extend(_row(a, c, raw, sent_spans.get(doc_id, [])) for a in atts)
    out = pd.DataFrame(rows, columns=ATTRIBUTION_COLUMNS).astype({"named": bool, "via_agency": bool})
    return borrow_quote_types(out, corpus, alignment, borrow_min_dice) if len(out) else out


def _row(a: _Attr, c, raw: str, spans) -> tuple:
    def sent_of(pos: int) -> int:
        return next((int(sid) for sid, x, y in spans if x <= pos < y), -1)

    sa, sb = c.to_raw(*a.span)
    ca, cb = c.to_raw(*a.cue_span) if a.cue else c.to_raw(a.content[0], a.content[0])
    ta, tb = c.to_raw(*a.content)
    e = a.entity or {}
    return (
        a.doc_id,
        sent_of(ca if a.cue else ta),
        raw[sa:sb],
        sa,
        sb,
        raw[ca:cb],
        ca,
        cb,
        ta,
        tb,
        a.quote_type,
        a.quote_evidence,
        bool(e.get("named", False)),
        e.get("type", ""),
        e.get("affiliation", "unknown"),
        a.via_agency,
        a.medium,
        e.get("id"),
        e.get("label", ""),
        a.resolved_from,
    )
