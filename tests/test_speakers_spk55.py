"""Who speaks, the shapes round 25's held-out stories showed once marked (``benchmarks/claims.md``,
round 25, thomas and informant, the kinds audit25 listed for a fixer). Invented texts of the same
shapes (other names, other words)."""

from __future__ import annotations

from pairs import speaker_rows, text_attributions

from corpus_tools import from_records
from corpus_tools.attribution.relation_names import relation_holder
from corpus_tools.attribution.survival import speaker_survival

# kind 1: "The friend" of one take is the person a later take names "his friend Ian Lowe"
_TAKE1 = (
    "A man accused of burning down a barn hid the can in his shed, a jury heard today.\n"
    "Prosecutor Ann Roe told the jury that Tom Hale had hated the farmer.\n"
    "The friend had told police that he and Hale used to drink at the barn.\n"
)
_TAKE2 = (
    "Mrs Roe said Hale and his friend Ian Lowe often went to the barn at night.\n"
    "Mr Lowe said they would drink cider and smoke there.\n"
)
_PAPER = (
    "A man burnt down a barn, a jury heard yesterday.\n"
    "Ann Roe, prosecuting, said Tom Hale had hated the farmer.\n"
    "According to Mr Lowe, the two men would drink cider in the barn.\n"
)


def _story(paper: str, *takes: str):
    rows = [{"doc_id": f"take{i + 1}", "text": t, "group": "WIRE"} for i, t in enumerate(takes)]
    return from_records([*rows, {"doc_id": "paper", "text": paper, "group": "PAPER"}])


def test_the_friend_of_one_take_is_the_friend_a_later_take_names():
    s = speaker_survival(_story(_PAPER, _TAKE1, _TAKE2), source="WIRE")
    labels = dict(zip(s["speaker"], s["status"], strict=True))
    # the friend and Mr Lowe are one speaker of the wire, and the paper keeps him
    assert not any("friend" in str(x).lower() for x in labels), labels
    assert [v for k, v in labels.items() if "Lowe" in str(k)] == ["kept"]


def test_relation_holder_needs_one_named_friend():
    group = _TAKE1 + _TAKE2
    assert relation_holder("The friend", group, {"Hale", "Lowe", "Roe"}) == "Ian Lowe"
    assert relation_holder("The friend", group + "Her friend, Jo Dunn, said no.\n", {"Lowe", "Dunn"}) == ""
    assert relation_holder("The farmer", group, {"Hale", "Lowe", "Roe"}) == ""
    assert relation_holder("a friend", group, {"Hale", "Lowe", "Roe"}) == ""


# kind 2: a mother ("Mrs Hale") and her son, whom the wire names "Tom" and a paper "Tom Hale"
_MOTHER1 = (
    "A farmer accused of killing a boy of 12 hid his bike, a jury heard today.\n"
    "Tom left home at noon, saying he was going to the river to fish.\n"
)
_MOTHER2 = (
    "Giving evidence, Mrs Hale told how the boy should have been home by nine.\n"
    "She said she and her husband had searched the river bank.\n"
)
_SON_PAPER = (
    "A farmer killed a boy, a jury heard yesterday.\n"
    "Tom Hale said he was going fishing, but he lied to his mother.\n"
)


def test_the_paper_s_boy_named_in_full_is_not_the_wire_s_mother():
    s = speaker_survival(_story(_SON_PAPER, _MOTHER1, _MOTHER2), source="WIRE")
    status = dict(zip(s["speaker"], s["status"], strict=True))
    assert status["Mrs Hale"] == "dropped", status


# kinds 10 and 11: a judgment's words quoted after "held that", and "Name, a tenant who claimed"
_JUDGMENT = (
    "Tenants who say they were overcharged have no right to a refund, a High Court judge ruled "
    "yesterday.\n\n"
    "The ruling was given in the case of Tom Reed, a tenant who claimed the sum of £4,120 from the "
    "council, which he said had promised him repairs.\n\n"
    "Mr Justice Ann Lowe held that no contract existed and that, on grounds of public policy, 'a "
    "tenant cannot maintain a claim against the council in respect of any repairs'.\n\n"
    "Mr Reed alleged that officers had promised to mend the roof.\n"
)


def test_the_judgment_s_quoted_words_make_no_speaker_and_the_apposition_is_the_named_man():
    rows = speaker_rows(_JUDGMENT)
    assert not any(r[0] in ("a tenant", "an informant") for r in rows), rows
    reed = [r for r in rows if "Reed" in r[0]]
    assert [r[1] for r in reed] == ["person"] and reed[0][2] >= 2, rows


def test_holding_spans_open_before_a_small_letter_only_after_that():
    from corpus_tools.attribution.quoted_holdings import holding_spans

    text = _JUDGMENT.split("\n\n")[2]
    assert [text[a:b] for a, b in holding_spans(text)] == [
        "a tenant cannot maintain a claim against the council in respect of any repairs"
    ]
    assert holding_spans("He said Jones' dog barked, and that 'twas all.") == []


# kind 8: "the jury might conclude that '...,' Mr Roe suggested" is Roe's, the jury no speaker
def test_what_the_jury_might_conclude_is_no_statement_of_the_jury():
    text = (
        "Hale began to feel trapped, Ann Roe QC, prosecuting, told the jury. Later he allegedly told Jim "
        "Dunn, a convicted thief he met in prison, that he hated the boy for having him 'over a barrel'.\n\n"
        "While only two people knew what happened, 'and one of them is gone', the jury might "
        "conclude that 'Tom was bold enough to try and use the farmer, but not so wise as to see "
        "what he might be getting himself into,' Mrs Roe suggested.\n"
    )
    rows = text_attributions(text, cue="conclude")
    # no statement of the jury's, not even one reported inside Roe's
    assert rows[["speaker", "role"]].values.tolist() == [["the jury", "mention"]]
    assert speaker_rows(text) == [["Ann Roe QC", "person", 2]]


def test_the_flag_does_not_point_at_the_boy_for_his_dropped_mother():
    import pandas as pd

    from corpus_tools.report.checks import named_dropped_check

    sv = pd.DataFrame(
        {"status": ["kept", "dropped"], "speaker_kind": ["person", "person"], "speaker": ["Tom", "Mrs Hale"]}
    )
    assert named_dropped_check(sv, ["Tom Hale", "a jury"]) == ""
    assert named_dropped_check(sv, ["Ann Hale"]) == "check: it quotes “Hale”, counted as dropped"


def test_a_surname_written_only_after_the_boy_s_given_name_does_not_name_the_mother():
    from types import SimpleNamespace as W

    from corpus_tools.attribution.given_rivals import rival_surname

    mother = W(named=True, kind="person", names={"Hale"}, firsts=set())
    boy = W(named=True, kind="person", names={"Tom"}, firsts=set())
    paper = "Reed denied any part in the death of Tom Hale. Tom had asked Reed for money."
    assert rival_surname(mother, paper, [boy])
    assert not rival_surname(mother, paper + " Mrs Hale wept.", [boy])
    assert not rival_surname(mother, paper, [])
