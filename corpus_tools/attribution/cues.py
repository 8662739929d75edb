"""Cues of speech in a spaCy parse: which token is a cue, its speaker mention, its cue span and
its content span. :mod:`corpus_tools.attribution.attributions` turns these into attributions.

A cue is a verb of saying (:data:`corpus_tools.lexicon.REPORTING_VERBS`: "said", "told", "was
quoted as saying", "declined to comment", "called X Y"), a noun of saying
(:data:`corpus_tools.lexicon.NOMINAL_CUES`: "his comments on X"), "according to", a court
convention ("the court heard", "the jury was told"), any verb whose complement is a quotation
('"...," he interjected') or that follows a spoken quotation with its speaker ('"No!" the crowd
cried out'), any verb that ends its paragraph with a colon ('Smith continued:'), and an opening
"as" clause ('As the Courier revealed, ...'). All functions take spaCy tokens and return tokens
or token indices; character offsets are computed by the caller.

textacy's ``subject_verb_object_triples`` gives no passive agent, no "according to" and no
content span, so the cue's own subtree is read here instead.
"""

from __future__ import annotations

from corpus_tools import lexicon
from corpus_tools.attribution.as_clauses import as_reported
from corpus_tools.attribution.closed_quotes import stopped_before
from corpus_tools.attribution.cue_subjects import cue_subject, noun_speaker
from corpus_tools.attribution.decided_acts import decided_act
from corpus_tools.attribution.demands import demand_or_appeal, narrated_request
from corpus_tools.attribution.doc_texts import token_sent
from corpus_tools.attribution.document_addressees import addressee_participle
from corpus_tools.attribution.expert_forecasts import expert_forecast
from corpus_tools.attribution.fronted_descriptions import fronted_agent, fronted_content, reduced_description
from corpus_tools.attribution.future_acts import future_act
from corpus_tools.attribution.hailed_signs import hailed_as
from corpus_tools.attribution.heard_by import heard_by
from corpus_tools.attribution.heard_nouns import heard_noun
from corpus_tools.attribution.hearings import finite_hearing, hearing_noun, told_bench, trailing_hearing
from corpus_tools.attribution.indications import indicated
from corpus_tools.attribution.inquiries import inquired_into
from corpus_tools.attribution.jury_verdicts import jury_verdict
from corpus_tools.attribution.listing_verbs import lists_next
from corpus_tools.attribution.missed_subjects import colon_name
from corpus_tools.attribution.name_particles import name_particle, particle_mention
from corpus_tools.attribution.object_relatives import object_relative_content
from corpus_tools.attribution.passive_agents import described_by
from corpus_tools.attribution.persuasion import persuaded_that
from corpus_tools.attribution.pointing_things import thing_points
from corpus_tools.attribution.quote_tails import quoted_end
from corpus_tools.attribution.quoted_speakers import (
    closes,
    postposed_subject,
    subject_after_quote,
)
from corpus_tools.attribution.raised_agents import raised_agent
from corpus_tools.attribution.relative_subjects import noun_before_relative
from corpus_tools.attribution.reporting_restrictions import reporting_restriction
from corpus_tools.attribution.reports import HEARER_PASSIVES, physical_act, statement_verb
from corpus_tools.attribution.setting_phrases import setting_phrase
from corpus_tools.attribution.side_names import name_start
from corpus_tools.attribution.subjects import (
    coordinated_names,
    own_apposition,
    participle_opening,
    participle_trim,
)
from corpus_tools.attribution.titled_pleas import titled_plea
from corpus_tools.attribution.told_acts import called_in

__all__ = [
    "as_reported",
    "cue_content",
    "cue_kind",
    "cue_span",
    "colon_quote",
    "cue_subject",
    "coordinated_names",
    "introduces_next",
    "own_apposition",
    "noun_speaker",
    "quote_verb",
    "speaker_mention",
]

