"""A report nested inside one speaker's statement, told by a version under the party it reports:
no relabel of the outer speaker and no re-attribution of its statement (issue #22, known debt 1 of
round 19; branch nest20). Invented texts of the shapes of 16.07.99/vagrants (a judge on what
others accused her of), 12.07.99/axe (counsel's account of what the defendant told police) and the
seeds (an anonymous source telling what two parties said)."""

from __future__ import annotations

from test_speakers_spk33 import _corpus

from corpus_tools.attribution.survival import speaker_survival
from corpus_tools.attribution.told_parties import mark_windows, tells_of


def _fates(wire: str, paper: str) -> dict[str, tuple[str, str]]:
    s = speaker_survival(_corpus(wire, paper), source="wire")
    return {sp: (st, b) for sp, st, b in zip(s["speaker"], s["status"], s["became"], strict=True)}


#: an appeal judge reports what two lodgers accused the cleaner of, then rules
_APPEAL_WIRE = (
    "A cleaner jailed for killing two lodgers in a hostel fire was freed by the Court of Appeal today.\n\n"
    "Lord Justice Marlow said the two lodgers who shared her room had accused her of setting the blaze "
    "with a candle.\n\n"
    "Lord Justice Marlow said the evidence against her had been thin and the conviction was unsafe.\n\n"
    "Her brother said the family was overjoyed."
)
#: the paper tells the accusation under the accusers, and quotes the judge nowhere
_APPEAL_PAPER = (
    "A cleaner jailed for killing two lodgers in a hostel fire was freed yesterday.\n\n"
    "Lodgers at the hostel accused her of setting the blaze with a candle.\n\n"
    "Her brother said the family was overjoyed."
)


def test_an_accusation_a_judge_reports_told_under_the_accusers_is_no_relabel_of_the_judge():
    got = _fates(_APPEAL_WIRE, _APPEAL_PAPER)
    assert got["Lord Justice Marlow"] == ("dropped", "")  # was relabelled as "Lodgers at the hostel"
    assert got["Her brother"] == ("kept", "")
    # the rule reads the parties the judge's sentence tells of, not any speaker: a registrar the
    # sentence does not name, given the judge's words, still takes them over
    paper = _APPEAL_PAPER.replace(
        "Lodgers at the hostel accused her", "Registrar Paul Denby said the lodgers had accused her"
    )
    assert _fates(_APPEAL_WIRE, paper)["Lord Justice Marlow"] == ("re_attributed", "Registrar Paul Denby")


def test_an_accusation_with_no_word_of_content_relabels_no_one():
    # the mirror's shape in 16.07.99/vagrants: the paper's one sentence on the accusers, "accused her"
    # (its content a pronoun), aligned to a judge's sentence on the same people that reports nothing
    # they said: no word of the judge's statement is told, so no relabel of the judge
    wire = _APPEAL_WIRE.replace(
        "the two lodgers who shared her room had accused her of setting the blaze with a candle",
        "the evidence of the lodgers at the hostel, who were heavy drinkers, had been unreliable",
    )
    paper = _APPEAL_PAPER.replace(" of setting the blaze with a candle", "")
    assert _fates(wire, paper)["Lord Justice Marlow"] == ("dropped", "")  # was relabelled as the lodgers


#: counsel tells the defendant's account to police, nested in her own statement
_TRIAL_WIRE = (
    "A labourer was jailed for life today at Leeds Crown Court for killing his landlady with a hammer.\n\n"
    "Prosecuting, Helen Marsh QC said Gary Pollard, 41, had drunk heavily on the night of the attack.\n\n"
    "She said Pollard told police he had argued with the landlady over the rent before he hit her "
    "with a hammer.\n\n"
    "Pollard told the jury he was sorry."
)
#: the paper tells the account under the defendant, and nothing else he said
_TRIAL_PAPER = (
    "A labourer was jailed for life yesterday for killing his landlady with a hammer.\n\n"
    "Gary Pollard said he hit the landlady with a hammer after they argued over the rent."
)


def test_a_witness_account_counsel_tells_given_to_the_witness_is_no_re_attribution():
    got = _fates(_TRIAL_WIRE, _TRIAL_PAPER)
    assert got["Helen Marsh QC"] == ("dropped", "")  # was re_attributed to "Gary Pollard"
    assert got["Gary Pollard"] == ("kept", "")  # his report told under him (was kept_other_statement)


