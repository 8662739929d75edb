"""The attributions of one document, paragraph by paragraph, before its speakers are resolved.

:func:`document_attributions` reads each cleaned body paragraph's cues
(:func:`_paragraph_attributions`), carries a quotation that a paragraph opens with no cue of its own
to the last speaker before it (:func:`_continues`, :func:`_outer`) and marks nested reports;
:func:`corpus_tools.attribution.attributions.attributions` resolves the speakers and makes the frame.
"""

from __future__ import annotations

from corpus_tools.attribution.appearances import appearance_place
from corpus_tools.attribution.aux_pleas import aux_plea, aux_plea_content, aux_plea_subject
from corpus_tools.attribution.breaks import speakers_after_breaks
from corpus_tools.attribution.clause_pleas import (
    clause_plea,
    object_after_place,
    participle_host,
    split_antecedent,
)
from corpus_tools.attribution.closed_tags import unnest_closed_tags
from corpus_tools.attribution.colon_tags import colon_tag
from corpus_tools.attribution.conjunct_subjects import conjunct_subject
from corpus_tools.attribution.cues import (
    coordinated_names,
    cue_content,
    cue_kind,
    cue_span,
    cue_subject,
    quote_verb,
    speaker_mention,
)
from corpus_tools.attribution.doc_texts import doc_text, doc_tokens
from corpus_tools.attribution.document_issuers import issuerless_document
from corpus_tools.attribution.each_pleas import QUANTIFIERS, listed_head
from corpus_tools.attribution.entities import attribution_role, mark_nested, said_of
from corpus_tools.attribution.firm_conjuncts import firm_conjunct
from corpus_tools.attribution.fragment_quotes import fragment_clause
from corpus_tools.attribution.group_members import group_member
from corpus_tools.attribution.hearings import HEARD
from corpus_tools.attribution.hyphens import whole_words
from corpus_tools.attribution.interposed_tags import mark_interposed
from corpus_tools.attribution.joint import cut_members, joint_bodies, own_conjunct
from corpus_tools.attribution.kin_lists import kin_list
from corpus_tools.attribution.label_cuts import cut_label
from corpus_tools.attribution.let_me import first_person_object
from corpus_tools.attribution.letter_pronouns import letter_writers
from corpus_tools.attribution.listed_pleas import listed_plea
from corpus_tools.attribution.made_allegations import allegation_agent, made_allegation, may_allege
from corpus_tools.attribution.missed_subjects import missed_subject, name_span
from corpus_tools.attribution.no_comments import no_comment
from corpus_tools.attribution.of_names import name_before_of, person_before_of
from corpus_tools.attribution.outlet_companies import outlet_company
from corpus_tools.attribution.owner_statements import owner_statements
from corpus_tools.attribution.passives import no_statement, passive_party
from corpus_tools.attribution.persuasion import persuaded_that
from corpus_tools.attribution.pleas import plea
from corpus_tools.attribution.pointing_things import announced_figures
from corpus_tools.attribution.press_reports import credited_medium
from corpus_tools.attribution.questions import continuation
from corpus_tools.attribution.quoted_holdings import holding_spans
from corpus_tools.attribution.quotes import (
    FIRST_PERSON,
    blank_spans,
    colon_before_quote,
    quote_beside,
    quote_segments,
    quote_type,
    quoted_cue,
    single_opened,
    single_quoted,
    widen_to_quotes,
)
from corpus_tools.attribution.records import Attr as _Attr
from corpus_tools.attribution.relative_asides import aside_speaker
from corpus_tools.attribution.relative_speakers import no_antecedent, quoted_antecedent, relative_speaker
from corpus_tools.attribution.relative_tails import relative_tail
from corpus_tools.attribution.reports import expletive, not_a_report
from corpus_tools.attribution.sentencing_openers import sentenced_subject
from corpus_tools.attribution.side_asides import side_aside_name
from corpus_tools.attribution.side_names import name_after_content, name_before_cue
from corpus_tools.attribution.signatures import signature
from corpus_tools.attribution.single_quotes import in_single_quotes, single_quote_spans
from corpus_tools.attribution.speakers import PRONOUNS
from corpus_tools.attribution.speech_participles import speech_participle
from corpus_tools.attribution.spouses import couple_surnames
from corpus_tools.attribution.stop_quotes import quotation_after_stop
from corpus_tools.attribution.subjects import ing_surname, without_measure
from corpus_tools.attribution.submissions import may_submit, submission, submitted_clause
from corpus_tools.attribution.tickers import ticker_company, ticker_name
from corpus_tools.attribution.trailing_tags import mark_trailing_tags
from corpus_tools.text.sentences import clean_text

__all__ = ["document_attributions"]