_EXCLUDED_DEPS = {"relcl", "appos", "punct", "cc", "acl", "advcl", "prep"}
#: prepositions that introduce what was said ("called for", "accused X of", "described X as")
_CONTENT_PREPS = {"for", "on", "upon", "about", "of", "as", "against", "out", "to"}
_OBJECTS = {"dobj", "oprd", "dative", "attr"}
#: parts of speech and tags that are not part of a speaker's noun phrase ("Sanders said while")


def cue_kind(tok) -> str | None:
    """The kind of cue a token is: verb, according, call, hearing, noun; None when it is not one."""
    lemma, lower = tok.lemma_.lower(), tok.lower_
    if tok.pos_ == "NOUN" and lemma in lexicon.NOMINAL_CUES:  # "his comments on X", "a call for Y"
        return _noun_kind(tok, lemma)
    if lower == "according" and any(c.lower_ == "to" for c in tok.children):
        return "according"
    # "when asked"; not a perfect with a subject; "will reveal his decision", "will hear an appeal": to come
    kids = list(tok.children) if tok.pos_ in ("VERB", "AUX") else None  # walked once (each walk makes them)
    if kids is None or _bare_participle(tok) or future_act(tok, kids) or addressee_participle(tok):
        return "hearing" if heard_noun(tok) is not None else None  # ", the inquest heard." a noun
    deps = {c.dep_ for c in kids}
    subj = [c for c in kids if c.dep_ in ("nsubj", "nsubjpass")]
    if lemma == "tell" and "nsubjpass" not in deps and trailing_hearing(tok) is not None:
        return "hearing"  # "..., Newport crown court, in south Wales, was told": no subject
    if lemma == "tell" and "auxpass" in deps and not deps & {"nsubj", "nsubjpass", "agent"}:
        return None  # "She had hoped to stay, but has been told she must go": the one told, no speaker
    if lemma == "hear" or (lemma == "tell" and "nsubjpass" in deps):
        town = [c for c in kids if c.dep_ == "csubj"]  # "Reading Crown Court heard": a gerund
        bench = any(hearing_noun(s) or _old_bailey(s) for s in subj + town) or told_bench(tok)
        bench = bench and not heard_by(tok)  # "The trial will be heard by Mr Justice X": who tries it
        if bench and (lemma == "hear" or "agent" not in deps):  # "were told by Ann Hale, for": Hale's
            return "hearing"
        if trailing_hearing(tok) is not None:
            return "hearing"
        if lemma == "hear" or "agent" not in deps:
            return None  # "She was told": the hearer; "She had been told by Judge X:" is X's (below)
    preps = {c.lower_ for c in kids if c.dep_ in ("prep", "prt")} & _CONTENT_PREPS
    if lemma == "call":  # "has called in a labor conciliator": a summons, no statement (told_acts.py)
        naming = "dobj" in deps and deps & {"oprd", "xcomp", "ccomp"}
        return None if called_in(tok) else "call" if naming else "verb" if preps else None
    # "criticised": the British form of textacy's "criticize" (claims_tune20.md, kind K3)
    lemma = lemma if lemma in lexicon.REPORTING_VERBS else lexicon.US_SPELLING.get(lemma, lemma)
    if lemma not in lexicon.REPORTING_VERBS:
        said = statement_verb(tok) and not jury_verdict(tok)  # "..., an inquest jury ruled": a verdict
        said = said or titled_plea(tok) or demand_or_appeal(tok)  # "thief Jo Day pleaded"
        said = said or persuaded_that(tok) or indicated(tok)  # "persuade X that", "indicated to X that"
        said = said or hailed_as(tok)  # "newspapers hailed the accords as a sign that"
        said = said or expert_forecast(tok)  # "Government economists forecast a deficit of"
        return "verb" if said else None
    order = reporting_restriction(tok) or thing_points(tok)  # "reporting restrictions", "It all pointed to"
    order = order or narrated_request(tok)  # "items on which Washington has asked Seoul to lower tariffs"
    threat = lemma == "threaten" and not deps & {"xcomp", "ccomp"}  # "A man described as 'X' was jailed":
    if physical_act(tok) or decided_act(tok) or threat or order or reduced_description(tok):
        return None  # no one speaks; "pointed the gun at X", "had threatened him": an act, not speech
    if lemma in lexicon.STRONG_CUES or deps & {"ccomp", "xcomp", "dobj"} or preps or tok.dep_ == "parataxis":
        return "verb"
    if {"agent", "nsubjpass"} <= deps and lemma != "quote" and _thing_said(tok):
        return "verb"  # "The allegations were denied by the officers": the agent says it
    described = described_by(tok) or fronted_agent(tok) is not None  # "Described by X as ..., Reed"
    return "verb" if as_reported(tok) or described else None  # "was described by X as"


