"""Sentence alignment, round 8 (issues 22 and 24): a text's lead reports the source's lead, a
sentence fused from two consecutive source sentences is aligned to both, and a short line that is
a source sentence's words up to a title aligns (the three causes of the claims audit's seventh
round, on invented text of the same shape)."""

from __future__ import annotations

from pairs import pair, rules_alignment

from corpus_tools.reuse.neighbours import title_free

# an invented damages case: a lead, the claimant, his claim, the ruling, a barrister's question
WIRE = (
    "A Morris dancer today lost a claim for compensation against a bus driver who knocked him down "
    "as he stood outside a pub while his friends sang. "
    "Peter Mallory, 64, of Ripon, North Yorkshire, broke a hip and suffered serious head injuries in "
    "the accident in March 2001. "
    "He claimed the driver, Susan Blake, 41, from Harrogate, had been careless and reckless when she "
    "pulled out of the depot without looking. "
    "But today at York County Court, Judge Alan Crane ruled against Mr Mallory. "
    "The company's barrister, Miss Ruth Hale, said the road had been flooded that night. "
    "'How could anyone have seen him in that rain?' "
    "Miss Hale asked. "
    "The judge said the bus had been driven slowly and with its lights on. "
    "Mr Mallory said he would consider an appeal."
)
# the paper's lead: the wire's lead in its words, reordered, the claim's sum and the injury its
# own, "Morris" written small (METER traveller, the sun's lead)
LEAD = (
    "A morris dancer yesterday lost his £20,000 damages claim against a woman who ran him over and "
    "cost him a leg."
)
NEW = "Mallory is now in a wheelchair."


def _classes(version: str, source: str = WIRE) -> list[tuple[str, tuple]]:
    a = rules_alignment(pair(source, version))
    return list(zip(a["reuse_class"], a["source_sent_ids"], strict=True))


def test_a_lead_that_reports_the_source_lead_in_its_words_is_aligned_to_it():
    # the lead shares two words of what happened ("dancer", "lost") and scores above the context
    # bar with the wire's lead: as a text's lead it aligns there, no neighbour aligned by words
    assert _classes(f"{LEAD} {NEW}") == [("rewritten", (0,)), ("new", ())]


def test_the_same_sentence_elsewhere_in_the_text_needs_a_neighbour_aligned_by_words():
    # placed second, after a sentence of the paper's own, it is a weak paraphrase alone: new
    assert _classes(f"{NEW} {LEAD}") == [("new", ()), ("new", ())]


def test_a_sentence_fused_from_two_consecutive_source_sentences_is_aligned_to_both():
    # METER traveller, the express: the claim's sentence and "ruled against" of the next one;
    # "ruled" is the one word the next sentence brings, and no other wire sentence holds it
    version = (
        "But a judge ruled that driver Susan Blake, 41, from Harrogate, had not been reckless when she "
        "pulled out of the depot."
    )
    assert _classes(version) == [("rewritten", (2, 3))]
    # when the text copies the ruling's sentence itself, "ruled" there is the text repeating it
    ruling = "But today at York County Court, Judge Alan Crane ruled against Mr Mallory."
    assert _classes(f"{ruling} {version}") == [("verbatim", (3,)), ("rewritten", (2,))]
    # a neighbour that brings only who and how old ("Peter Mallory, 64": the sentence before) does not join
    version = (
        "Peter Mallory, 64, claimed that driver Susan Blake was careless and reckless as she left the depot."
    )
    assert _classes(version) == [("rewritten", (2,))]


def test_a_short_line_that_is_the_source_line_up_to_a_title_aligns_beside_its_neighbour():
    # METER doctor, the independent: "Ms Davies asked." after the quotation, PA's "Miss Davies asked."
    version = "'How could anyone have seen him in that rain?' Ms Hale asked. " + NEW
    assert _classes(version) == [("verbatim", (5,)), ("near_verbatim", (6,)), ("new", ())]


def test_a_short_line_aligns_alone_only_when_no_other_source_line_reads_so():
    # unique in the wire: aligned though its neighbours are the paper's own
    assert _classes(f"It rained. Ms Hale asked. {NEW}")[1] == ("near_verbatim", (6,))
    # "Mrs Hale asked." as well: which Hale asked is the neighbours' to say, and they say nothing
    assert _classes("It rained. Ms Hale asked.", WIRE + " Mrs Hale asked.")[1] == ("new", ())
    # a line of one word besides its titles is too little to read
    assert title_free(("ms", "hale")) == ("hale",)
    assert _classes("It rained. Ms Hale.", WIRE + " Miss Hale.")[1] == ("new", ())