def _paragraph_attributions(doc_id, para, offset, doc, text, outlets, quotes=(), story="") -> list[_Attr]:
    out = []
    para_text = doc_text(doc)  # joined once per doc (doc_texts)
    colon = para_text.rstrip().endswith(":")
    colons = colon or ":" in para_text  # a colon may open a quotation in single marks (colon_quote)
    toks = doc_tokens(doc)
    low = para_text.lower()
    submits, alleges = may_submit(low), may_allege(low)  # "submitted that", "allegations made by": gates
    for verb in toks:
        kind = cue_kind(verb) or ("verb" if clause_plea(verb) or speech_participle(verb) else None)
        kind = kind or ("verb" if aux_plea(verb) else None)  # "Hale admits knifing Reed", an aux
        kind = kind or (submits and submission(verb)) or (alleges and made_allegation(verb)) or None
        if kind is None and (quotes or colons) and not submitted_clause(verb):  # "that the judge erred"
            kind = quote_verb(verb, offset, quotes, text=para_text)
        if kind is None or (verb.lemma_ == "comment" and verb.head.lemma_ == "decline"):
            continue
        if announced_figures(verb):  # "the rise in May reserves announced today he said": figures
            continue
        head = passive_party(verb, cue_subject(verb, kind)) or aux_plea_subject(verb)  # "as X by Y": Y
        head = (alleges and allegation_agent(verb)) or head  # "allegations made by parents that": the parents
        head = conjunct_subject(verb, head)  # "the boys began ... and Roberts later admitted": Roberts
        head = sentenced_subject(verb, head)  # "Sentencing Drummond, Peter Ward, ..., said": Ward
        head = aside_speaker(verb, head)  # "Mr Hill, who they said matched": they
        head = name_before_cue(verb) if head is None and kind == "verb" else head  # "..., Ann Hale, said:"
        head = side_aside_name(verb) if head is None and kind == "verb" else head  # "X, for the defence,"
        head = (name_after_content(verb, head) or head) if kind == "verb" else head  # "..., X QC, told"
        named_ing = ing_surname(verb, text) if head is None else None  # "Denning claimed", tagged a verb
        if named_ing is None and kind == "verb":  # "Bradly told the court"; "Passing sentence, X, said"
            named_ing = missed_subject(verb, story or text)
        head = without_measure(named_ing if named_ing is not None else head, verb)  # not "the 6ft 1in"
        host = (participle_host(verb) or speech_participle(verb)) if head is None else None  # "after saying:"
        head = cue_subject(host, "inherit") if host is not None else head or split_antecedent(verb)
        head = relative_tail(head)  # not "the chemist" of "who worked for Boots the chemist were fined"
        head = listed_head(verb) if head is None else head  # "A, 34, and B, 19, each denied": no subject
        head = person_before_of(ticker_company(head))  # "Pechiney <PUKG.PA>"; "said X of Y house Z": X
        if head is None or first_person_object(head):  # "Let me emphasize that": the quotation's tag says who
            continue
        mention = speaker_mention(head, text, offset) if named_ing is None else name_span(head)
        mention = cut_label(whole_words(mention), verb)  # "the 18-year-old", not "old"; no clause
        named = ticker_name(mention)  # "Guinness Plc <GUIN.L>", "Co" of "Boeing Co <BA>": the company
        mention = name_before_of(named)  # "Ben Williams of Paris brokerage house X": Ben Williams
        if not any(ch.isalpha() for ch in mention.text):  # "O'Neill" and "Mr." are words
            continue
        if quoted_antecedent(head, verb) or no_antecedent(head, verb) or appearance_place(mention, verb):
            continue  # "a 'shambles' which means": a quoted phrase, no speaker
        relative = (
            whole_words(speaker_mention(relative_speaker(head, verb), text, offset))
            if head.lower_ in ("who", "that", "which")
            else None
        )
        ca, cb = aux_plea_content(verb) or object_after_place(verb, cue_content(verb, kind, mention))
        lo, hi, medium = cue_span(verb, kind, outlets)
        chars = lambda a, b: (offset + toks[a].idx, offset + toks[b - 1].idx + len(toks[b - 1]))  # noqa: E731
        if cb <= ca and not (quotes or colon):
            continue  # no content; kept only when a quotation beside it or after its colon may be it
        pair = couple_surnames(mention)  # "Mr and Mrs Hill": one pair, not "Mrs Hill" apart
        members = [t for t in coordinated_names(head) if not firm_conjunct(head, t, text)]  # not "S and P"
        members = members or joint_bodies(head)  # "charities and councils said": each
        members = members or group_member(head)  # "Both men, and a third defendant, Z, all deny"
        others = [] if pair else cut_members([speaker_mention(t, text, offset) for t in members])
        mention = own_conjunct(mention, head, others, story or text, plea(verb.text))  # two, not the pair
        mention, others = kin_list(mention, head) if not others else (mention, others)  # "Her dad and sister"
        mention, others, (ca, cb) = listed_plea(verb, mention, others, (ca, cb))  # "A; B and C all deny"
        head = mention.root if others and head.lower_ in QUANTIFIERS else head  # "A and B each pleaded"
        for m in [mention, *others]:  # "Rattigan and Wyatt denied murder": two speakers
            mtext, role = m.text.lower(), attribution_role(verb, kind, head if m is mention else m.root)
            role = "mention" if no_comment(verb) else role  # "had no immediate comment": nothing said
            why = (
                not_a_report(verb, kind, head) or no_statement(verb, kind, head)
                if role == "speaker"
                else None
            )
            why = None if why == "purpose" and persuaded_that(verb) else why  # "seeking to persuade X that"
            if role == "speaker" and not why and issuerless_document(m.text, text[: offset + m.start_char]):
                why = "statement"  # "according to a joint statement": no issuer named, no speaker
            said = role == "mention" and said_of(verb, head) and verb.lemma_.lower() != "allege"
            why = "passive" if said else why  # "X is said to": no one to resolve ("is alleged to" is)
            role = "mention" if why else role  # no statement; one who kept silent or acted is resolved
            outlet_root = m.root.lower_ in outlets and m.root.text[:1].isupper()  # not "Soccer star Tom Dodd"
            agency = (mtext in outlets or outlet_root) and not outlet_company(m.text, text)  # not its owner
            agency = agency or credited_medium(medium, outlets, text)  # "told Reuters", "told Reuter"
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