def _bare_participle(tok) -> bool:
    """A participle clause with no subject ("when asked"), not a perfect ("because Judge Lee had
    ruled"), nor "..., Exeter Crown Court was told" (:func:`~.hearings.finite_hearing`), nor a cue
    the parser hung inside its subject's relative clause ("One friend who knew him better than most
    said:", :mod:`~.relative_subjects`)."""
    bare = tok.tag_ == "VBN" and tok.dep_ == "advcl" and not (_perfect(tok) or finite_hearing(tok))
    bare = bare and raised_agent(tok) is None  # "pictures of X, claimed by Y to be": Y's
    return bare and noun_before_relative(tok) is None and fronted_agent(tok) is None  # "Described by X as"


def _noun_kind(tok, lemma: str) -> str | None:
    """The kind "noun" for a noun of saying with its content and its speaker, else None."""
    content = [c for c in tok.children if c.dep_ in ("acl", "ccomp") or c.lower_ in _CONTENT_PREPS | {"that"}]
    clause = any(c.dep_ == "relcl" for c in tok.children)  # "claims from X for Y that ...", misparsed
    if lemma == "claim" and all(c.lower_ == "for" for c in content) and not clause:
        return None  # "lost a claim for compensation": a demand at law, nothing said
    if lemma == "appeal" and any(c.lower_ == "against" for c in tok.children):
        return None  # "won its appeal against a ruling that ...": a step at law (round 17's care, 1c)
    if lemma == "hope" and all(c.lower_ == "of" for c in content):
        return None  # "Denying X hope of parole": a prospect, nothing said (TUNE_21's hindley, K3)
    if _described_object(tok, content) or inquired_into(tok):  # "examining claims of fraud": an inquiry
        return None  # "explain away a statement by X as wrong": the statement spoken of, not told
    return "noun" if content and noun_speaker(tok) is not None else None


def _described_object(noun, content: list) -> bool:
    """A noun of saying that is the object of a verb (or a second object joined to one) with no
    content but an "as" phrase and a participle ("has to explain away his letters and a statement
    by X as an incorrect representation, taken out of context": the outer verb's description of
    the statement, nothing X is told to say; 12.07.99/places, the express 14 of ``claims.md``)."""
    head = noun
    while head.dep_ == "conj":
        head = head.head
    only_as = all(c.lower_ == "as" or (c.dep_ == "acl" and c.tag_ == "VBN") for c in content)
    joined = noun.dep_ == "conj" and head.pos_ in ("VERB", "AUX")  # the list of objects misparsed
    return (head.dep_ == "dobj" or joined) and only_as and any(c.lower_ == "as" for c in content)


def _thing_said(verb) -> bool:
    """The passive subject of a verb of saying is a thing, what is said ("The allegations were
    denied by the officers"), not a person it is said to or of ("He was asked by reporters"). The
    passive subject of a verb of telling someone ("was told", "was warned") is its hearer, a noun
    or not ("One daughter was warned off by police with CS gas")."""
    if verb.lemma_.lower() in HEARER_PASSIVES:
        return False
    return any(c.dep_ == "nsubjpass" and c.pos_ == "NOUN" for c in verb.children)


