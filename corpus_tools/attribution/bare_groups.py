"""A bare plural of an unnamed group after the same group named with more words: one group.

"The council reached agreement on rules ..., ICCO delegates said. ... but delegates said they
expected them to come into force early next week": the delegates of the second sentence are the
ICCO delegates of the first, told again without the modifier. Without an article the bare plural
was never joined to a description before it (a definite "the officials" is), so one anonymous
group was counted twice and a later version's survival relabelled one and dropped the other.
A bare plural ("delegates", "officials", "traders") of an unnamed group, with no word but its head,
joins an earlier unnamed plural group of the same head and kind ("ICCO delegates"), never one set
apart as "other" ("other delegates"), and the same bare words first when the text used them before
("delegates said ... Consumer delegates said ... delegates said": the first group), and none when
two modified groups fit ("Coffee delegates", "Consumer delegates"); a modified one
("Western delegates", "other traders") never joins this way. Found in round 34, branch tune34: 10505
of ``TUNE_34`` (``benchmarks/claims_tune34.md``, U4). A place word or "several" names no other
group ("Delegates here said ... several delegates said": one group; round 34's held-out 17214, ad4,
left by audit34, taken up in round 35, branch tune35): such a plural is bare too; "Some traders
here" (a part of the traders, set against "Others") is not.

A definite "the sources" joins the sources' group, not one of them quoted in between: "..., council
sources said. 'We will not bargain,' one source said. The sources said ...": the group's statements
were given to "one source" (the latest entity of the head, the number set aside for "source" so that
"the source added" may follow "sources said"), which then held the group's words, and a later
story quoting "the sources" relabelled one entry and dropped the other. Of the entities such a
mention may join, those of its own number come first (:func:`same_number_first`). Found in round
36, branch sweep36: 3928+4096 and 4470+11459 of ``claims.swept_36`` (``benchmarks/speaker_sweep36.md``,
lists' split kind "a group's second entry", survival kind 2).
"""

from __future__ import annotations

__all__ = ["bare_group", "bare_plural", "bare_first", "same_number_first"]

#: the kinds of an unnamed group's head ("delegates" is an official's word, "traders" anonymous)
_GROUP_TYPES = frozenset({"official", "anonymous"})
#: words that set a group apart from another of the same head ("other delegates")
_APART = frozenset({"other", "another"})
#: words that leave a plural bare: where the group is, or a vague count ("Delegates here", "several")
_VAGUE = frozenset({"here", "there", "several"})


def bare_plural(f: dict) -> bool:
    """Whether a mention's features ``f`` are a bare plural of an unnamed group ("delegates")."""
    return (
        f["number"] == "p"
        and not f["mods"] - _VAGUE
        # "Some traders here said ... Others said": a part; a plain "Some brokers said" after
        # "Brokers said" stays the one group, as before (4130 of TUNE_33's 4130+7403)
        and not (f["key"].startswith("some ") and f["mods"])
        and not f["named"]
        and not f["definite"]
        and f["type"] in _GROUP_TYPES
    )


def bare_first(f: dict, same: list[dict]) -> list[dict]:
    """Of the entities a bare plural may join (latest first), those it names with the same words
    when there are any ("delegates" before "Consumer delegates"), else none when two groups fit
    ("Coffee delegates", "Consumer delegates": which one is not said); ``same`` as it is otherwise."""
    if len(same) < 2 or not bare_plural(f):
        return same
    return [e for e in same if f["key"] in e["keys"]]


def bare_group(f: dict, e: dict) -> bool:
    """Whether a mention's features ``f`` (:func:`~corpus_tools.attribution.speakers.speaker_features`)
    are a bare plural ("delegates") of the unnamed plural group ``e`` (an entity of
    :func:`~corpus_tools.attribution.speakers.resolve_speakers`: "ICCO delegates")."""
    return (
        bare_plural(f)
        and e["number"] == "p"
        and not e["named"]
        and e["type"] == f["type"]
        and f["head"] in e["heads"]
        and not e["mods"] & _APART
    )


def same_number_first(f: dict, same: list[dict]) -> list[dict]:
    """Of the entities a source's mention may join (latest first: "The sources" or "the source",
    whose number :func:`~corpus_tools.attribution.speakers._same_entity` sets aside), those of its
    own number when there are any: the plural "council sources" for "The sources", the singular
    "one source" for "the source"; ``same`` as it is otherwise."""
    if len(same) < 2:
        return same
    return [e for e in same if e["number"] == f["number"]] or same
