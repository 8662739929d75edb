"""A statement kept in other words (issue 22): the survival follows a speaker's statement into a
version that paraphrases it, pinned on invented court reports of the METER shape."""

from __future__ import annotations

import pytest

from corpus_tools import analyze, from_records
from corpus_tools.attribution.accounting import speaker_survival
from corpus_tools.attribution.paraphrase import MIN_UNATTRIBUTED, content_keys, fact_keys, keeps_statement
from corpus_tools.lexicon import lemma_key
from corpus_tools.report.findings import findings

WIRE = (
    "A senior fire officer today pleaded not guilty to stealing from two charities.\n\n"
    "Norfolk Chief Fire Officer Alan Pruett, 51, is alleged to have taken the money last year.\n\n"
    "At a ten-minute hearing at Norwich Crown Court, he denied stealing from both charities on "
    "May 3 and taking a third sum in June.\n\n"
    "Granting him bail, Judge Mary Hollis told Pruett of Cromer, Norfolk, that his two-week trial "
    "would start on October 12 next year.\n\n"
    "Pruett has served with the brigade for 30 years."
)
#: the plea told in other words, the judge's words in the passive (METER chief: the times)
PAPER = (
    "Alan Pruett, 51, the Chief Fire Officer of Norfolk, pleaded not guilty to stealing from two "
    "charities. At a ten-minute hearing at Norwich Crown Court, he was told that his trial will "
    "start on October 12. He is on bail."
)
JURY_WIRE = (
    "The jury in the trial of builder Sam Kerr, accused of the murder of florist Ann Lowe, "
    "retired today.\n\n"
    "Builder Kerr, of Hill Road, Leeds, denies murdering florist Ann Lowe in May 1990.\n\n"
    "The jury at Leeds Crown Court was told Kerr admitted having had an affair with Mrs Lowe, "
    "but denied strangling her and dumping her body in the canal."
)
#: the hearing's report given to the accused himself (METER cynthia: the telegraph)
JURY_PAPER = (
    "The jury in the canal murder trial was sent home yesterday after failing to reach a verdict. "
    "Sam Kerr, 49, of Leeds, denies strangling Ann Lowe, 50, and dumping her body in the canal "
    "at Kirkstall on May 8, 1990."
)


@pytest.mark.parametrize(
    ("a", "b"),
    [("unveiled", "unveil"), ("denies", "denied"), ("strangling", "strangled"), ("programmes", "program")],
)
def test_inflections_and_spellings_share_one_key(a, b):
    assert lemma_key(a) == lemma_key(b)


def test_a_statement_in_other_words_is_the_same_statement():
    src = "strangling her and dumping her body in the canal"
    assert content_keys(src) == {"strangl", "dump", "body", "canal"}
    assert keeps_statement(
        "strangling Ann Lowe, 50, and dumping her body in the canal", src, same_speaker=False
    )
    assert not keeps_statement("the canal was drained", src, same_speaker=False)
    assert fact_keys("that his trial would start on October 12 next year") == {"october", "12"}


def test_a_plea_told_in_other_words_keeps_the_speaker_and_the_passive_keeps_the_words():
    corpus = from_records(
        [
            {"doc_id": "pa", "text": WIRE, "outlet": "PA", "role": "wire"},
            {"doc_id": "times", "text": PAPER, "outlet": "times"},
        ]
    )
    v = speaker_survival(corpus, source="pa").set_index("speaker")
    assert v["status"].to_dict() == {
        # "denied stealing" -> "pleaded not guilty to stealing"
        "Norfolk Chief Fire Officer Alan Pruett": "kept",
        "Judge Mary Hollis": "dropped",  # never named in the version ...
    }
    assert v["n_statements_unattributed"].to_dict() == {
        "Norfolk Chief Fire Officer Alan Pruett": 0,
        "Judge Mary Hollis": 1,  # ... but "he was told that his trial will start on October 12"
    }
    text = findings(analyze(corpus, source="pa"), topics=("speakers",))["times"]
    # listed once, as kept without saying who, never also dropped (the lead's ruling, round 16)
    assert "keeps 1, drops 0 and keeps what 1 said without saying who (“Judge Mary Hollis”)." in text


def test_a_hearings_report_given_to_the_accused_is_his_denial_kept_not_a_re_attribution():
    # round 12 (spk16): a hearing is never one side of a re-attribution; the denial is Kerr's in
    # both (nested in what the jury was told), as claims_tune11.md marks cb38 and cb50
    corpus = from_records(
        [
            {"doc_id": "pa", "text": JURY_WIRE, "outlet": "PA", "role": "wire"},
            {"doc_id": "telegraph", "text": JURY_PAPER, "outlet": "telegraph"},
        ]
    )
    v = speaker_survival(corpus, source="pa").set_index("speaker")
    assert v["status"].to_dict() == {"Builder Kerr": "kept", "The jury at Leeds Crown Court": "dropped"}
    assert v.loc["The jury at Leeds Crown Court", "became"] == ""


def test_a_statement_on_the_same_topic_is_not_a_paraphrase():
    # topic words ("talks", "missile programme") recur: no unattributed statement is claimed
    src = "the dispute over the missile programme can be resolved through talks"
    assert not keeps_statement(
        "Norland may be open to talks about its missile programme, officials said.",
        src,
        same_speaker=False,
        least=MIN_UNATTRIBUTED,
    )
