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

The other way round, a group told first with fewer words and then named more closely is one group
too: "The panel will vote next week, staff members said. ... Senate staff said the vote could slip"
(round 36, branch debt36, round 35's held-out 11082, ``benchmarks/claims.md`` fm12: two anonymous
groups for the one staff). A later unnamed plural (:func:`described_group`) joins an earlier
unnamed plural group when every word of the earlier ("staff"; "members" of a noun is that noun's
group) is among its own and the words it adds are capitalised, one of them a country's (a name or
adjective: "U.S.", "Japanese") or a body's noun ("Senate", "Ministry"); "Consumer delegates" after
"delegates" (a part of them, the capital only the sentence's) stays apart, and "other officials",
"some traders" and a group set apart never join this way.

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

from corpus_tools import lexicon
from corpus_tools.attribution.entities import DEMONYMS, government_key

__all__ = ["bare_first", "bare_group", "bare_plural", "described_group", "same_number_first"]

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


#: heads whose groups are told apart by their words ("banking sources", "Ministry sources")
_SOURCES = frozenset({"source", "sources"})
#: a body's nouns ("senate", "ministry"), one of which a group's added words may be
_BODY_WORDS = lexicon.SPEAKER_WORDS["organisation"]
#: nouns of a group the tagger reads as singular ("Senate staff said")
_COLLECTIVE = frozenset({"staff", "personnel"})
#: the head of a group named by a noun before it ("staff members": the staff)
_MEMBERS = frozenset({"member", "members"})


def _group_words(heads: set[str], mods: set[str]) -> set[str]:
    """A group's words: its heads and modifiers, "members" of a noun aside."""
    words = set(heads) | set(mods)
    return words - _MEMBERS if mods else words


def described_group(f: dict, e: dict) -> bool:
    """Whether a mention's features ``f``, an unnamed plural group with more words ("Senate
    staff"), name the earlier unnamed plural group ``e`` ("staff members") more closely: every word
    of ``e`` is among ``f``'s and those ``f`` adds are capitalised in its label (module docstring).

    Example:
        >>> e = {"number": "p", "named": False, "type": "anonymous", "heads": {"member"}, "mods": {"staff"}}
        >>> f = {"number": "p", "named": False, "type": "anonymous", "head": "staff", "heads": {"staff"},
        ...      "mods": {"senate"}, "label": "Senate staff", "definite": False, "key": "senate staff"}
        >>> described_group(f, e)
        True
        >>> described_group({**f, "mods": {"other"}, "label": "other staff", "key": "other staff"}, e)
        False
    """
    plural = f["number"] == "p" or f["head"] in _COLLECTIVE  # "Senate staff": the tagger's singular
    if not plural or not f["mods"] or e["number"] != "p":  # the cheap tests first
        return False
    if f["named"] or e["named"] or f["type"] != e["type"] or f["type"] not in _GROUP_TYPES:
        return False
    if f["definite"] or f["key"].startswith("some ") or (f["mods"] | e["mods"]) & _APART:
        return False
    earlier = _group_words(e["heads"], e["mods"])
    later = _group_words(f["heads"], f["mods"])
    if f["head"] not in earlier or not earlier < later or f["head"] in _SOURCES:
        return False  # "sources" ... "Ministry sources": the sources' own rule decides (speakers)
    added, label = later - earlier, f["label"].split()
    if not all(any(w.lower() == x and w[:1].isupper() for w in label) for x in added):
        return False
    return any(x in _BODY_WORDS or x.replace(".", "") in DEMONYMS or government_key(x) for x in added)
