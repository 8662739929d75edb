"""Who speaks, the wire shapes round 32's audit and tuning left (``benchmarks/claims.md``'s
HELD_OUT_32 rows, ``benchmarks/claims_tune32.md``): Reuters' business copy. Invented texts of the
same shapes (other names, other words)."""

from __future__ import annotations

from pairs import speaker_rows

from corpus_tools.attribution.body_documents import document_body

# tu4, tu13: "The Commerce Department said ... the Commerce Department brief said ... the brief said"
_BRIEF = (
    "The Commerce Department proposed lifting the duty on imported Canadian lumber.\n"
    "    The Commerce Department said it proposed the change because the duty hurt builders.\n"
    '    "A duty never meant for builders could injure them," the\n'
    "Commerce Department brief said.\n"
    '    "Imports will be allowed under bond," the brief said.\n'
)


def test_a_named_bodys_brief_is_the_body():
    assert speaker_rows(_BRIEF) == [["The Commerce Department", "organisation", 3]]


def test_document_body_needs_the_body_speaking_and_no_person_of_that_name():
    text = "The Commerce Department said it would act. 'It is wrong,' the Commerce Department brief said."
    assert document_body("the Commerce Department brief", text) == "Commerce Department"
    assert document_body("the Commerce Department's report", text) == "Commerce Department"
    assert document_body("a Commerce Department study", text) == "Commerce Department"
    assert document_body("the Commerce Department brief", "The Commerce Department brief said no.") == ""
    assert document_body("the Miller report", "James Miller said so. The Miller report said no.") == ""
    assert document_body("the Miller report", "Mr Miller said so. The Miller report said no.") == ""
    assert document_body("the brief", text) == ""
    assert document_body("the Commerce Department official", text) == ""
