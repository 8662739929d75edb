"""Survival, branch surv18 of issue 22 (the claims audit's round 17, 16.07.99/care, causes 5 and 6):
"keeps what N said without saying who" reads a statement's own words, not the story's stock words
nor a statement of a name's tail; a court's words given to the judge who presides over it (or the
reverse) are one body's, a relabel, never a re-attribution. Invented texts of the same shapes."""

from __future__ import annotations

from test_speakers_spk33 import _corpus  # the same wire and paper corpus

from corpus_tools.attribution.bench_members import sits_on_bench
from corpus_tools.attribution.own_voice import own_voice, stock_keys, told_anywhere
from corpus_tools.attribution.paraphrase import content_keys, fact_keys
from corpus_tools.attribution.survival import speaker_survival

#: four speakers on one topic (rural bus routes); the MP's statement is his view of them
_WIRE = (
    "The Kent council said the rural bus routes would close in June to save money.\n\n"
    "Driver union leader Sam Hale said closing the rural bus routes would cost forty jobs.\n\n"
    "A spokeswoman for Village Voice said pensioners rely on the rural bus routes run by the council.\n\n"
    "Local MP Tom Reed said rural bus routes run by the Kent council are vital to village life."
)
#: the paper tells the closure with the council's name, and a fact about the routes in its own
#: voice; nothing of the MP's view is in it
_PAPER = (
    "Rural bus routes in Kent will close in June, the council said.\n\n"
    "Kent council runs 40 rural bus routes.\n\n"
    "The last bus will leave the depot on June 30."
)


def _survival(wire: str, paper: str) -> dict[str, tuple[str, int, str]]:
    s = speaker_survival(_corpus(wire, paper), source="wire")
    return {
        sp: (st, int(n), b)
        for sp, st, n, b in zip(
            s["speaker"], s["status"], s["n_statements_unattributed"], s["became"], strict=True
        )
    }


def test_a_sentence_of_the_storys_stock_words_tells_no_speakers_statement():
    got = _survival(_WIRE, _PAPER)
    reed = [v for k, v in got.items() if "Reed" in k]
    assert reed == [("dropped", 0, "")]  # "runs 40 rural bus routes": the topic, not his view
    assert [v[0] for k, v in got.items() if "council" in k.lower()] == ["kept"]


def test_stock_keys_are_the_words_many_speakers_share():
    said = [
        "the rural bus routes would close in June",
        "closing the rural bus routes would cost forty jobs",
        "pensioners rely on the rural bus routes",
        "rural bus routes are vital to village life",
        "the depot will be sold",
    ]
    rows = [{"speaker_id": f"S{i}", "part_keys": [content_keys(x)]} for i, x in enumerate(said)]
    assert stock_keys(rows) == {"rural", "bus", "rout"}
    rows = rows[:2] + [{"speaker_id": "S0", "part_keys": [content_keys(said[2])]}]  # two speakers
    assert stock_keys(rows) == frozenset()


def test_told_anywhere_needs_four_of_the_statements_own_words():
    said = "the Harbour Board closed the Quay Street ferry despite its promise to islanders"
    told = content_keys("The Quay Street ferry was closed by the board, breaking a promise to islanders.")
    assert told_anywhere(told, content_keys(said), fact_keys(said))
    tail = "on Island Ferry Services"  # a name's tail read as a statement: three words
    assert not told_anywhere(
        content_keys("Island Ferry Services runs the boats."), content_keys(tail), {"island"}
    )
    stock = {"ferry", "quay", "street", "board", "clos"}  # the story's stock words: two of its own left
    assert not told_anywhere(told, content_keys(said) - stock, fact_keys(said) - stock)


_APPEAL = (
    "A county council today lost its appeal over the closure of a day centre.\n\n"
    "Lord Marsh, sitting with Lord Justice Penn and Lady Justice Orme, said the closure was an abuse "
    "of power by the council.\n\n"
    "The Court of Appeal ordered the council to pay the costs of the case."
)
_APPEAL_PAPER = (
    "A council lost its appeal over the closure of a day centre yesterday.\n\n"
    "The Court of Appeal said the closure was an abuse of power by the council."
)


def test_the_presiding_judges_words_given_to_his_court_are_a_relabel():
    got = _survival(_APPEAL, _APPEAL_PAPER)
    marsh = [v for k, v in got.items() if "Marsh" in k]
    assert marsh == [("relabelled", 0, "The Court of Appeal")]  # one body: never "gives ... to another"


def test_sits_on_bench_reads_the_judges_named_together():
    assert sits_on_bench("Marsh", "But Lord Marsh and two other appeal judges dismissed the appeal.")
    assert sits_on_bench("Marsh", "Lord Marsh, Lord Justice Penn and Lady Justice Orme agreed.")
    assert not sits_on_bench("Marsh", "Lord Marsh said she was entitled to her costs.")
    assert not sits_on_bench("Penn", "Tom Penn and his brother were cleared by the jury.")


def test_an_aligned_sentence_of_stock_words_is_no_papers_voice():
    said = content_keys("rural bus routes run by the Kent council are vital to village life")
    stock = frozenset({"rural", "bus", "rout", "council"})
    topic = "The council's rural bus routes are to go."
    told = "Rural bus routes are vital to village life, campaigners say."
    assert own_voice([said], {2}, [(2, content_keys(topic), topic)])  # without the stock words: told
    assert not own_voice([said], {2}, [(2, content_keys(topic), topic)], None, stock)
    assert own_voice([said], {2}, [(2, content_keys(told), told)], None, stock)
