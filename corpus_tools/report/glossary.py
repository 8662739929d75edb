"""The report's methods-and-glossary section (used by :mod:`corpus_tools.report.page`).

:func:`glossary_html` says in one sentence what every measure of the report is, with the
thresholds of the run's :class:`corpus_tools.Options` and where they come from.
"""

from __future__ import annotations

import html

from corpus_tools.options import Options
from corpus_tools.report.labels import category_label
from corpus_tools.reuse.derivation_model import CHECK_MARGIN, MODEL_FEATURES, TEMPERATURE, WEIGHTS
from corpus_tools.reuse.derivation_relative import (
    MIN_VERSIONS,
    RELATIVE_FEATURES,
    RELATIVE_MARGIN,
    RELATIVE_TEMPERATURE,
    RELATIVE_WEIGHTS,
)
from corpus_tools.reuse.lifted_clauses import MIN_OWN, MIN_RUN
from corpus_tools.reuse.lifted_facts import MAX_SENTENCES as FACT_SENTENCES
from corpus_tools.reuse.lifted_facts import MIN_FACTS as FACT_WORDS
from corpus_tools.reuse.lifted_facts import MIN_RUN as FACT_RUN
from corpus_tools.variants.lexical import CATEGORIES

__all__ = ["glossary_html"]


