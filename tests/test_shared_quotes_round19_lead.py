"""Shared quotations after round 19's merge (the lead): a song or remark that counsel's quotation
reports another person saying ("he was heard to sing `...'") is that person's words, so a paper that
quotes it under the story's hearing ("a court heard") does not share it with counsel. surv19's
hearing route and spk39's nested reports, each right alone, had given the song to counsel together
(02.11.99/pancake's mirror, claims.md pk24). Invented texts of the same shape."""

from __future__ import annotations

from test_survival_surv19 import _shared  # shared_quotations rows of a wire and a paper

from corpus_tools.attribution.shared_quotes import _nested

#: counsel's quotation reports the defendant's rhyme inside it, in the wire's marks
_WIRE = (
    "A baker put sand in loaves after losing his shift, a court heard today.\n\n"
    "Mr Penn told the court: ``The defendant was heard by staff saying he was bitter about the "
    "shift.\n\n"
    "``The accused was heard to sing a little rhyme `Crusty loaves are grand, because they are "
    "full of sand,' which he later denied.''"
)
#: the paper gives the rhyme to the story's hearing, and counsel's first sentence to counsel
_PAPER = (
    "A BAKER put sand in loaves after losing his shift, a court heard yesterday.\n\n"
    'He was heard singing: "Crusty loaves are grand, because they are full of sand."\n\n'
    'Prosecutor Tom Penn said: "The defendant was heard by staff saying he was bitter about the '
    'shift."'
)


def test_a_rhyme_counsel_reports_is_not_counsels_under_a_hearing():
    rows = _shared(_WIRE, _PAPER)
    # counsel's own sentence (13 words as counted) is shared; the rhyme is not counsel's
    assert [(src, n) for _, src, n in rows] == [("Mr Penn", 13)]


def test_nested_reads_the_quotation_inside_a_quotation():
    (run,) = _nested("The accused was heard to sing `Crusty loaves are grand,' which he denied.")
    assert run.split()[0] == "crusty" and len(run.split()) == 4
    assert _nested("He said it wasn't fair and didn't care.") == []
