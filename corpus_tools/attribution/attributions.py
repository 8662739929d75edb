"""Who said what: speech attributions, their spans, and the speakers they resolve to.

A cue is read from the spaCy dependency parse of each cleaned body paragraph
(:func:`~corpus_tools.text.sentences.parse`; the rules are in :mod:`~corpus_tools.attribution.cues`):
a verb of saying
(:data:`corpus_tools.lexicon.REPORTING_VERBS`:
"said", "told", "was quoted as saying", "declined to comment", "called X Y"), "according to",
a court convention ("the court heard", "the jury was told"), or a paragraph that opens a quote
with no cue of its own (a continuing quote: the last speaker of the paragraph before). Its
subject (or passive subject, or the object of "according to") is the speaker mention, its
clausal complement (or the rest of the sentence, widened to the whole quotation when the text
has quote marks) the content. Quote marks only decide the quote type; unbalanced marks never
raise, and texts that lost their marks get an inferred type.

Speakers are then resolved within the document: a pronoun to the nearest compatible mention
(number; gender from titles and earlier pronouns; person or not) within ``pronoun_window``
paragraphs, name variants ("Mr Tarrant", "prosecutor Owen Tarrant") by surname, and definite
descriptions ("the prosecutor", "the former official", "the sources") to the latest speaker
they describe. An unresolved pronoun is never a speaker of its own (``speaker_id`` is None).

Where textacy was the obvious candidate and is not used:

* ``textacy.extract.triples.direct_quotations``: raises on an odd number of quote marks and
  finds nothing once marks are stripped; it finds 0.30 of PolNeAR dev's speech attributions.
* ``textacy.extract.triples.subject_verb_object_triples``: see :mod:`corpus_tools.attribution.cues`.
* ``textacy.constants.REPORTING_VERBS``: used, merged into :data:`corpus_tools.lexicon.REPORTING_VERBS`.
"""

from __future__ import annotations

import pandas as pd

from corpus_tools import lexicon
from corpus_tools.attribution.alleged import person_mentions
from corpus_tools.attribution.antecedents import subject_candidates, text_genders
from corpus_tools.attribution.benches import name_the_benches
from corpus_tools.attribution.breaks import speakers_after_breaks
from corpus_tools.attribution.clause_pleas import (
    clause_plea,
    object_after_place,
    participle_host,
    split_antecedent,
)
from corpus_tools.attribution.colon_tags import colon_tag
from corpus_tools.attribution.cues import (
    coordinated_names,
    cue_content,
    cue_kind,
    cue_span,
    cue_subject,
    quote_verb,
    speaker_mention,
)
from corpus_tools.attribution.entities import attribution_role, leaders, mark_nested, normalise_space, said_of
from corpus_tools.attribution.hearings import HEARD
from corpus_tools.attribution.hyphens import whole_words
from corpus_tools.attribution.joint import cut_members, joint_bodies, own_conjunct
from corpus_tools.attribution.judges import name_the_judge
from corpus_tools.attribution.label_cuts import cut_label
from corpus_tools.attribution.listed_pleas import listed_plea
from corpus_tools.attribution.lone_names import person_names
from corpus_tools.attribution.missed_subjects import group_texts, missed_subject, name_span
from corpus_tools.attribution.namesakes import full_names
from corpus_tools.attribution.outlets import name_the_outlet
from corpus_tools.attribution.pairs import named_pairs, takes_before, with_earlier_takes
from corpus_tools.attribution.passives import no_statement, passive_party
from corpus_tools.attribution.pleas import plea
from corpus_tools.attribution.questions import continuation
from corpus_tools.attribution.quote_sentences import carry_quotations
from corpus_tools.attribution.quotes import (
    FIRST_PERSON,
    blank_spans,
    borrow_quote_types,
    colon_before_quote,
    quote_beside,
    quote_segments,
    quote_type,
    quoted_cue,
    single_quoted,
    widen_to_quotes,
)
from corpus_tools.attribution.records import ATTRIBUTION_COLUMNS
from corpus_tools.attribution.records import Attr as _Attr
from corpus_tools.attribution.relative_asides import aside_speaker
from corpus_tools.attribution.relative_speakers import quoted_antecedent, relative_speaker, whose_possessors
from corpus_tools.attribution.reports import expletive, not_a_report
from corpus_tools.attribution.said_genders import said_genders
from corpus_tools.attribution.side_names import name_after_content, name_before_cue
from corpus_tools.attribution.sides import one_side_per_document
from corpus_tools.attribution.signatures import signature
from corpus_tools.attribution.single_quotes import in_single_quotes, single_quote_spans
from corpus_tools.attribution.speakers import PRONOUNS, resolve_speakers
from corpus_tools.attribution.spouses import couple_surnames
from corpus_tools.attribution.stop_quotes import quotation_after_stop
from corpus_tools.attribution.subjects import ing_surname, without_measure
from corpus_tools.attribution.surname_subjects import surname_subjects
from corpus_tools.attribution.takes import name_across_takes
from corpus_tools.io.corpus import require_columns
from corpus_tools.text.sentences import clean_text, paragraph_docs, parse
from corpus_tools.text.sentences import sentences as text_sentences

