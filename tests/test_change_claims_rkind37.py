"""The findings' change rows: a misprint mended and a possessive for its named owner are words
replaced, not a cut beside an addition (round 37, branch rkind37; TUNE_37's 3910 "nc" -> "Inc" and
12503 "its" -> "the U.S.": ``benchmarks/claims_tune37_r.md``, cause C). Invented texts of the same
shapes."""

import pandas as pd
import pytest

from corpus_tools.report.change_claims import claimed_changes, whole_replacement


@pytest.mark.parametrize(
    ("source_form", "form", "source_context", "context"),
    [
        ("nc", "Inc", "Dalmor [nc] said it sold…", "Dalmor [Inc] said it sold…"),
        ("Industires", "Industries", "…to Kestrel [Industires] Ltd…", "…to Kestrel [Industries] Ltd…"),
        ("its", "the U.S.", "Ardmore Oil Corp said [its]…", "Ardmore Oil Corp said [the U.S.]"),
        ("their", "the Walsall", "…said [their] council…", "…said [the Walsall] council…"),
    ],
)
def test_a_replacement_a_reader_names(source_form, form, source_context, context):
    assert whole_replacement(source_form, form, source_context, context)
    rows = pd.DataFrame(
        {
            "category": ["word_substitution"],
            "source_form": [source_form],
            "form": [form],
            "source_context": [source_context],
            "context": [context],
        }
    )
    assert claimed_changes(rows)["category"].tolist() == ["word_substitution"]


@pytest.mark.parametrize(
    ("source_form", "form"),
    [("their", "the elderly"), ("its", "for the"), ("it", "in"), ("storming", "into")],
)
def test_still_a_cut_and_an_addition(source_form, form):
    assert not whole_replacement(source_form, form)