def _old_bailey(tok) -> bool:
    """The Old Bailey, London's criminal court, named without the word "court" ("the Old Bailey was
    told"): a hearing."""
    return tok.lower_ == "bailey" and any(c.lower_ == "old" for c in tok.children)


def _names_description(head, child) -> bool:
    """Whether ``child`` is an appositive giving the name of a described speaker ("One pastor, Dan
    Reyes, said"): the name is who spoke, so the mention keeps it."""
    return (
        child.dep_ == "appos"
        and child.i > head.i
        and head.pos_ != "PROPN"
        and head.pos_ != "PRON"
        and any(x.pos_ == "PROPN" for x in child.subtree)
    )


#: a hard-wrapped line of prose is at least this long (a byline line is shorter)
_WRAPPED_LINE = 40


def _wrapped_name(t, gap: str, text: str, at: int) -> bool:
    """Whether a newline (``gap``, at ``at`` in ``text``) after ``t`` wraps a name in the middle
    of a hard-wrapped line of prose: ``t`` a proper noun compounded on the next name word, the line
    it ends long, the next line not indented ("the New China News\nAgency said", round 34, branch
    audit34, Reuters-21578 5147: not "Agency"); so is a body's title compounded on the name after it
    ("..., Pentagon spokesman\nRobert Sims said", round 36, branch debt36, round 35's held-out 15186:
    not "Robert Sims" alone, which kept him apart from the Pentagon he speaks for)."""
    if gap != "\n" or t.dep_ != "compound" or t.nbor().pos_ != "PROPN":
        return False
    if t.pos_ != "PROPN" and not _body_title(t):
        return False
    return at - (text.rfind("\n", 0, at) + 1) >= _WRAPPED_LINE


def _body_title(t) -> bool:
    """``t`` a title word of the speakers' lexicon with its body's name compounded on it ("Pentagon
    spokesman", "AMR chairman"; not "executive vice president")."""
    if t.lower_ not in lexicon.SPEAKER_WORDS["official"]:
        return False
    return any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in t.children)


def _one_name(t) -> bool:
    """``t`` and the word after it lie in one name of the parse's entities ("the International<newline>
    Energy Agency (IEA) said": a hard wrap inside the agency's name, not a byline line before it;
    round 34, branch tune34, 13256 of ``TUNE_34``)."""
    return bool(t.ent_type_) and t.nbor().ent_iob_ == "I" and t.nbor().ent_type_ == t.ent_type_


def _kept_prep(head, c) -> bool:
    """Whether the dependent ``c`` of a speaker's ``head`` is a preposition kept in the mention: one
    right after the head ("Spokesman for Armco"), unless it sets the statement in time or place
    ("Acme Corp in March said", :func:`~.setting_phrases.setting_phrase`)."""
    return c.dep_ == "prep" and c.i == head.i + 1 and not setting_phrase(head, c)


