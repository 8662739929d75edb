"""spk51: a named pair beside its members in the survival rows (issue #22; TUNE_23's chemists shape).

Invented names and words only: a wire names two pharmacists alone in its first take ("Anna Cole
Mercer", "Omar Hadad") and the pair in a later take under a hyphened surname and a respelt one
("Anna Cole-Mercer and Omar Haddad"); the speaker identity keeps one surname of that pair.
"""

from __future__ import annotations

from corpus_tools.attribution.pair_members import member_statements, pair_surnames
from corpus_tools.attribution.survival import _Who


def _who(names, people=1, kind="person"):
    return _Who(kind, True, "", frozenset(names), frozenset(), people=people)


def _recs(*pairs):
    return [{"speaker_id": s, "speaker": lab, "speaker_label": lab} for s, lab in pairs]


WHO = {
    "T1:S1": _who({"Mercer"}),
    "T1:S2": _who({"Hadad"}),
    "T3:S1": _who({"Haddad"}, people=2),  # the identity lost the hyphened surname
    "T3:S2": _who({"Haddad"}, people=2),
}


def test_pair_under_hyphened_and_respelt_surnames_goes_to_its_members():
    recs = _recs(
        ("T1:S1", "Anna Cole Mercer"),
        ("T1:S2", "Omar Hadad"),
        ("T3:S1", "Anna Cole-Mercer and Omar Haddad"),
        ("T3:S2", "Cole-Mercer and Haddad"),
    )
    out = member_statements(recs, WHO)
    assert [r["speaker_id"] for r in out] == ["T1:S1", "T1:S2", "T1:S2", "T1:S1", "T1:S2", "T1:S1"]
    assert {r["speaker_label"] for r in out} == {"Anna Cole Mercer", "Omar Hadad"}


def test_pair_surnames_reads_the_label_when_the_identity_kept_one():
    assert pair_surnames(WHO["T3:S2"], "Cole-Mercer and Haddad") == ["Haddad", "Mercer"]
    assert pair_surnames(_who({"Mercer", "Hadad"}, people=2), "whatever") == ["Hadad", "Mercer"]
    assert pair_surnames(WHO["T3:S2"], "Two pharmacists") == []


def test_pair_with_a_member_who_never_speaks_alone_keeps_its_statements():
    recs = _recs(("T1:S1", "Anna Cole Mercer"), ("T3:S2", "Cole-Mercer and Haddad"))
    assert [r["speaker_id"] for r in member_statements(recs, WHO)] == ["T1:S1", "T3:S2"]


def test_a_respelling_near_two_surnames_is_no_member():
    who = {**WHO, "T1:S3": _who({"Haddam"})}  # "Haddad" is one letter from "Hadad" and "Haddam"
    recs = _recs(
        ("T1:S1", "Anna Cole Mercer"),
        ("T1:S2", "Omar Hadad"),
        ("T1:S3", "Lee Haddam"),
        ("T3:S2", "Cole-Mercer and Haddad"),
    )
    assert [r["speaker_id"] for r in member_statements(recs, who)][-1] == "T3:S2"


def test_short_surnames_are_not_read_as_respellings():
    who = {"A": _who({"Lee"}), "B": _who({"Hall"}), "P": _who({"Lea"}, people=2)}
    recs = _recs(("A", "Tom Lee"), ("B", "Ann Hall"), ("P", "Ann Hall and Tom Lea"))
    assert [r["speaker_id"] for r in member_statements(recs, who)][-1] == "P"


# --- one body counted twice in a document's speaker counts (bare_bodies.py)


def test_bare_head_noun_is_the_one_qualified_body_of_the_document():
    from corpus_tools.attribution.bare_bodies import bare_repeats

    labels = ["Wessex police", "Dr Nora Ames", "the detectives", "Police"]
    kinds = ["organisation", "person", "anonymous", "organisation"]
    assert bare_repeats(labels, kinds) == [3]
    assert bare_repeats(["the council", "Dunmore council"], ["organisation"] * 2) == [0]


def test_bare_head_noun_beside_two_forces_or_none_is_left_apart():
    from corpus_tools.attribution.bare_bodies import bare_repeats

    assert bare_repeats(["Wessex police", "Mercia police", "Police"], ["organisation"] * 3) == []
    assert bare_repeats(["Police", "Dunmore council"], ["organisation"] * 2) == []
    assert bare_repeats(["Wessex police", "police"], ["organisation", "anonymous"]) == []


def test_speaker_summary_counts_one_force_under_two_labels_once():
    import pandas as pd

    from corpus_tools.attribution.accounting import speaker_summary

    corpus = pd.DataFrame({"text": ["x"], "n_words": [40]}, index=pd.Index(["d1"], name="doc_id"))
    table = pd.DataFrame(
        {
            "doc_id": ["d1"] * 3,
            "speaker": ["Wessex police", "Dr Nora Ames", "Police"],
            "named": [False, True, False],
            "speaker_kind": ["organisation", "person", "organisation"],
        }
    )
    cols = ["doc_id", "speaker_id", "role", "via_agency", "quote_type", "content_start"]
    none = pd.DataFrame({c: pd.Series(dtype=object) for c in cols})
    row = speaker_summary(corpus, speakers=table, attributions=none).iloc[0]
    assert (row["n_speakers"], row["n_institutions"], row["n_people"]) == (2, 1, 1)


def test_double_barrelled_surname_is_the_spaced_spelling_of_another_take():
    from corpus_tools.attribution.couples import person_names

    assert person_names(["Anna Cole-Mercer and Omar Haddad"]) == ({"Mercer", "Haddad"}, {"Cole", "Omar"}, 2)
    assert person_names(["Anna Cole-Mercer"])[0] == person_names(["Anna Cole Mercer"])[0] == {"Mercer"}
    assert person_names(["Mr Cole-Mercer"])[0] == {"Mercer"}


def test_a_pairs_statement_given_to_both_members_counts_once_in_the_stock_words():
    from corpus_tools.attribution.own_voice import stock_keys
    from corpus_tools.attribution.paraphrase import content_keys

    recs = _recs(
        ("T1:S1", "Anna Cole Mercer"),
        ("T1:S2", "Omar Hadad"),
        ("T3:S1", "Anna Cole-Mercer and Omar Haddad"),
        ("T2:S1", "Mr Brill"),
    )
    said = [
        "the dispensary kept no ledger",
        "the rota was short",
        "the syrup was mislabelled",
        "the syrup label",
    ]
    for r, text in zip(recs, said, strict=True):
        r["part_keys"] = [content_keys(text)]
    split = member_statements(recs, WHO)
    (syrup,) = content_keys("syrup")
    # the pair's words are its members' now, but one statement: with Mr Brill's, two speakers, no stock
    assert syrup not in stock_keys(split)
    assert {r.get("pair_id") for r in split} == {None, "T3:S1"}


# --- a business's trade noun read as a second subject (relative_tails.py)


def test_trade_noun_after_a_business_in_a_relative_clause_is_no_speaker():
    import pandas as pd

    from corpus_tools.attribution.attributions import attributions

    text = (
        "Two nurses who worked for Hallam the grocer were today fined after admitting selling a "
        "faulty syrup to a toddler who later fell ill.\n\nNurse Anna Cole Mercer, 31, was fined 500 "
        "pounds and trainee Omar Hadad, 22, was fined 300 pounds."
    )
    corpus = pd.DataFrame({"text": [text]}, index=pd.Index(["d1"], name="doc_id"))
    a = attributions(corpus)
    labels = set(a.loc[a["role"] != "mention", "speaker"].dropna().str.lower())
    assert "the grocer" not in labels and "grocer" not in labels
