"""Who speaks, the shapes round 23's tuning stories showed (``benchmarks/claims_tune23.md``, kinds
K1, K2, K4). Invented texts of the same shapes (other names, other words)."""

from __future__ import annotations

from pairs import speaker_rows, text_attributions

from corpus_tools.attribution.clause_pairs import clause_pairs, with_clause_pairs
from corpus_tools.text.nlp import load_model

# K1: a lead counts the two people it names in the next sentence ("Two chemists today admitted")
_COUNTED = (
    "Two plumbers today admitted fitting a faulty boiler in a flat where a tenant later died.\n"
    "Mark Oldham, 31 and Peter Quince, 29, pleaded guilty to breaching safety rules at Carlisle.\n"
    "Oldham and Quince denied an earlier charge of manslaughter, which has now been dropped.\n"
)
# the number before a business name the parser splits off ("Two Boots the Chemist pharmacists")
_BUSINESS = (
    "Two Hatfields the Builders joiners were fined today after admitting fitting a faulty stair.\n"
    "Mark Oldham, 31, and Peter Quince, 29, pleaded guilty at Carlisle Crown Court.\n"
)
# "A was fined ... and B was fined ... after they admitted": the two of the joined clauses
_CLAUSES = (
    "A plumber, Mark Oldham, 31, was fined £900 and an apprentice, Peter Quince, 29, was fined £500 "
    "after they admitted breaching safety rules.\n"
    "Judge Carter said: ``This was a sad case.''\n"
)


def test_counted_description_is_the_pair_named_next():
    for text in (_COUNTED, _BUSINESS):
        rows = speaker_rows(text)
        assert all(kind == "person" for _, kind, _ in rows), rows
        assert not any(s.lower().startswith("two ") for s, _, _ in rows), rows
        att = text_attributions(text, "admit")
        assert att.speaker_label.tolist() == ["Mark Oldham and Peter Quince"], att


def test_counted_description_needs_that_many_people():
    # "Three plumbers" is no pair of the two named next
    text = (
        "Three plumbers today admitted fitting a faulty boiler in a flat.\n"
        "Mark Oldham, 31, and Peter Quince, 29, were fined at Carlisle Crown Court.\n"
    )
    att = text_attributions(text, "admit")
    assert att.speaker_label.tolist() == ["Three plumbers"] and not att.named.any(), att


def test_they_after_two_joined_clauses_is_the_pair():
    att = text_attributions(_CLAUSES, "admit")
    assert att.speaker_label.tolist() == ["Mark Oldham and Peter Quince"], att
    assert att.resolved_from.tolist() == ["pair"]
    rows = speaker_rows(_CLAUSES)
    assert sorted(s for s, _, _ in rows) == ["Judge Carter", "Mark Oldham and Peter Quince"], rows


def test_clause_pairs_reads_only_a_subordinate_they():
    nlp = load_model()
    found = clause_pairs(
        [(0, 0, nlp("Tom Lowe was fined £90 and Kevin Dodd was fined £50 after they admitted theft."))]
    )
    assert found == [(0, 0, ["Tom Lowe", "Kevin Dodd"])]
    # "They" opening the next sentence, one name, or three names: no pair from this rule
    for text in (
        "Tom Lowe was fined £90 and Kevin Dodd was fined £50. They admitted theft.",
        "Tom Lowe was fined £90 after they admitted theft.",
        "Tom Lowe, Kevin Dodd and Ann Pike were fined after they admitted theft.",
    ):
        assert clause_pairs([(0, 0, nlp(text))]) == [], text
    # a pair already listed at that offset is not listed twice
    assert with_clause_pairs([(0, 0, ["Tom Lowe", "Kevin Dodd"])], [(0, 0, nlp(text))]) == [
        (0, 0, ["Tom Lowe", "Kevin Dodd"])
    ]


def test_two_word_surname_beside_one_word_surname_is_cut():
    text = (
        "Anna Reeves Hall, 27 and Omar Dakin, 25, pleaded guilty to breaching safety rules at Carlisle.\n"
        "The hearing followed the death of a girl of three.\n"
        "Reeves Hall and Dakin denied an earlier charge of manslaughter, which has now been dropped.\n"
    )
    att = text_attributions(text, "denied")
    assert sorted(att.speaker_label) == ["Anna Reeves Hall", "Omar Dakin"], att
    assert sorted(s for s, _, _ in speaker_rows(text)) == ["Anna Reeves Hall", "Omar Dakin"]
    # a name given with a title only ("Mr Tom Hale") is no two-word surname
    from corpus_tools.attribution.joint import _two_word_surname

    doc = load_model()("Tom Hale and Ann denied it.")
    assert not _two_word_surname(doc[0:2], "Mr Tom Hale was there. Tom Hale and Ann denied it.")
    assert _two_word_surname(doc[0:2], "Lisa Tom Hale was there. Tom Hale and Ann denied it.")


# K2: a court side fronted before the name ("Prosecuting Peter Hughes QC also said")
def test_fronted_court_side_is_the_barrister():
    text = (
        "Mr Simon Reeve, QC, prosecuting told the court that the boiler was fitted by Oldham.\n"
        "Prosecuting Simon Reeve QC also said that Oldham had not been trained.\n"
    )
    rows = speaker_rows(text)
    assert rows == [["Mr Simon Reeve", "person", 2]], rows


# K4: a statement not read
def test_reporting_verb_after_content_with_no_comma():
    text = 'Oldham was "shattered" by the death said his lawyer Tom Fenwick.\n'
    att = text_attributions(text, "said")
    assert att.speaker.tolist() == ["his lawyer Tom Fenwick"] and att.named.all(), att
    # a plain object is no speaker: "He said his prayers"
    assert text_attributions('The court was "silent" as he said his prayers.\n', "said").speaker.tolist() != [
        "his prayers"
    ]


def test_name_before_aside_after_opening_phrase():
    text = (
        "Following the hearing Gary Milton, Kent's senior fire safety officer, said he believed dozens "
        "of boilers had been fitted over three years.\n"
    )
    att = text_attributions(text, "said")
    assert att.speaker.tolist() == ["Gary Milton"] and att.named.all(), att


def test_one_pair_under_two_labels_counts_its_two_people():
    from corpus_tools.attribution.pairs import pair_people

    # the opening "Two joiners" labelled in full, the plea "Oldham and Quince" by surnames: two people
    assert pair_people(["Mark Oldham and Peter Quince", "Oldham and Quince", "Judge Carter"]) == 3
    # two different pairs stay two (each counts its own people)
    assert pair_people(["Mark Oldham and Peter Quince", "Tom Snout and Peter Quince"]) == 4


# K5: a telling in the clause of a witness's evidence is no speaker of the case
def test_telling_inside_evidence_clause_is_no_statement():
    text = (
        "Judge Carter heard the case at Exeter.\n"
        "Dodd gave evidence that the pair told him what readings they wanted on the meters.\n"
    )
    att = text_attributions(text, "told")
    assert att.role.tolist() == ["mention"], att
    assert not any(s == "the pair" for s, _, _ in speaker_rows(text))
    # told outside any evidence: the pair's telling stays a statement
    plain = "The pair told him what readings they wanted on the meters.\n"
    assert text_attributions(plain, "told").role.tolist() == ["speaker"]