def speaker_mention(head, text: str, offset: int):
    """The speaker mention: the head's subtree without clauses, asides and prepositions after
    a comma; cut at a line break, so a byline line is never part of it (a hard-wrapped line that
    goes on in lower case, "a union<newline>representative", or inside one name of the parse's
    entities, "the International<newline>Energy Agency", is one line)."""
    keep, stack = {head.i}, [head]
    while stack:
        t = stack.pop()
        for c in t.children:
            if c.dep_ == "cc" and t == head and any(x.dep_ == "conj" and x.i > c.i for x in head.children):
                pass  # "candidate and former surgeon Ray Dunn": one mention
            elif t == head and _names_description(head, c) and participle_opening(head) is None:
                keep.update(range(head.i, c.right_edge.i + 1))  # "a spokeswoman, Ana Ruiz,": both
            elif t == head and c.dep_ in _EXCLUDED_DEPS and not _kept_prep(head, c):
                continue
            keep.add(c.i)
            stack.append(c)
    lo = head.i
    while lo - 1 in keep:
        lo -= 1
    hi = head.i + 1
    while hi in keep:
        hi += 1
    lo, hi = participle_trim(head, lo, hi)  # "Sentencing Jones, who denied ...": "Jones"
    lo = name_start(head, lo)  # "lost sight of him ..., Mr Alan Pritt, prosecuting, told"
    lo, hi = particle_mention(head, lo, hi)  # "The director of the Banco do Brasil's ... department, X, told"
    span = head.doc[lo:hi]
    for t in span:  # a newline inside the mention: keep what follows the last one
        if t.i >= head.i:
            break
        gap = text[offset + t.idx + len(t) : offset + t.nbor().idx]
        # "a union\nrepresentative"; "the International\nEnergy Agency"
        wrapped = gap.count("\n") == 1 and (t.nbor().text[:1].islower() or _one_name(t))
        wrapped = wrapped or _wrapped_name(t, gap, text, offset + t.idx + len(t))
        if t.i < head.i and "\n" in gap and not wrapped:
            lo = t.i + 1
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.pos_ == "PROPN":  # participle_subject
        while lo < head.i and head.doc[lo].is_lower and head.doc[lo + 1].text[:1].isupper():
            lo += 1  # "a verdict of suicide West Yorkshire coroner David Hinchliff": the name's words
    while lo < hi and (head.doc[lo].is_punct or head.doc[lo].dep_ == "cc"):
        lo += 1
    while hi > lo + 1 and head.doc[hi - 1].dep_ in ("case", "punct"):  # "Trump's threats": the name only
        hi -= 1
    return head.doc[lo:hi]


def cue_span(verb, kind: str, outlets: frozenset[str]) -> tuple[int, int, str]:
    """Token range of the cue ("has said", "told Reuters", "was quoted as saying") and the medium."""
    if kind == "according":
        return verb.i, verb.i + 2, ""
    if kind == "noun":
        return verb.i, verb.i + 1, ""
    parts = [
        c.i
        for c in verb.children
        if c.dep_ in ("aux", "auxpass", "neg")
        and c.i < verb.i
        and not name_particle(c)  # "the Banco do Brasil's department told": a name's "do"
        and not any(closes(t) for t in verb.doc[c.i : verb.i])  # '"I will ...," she tweeted'
    ]
    lo, hi, medium = min([verb.i, *parts]), verb.i + 1, ""
    by = [t for t in verb.subtree if t.lower_ == "by"] if verb.lemma_ == "quote" else []
    kids = list(verb.children) + by
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


def _edges(tokens) -> tuple[int, int] | None:
    """Token range covering the subtrees of ``tokens`` (from their edges: a subtree is one
    contiguous run in a projective parse, so its tokens need not be walked), None for none."""
    if not tokens:
        return None
    return min(t.left_edge.i for t in tokens), max(t.right_edge.i for t in tokens) + 1


