"""House style, honorifics (issue 22, round 9, claims bf22 and dc13): a full name without a title
is a first mention in every style, so a paper that copies the source's first mentions and keeps
its "Mrs Amor" does not drop titles; a surname alone without one does."""

from __future__ import annotations

import pytest
from pairs import pair

from corpus_tools.variants.style import house_style

SOURCE = (
    "Yvonne Amor, 58, pointed a shotgun at the bailiff Nicholas Hill. "
    "Mrs Amor told him to leave her land. Mr Hill said he feared for his life. "
    "Mrs Amor was jailed for nine months."
)


def _honorifics(version: str) -> dict[str, int]:
    h = house_style(pair(SOURCE, version), source="src")
    h = h[(h["doc_id"] == "v") & (h["dimension"] == "honorifics")]
    return dict(zip(h["style"], h["n"], strict=True))


@pytest.mark.parametrize(
    "version, expected",
    [
        # the source's first mentions copied, its "Mrs Amor" kept: no name without a title
        (
            "Yvonne Amor, 58, pointed a shotgun at the bailiff Nicholas Hill. Mrs Amor was jailed.",
            {"with_honorific": 1, "without": 0},
        ),
        # a later mention without the title is the choice the style shows
        (
            "Yvonne Amor, 58, pointed a shotgun at the bailiff Nicholas Hill. "
            "Hill said he feared for his life.",
            {"with_honorific": 0, "without": 1},
        ),
    ],
)
def test_full_names_are_no_honorific_style(version, expected):
    assert _honorifics(version) == expected


def test_a_first_name_alone_is_no_honorific_style():
    # "her daughter Sophia" takes no title in any style: only a surname alone shows the choice
    version = "Yvonne Amor, 58, pointed a shotgun at the bailiff Nicholas Hill. Her daughter Sophia wept."
    assert _honorifics(version)["without"] == 0
