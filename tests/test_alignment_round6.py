"""Sentence alignment, round 6 (issues 22 and 24): a name that opens a sentence is a name, a
quotation of few content words finds its source by a run of words, and a short sentence is no
compression of a long source sentence that holds its stop words one by one."""

from __future__ import annotations

from pairs import pair

from corpus_tools.reuse.alignment import align_sentences, body_sentences
from corpus_tools.reuse.matching import ReuseOptions, candidates, match, word_runs
from corpus_tools.reuse.similarity import idf_weights, known_names, sentence_words

# an invented extradition story: its ninth sentence is the general's reply, and eight sentences
# before it speak of "charges" too, so the reply's one content word does not find it
WIRE = (
    "The charges against General Ortiz were read out at the court in Leeds. "
    "Ortiz faces 12 charges of fraud. "
    "The charges date from his years in office. "
    "Lawyers for Ruritania said the charges were well founded. "
    "Most of the charges concern the sale of army land. "
    "Two charges were dropped last week. "
    "The defence will fight the charges at a later hearing. "
    "A clerk took ten minutes to read the charges. "
    "Ortiz, the arresting officer told the court, replied: 'No, I had absolutely nothing to do with "
    "any of these charges.' "
    "He says Ortiz can be extradited, but only for the extradition offences, which is the view now "
    "being taken by the courts, committed after the treaty of 1990, when the convention became "
    "binding on Ruritania and on this country, and only if the court is satisfied that the charges "
    "would be crimes here as well."
)


def test_a_name_that_opens_a_sentence_is_a_name_when_the_corpus_writes_it_so():
    names = known_names([s.split() for s in ("Ortiz faces charges", "He said Ortiz lied", "the police came")])
    assert names == frozenset({"ortiz"})
    opening = "Ortiz , 58 , was jailed".split()
    # unknown, the opening word is a word of what happened; known, it is a name
    assert "ortiz" in sentence_words(opening).topical
    assert sentence_words(opening, names=names).names == {"ortiz"}
    assert "ortiz" not in sentence_words(opening, names=names).topical
    # a common word written in capitals only where it opens a sentence stays a word
    assert known_names([["Police", "came"], ["the", "police", "said"], ["Metropolitan", "Police"]]) == set()


def test_alignment_reads_the_protagonist_opening_a_sentence_as_a_name():
    sents = body_sentences(pair(WIRE, "Ortiz denies the fraud charges."))
    assert "ortiz" in sents["v"][0].words.names
    assert "ortiz" not in sents["v"][0].words.topical


def test_a_quotation_of_few_content_words_finds_its_source_by_a_run_of_words():
    # METER pinochet: the Times's "I have nothing to do with any of the charges." was new
    version = "The general was defiant. I have nothing to do with any of the charges."
    corpus = pair(WIRE, version)
    sents = body_sentences(corpus)
    src, t = sents["src"], sents["v"][-1]
    idf = idf_weights(s.keys for doc in sents.values() for s in doc)
    index: dict[str, list[int]] = {}
    for n, s in enumerate(src):
        for key in s.words.content:
            index.setdefault(key, []).append(n)
    runs: dict[tuple[str, ...], list[int]] = {}
    for n, s in enumerate(src):
        for gram in word_runs(s.keys):
            runs.setdefault(gram, []).append(n)
    opt = ReuseOptions()
    # by its one content word ("charges") the reply is not among the eight richest candidates
    assert 8 not in candidates(t, src, index, idf, opt)
    # by the run "nothing to do with" it is
    assert 8 in candidates(t, src, index, idf, opt, runs=runs)
    assert match(src[8], t, idf, opt).cls == "near_verbatim"
    a = align_sentences(corpus, source="src")
    assert a["source_sent_ids"].tolist()[-1] == (8,)


def test_a_short_sentence_is_no_compression_of_a_long_one_holding_its_stop_words_one_by_one():
    # "Ortiz's extradition is being fought by Ruritania." shares "Ortiz", "extradition" and
    # "Ruritania" with the long sentence 9 and finds "be", "by" in it one by one (METER pinochet:
    # the Sun's sentence aligned to the timetable); it says what none of the source says
    a = align_sentences(pair(WIRE, "Ortiz's extradition is being fought by Ruritania."), source="src")
    assert a["reuse_class"].tolist() == ["new"]
    # a true compression of the long sentence still aligns: its words sit in runs
    a = align_sentences(
        pair(WIRE, "Ortiz can be extradited only for the offences committed after the treaty of 1990."),
        source="src",
    )
    assert (a["source_sent_ids"].item(), a["reuse_class"].item()) == ((9,), "rewritten")


def test_a_long_sentence_does_not_expand_a_short_one_by_its_speaker_and_stop_words():
    # METER babysitter: the Guardian's "Mr Morris said the crown would contend the defendant would
    # have known ..." aligned to PA's "Mr Morris said that after the incident the defendant changed
    # her story": the short sentence's words in order in the long one are "Mr Morris said", "the
    # defendant" and lone stop words
    source = "The trial opened in Leeds. Mr Reed said that after the visit the defendant changed her story."
    version = (
        "Mr Reed said the council would contend the defendant would have known that what she was doing "
        "was likely to result in serious harm to the pupils at the school."
    )
    assert align_sentences(pair(source, version), source="src")["reuse_class"].tolist() == ["new"]
    # a sentence that does hold the short one in runs of words still expands it
    version = (
        "Mr Reed said that after the visit the defendant changed her story, and the court heard that "
        "she later gave the police a third account of the morning."
    )
    a = align_sentences(pair(source, version), source="src")
    assert (a["source_sent_ids"].item(), a["reuse_class"].item()) == ((1,), "rewritten")