__all__ = ["ATTRIBUTION_COLUMNS", "attributions", "unborrowed_attributions"]

# ----------------------------------------------------------------------------- one document


def _paragraph_attributions(doc_id, para, offset, doc, text, outlets, quotes=(), story="") -> list[_Attr]:
    out = []
    para_text = doc.text  # once: spaCy joins the tokens on every access
    colon = para_text.rstrip().endswith(":")
    colons = colon or ":" in para_text  # a colon may open a quotation in single marks (colon_quote)
    for verb in doc:
        kind = cue_kind(verb) or ("verb" if clause_plea(verb) else None)  # "having admitted"
        if kind is None and (quotes or colons):
            kind = quote_verb(verb, offset, quotes, text=para_text)
        if kind is None or (verb.lemma_ == "comment" and verb.head.lemma_ == "decline"):
            continue
        head = passive_party(verb, cue_subject(verb, kind))  # "described as X by Y": Y
        head = aside_speaker(verb, head)  # "Mr Hill, who they said matched": they
        head = name_before_cue(verb) if head is None and kind == "verb" else head  # "..., Ann Hale, said:"
        head = (name_after_content(verb, head) or head) if kind == "verb" else head  # "..., X QC, told"
        named_ing = ing_surname(verb, text) if head is None else None  # "Denning claimed", tagged a verb
        if named_ing is None and kind == "verb":  # "Bradly told the court"; "Passing sentence, X, said"
            named_ing = missed_subject(verb, story or text)
        head = without_measure(named_ing if named_ing is not None else head, verb)  # not "the 6ft 1in"
        host = participle_host(verb) if head is None else None  # "was jailed after admitting"
        head = cue_subject(host, "inherit") if host is not None else head or split_antecedent(verb)
        if head is None:
            continue
        mention = speaker_mention(head, text, offset) if named_ing is None else name_span(head)
        mention = cut_label(whole_words(mention), verb)  # "the 18-year-old", not "old"; no clause
        if not any(ch.isalpha() for ch in mention.text):  # "O'Neill" and "Mr." are words
            continue
        if quoted_antecedent(head, verb):
            continue  # "a 'shambles' which means": a quoted phrase, no speaker
        relative = (
            whole_words(speaker_mention(relative_speaker(head, verb), text, offset))
            if head.lower_ in ("who", "that", "which")
            else None
        )
        ca, cb = object_after_place(verb, cue_content(verb, kind, mention))  # "admitted at X Court Y"
        lo, hi, medium = cue_span(verb, kind, outlets)
        chars = lambda a, b: (offset + doc[a].idx, offset + doc[b - 1].idx + len(doc[b - 1]))  # noqa: E731
        if cb <= ca and not (quotes or colon):
            continue  # no content; kept only when a quotation beside it or after its colon may be it
        pair = couple_surnames(mention)  # "Mr and Mrs Hill": one pair, not "Mrs Hill" apart
        members = coordinated_names(head) or joint_bodies(head)  # "charities and councils said": each
        others = [] if pair else cut_members([speaker_mention(t, text, offset) for t in members])
        mention = own_conjunct(mention, head, others, story or text, plea(verb.text))  # two, not the pair
        mention, others, (ca, cb) = listed_plea(verb, mention, others, (ca, cb))  # "A; B and C all deny"
        for m in [mention, *others]:  # "Rattigan and Wyatt denied murder": two speakers
            mtext, role = m.text.lower(), attribution_role(verb, kind, head if m is mention else m.root)
            why = (
                not_a_report(verb, kind, head) or no_statement(verb, kind, head)
                if role == "speaker"
                else None
            )
            said = role == "mention" and said_of(verb, head) and verb.lemma_.lower() != "allege"
            why = "passive" if said else why  # "X is said to": no one to resolve ("is alleged to" is)
            role = "mention" if why else role  # no statement; one who kept silent or acted is resolved
            agency = mtext in outlets or m.root.lower_ in outlets or medium.lower() in outlets
            out.append(
                _Attr(
                    doc_id,
                    para,
                    chars(m.start, m.end),
                    chars(lo, hi),
                    chars(ca, cb) if cb > ca else (chars(lo, hi)[1],) * 2,
                    text[chars(lo, hi)[0] : chars(lo, hi)[1]],
                    m,
                    via_agency=agency,
                    medium=medium,
                    resolved_from=HEARD if kind == "hearing" else "mention",  # a hearing's: is_hearing
                    antecedent=relative,
                    role=role,
                    free=verb.tag_ == "VBG" and verb.head.lower_ == "with",  # "with Washington saying"
                    resolve=why in (None, "silence", "act") and not expletive(verb, head),
                )
            )
    return out


