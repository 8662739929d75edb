"""Survival and shared quotations, branch surv19 of issue 22 (round 18's held-out marco and the
TUNE_18 readings): the words both texts hold inside quotation marks given to one person are counted
when the quotation is short ("dirt"), when a court heard them, and when the paper describes the
speaker otherwise. Invented texts of the same shapes."""

from __future__ import annotations

from test_speakers_spk33 import _corpus  # the same wire and paper corpus

from corpus_tools.attribution.shared_quotes import shared_quotations

#: counsel's speech with a long quotation and two short ones
_TRIAL_WIRE = (
    "The magazine had accused the baker of cheating in a contest, a libel jury was told today.\n\n"
    'His counsel Anna Strand QC said the magazine had paid detectives to find "filth" on the baker '
    'and his "shining record" in the trade.\n\n'
    'She said: "The claim is wholly false and the magazine now accepts that it is false and '
    'untrue."'
)
#: the paper keeps the long quotation and the two short ones, one under "the court heard"
_TRIAL_PAPER = (
    "The baker was accused of cheating in a contest, a jury heard yesterday.\n\n"
    'The court heard that detectives were paid to find "filth" on him.\n\n'
    'Anna Strand QC said: "The claim is wholly false and the magazine now accepts that it is false '
    'and untrue."\n\n'
    'Ms Strand said he had a "shining record".'
)


def _shared(wire: str, paper: str) -> list[tuple[str, str, int]]:
    s = shared_quotations(_corpus(wire, paper), source="wire")
    return list(zip(s["speaker"], s["source_speaker"], s["n_words"], strict=True))


def test_short_quotations_and_a_hearings_quoted_words_are_counted():
    # 16 words of the statement, "shining record" (2) and "filth" (1), which the court heard;
    # the row takes the paper's own label of counsel, not the hearing's
    assert _shared(_TRIAL_WIRE, _TRIAL_PAPER) == [("Anna Strand QC", "His counsel Anna Strand QC", 19)]


def test_a_short_quotation_the_source_does_not_hold_in_order_is_not_counted():
    paper = _TRIAL_PAPER.replace('"shining record"', '"record shining"').replace('"filth"', '"the"')
    assert _shared(_TRIAL_WIRE, paper) == [("Anna Strand QC", "His counsel Anna Strand QC", 16)]
