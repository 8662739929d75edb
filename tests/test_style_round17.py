"""House style, round 17: a spelling British courts write is no mark of American style."""

from __future__ import annotations

from pairs import pair

from corpus_tools.variants.style import house_style


def test_court_judgment_is_not_american_spelling():
    """PA's court reports write "judgment" (the courts' spelling), as British papers do; the claims
    audit of round 17 (ca46) found the wire called American for it. "Programme" still counts as
    British and "program" as American."""
    src = "The judge gave judgment on Friday. The council's programme was cut."
    paper = "In a written judgment, the judge said the program had been cut."
    h = house_style(pair(src, paper)).set_index(["doc_id", "dimension", "style"])["n"].to_dict()
    assert h[("src", "spelling", "american")] == 0
    assert h[("src", "spelling", "british")] == 1
    assert h[("v", "spelling", "american")] == 1
    assert h[("v", "spelling", "british")] == 0