def _continues(last: _Attr | None, found: list[_Attr], para_text: str, state: dict, offset: int = 0) -> bool:
    """Whether a paragraph continues the quotation of the last speaker before it (without marks: the
    first person outside what the paragraph's own cues attribute, :func:`~.quotes.blank_spans`)."""
    if last is None or any(a.mention.root.lower_ not in PRONOUNS for a in found):
        return False
    if state["evidence"] == "quote_marks":
        return not found and para_text.lstrip().startswith(('"', "``", "''"))
    open_end = last.quote_type == "direct" and last.content[1] >= state["last_end"] - 2
    open_end = open_end and last.cue_span[1] <= last.content[0]
    own = blank_spans(para_text, [a.content for a in found], offset)
    return open_end and (state["continuing"] or bool(FIRST_PERSON.search(own)))


#: verbs of a thing read as a sign ("the note suggested: ..."), whose quotation is the reader's
_INFERENCES = {"suggest", "indicate", "show", "imply", "mean"}


def _outer(att: _Attr, found: list[_Attr], inside=()) -> _Attr:
    """The speaker whose statement goes on in a continued quotation: when ``att`` draws an inference
    ("Froggett told the inquest ..., adding that the note suggested: ``It was ..."), the attribution
    of the same paragraph whose content holds its cue and speaker: what a thing "suggested" is the
    outer speaker's reading of it. A cue inside the quotation ("He said: ``The Crown say ...")
    gives the quotation to the speaker outside it whose cue comes last before it. Else ``att``: a
    quotation of another speaker's words ("He said Pinochet had replied: ``Yes ...") goes on in
    that speaker's words."""

    def holds(b: _Attr) -> bool:
        lo, hi = b.content
        return b is not att and b.role == "speaker" and lo <= att.cue_span[0] < hi and lo <= att.span[0] < hi

    if any(qa <= att.span[0] < qb for qa, qb in inside):  # the speaker stands inside a quotation
        outside = [b for b in found if holds(b) and not any(qa <= b.span[0] < qb for qa, qb in inside)]
        return max(outside, key=lambda b: b.cue_span[0]) if outside else att
    inference = att.mention is not None and att.mention.root.head.lemma_.lower() in _INFERENCES
    # the outer's: an expletive "It must be emphasised" inside a quotation, and a report in indirect
    own = att.resolve and not inference and att.quote_type == "direct"  # speech ("She said Jo would claim")
    return att if own else next((b for b in found if holds(b)), att)


