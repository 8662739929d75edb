"""Survival and shared quotations, branch surv19 of issue 22 (round 18's held-out marco and the
TUNE_18 readings): the words both texts hold inside quotation marks given to one person are counted
when the quotation is short ("dirt"), when a court heard them, and when the paper describes the
speaker otherwise. Invented texts of the same shapes."""

from __future__ import annotations

from types import SimpleNamespace

from test_speakers_spk33 import _corpus, _survival  # the same wire and paper corpus; status, told

from corpus_tools.attribution.named_tellers import head_noun, says_who
from corpus_tools.attribution.shared_quotes import shared_quotations
from corpus_tools.attribution.speech_acts import act_of

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


#: the prosecution's account, then the defendant's plea
_ATTACK_WIRE = (
    "A barman was cleared of murdering a waiter outside a nightclub in Brighton, a court heard today.\n\n"
    "According to the prosecution, barman Dale Moss, 30, kicked and choked the waiter from Leeds before "
    "throwing him through the window of a bakery, on May 3, 1998.\n\n"
    "Moss told the jury he had acted in self-defence."
)
#: the paper's tag ends a sentence of its own ("..., the prosecution alleged."), its account follows
_ATTACK_PAPER = (
    "A barman was cleared yesterday of murdering a waiter outside a nightclub in Brighton.\n\n"
    "When the waiter turned to leave, the prosecution alleged.\n\n"
    "Dale Moss kicked and choked the waiter from Leeds before throwing him through the window of a "
    "bakery on May 3, 1998.\n\n"
    "Moss told the jury he had acted in self-defence."
)


def test_a_statement_told_after_a_tag_that_names_its_speaker_is_kept():
    got = _survival(_ATTACK_WIRE, _ATTACK_PAPER)
    assert got["the prosecution"][0] == "kept"  # "the prosecution alleged." says who
    nameless = _ATTACK_PAPER.replace(
        "When the waiter turned to leave, the prosecution alleged.", "It was late."
    )
    assert _survival(_ATTACK_WIRE, nameless)["the prosecution"] == ("dropped", 1)  # without saying who


def test_says_who_reads_the_sentence_before_and_the_quotation_it_stands_in():
    pair = SimpleNamespace(
        named=True,
        names={"Hale"},
        firsts={"Tom", "Ann"},
        people=2,
        hearing=False,
        description=frozenset({"hale", "couple"}),
    )
    texts = [
        "Tom Hale, 52, and his wife issued a statement.",
        "It said: 'We are proud of our son.",
        "He was kind and cheerful.",
        "He loved the sea.'",
        "The boy was buried on Monday.",
        "He loved the sea.",
    ]
    assert says_who([3], texts, pair, "Tom and Ann Hale")  # inside the quotation opened in 1, named in 0
    assert not says_who([5], texts, pair, "Tom and Ann Hale")  # the quotation closed in 3
    couple = ["The couple said they were proud.", "He loved the sea."]
    assert says_who([1], couple, pair, "Tom and Ann Hale")  # a common noun of the pair's description
    assert not says_who(
        [1], ["The family said they were proud.", "He loved the sea."], pair, "Tom and Ann Hale"
    )
    neighbour = SimpleNamespace(named=False, names=set(), people=1, hearing=False, description=frozenset())
    assert head_noun("A former neighbour of Roberts") == "neighbour"
    assert says_who(
        [0], ["Jo Bell, 19, a neighbour of Roberts, saw him."], neighbour, "A former neighbour of Roberts"
    )
    assert not says_who([0], ["Jo Bell, 19, saw Roberts."], neighbour, "A former neighbour of Roberts")
    jury = SimpleNamespace(named=False, names=set(), people=1, hearing=True, description=frozenset({"jury"}))
    assert not says_who([0], ["The jury heard he had been cautioned."], jury, "The jury")


_VERDICT_WIRE = (
    "A sailor was cleared of murdering a fisherman in a harbour brawl in Perth today.\n\n"
    "The judge, Justice Mary Holt, offered her condolences to the families of Penrose and Lusk.\n\n"
    "Justice Holt said the trial had been long and hard for the families."
)
#: the paper gives the judge the same act in other words, and her other statement
_VERDICT_PAPER = (
    "A sailor was cleared yesterday of murdering a fisherman in a harbour brawl in Perth.\n\n"
    "Judge Mary Holt expressed her sympathy for the friends and relatives of the dead man."
)


def test_an_act_of_the_same_meaning_keeps_the_statement():
    assert _survival(_VERDICT_WIRE, _VERDICT_PAPER)["The judge, Justice Mary Holt"][0] == "kept"
    regret = _VERDICT_PAPER.replace("her sympathy for", "her regret over")  # another act
    assert _survival(_VERDICT_WIRE, regret)["The judge, Justice Mary Holt"][0] == "kept_other_statement"


def test_act_of_reads_the_acts_noun_in_a_short_content():
    assert act_of("her condolences to the families of Hale and Dunn") == act_of("his deepest sympathy") == 0
    assert act_of("their apologies to the court") == 1
    assert act_of("that her sympathy lay with the families") is None  # no act statement
    assert act_of("her sympathy " + "and more " * 10) is None  # longer than an act statement