def glossary_html(options: Options) -> str:
    """The methods and glossary section: every measure in one sentence, every threshold and its origin."""
    r, dr = options.reuse, options.derivation
    terms = [
        (
            "Source, original",
            "The document every version is compared with: the one the others hold most of "
            "(origin score: for each other document, how much of it is in this one minus how much of this "
            "one is in it, summed); publication dates break ties.",
        ),
        (
            "Sentence reuse classes",
            f"Verbatim: the same words up to quote marks, punctuation and case. Lightly "
            f"edited: one source sentence, at least {r.min_target_cover:.0%} of the version's sentence "
            f"taken from it and at least {r.min_source_cover:.0%} of it kept, with few edits (at most one "
            f"per {r.tokens_per_edit} words). Rewritten: fused from several source sentences (each "
            f"bringing at least {r.min_fused_words} of its words the others lack; one that no single "
            f"source sentence explains when they hold at least {r.min_fused_cover:.0%} of its words), "
            f"split, compressed (at least "
            f"{r.min_compression:.0%} of its words in order in one source sentence, a stop word counting "
            "only inside a run of two shared words when one sentence is twice as long as the other; "
            f"sharing at least "
            f"{r.min_topical} content words beyond names, numbers and verbs of saying) or paraphrased "
            f"(similarity at least {r.min_score}, sharing at least {r.min_topical_score} such words; "
            f"{r.min_score_context} and {r.min_topical_context} words beside a sentence taken word for "
            "word). Words found only in stock phrases (\u201cthe end of the\u201d, \u201csaid in a "
            "statement\u201d) are no evidence. "
            "New: no counterpart in the source. The thresholds were "
            "checked on METER's phrase-level annotation of court stories (benchmarks/meter.py, "
            "benchmarks/sentence_reuse.py).",
        ),
        (
            "Tells in its own words (retells)",
            "A sentence left new that tells the same event as one to three source sentences: it "
            "shares a verb of what happened with each (\u201cstabbed\u201d, or the verb and its noun: "
            "\u201cstole\u201d and \u201ctheft\u201d; not a verb of saying, a light verb or a court "
            "report's stock verb), a name or a whole number, and at least "
            f"{r.min_topical_context} of the source sentence's own words of what happened, one of "
            "them no verb (its topic words, those in three or more of its file's sentences, count "
            "for nothing). Questions, and sentences giving other sums (100 or more) than the "
            "source's, are none. The findings count such "
            "sentences beside the measures (\u201ctells 4 more in its own words\u201d, \u201c3 of them "
            "retell PA's: check\u201d), which stay as alignment gives them: the paper may have the "
            "fact from its own reporter (corpus_tools.reuse.retellings).",
        ),
        (
            "Lifts a clause",
            f"A sentence left new that shares with one source sentence a run of at least {MIN_RUN} "
            f"words in the same order, {MIN_OWN} of them words of what happened (not names, "
            "numbers, titles, verbs of saying, a court's stock words or the source file's topic): "
            "the paper's sentence takes a clause of the source's among words of its own. The "
            "findings count such sentences beside the measures (\u201clifts a clause of 2 more\u201d, "
            "\u201c2 of them lift a clause of PA's: check\u201d), counted once when one also retells; "
            "on METER courts the annotators mark most such runs as taken, some as the paper's own "
            "(corpus_tools.reuse.lifted_clauses, benchmarks/lifted_clauses.py).",
        ),
        (
            "Repeats a fact",
            "A sentence left new that shares with one source sentence a shorter run of at least "
            f"{FACT_RUN} words in the same order holding {FACT_WORDS} words of fact: a number, a month, "
            f"or a word found in at most {FACT_SENTENCES} of the source's sentences (not a name, title, "
            "verb of saying or a court's stock word); not when both sentences quote (two reports "
            "quoting one judge). Counted like a lifted clause (\u201crepeats a fact of 2 more\u201d, "
            "\u201c2 of them repeat a fact of PA's: check\u201d). On METER courts the annotators "
            "mark such runs taken less often than lifted clauses: about two named sentences in "
            "three, two in five on dates held out "
            "(corpus_tools.reuse.lifted_facts, benchmarks/lifted_facts.py).",
        ),
        (
            "Similarity of a sentence (0–1)",
            "A calibrated score of a version's sentence against its source sentence, from the longest "
            "common run of words, rare words shared, names and numbers that agree, and how much of each "
            "sentence is in the other; fitted on 4,076 news sentence pairs labelled as paraphrases or not "
            "(MSRP, benchmarks/msrp.py): how likely it is that one sentence was written from the other, "
            "not how many words they share. 1.00 is shown only for the same words; a sentence that cuts or "
            "changes words shows at most 0.99, 0 nothing in common.",
        ),
        (
            "Words taken from the source (derived share)",
            "The share of a version's words that lie in sentences "
            "taken from the source (verbatim, lightly edited or rewritten). The findings use it to say "
            "how a version was taken; it does not decide the derivation class.",
        ),
        (
            "Words of its own; names and numbers of its own",
            "Content words of a version (not words like 'the' or 'said'), other than names and numbers, "
            "whose word appears nowhere in the source in any form ('unveiled' is the source's 'unveil', "
            "'programme' its 'program'), counted each time they occur; and, apart, the distinct numbers, "
            "number words and capitalised words inside a sentence (names, places) that the source does "
            "not have ('United States' is the source's 'US', 'Tizzard' its 'Tizard').",
        ),
        ("Words found in the source", "The share of a version's words that occur anywhere in the source."),
        (
            "Derivation classes",
            "Wholly derived (everything taken from the source), partially derived (the source plus "
            "other material) or not derived (written independently about the same event): METER's "
            f"classes (Gaizauskas et al. 2001). A version that adds at most {dr.max_novel_words} words "
            f"of its own is wholly derived, unless it adds more than {dr.max_novel_facts} names or "
            "numbers of its own (then partially). One that adds more is partially derived when more "
            f"than {dr.min_containment:.0%} of its words are found in the source or one passage taken "
            f"from it holds more than {dr.min_passage:.0%} of its words, else not derived. A version "
            "that shares no sentence with the source is not derived. The thresholds were fitted on the "
            "journalist-labelled court stories of METER, cross-validated by date: 3-way macro-F1 0.708 "
            "(benchmarks/meter.py; figures and errors in benchmarks/README.md). An update, a later "
            "version from the source's own named outlet that these thresholds call not derived, is "
            "partially derived when its sentences score on average at least "
            f"{dr.min_update_score:.2f} against the source (it tells the earlier story again close to its "
            "words, after news of its own): fitted by round on 63 class claims read on Reuters-21578 "
            "update series in rounds 32-34, never on METER, whose papers are not the wire's outlet "
            "(benchmarks/update_classes.py, round 35).",
        ),
        (
            "Derivation model across domains (optional)",
            "classify_documents(..., derivation_model=DerivationModel()): a multinomial logistic model "
            f"over the log-odds of {', '.join(MODEL_FEATURES)} (the share of a version's content words "
            "not in the source; its longest run of the source's words over its length; the share of its "
            "content words not in the source outside the quotations its reporter heard, a quotation in "
            "the source's words and framing counting as taken); per class, "
            "intercept then weights: "
            + "; ".join(f"{k} {', '.join(f'{w:+.3f}' for w in v)}" for k, v in WEIGHTS.items())
            + f"; softmax over scores divided by {TEMPERATURE}. A class whose probability is within "
            f'{CHECK_MARGIN} of the runner-up\'s is flagged ("partially or wholly derived: check"). Fitted '
            "on METER courts (769 newspaper texts) and the Clough & Stevenson short answers (95, Wikipedia "
            "sources) together, each domain and each class weighed equally; cross-validated macro-F1 0.646 "
            "on courts (by date), 0.775 on the answers (by question); fitted on one domain and tested on "
            "the other 0.668 and 0.571 (benchmarks/derivation.py; benchmarks/README.md, #24).",
        ),
        (
            "Derivation model relative to the corpus (optional)",
            "classify_documents(..., derivation_model=CorpusRelativeModel()): the log-odds of "
            f"{' and '.join(RELATIVE_FEATURES)} standardised over the versions classified in one call "
            "(minus their mean, over their standard deviation), then a multinomial logistic model; per "
            "class, intercept then weights: "
            + "; ".join(f"{k} {', '.join(f'{w:+.3f}' for w in v)}" for k, v in RELATIVE_WEIGHTS.items())
            + f"; softmax over scores divided by {RELATIVE_TEMPERATURE}; check within {RELATIVE_MARGIN}. "
            f"A corpus of fewer than {MIN_VERSIONS} versions is classified by the model above. Fitted on "
            "METER courts and the Clough & Stevenson answers, each standardised within its own domain; "
            "fitted on one domain and tested on the other 0.759 and 0.602, cross-validated 0.604 on courts "
            "and 0.812 on the answers (benchmarks/derivation_round6.py; benchmarks/README.md, #24).",
        ),
        ("Source sentences reused", "The share of the source's sentences that a version kept in any form."),
        (
            "Word triples found (containment)",
            f"The share of a document's distinct word {options.ngram_size}-"
            "grams (runs of words) also found in the other; it measures overlap of wording regardless of "
            "sentences, and orders the reuse graph.",
        ),
        ("Shared word triples (Jaccard)", "Word triples in both documents divided by those in either."),
        (
            "Reuse graph",
            f"An arrow from a document's strongest source to it when at least "
            f"{options.min_weight:.0%} of its word triples are found there (Options.min_weight: below it two "
            "reports of one event share only names and phrases).",
        ),
        (
            "Shared passage",
            f"A run of at least {options.min_tokens} words two documents share "
            "(about passim's 50 characters); moved when it appears in another order.",
        ),
        (
            "Kinds of word-level change",
            "; ".join(category_label(c) for c in CATEGORIES) + ". Each change of an "
            "aligned sentence is given the first kind that explains it.",
        ),
        (
            "House style",
            "Per document, how often it uses each style of spelling (British/American), date "
            "order, dotted abbreviations, titles (Mr, Dr), quote marks and day references.",
        ),
        (
            "Speaker, attribution",
            "An attribution is a statement credited to someone (a speaker) with a cue "
            "(said, told Reuters); named speakers have a name, anonymous ones a description (a senior "
            "official).",
        ),
        (
            "What happened to a speaker",
            "Kept: the version credits the same speaker; re-attributed: the "
            "statement stayed but its credit changed (another label, anonymised, agency credit removed); "
            "dropped: the statement or its credit is gone.",
        ),
    ]
    items = "".join(f"<dt>{html.escape(a)}</dt><dd>{html.escape(b)}</dd>" for a, b in terms)
    return (
        "<h2 id='methods'>Methods and glossary</h2><p>Texts are read from the corpus folder, page furniture "
        "(navigation, captions, headlines) is set aside, and the body is split into sentences with spaCy. "
        "Sentences are aligned with the source's by their words; word-level changes come from aligning the "
        "words of each pair of sentences. Speakers are found from reporting verbs and quote marks. All "
        "figures are computed from the texts alone: nothing is looked up elsewhere.</p>"
        f"<dl class='ct-glossary'>{items}</dl>"
    )