def _document(doc_id: str, raw: str, paragraphs, outlets: frozenset[str], continue_quotes: bool, story=""):
    c = clean_text(raw)
    quotes = quote_segments(c.text)
    # marks stripped: more stripped-mark repairs than quotations (one odd gap in a quoted text is not)
    stripped = sum(e.kind in ("stripped_quote", "stripped_apostrophe") for e in c.edits) > len(quotes)
    has_marks = bool(quotes) or any(e.kind == "typographic_quote" for e in c.edits)
    evidence = "inferred" if stripped else "quote_marks" if has_marks else "no_quote_marks"
    out: list[_Attr] = []
    state = {"evidence": evidence, "continuing": False, "last_end": 0, "last": None}
    for i, (para, offset, doc) in enumerate(paragraphs):
        end = offset + len(doc.text)
        inside = [q for q in quotes if offset <= q[0] < end]
        found = _paragraph_attributions(doc_id, para, offset, doc, c.text, outlets, inside, story)
        speakers_after_breaks(found, c, offset)  # a paragraph cut off without its stop
        for att in found:
            if evidence == "quote_marks":
                beside = quote_beside(att, inside, text=c.text)
                empty = att.content[0] == att.content[1]
                att.content = beside or (
                    att.content if empty else widen_to_quotes(att.content, att.cue_span, inside, c.text)
                )
            att.content = single_quoted(att.content, att.cue_span[1], c.text, end) or att.content
            after_stop = quotation_after_stop(att, c.text, end, inside)  # "X said later. 'It is ...'"
            att.content = after_stop or att.content
            att.after_stop = att.after_stop or bool(after_stop)
            att.quote_type = "direct" if after_stop else quote_type(att, c.text, quotes, evidence)
            att.quote_evidence = evidence
        # a cue inside a quotation (closed, or carried on by the next paragraph) is part of it
        below = paragraphs[i + 1][2].text if i + 1 < len(paragraphs) else ""
        found = [a for a in found if not quoted_cue(a.span[0], a.cue_span[0], inside, c.text, end, below)]
        single = single_quote_spans(c.text, offset, end)  # a paper's quotation in single marks
        found = [a for a in found if not in_single_quotes(a.span[0], a.cue_span[0], single)]
        # 'X said:' at a paragraph's end introduces the quotation that opens the next paragraph
        # ('Smith continued:', 'In a speech, he declared:', 'X issued the following statement:')
        (colon, before), state["colon"] = state.get("colon") or (None, None), None
        if found and evidence == "quote_marks" and colon_before_quote(found[-1], c.text[:end]):
            state["colon"] = (found[-1], found[-1].content)
            found[-1].content = (found[-1].cue_span[1],) * 2
        found = [a for a in found if a.content[0] < a.content[1]]
        opens = c.text[offset:end].lstrip().startswith(('"', "``", "''"))
        if colon is not None and inside and opens and not found:
            colon.content, colon.quote_type = (inside[0][0], inside[-1][1]), "direct"
            found = [colon]
        elif (
            colon is not None
            and not opens
            and colon.cue != "according to"
            and (before[0] == before[1] or before[1] <= colon.span[0])  # not 'X noted the low turnout:'
            and all(a.mention.root.lower_ in PRONOUNS for a in found)
        ):  # 'In a speech, he said:' then a paragraph set off without marks: a block quotation
            trail = len(doc.text) - len(doc.text.rstrip())
            colon.content, colon.quote_type = (offset, end - trail), "direct"
            found = [colon, *found]
        elif colon is not None and before[0] < before[1]:  # no quotation follows: its own content
            colon.content = before
            out.append(colon)
        signed = signature(doc_id, para, paragraphs[i + 1], evidence) if i + 1 < len(paragraphs) else None
        if signed is not None and inside and opens and not found:
            signed.content = (inside[0][0], inside[-1][1])  # the quotation a dash line below signs
            found = [signed]
        if not found and colon is None:  # "The magistrate: ``...''": a tag and no verb
            found = [t] if (t := colon_tag(doc_id, para, offset, doc, evidence, inside)) else []
        last = state["last"]
        state["continuing"] = continue_quotes and _continues(last, found, c.text[offset:end], state, offset)
        if state["continuing"] and not (found and found[0] is colon):
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
                continues=last,
            )
            found = [continuation(cont, last)]  # a question's reply is the one asked's
        if found:  # a quotation continued goes on the outer speaker's ("X said the note read: ...")
            state["last"], state["last_end"] = _outer(found[-1], found, inside), end
        out.extend(found)
    mark_nested(out)
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
    unborrowed: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Every speech attribution in every article body, with its speaker resolved in the document.

    Args:
        corpus: the corpus frame.
        parses: the frame of :func:`corpus_tools.text.sentences.parse`; parsed here when not given.
        model: spaCy pipeline name or object, used only when ``parses`` is not given.
        outlets: names of news agencies and outlets whose credit ("told Northwire", "Northwire
            reported") makes an agency attribution, besides :data:`corpus_tools.lexicon.AGENCIES`.
            Default: the corpus's ``outlet`` column (INDEX.md), ``unknown`` left out.
        sentences: the frame of :func:`corpus_tools.text.sentences.sentences` (for ``sent_id``); computed
            from ``parses`` when not given.
        alignment: the frame of :func:`corpus_tools.reuse.alignment.align_sentences`, used only to pair a
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
        unborrowed: :func:`unborrowed_attributions` of the same arguments, if computed already.

    Returns:
        One row per attribution, in document order. Offsets are raw (``corpus.text[doc_id]``):
        ``doc_id``; ``sent_id`` (of the cue; of the content for a continuing quote);
        ``speaker``, ``speaker_start``, ``speaker_end`` (the speaker mention the attribution
        points to: its subject, passive subject or "according to" object, with a name in
        apposition to a description ("One pastor, Dan Reyes,"); for a continuing quote the
        previous attribution's mention); ``cue``, ``cue_start``, ``cue_end`` ("said", "told
        Reuters", "was quoted as saying", "according to", "heard", the dash of a line that signs
        the quotation above it; empty for a continuing quote);
        ``content_start``, ``content_end`` (what is attributed; the whole quotation when the text
        has marks); ``quote_type`` (``direct``, ``indirect``, ``mixed``); ``quote_evidence``
        (``quote_marks``; ``quote_marks in <doc_id>`` when a text that lost its marks borrowed the
        type of the same statement in a version that kept them; ``inferred`` when marks were
        stripped: content before the cue or after a colon, or in the first person, is direct;
        ``no_quote_marks`` for a text with none: only first-person content is direct);
        ``named`` (a proper name of a person or organisation is given); ``speaker_type``
        (``person``, ``official`` (a person holding an office or title), ``organisation``,
        ``government`` (a country or capital for its government), ``document``, ``media``,
        ``anonymous``; empty for an unresolved pronoun); ``affiliation``
        (organisations, places and groups named in the mention, its appositive or "spokesman for
        X" phrase, "; "-joined, else ``unknown``); ``via_agency`` (the speaker or the medium is a
        news agency or outlet); ``medium`` (who was told or who quoted: "Reuters", "Iranian
        media", "the court"; empty if none); ``speaker_id`` (the distinct speaker in the document,
        ``<doc_id>:S<n>``; None for an unresolved pronoun); ``speaker_label`` (its first full
        mention); ``resolved_from`` (how the speaker was found: ``mention``, ``name_variant``,
        ``description``, ``pronoun``, ``continuing_quote``, ``hearing`` ("the court heard",
        "..., an inquest heard yesterday": the speaker is not given), ``pair`` (a plural subject
        that stands for named people spoken of together, "They claimed", "The defendants said":
        one speaker labelled "A and B"), ``unresolved`` (a pronoun
        with no antecedent, an expletive "it was stated")); ``role`` (``speaker``: a statement of
        its speaker; ``mention``: speech mentioned, not reported ("given Trump's threats", "is expected to
        announce"), or a subject that does not speak (the accused of "was accused of", "tests
        revealed", a group's fear, a law; :mod:`corpus_tools.attribution.reports`): such a row
        has no ``speaker_id``; ``nested``: a report inside another speaker's statement, which
        ``reported_by`` names; see :mod:`corpus_tools.attribution.entities`); ``reported_by``
        (the ``speaker_id`` of the outer statement of a nested one, else None). A resolved
        speaker's ``named``, ``speaker_type`` and ``affiliation`` are those of the distinct
        speaker; speaker strings have their white space normalised (no line breaks).

    Example:
        >>> from corpus_tools import load_corpus
        >>> a = attributions(load_corpus("seeds"))
        >>> a.query("doc_id == '002'").cue.tolist()[:2]
        ['has suggested', 'have said']
    """
    require_columns(corpus, ["text"], "attributions")
    if unborrowed is None:
        kw = {"outlets": outlets, "pronoun_window": pronoun_window, "continue_quotes": continue_quotes}
        unborrowed = unborrowed_attributions(corpus, parses=parses, model=model, sentences=sentences, **kw)
    out = unborrowed
    return borrow_quote_types(out, corpus, alignment, borrow_min_dice) if len(out) else out


def unborrowed_attributions(
    corpus: pd.DataFrame,
    *,
    parses: pd.DataFrame | None = None,
    model=None,
    outlets=None,
    sentences: pd.DataFrame | None = None,
    pronoun_window: int = 2,
    continue_quotes: bool = True,
) -> pd.DataFrame:
    """:func:`attributions` (its arguments, its columns) before quote types are borrowed across
    versions: nothing here reads the alignment, so a lane computes it while the chain aligns."""
    require_columns(corpus, ["text"], "attributions")
    parses = parse(corpus, model=model) if parses is None else parses
    names = _outlet_names(corpus, outlets)
    out = _attribution_frame(corpus, parses, names, sentences, pronoun_window, continue_quotes)
    # "the judge" of a later take is the judge an earlier take names; of a paper, the one it names;
    out = name_the_outlet(name_the_judge(name_across_takes(out, corpus)))  # "the newspaper", the one named
    out = name_the_benches(out, corpus)  # "The appeal judges" of a paper: the court the story names
    return one_side_per_document(out)  # one side, one speaker


def _outlet_names(corpus: pd.DataFrame, outlets) -> frozenset[str]:
    """The lower-cased outlet and agency names whose credit makes an agency attribution."""
    if outlets is None:
        outlets = corpus["outlet"] if "outlet" in corpus.columns else []
    names = frozenset(str(o).lower() for o in outlets if str(o).lower() not in ("unknown", "", "nan"))
    return names | (lexicon.AGENCIES - {"agency", "agencies"})


def _attribution_frame(corpus, parses, names, sentences, pronoun_window, continue_quotes) -> pd.DataFrame:
    """The attribution rows of every document, speakers resolved, before quote types are borrowed."""
    by_doc = paragraph_docs(parses)
    sents = text_sentences(corpus, parses=parses) if sentences is None else sentences
    sent_spans = {d: g[["sent_id", "start", "end"]].to_numpy() for d, g in sents.groupby("doc_id")}
    rows = []
    names_texts = group_texts(corpus)
    before, found = takes_before(corpus), {}  # "Both men deny" in a later take: an earlier take's pair
    for doc_id, raw in corpus["text"].items():
        doc_id = str(doc_id)
        paragraphs = by_doc.get(doc_id, [])
        atts, c = _document(doc_id, raw, paragraphs, names, continue_quotes, names_texts.get(doc_id, ""))
        cands = surname_subjects(paragraphs, whose_possessors(subject_candidates(paragraphs)))  # "Hale, who"
        resolvable = [a for a in atts if a.resolve]
        found[doc_id] = named_pairs(paragraphs)
        known = {
            "leaders": leaders(raw),
            "pairs": with_earlier_takes(found[doc_id], [found[d] for d in before.get(doc_id, [])]),
            "full_names": full_names(paragraphs),
            "persons": person_names(paragraphs),  # "family of Joy Hendricks ... She said later"
            "names": person_mentions(paragraphs),  # "... Dunn had bragged. He allegedly told them"
            "genders": {**said_genders(paragraphs), **text_genders(paragraphs)},  # a title's wins
        }
        resolve_speakers(resolvable, cands, doc_id, names, window=pronoun_window, **known)
        for a in atts:
            if not a.resolve:  # a mention of speech or an expletive "it": no speaker
                a.entity, a.resolved_from = None, "mention" if a.role == "mention" else "unresolved"
            elif a.continues is not None:
                a.entity = a.continues.entity
        rows.extend(_row(a, c, raw, sent_spans.get(doc_id, [])) for a in atts)
    out = pd.DataFrame(rows, columns=ATTRIBUTION_COLUMNS).astype({"named": bool, "via_agency": bool})
    return carry_quotations(out, sents)  # "Mr L said: 'A. B. C.'": B and C his too


def _row(a: _Attr, c, raw: str, spans) -> tuple:
    def sent_of(pos: int) -> int:
        return next((int(sid) for sid, x, y in spans if x <= pos < y), -1)

    sa, sb = c.to_raw(*a.span)
    ca, cb = c.to_raw(*a.cue_span) if a.cue else c.to_raw(a.content[0], a.content[0])
    ta, tb = c.to_raw(*a.content)
    e = a.entity or {}
    return (
        a.doc_id,
        sent_of(ca if a.cue and not a.after_stop else ta),  # a quotation after a stop: its sentence
        normalise_space(raw[sa:sb]),
        sa,
        sb,
        normalise_space(raw[ca:cb]),
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
        normalise_space(e.get("label", "")),
        a.resolved_from,
        a.role,
        (a.outer.entity or {}).get("id") if a.role == "nested" else None,
    )