def cue_content(verb, kind: str, mention) -> tuple[int, int]:
    """Token range of the reported content."""
    doc, sent = verb.doc, token_sent(verb)
    if (fronted := fronted_content(verb)) is not None:  # "Described by X as 'proud', Reed": the words
        return fronted
    if kind == "according":
        inner = {t.i for t in verb.subtree}
        toks = [t.i for t in verb.head.subtree if t.i not in inner and not t.is_punct]
        if toks:
            return min(toks), max(toks) + 1
    comps = [
        c
        for c in verb.children
        if c.dep_ in ("ccomp", "xcomp") and not (verb.lemma_ == "decline" and c.lemma_ == "comment")
    ]
    # 'On X's claim there are Y, Benjamin said he believes Z': the complement after the verb,
    # unless the one before is a quotation ('"It's nonsense," Mr. Lane said by telephone on ...')
    quoted = [c for c in comps if c.i < verb.i and any(t.is_quote for t in c.subtree)]
    for c in quoted[:1] or [c for c in comps if c.i > verb.i][:1] or comps[:1]:
        return c.left_edge.i, quoted_end(c)  # the subtree's span (spaCy's parses are projective)
    said = [c for c in verb.children if c.dep_ == "nsubjpass"] if kind == "verb" and _thing_said(verb) else []
    if said and any(c.dep_ == "agent" for c in verb.children):  # "The allegations were denied by ..."
        return said[0].left_edge.i, said[0].right_edge.i + 1
    if kind == "noun":
        kids = [
            c
            for c in verb.children
            if c.i > verb.i and (c.dep_ in ("acl", "ccomp") or c.lower_ in _CONTENT_PREPS | {"that"})
        ]
        return _edges(kids) or (verb.i, verb.i)
    strong = verb.lemma_.lower() in lexicon.STRONG_CUES and kind != "call"
    if kind != "according" and verb.lemma_ != "tell":  # "announced his resignation", "said the same"
        kids = [
            c
            for c in verb.children
            if c.i > verb.i and (c.dep_ in _OBJECTS or (c.lower_ in _CONTENT_PREPS and not strong))
        ]
        if kids:
            return _edges(kids)
    if (admitted := object_relative_content(verb)) is not None:  # "the count, which X had admitted,"
        return admitted
    own = [t.i for t in verb.subtree if t.i > verb.i and not t.is_punct] if verb.dep_ == "relcl" else []
    if own:  # "Jones, who had pleaded not guilty, was jailed": the relative clause's words, not the rest
        return min(own), max(own) + 1
    lo, hi = min(mention.start, verb.i), max(mention.end, verb.i + 1)
    lo = lo - 1 if kind == "hearing" and heard_noun(verb) is not None else lo  # ", the inquest heard.": "the"
    if lo > sent.start and doc[lo - 1].dep_ == "cc" and hi < sent.end:
        a, b = hi, sent.end  # "..., but members told X she thinks Y": the clause before is not said
    else:
        a, b = max((sent.start, lo), (hi, sent.end), key=lambda r: r[1] - r[0])
    while b > a and doc[b - 1].is_punct:
        b -= 1
    while a < b and doc[a].is_punct:
        a += 1
    return a, b


def introduces_next(verb, max_words: int = 4, *, text: str | None = None) -> bool:
    """Whether a verb ends its paragraph with a colon after at most ``max_words`` words ('Smith
    continued:', 'X issued the following statement:'): it introduces the next paragraph.
    ``text`` is ``verb.doc.text`` when the caller has it (spaCy joins the tokens on every
    access: asked once per token, it would make a paragraph's cost quadratic)."""
    text = verb.doc.text if text is None else text
    end = len(text)
    while end and text[end - 1].isspace():
        end -= 1
    if not text.endswith(":", 0, end):  # the common case, without copying the rest of the paragraph
        return False
    rest = text[verb.idx + len(verb) : end].strip()
    return (
        rest.endswith(":")
        and len(rest[:-1].split()) <= max_words
        and not any(q in rest for q in ('"', "``", "''"))
    )


def colon_quote(verb) -> bool:
    """Whether a verb's colon opens a quotation in any marks, single ones included ("her
    daughters screamed from the public gallery: 'She did not do it!'"): the mark right after it.
    Single marks are no quotation of :func:`~.quotes.quote_segments` (an apostrophe is one too), so
    a paper that quotes in single marks is read by this shape."""
    doc = verb.doc
    end = verb.right_edge.i + 1  # "X put it to him: ``The position is ...''", the parser's colon the quote's
    if end + 1 < len(doc) and doc[end].text == ":" and _opens(doc[end + 1]) and verb.head.i > end:
        return True
    return any(
        c.dep_ == "punct" and c.text == ":" and c.i > verb.i and c.i + 1 < len(doc) and _opens(doc[c.i + 1])
        for c in verb.children
    )


