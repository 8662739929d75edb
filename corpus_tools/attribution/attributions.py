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
The reading of one document, paragraph by paragraph, is
:func:`corpus_tools.attribution.document_attributions.document_attributions`.

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
from corpus_tools.attribution.anonymous_pairs import one_anonymous
from corpus_tools.attribution.antecedents import subject_candidates, text_genders
from corpus_tools.attribution.article_speakers import articles_outlet
from corpus_tools.attribution.benches import name_the_benches
from corpus_tools.attribution.clause_pairs import with_clause_pairs
from corpus_tools.attribution.doctors import name_the_doctor
from corpus_tools.attribution.document_attributions import document_attributions
from corpus_tools.attribution.entities import leaders, normalise_space
from corpus_tools.attribution.initialled_bodies import initialled_bodies
from corpus_tools.attribution.joint_given import with_joint_given
from corpus_tools.attribution.judges import name_the_judge
from corpus_tools.attribution.kin_genders import kin_genders
from corpus_tools.attribution.lead_descriptions import named_leads
from corpus_tools.attribution.letter_appositions import letter_appositions
from corpus_tools.attribution.lone_names import person_names
from corpus_tools.attribution.missed_subjects import group_texts
from corpus_tools.attribution.namesakes import full_names
from corpus_tools.attribution.outlets import name_the_outlet
from corpus_tools.attribution.pairs import named_pairs, takes_before, with_earlier_takes
from corpus_tools.attribution.party_pairs import with_party_pairs
from corpus_tools.attribution.quote_sentences import carry_quotations
from corpus_tools.attribution.quotes import (
    borrow_quote_types,
)
from corpus_tools.attribution.records import ATTRIBUTION_COLUMNS
from corpus_tools.attribution.records import Attr as _Attr
from corpus_tools.attribution.relative_speakers import whose_possessors
from corpus_tools.attribution.resumed_quotes import resume_quotations
from corpus_tools.attribution.said_genders import said_genders
from corpus_tools.attribution.sides import one_side_per_document
from corpus_tools.attribution.speakers import resolve_speakers
from corpus_tools.attribution.story_genders import story_genders, story_texts
from corpus_tools.attribution.surname_subjects import surname_subjects
from corpus_tools.attribution.takes import name_across_takes
from corpus_tools.attribution.teller_pronouns import teller_pronouns
from corpus_tools.attribution.told_accounts import accounts_told
from corpus_tools.io.corpus import require_columns
from corpus_tools.text.sentences import paragraph_docs, parse
from corpus_tools.text.sentences import sentences as text_sentences

__all__ = ["ATTRIBUTION_COLUMNS", "attributions", "unborrowed_attributions"]

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
    out = articles_outlet(name_the_judge(name_across_takes(out, corpus)), corpus, names)  # "These claimed"
    out = name_the_outlet(out)  # "the newspaper", the one named
    out = name_the_doctor(out, corpus)  # "a prosecution psychiatrist", "Dr Philip Joseph", "the doctor": one
    out = name_the_benches(out, corpus)  # "The appeal judges" of a paper: the court the story names
    out = one_anonymous(one_side_per_document(out))  # one side, one speaker; "A man ... The man": one
    out = named_leads(out, corpus)  # "a senior Bank official said. / ... X, director of the Bank,"
    out = initialled_bodies(out, corpus)  # "PCA officials", "The authority": the Police Complaints Authority
    out = letter_appositions(out, corpus)  # "a 45-year-old divorcee, known as Woman B,": Woman B
    return accounts_told(
        teller_pronouns(out, corpus), corpus
    )  # "he said" after the account; acts told in one


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
    spans = sents[["sent_id", "start", "end"]].to_numpy()  # one array, cut per document
    sent_spans = {d: spans[at] for d, at in sents.groupby("doc_id").indices.items()}
    rows = []
    names_texts, stories = group_texts(corpus), story_texts(corpus)  # "Mrs Ann Pryce" in another version
    before, found = takes_before(corpus), {}  # "Both men deny" in a later take: an earlier take's pair
    for doc_id, raw in corpus["text"].items():
        doc_id = str(doc_id)
        paragraphs = by_doc.get(doc_id, [])
        atts, c = document_attributions(
            doc_id, raw, paragraphs, names, continue_quotes, names_texts.get(doc_id, "")
        )
        cands = surname_subjects(paragraphs, whose_possessors(subject_candidates(paragraphs)))  # "Hale, who"
        resolvable = [a for a in atts if a.resolve]
        found[doc_id] = with_clause_pairs(named_pairs(paragraphs), paragraphs)  # "A ... and B ... after they"
        found[doc_id] = with_party_pairs(found[doc_id], paragraphs)  # "representing X and Y"
        known = {
            "leaders": leaders(raw),
            "pairs": with_earlier_takes(found[doc_id], [found[d] for d in before.get(doc_id, [])]),
            "full_names": with_joint_given(full_names(paragraphs), paragraphs, raw),  # "June and Tom Lee"
            "persons": person_names(paragraphs),  # "family of Joy Hendricks ... She said later"
            "names": person_mentions(paragraphs),  # "... Dunn had bragged. He allegedly told them"
            "paragraphs": paragraphs,  # "the 24-year-old woman ... She told"
            "genders": {
                **story_genders(raw, stories[doc_id]),
                **said_genders(paragraphs),
                **text_genders(paragraphs),
                **kin_genders(raw),
            },
        }
        resolve_speakers(resolvable, cands, doc_id, names, window=pronoun_window, **known)
        for a in atts:
            if not a.resolve:  # a mention of speech or an expletive "it": no speaker
                a.entity, a.resolved_from = None, "mention" if a.role == "mention" else "unresolved"
            elif a.continues is not None:
                a.entity = a.continues.entity
        rows.extend(_row(a, c, raw, sent_spans.get(doc_id, [])) for a in atts)
    out = pd.DataFrame(rows, columns=ATTRIBUTION_COLUMNS).astype({"named": bool, "via_agency": bool})
    out = resume_quotations(out, sents, {str(d): t for d, t in corpus["text"].items()})  # "she said. 'B.'"
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