def document_attributions(
    doc_id: str, raw: str, paragraphs, outlets: frozenset[str], continue_quotes: bool, story=""
):
    c = clean_text(raw)
    quotes = quote_segments(c.text)
    # marks stripped: more stripped-mark repairs than quotations (one odd gap in a quoted text is not)
    stripped = sum(e.kind in ("stripped_quote", "stripped_apostrophe") for e in c.edits) > len(quotes)
    has_marks = bool(quotes) or any(e.kind == "typographic_quote" for e in c.edits)
    evidence = "inferred" if stripped else "quote_marks" if has_marks else "no_quote_marks"
    out: list[_Attr] = []
    state = {"evidence": evidence, "continuing": False, "last_end": 0, "last": None}
    for i, (para, offset, doc) in enumerate(paragraphs):
        end = offset + len(doc_text(doc))
        inside = [q for q in quotes if offset <= q[0] < end]
        found = _paragraph_attributions(doc_id, para, offset, doc, c.text, outlets, inside, story)
        speakers_after_breaks(found, c, offset)  # a paragraph cut off without its stop
        letter_writers(found, paragraphs[i - 1] if i else None)  # "a letter from Dr X ... / It pointed out"
        owner_statements(found, offset)  # "His statement said:": his
        for att in found:
            if evidence == "quote_marks":
                beside = quote_beside(att, inside, text=c.text)
                beside = fragment_clause(beside, att, c.text) or beside  # 'fit it "perfectly", said X'
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
        below = doc_text(paragraphs[i + 1][2]) if i + 1 < len(paragraphs) else ""
        found = [a for a in found if not quoted_cue(a.span[0], a.cue_span[0], inside, c.text, end, below)]
        single = single_quote_spans(c.text, offset, end)  # a paper's quotation in single marks
        single += holding_spans(c.text, offset, end)  # "held that 'a tenant cannot maintain ...'"
        found = [a for a in found if not in_single_quotes(a.span[0], a.cue_span[0], single)]
        # 'X said:' at a paragraph's end introduces the quotation that opens the next paragraph
        # ('Smith continued:', 'In a speech, he declared:', 'X issued the following statement:')
        (colon, before), state["colon"] = state.get("colon") or (None, None), None
        single_below = single_opened(below.lstrip(), 1)  # its first mark a single one (a paper's style)
        if (
            found
            and (evidence == "quote_marks" or single_below)
            and colon_before_quote(found[-1], c.text[:end])
        ):
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
            trail = len(doc_text(doc)) - len(doc_text(doc).rstrip())
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
        # a paragraph whose cues are none of anyone's statements ("Leaflets were posted calling for
        # protests") leaves a quotation that opens the next paragraph to the speaker before it
        found_speaker = [a for a in found if a.resolve or a.role != "mention"]
        if found_speaker:  # a quotation continued goes on the outer speaker's ("X said the note read: ...")
            state["last"], state["last_end"] = _outer(found[-1], found, inside), end
        out.extend(found)
    mark_nested(out)
    mark_interposed(out)  # "The memo, Mr Hale said, claimed that ...": Hale's report
    mark_trailing_tags(out, c.text)  # "X pleaded guilty ..., a spokeswoman said today": hers
    unnest_closed_tags(out, c.text)  # '"...," said Yearley. ..., the executives said.': Yearley's
    return out, c