def _opens(tok) -> bool:
    """A quote mark that opens a quotation (``"``, a single or typographic mark, two backticks)."""
    return tok.text in ('"', "'", "\u2018", "\u201c", "``") or (tok.is_quote and tok.text != "''")


def quote_verb(tok, offset: int, quotes, *, text: str | None = None) -> str | None:
    """Any verb with a subject whose clausal complement is a quotation ('"...," he interjected';
    'She continued: "..."'): the quotation makes it speech. ``text`` is ``tok.doc.text`` when the
    caller has it (see :func:`introduces_next`)."""
    if tok.pos_ != "VERB" or any(0 <= offset + tok.idx - qa <= 3 for qa, _ in quotes):
        return None  # "which could ``alter the ability ...''": a verb the quotation opens with is quoted
    subj = [c for c in tok.children if c.dep_ == "nsubj"]
    if not subj and (postposed_subject(tok) is not None or subject_after_quote(tok) is not None):
        return "verb"  # '"...," posted Jo Mills'; '"...," Ms Hart answers'
    if not subj:
        return "verb" if colon_name(tok) is not None else None  # 'Hollins - Garrow allegedly boasted: "..."'
    if colon_quote(tok):
        return "verb"  # "her daughters screamed from the public gallery: 'She did not do it!'"
    text = tok.doc.text if text is None else text
    if introduces_next(tok, text=text) and not lists_next(tok):  # not "Cases include:"
        return "verb"  # 'Smith continued:' at the paragraph's end: the next paragraph's quotation
    lo, own = offset + min(tok.idx, subj[0].idx), offset + subj[0].left_edge.idx  # not 'Her "minor" op'
    closed = any(
        0 <= lo - qb <= 3 and qa < own and not stopped_before(tok, text, qb - offset) for qa, qb in quotes
    )
    if closed:  # '"...," he continued'; '"...," recalled X'; not '"... home." Neighbours noticed'
        return "verb"
    named = subj[0].ent_type_ == "PERSON" and tok.i == subj[0].i + 1  # the verb right after the name
    start = offset + token_sent(tok)[0].idx  # the quotation closes in the verb's own sentence
    if named and any(0 <= offset + subj[0].left_edge.idx - qb <= 3 and qa > start for qa, qb in quotes):
        return "verb"  # '"..." Mr Justice Hale ruled in the High Court': no comma, a titled name
    lo = offset + min(tok.idx, subj[0].left_edge.idx)  # '"...!" the crowd cried out': spoken, so ,?!
    if any(0 <= lo - qb <= 4 and text[qb - offset - 1 : qb - offset] in (",", "?", "!") for qa, qb in quotes):
        return "verb"
    for c in tok.children:
        if c.dep_ in ("ccomp", "parataxis") or (c.dep_ == "punct" and c.text == ":"):
            toks = list(c.subtree) if c.dep_ != "punct" else list(tok.doc[c.i + 1 : token_sent(tok).end])
            if not toks:
                continue
            a, b = offset + toks[0].idx, offset + toks[-1].idx + len(toks[-1])
            inside = sum(max(0, min(qb, b) - max(qa, a)) for qa, qb in quotes)
            if inside >= 0.6 * (b - a):
                return "verb"
    return None


def _perfect(tok) -> bool:
    """Whether a participle is a finite perfect with its own subject ("because Judge Lee had ruled"),
    not a bare participle clause ("when asked"); "it" is no speaker of such a clause ("after it had
    declined")."""
    kids = list(tok.children)
    subject = any(c.dep_ == "nsubj" and c.lower_ != "it" for c in kids)
    return subject and any(c.dep_ == "aux" and c.lemma_ == "have" for c in kids)