def test_counsels_account_carried_on_by_a_pronoun_reads_the_party_it_began_with():
    # "He told police ..." read as counsel's (a pronoun), the account begun in counsel's sentence
    # about the defendant: the defendant named there is the party the pronoun's statement tells of
    wire = _TRIAL_WIRE.replace(
        "Prosecuting, Helen Marsh QC said Gary Pollard, 41, had drunk heavily on the night of the attack."
        "\n\nShe said Pollard told police he had",
        "Mr Paul Marsh QC, prosecuting, described how Gary Pollard, 41, left the house with her purse. "
        "He was arrested two days later.\n\nHe told police that he had",
    )
    got = _fates(wire, _TRIAL_PAPER)
    assert got["Mr Paul Marsh QC"] == ("dropped", "")  # was re_attributed to "Gary Pollard"
    assert got["Gary Pollard"] == ("kept", "")


#: an anonymous source tells reporters what two parties said (the seeds' 001 shape)
_TALKS_WIRE = (
    "Norway and Denmark held secret talks on fishing quotas last month, an official with knowledge of "
    "the talks said.\n\n"
    "The Danes expressed their worries about the cod stocks and Foreign Minister Lars Holm said Oslo "
    "would not move first, the Norwegian source told Reuters.\n\n"
    "A second official said the talks would resume in March."
)


def test_what_an_anonymous_source_says_two_parties_said_is_theirs_when_told_under_them():
    lead, report, last = _TALKS_WIRE.split("\n\n")
    quoted = report.replace("The Danes", '"The Danes').replace(", the Norwegian", ',", the Norwegian')
    # the seeds' 000: the same report with quotation marks added keeps the source (right on the base)
    assert _fates(_TALKS_WIRE, "\n\n".join([lead, quoted, last]))["the Norwegian source"] == ("kept", "")
    # each party's report told under the party, the source cut: not re-attributed to either
    split = (
        "The Danes expressed their worries about the cod stocks.\n\n"
        "Foreign Minister Lars Holm said Oslo would not move first."
    )
    got = _fates(_TALKS_WIRE, "\n\n".join([lead, split, last]))
    assert got["the Norwegian source"] == ("dropped", "")  # was re_attributed to both parties
    assert got["A second official"] == ("kept", "")


def test_a_generic_head_a_namesake_or_a_party_only_spoken_of_tells_no_party_apart():
    from types import SimpleNamespace as W

    import pandas as pd

    text = "A senior official said officials, lodgers and Mrs Pollard had met at Dunmore Ltd."
    rec = {"doc_id": "w", "sent_id": 0, "speaker_id": "w:S1", "resolved_from": "name"}
    rec.update(content_start=23, content_end=len(text) - 1)
    cues = [text.index(w) for w in ("officials", "lodgers", "Mrs Pollard")]  # three nested reports
    labels = ["officials", "lodgers", "Mrs Pollard"]
    mark_windows(
        [rec], {"w": text}, pd.DataFrame({"doc_id": "w", "cue_start": cues, "speaker_label": labels})
    )
    anon = W(named=False, kind="anonymous", names=frozenset())
    assert tells_of(rec, anon, "Lodgers at the hostel")
    assert not tells_of(rec, anon, "an Iranian official")  # "official": no party told apart
    assert not tells_of(rec, anon, "Tenants of the block")
    him = W(named=True, kind="person", names=frozenset({"Pollard"}), firsts=frozenset({"Gary"}), gender="m")
    assert not tells_of(rec, him, "Gary Pollard")  # "Mrs Pollard" is his namesake
    assert tells_of(rec, W(**{**vars(him), "gender": "f", "firsts": frozenset()}), "Mrs Pollard")
    # a body the statement speaks of, reporting nothing, is no party it reports ("strike at Cominco")
    firm = W(named=True, kind="organisation", names=frozenset({"dunmore ltd"}))
    assert not tells_of(rec, firm, "Dunmore Ltd")


def test_a_person_named_as_an_object_in_the_account_is_no_reading_of_its_pronoun():
    from types import SimpleNamespace as W

    dobbs = W(named=True, kind="person", names=frozenset({"Dobbs"}), firsts=frozenset(), gender="m")
    dobbs.same = lambda other: other is dobbs
    empty = {"reported": "", "reported_keys": frozenset()}
    acting = {**empty, "carried": "how Mr Dobbs left the flat. He told police that he hit her"}
    assert tells_of(acting, dobbs, "Mr Dobbs", [dobbs])
    assert not tells_of(acting, dobbs, "Mr Dobbs", [])  # no speaker of the source: not read
    # the 16.07.99/bondi shape: the defendant's own pronoun, the uncle named only as an object
    object_ = {
        **empty,
        "carried": "he acted to save himself from being injured by Mr Dobbs. He told the jury",
    }
    assert not tells_of(object_, dobbs, "Mr Dobbs", [dobbs])
