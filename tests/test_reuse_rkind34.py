"""Issue 22, round 34 (branch rkind34): a source sentence of a fusion whose words the version
sentence does not write is no source of it (``corpus_tools/reuse/unwritten_sources.py``). Invented
text of the shape of TUNE_34's 9523+9660 (an update's lead aligned to the earlier lead and to a
later sentence for "the federal": cause K of ``benchmarks/claims_tune34_r.md``); fails on
``d551958``."""

from __future__ import annotations

from types import SimpleNamespace

import corpus_tools as ct
from corpus_tools.report.findings import findings
from corpus_tools.reuse.unwritten_sources import fused_writes, written

_SPEECH = (
    "U.S. Fisheries Secretary Anna Kovac said fishing should share spending cuts under the "
    "Hollings-Dole law and that this would ultimately help exports.\n"
    '    "There needs to be some reduction of some programs to at least get close to the Hollings-Dole '
    'figure," she said. "Fishing would not be independent from that."\n'
    "    She told an Oregon Boat Owners lunch, \"I don't think anyone believes we'll meet the 96 "
    'billion dlr target."\n'
    '    Kovac said if the federal deficit came down, this would help exports. "A failure to get the '
    'fiscal deficit under control is having a harmful effect on fish exports."\n'
    "    She added, however, that U.S. fish exports had increased under the Coastal Act but so far "
    "had not recovered to what she called the successful levels of 1979.\n"
)
_DOUBTS = (
    "U.S. Fisheries Secretary Anna Kovac today publicly expressed doubts that the federal government "
    "would meet the fiscal year 1989 deficit reduction target set by the Hollings-Dole law.\n"
    "    \"I don't think anyone believes we'll meet the 96 billion dlr target,\" Kovac told the Oregon "
    "Boat Owners.\n"
    "    Kovac is believed to be the first top administration official to publicly express doubts the "
    "target would be met.\n"
    "    The remark was quickly disavowed by the White House budget office. \"Her 'no one' does not "
    'include the budget office," said spokesman Carl Berg.\n'
    '    "There needs to be some reduction of some programs to at least get close to the Hollings-Dole '
    'figure," she said. "Fishing would not be independent from that."\n'
)


def _analysis(source: str, version: str):
    corpus = ct.from_records([{"doc_id": "w", "text": source}, {"doc_id": "u", "text": version}])
    return ct.analyze(corpus, source="w")


def _sources(a) -> list[tuple[int, tuple]]:
    al = a.alignment
    return [(int(s), tuple(ids)) for s, ids in zip(al["sent_id"], al["source_sent_ids"], strict=True)]


def test_a_fusions_second_source_writing_one_word_is_dropped():
    a = _analysis(_SPEECH, _DOUBTS)
    # the lead tells the earlier lead again; "if the federal deficit came down" is not in it
    assert _sources(a)[0] == (0, (0,))
    text = findings(a)["u"]
    assert "It keeps 4 of w's 7 sentences and drops 3" in text  # 0-3; the deficit's 4, 5 and 6 cut


def test_written_reads_content_words_in_order():
    src = tuple("kovac say if the federal deficit come down this would help export".split())
    tgt = tuple("kovac doubt the federal government would meet the deficit target".split())
    assert sorted(written(src, tgt)) == [0, 3, 8]
    lead = SimpleNamespace(keys=tuple("kovac say fishing should share cut under the law".split()))
    later = SimpleNamespace(keys=src)
    # read as one text with the lead, in either order, the later sentence writes one word at most
    assert fused_writes([lead, later], tuple("kovac doubt cut under the law".split())) == [{0, 2, 5}, {0}]
