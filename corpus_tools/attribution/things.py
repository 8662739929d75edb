"""A thing never speaks. Two shapes where the parse makes one a speaker:

* a subject that is a thing ("The pattern of offences suggested that he was linked to Leeds"):
  its head noun is one of :data:`THINGS`, a small list of nouns with no person sense (a pattern,
  a number, an injury; read from 04.10.99/lynx of the METER courts, lynx261_guardian 79, round
  14's held-out audit in ``benchmarks/claims.md``, S kind 1; "Estimates have suggested that ...",
  a number read, rape1cam 23 of ``benchmarks/claims_tune17.md``, W2; "a 16-year gap that could
  explain other crimes", a span of time: 03.04.00/breeder's times 4, round 23's cause 6; "But the
  fact remained what she had done was ``nothing short of outrageous''", the judge's words: round
  28's held-out 28.09.99/brothel, b 21, ``benchmarks/claims.md`` bt5, bt15, bt25). Bodies
  and documents that do speak are not in it: "the report said", "a statement said", "the company
  said" stay statements, and evidence that shows is
  :func:`~corpus_tools.attribution.reports.not_a_report`'s own ("tests revealed");
* "claim" with a thing taken for its object and no clause ("the fiend may have claimed dozens more
  victims", "the crash claimed two lives": lynx224_sun 14 of the same audit): a taking, not a
  claim made; "claimed responsibility", "claimed that ..." stay statements;
* a day word read as the subject ("Bob Smith - who came on crutches - yesterday continued his
  defence": :data:`DAYS`; grobbelaar67_sun 4 of 16.07.99/grobbelaar, round 21): a time, no speaker.
"""

from __future__ import annotations

from corpus_tools.attribution.printed_matter import unsigned_print
from corpus_tools.attribution.unsigned_texts import unsigned_text

__all__ = ["DAYS", "THINGS", "act_with_object", "claimed_thing", "thing_subject"]

#: head nouns of a subject that is no person or body: the shape, timing or kind of what happened
#: and the marks it left. A partitive's head is left out ("a series of witnesses described", "a
#: number of residents said": the people of its "of" speak): no "series", "number", "kind", "type"
THINGS = frozenset(
    """pattern nature scale timing extent size manner frequency method similarity circumstance
    injury wound damage bruise fingerprint dna fibre trace estimate gap hiatus lull interval delay
    tape recording fact programme documentary
    slump downturn upturn decline plunge surge slide movement fluctuation drop fall rise climb jump""".split()
)  # "Surveillance tapes suggested" (TUNE_25's inqira, K5); no "verdict": "After the verdict X said"
# a measure's change: "the slump in world oil prices called for major policy adjustments", "The
# narrow currency movements of recent weeks strongly suggests" (round 39, survival39: the check
# series' 8069, three rows; the read series' 5176); a market's move: "The dollar's sharp drop this
# month has also raised questions about ..." (round 39, branch tune39, Reuters-21578 17268 5,
# ``benchmarks/claims_tune39.md`` K4)
# "The programme claimed that there was collusion": a documentary's case, its makers' (round 30's
# 27.01.00/committee, the telegraph 3, cm19)
#: day words the parse can take for a subject when a dash aside ends before them
DAYS = frozenset("yesterday today tonight tomorrow".split())
#: what "claim" takes when it takes a thing: lives, victims, a title or a prize, money due
_TAKEN = frozenset("victim life death casualty title prize medal crown seat benefit allowance".split())


def thing_subject(anchor) -> bool:
    """Whether the subject's head ``anchor`` is a common noun of :data:`THINGS` or a word of :data:`DAYS`
    alone."""
    day = anchor.lower_ in DAYS and not any(anchor.children)  # "Yesterday at X Court, Munby": his
    printed = unsigned_print(anchor)  # "Leaflets were posted calling for protests"
    printed = printed or unsigned_text(anchor)  # "according to latest official statistics"
    return anchor.pos_ == "NOUN" and anchor.lemma_.lower() in THINGS or day or printed


def claimed_thing(verb) -> bool:
    """Whether ``verb`` is "claim" with an object of :data:`_TAKEN` and no clause of content."""
    return act_with_object(verb, "claim", _TAKEN)


def act_with_object(verb, lemma: str, objects) -> bool:
    """Whether ``verb`` has the lemma ``lemma``, a direct object whose lemma is in ``objects`` and no
    clause of content: an act ("claimed a record", "declared force majeure"), not a statement."""
    if verb.lemma_.lower() != lemma:
        return False
    kids = list(verb.children)
    if any(c.dep_ in ("ccomp", "xcomp", "parataxis") for c in kids):
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in objects for c in kids)
