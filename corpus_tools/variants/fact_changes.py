"""The fact rows of :func:`corpus_tools.variants.changes.pair_changes`: numbers, dates and
names added, cut or changed between a version and its parent.

Three general rules decide what is one fact and what is a change:

- **A number changes only into a number that counts the same thing**: the same unit
  ("pct", "mln", none), in the same slot of two paired sentences (the word diff replaces
  the one by the other), in sentences that otherwise say the same ("The crude index rose 1.8
  pct after a 2.9 pct rise" / "Natural gas prices rose 1.8 pct after a 4.2 pct rise" are two
  goods: 2.9 cut and 4.2 added, not 2.9 changed into 4.2). A range ("5 to 7 pct") is one
  number (:func:`corpus_tools.variants.facts.facts`).
- **A date relative to the day of writing is the absolute date it names**: "this year" in a
  story of 1987 holds "1987", "last year" "1986"; "today" holds the weekday or the day of
  the month it falls on. Each text is read at its own ``published`` date.
- **An adjective is not a name**: a one-word name that spaCy tags as an adjective before a
  word in lower case ("a Federal tax increase") is left out, unless spaCy puts it inside a
  person, organisation, place or facility entity; so is an adverb starting a sentence
  ("Obviously Dayton-Hudson people": the name is "Dayton-Hudson"). Without a pipeline
  installed, the rules alone decide.
"""

from __future__ import annotations

import re
from functools import lru_cache

from corpus_tools.lexicon import (
    HONORIFICS,
    SPEAKER_WORDS,
)
from corpus_tools.text.nlp import ModelError, load_model
from corpus_tools.variants.clipped_names import clipped_held
from corpus_tools.variants.coordinated_kinds import coordinated_kind_held
from corpus_tools.variants.date_facts import day_again, month_alone_held, range_end_again
from corpus_tools.variants.facts import (
    fact_key,
    facts,
    holds,
    lowercase_words,
    norm_text,
    number_keys,
    proper_words,
    same_fact,
)
from corpus_tools.variants.first_word_body import first_word_held
from corpus_tools.variants.held_forms import held_elsewhere, rounded_amount_held, short_form_held
from corpus_tools.variants.initials import as_initials, common_initials, initials, written_as_initials
from corpus_tools.variants.lower_case_body import lower_case_body_held
from corpus_tools.variants.month_parts import part_of_month_held
from corpus_tools.variants.name_forms import alias_of, held_in_other_form, holds_name, named_words
from corpus_tools.variants.number_forms import holds_number, misspelt_unit_held
from corpus_tools.variants.other_languages import translated_held
from corpus_tools.variants.other_writings import a_part_held, initials_given_held, people_of_place_held
from corpus_tools.variants.periods import _day, held_as_period  # noqa: F401 (re-exported)
from corpus_tools.variants.reported_twice import (
    country_again,
    counts_a_group,
    counts_parties,
    names_year,
    said_already,
    surname_again,
)
from corpus_tools.variants.same_number import SAME_THING, _key, same_thing  # noqa: F401 (re-exported)
from corpus_tools.variants.state_initials import dotted_state_held
from corpus_tools.variants.written_again import month_year_held, quarter_months_held
from corpus_tools.variants.written_shorter import day_dropped_held, owner_named_before, rounded_decimal_held
from corpus_tools.variants.years_since import count_of_years_held, year_since_held

__all__ = ["fact_rows", "held_as_period", "same_thing"]

#: title words and honorifics: "Governor Perpich" is Perpich
_TITLES = SPEAKER_WORDS["official"] | HONORIFICS
#: compass adjectives before a place: "Southwestern U.S." is the country (benchmarks/family_round44.md);
#: a simple one only before initials ("Northern Ireland", "Western Australia" are places of their own)
_COMPASS = {f"{a}{b}ern" for a in ("north", "south") for b in ("east", "west")}
_SIMPLE_COMPASS = {"northern", "southern", "eastern", "western"}
#: words of rank before a title or an institution's name
_RANKS = {"deputy", "acting", "assistant", "associate", "former", "senior", "junior", "vice", "under"}


def _after_ranks(key: str) -> str:
    """A name without its leading ranks and titles when two words or more are left ("deputy
    state department" -> "state department"), else ''."""
    words = key.split()
    if len(words) == 2 and (words[0] in _COMPASS or (words[0] in _SIMPLE_COMPASS and "." in words[1])):
        return " ".join(words[1:])  # "southwestern u.s." where the other text names the country
    i = 0
    while i < len(words) and (words[i] in _RANKS or words[i] in _TITLES):
        i += 1
    return " ".join(words[i:]) if i > 0 and len(words) - i >= 2 else ""


#: the entity types inside which an adjective is part of a name
_NAME_ENTITIES = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC"})


def _before_lower(text: str, sentence: str) -> bool:
    """Whether ``text`` is written somewhere in ``sentence`` before a space and a lower-case letter
    (a-z): what ``re.search(re.escape(text) + " [a-z]", sentence)`` finds, without a pattern built
    for each name.

    >>> _before_lower("Federal", "Federal Reserve and a Federal tax"), _before_lower("Fed", "the Fed")
    (True, False)
    """
    at = sentence.find(text)
    while at >= 0:
        end = at + len(text)
        if sentence[end : end + 1] == " " and "a" <= sentence[end + 1 : end + 2] <= "z":
            return True
        at = sentence.find(text, at + 1)
    return False


def _not_names(candidates: list[tuple], held) -> set[tuple[str, str]]:
    """``(sentence, name)`` of the names spaCy reads as no name: a one-word name tagged as an
    adjective before a word in lower case, outside a name entity ("a Federal tax increase";
    not the programme of '"Moneyline" television program'), and a name begun by an adverb, an
    adjective or a word the tagger calls a name but the recogniser leaves out of every entity,
    starting its sentence, whose rest the other text holds ("Obviously Dayton-Hudson people",
    "Current Dome shareholders", "Fellow OPEC member Venezuela";
    ``held(change, kind, text, key, sentence)``). Empty when no pipeline is installed."""
    todo: dict[str, list[tuple[str, str]]] = {}
    for s, kind, text, change in candidates:
        if kind != "name":
            continue
        # only what the rule can drop is parsed: a word before a lower-case word, a first word
        # of a sentence that is held once dropped
        before_lower = _before_lower(text, s)
        first, _, rest = text.partition(" ")
        starts = (
            bool(rest)
            and s.lstrip("\"“'( ").startswith(first)
            and held(change, "name", rest, fact_key(rest), s)
        )
        if (" " not in text and before_lower) or starts:
            todo.setdefault(s, []).append((text, change))
    if not todo:
        return set()
    try:
        nlp = load_model()
    except ModelError:
        return set()
    dropped: dict[str, list[tuple[int, str]]] = {}  # by its part of speech: (token, name)
    tagged = _tagged(nlp, list(todo), "pos")
    for s, found in todo.items():
        toks = tagged[s]
        for text, _change in found:
            first = text.split()[0]
            i = next((i for i, t in enumerate(toks) if t[0] == first), None)
            if i is None:
                continue
            attributive = i + 1 < len(toks) and toks[i + 1][0][:1].islower()
            if (" " not in text and toks[i][1] == "ADJ" and attributive) or (
                " " in text and toks[i][1] in ("ADV", "ADJ", "PROPN")  # its rest is held (see above)
            ):
                dropped.setdefault(s, []).append((i, text))
    # unless spaCy puts it inside a name entity: the recogniser runs on those sentences only
    ents = _tagged(nlp, list(dropped), "ner")
    return {(s, t) for s, found in dropped.items() for i, t in found if ents[s][i][1] not in _NAME_ENTITIES}


#: (sentence, what) -> its tokens as (text, part of speech) or (text, entity type), read once per
#: process: a parent's sentence comes back on every edge to its children (bounded: cleared when full)
_TAGGED: dict[tuple[str, str], list[tuple[str, str]]] = {}
_MAX_TAGGED = 50_000
#: the components each reading runs: the tagger (its tok2vec; the attribute ruler maps tags to
#: parts of speech), or the entity recogniser alone (it embeds its own tok2vec, so the tags and
#: the entities are those of the whole pipeline, each run only where it is read)
_COMPONENTS = {"pos": ("tok2vec", "tagger", "attribute_ruler"), "ner": ("ner",)}


def _tagged(nlp, sentences: list[str], what: str) -> dict[str, list[tuple[str, str]]]:
    """The tokens of each sentence with their part of speech (``what="pos"``) or entity type
    (``"ner"``)."""
    new = [s for s in dict.fromkeys(sentences) if (s, what) not in _TAGGED]
    if len(_TAGGED) + len(new) > _MAX_TAGGED:
        _TAGGED.clear()
        new = list(dict.fromkeys(sentences))
    skip = [n for n in nlp.pipe_names if n not in _COMPONENTS[what]]
    for s, doc in zip(new, nlp.pipe(new, disable=skip), strict=True):
        _TAGGED[(s, what)] = [(t.text, t.pos_ if what == "pos" else t.ent_type_) for t in doc]
    return {s: _TAGGED[(s, what)] for s in sentences}


#: the number keys of a whole text (lower case), read once for all the edges it is on
_text_numbers = lru_cache(maxsize=1024)(number_keys)


def _pairs_of_numbers(cs, ps, pairs, found, norm_parent, parent_numbers):
    """Numbers and dates changed in paired sentences, and the (change, key) they account for
    (``found``: the facts of each sentence; ``parent_numbers``: the number keys of the parent)."""
    changed, seen = [], set()
    for i, j in sorted(pairs.items()):
        fc = [f for f in found[cs[i]] if f[0] in ("number", "date")]
        fp = [f for f in found[ps[j]] if f[0] in ("number", "date")]
        cut = [f for f in fp if f[2] not in {x[2] for x in fc}]
        new = [f for f in fc if f[2] not in {x[2] for x in fp}]
        for a in list(cut):  # one fact written two ways ("Sept. 20"/"20 September"): no change
            b = next(
                (
                    b
                    for b in new  # or one amount in two forms: "2,178,000 dlrs" / "about 2.2 mln dlrs"
                    if b[0] == a[0]
                    and (same_fact(a[1], b[1]) or (a[0] == "number" and holds_number(a[2], {b[2]})))
                ),
                None,
            )
            if b is not None:
                cut.remove(a)
                new.remove(b)
                seen.update({("cut", a[2]), ("added", b[2])})
        # a number changed in place: it counts the same thing, and the new number is absent
        # from the parent (else two sentences on different things were paired)
        for a in cut:
            b = next(
                (
                    b
                    for b in new
                    if b[0] == a[0]
                    and same_thing(ps[j], cs[i], a[1], b[1])
                    and not (b[2] in parent_numbers if b[0] == "number" else holds(norm_parent, b[0], b[2]))
                ),
                None,
            )
            if b is None:
                continue
            new.remove(b)
            seen.update({("cut", a[2]), ("added", b[2])})
            changed.append(("fact", a[0], "changed", a[1], b[1], cs[i], ps[j]))
    return changed, seen


def _countries_once(candidates: list[tuple], held, raw_other: dict[str, str]) -> list[tuple]:
    """The candidates without a name that reports again a country the edge reports the same way or
    the other text holds (:func:`corpus_tools.variants.reported_twice.country_again`): read once
    all the names of the edge are known, a country named after its capital too."""
    keys = {
        change: [fact_key(t) for _, k, t, c in candidates if k == "name" and c == change]
        for change in raw_other
    }
    out, earlier = [], {change: [] for change in raw_other}
    for s, kind, text, change in candidates:
        if kind == "name":
            key = fact_key(text)

            def held_name(t: str, change=change, s=s) -> bool:
                if fact_key(t) == "us":  # lower-cased, "us" is a pronoun too
                    return re.search(r"\bU\.S\.(?!\w)|\bUS\b", raw_other[change]) is not None
                return held(change, "name", t, fact_key(t), s)

            if country_again(text, s, key, earlier[change], [k for k in keys[change] if k != key], held_name):
                continue
            earlier[change].append(key)
        out.append((s, kind, text, change))
    return out


def fact_rows(
    cs: list[str],
    ps: list[str],
    pairs: dict[int, int],
    child_all: str,
    parent_all: str,
    *,
    published: object = None,
    parent_published: object = None,
) -> list[tuple]:
    """Fact changes, numbers changed in paired sentences first, then facts added and cut, as
    tuples of the ``changes`` columns after the two ids. ``cs``/``ps``: the sentences of the
    version and the parent; ``pairs``: version sentence -> parent sentence."""
    proper = proper_words(child_all) | proper_words(parent_all)
    lower = lowercase_words(child_all) | lowercase_words(parent_all)
    norm_child, norm_parent = norm_text(child_all), norm_text(parent_all)
    # the facts of each sentence, read once: the names of each side, the numbers of paired sentences
    # and the candidates all read them (a sentence found on both sides is the same sentence)
    found = {s: facts(s, proper, lower) for s in dict.fromkeys(cs + ps)}
    # the number keys of each text, read once (a parent's text comes back on every edge to its children)
    numbers = {"cut": _text_numbers(norm_child), "added": _text_numbers(norm_parent)}
    changed, seen = _pairs_of_numbers(cs, ps, pairs, found, norm_parent, numbers["added"])
    day = {"cut": _day(parent_published), "added": _day(published)}
    other_day = {"cut": day["added"], "added": day["cut"]}
    raw_other = {"cut": child_all, "added": parent_all}
    raw_this = {"cut": parent_all, "added": child_all}
    short = {"cut": initials(child_all), "added": initials(parent_all)}
    names = {
        side: {k for s in sents for kind, _, k in found[s] if kind == "name"}
        for side, sents in (("cut", cs), ("added", ps))
    }
    named = {"cut": named_words(child_all), "added": named_words(parent_all)}

    def held(change: str, kind: str, text: str, key: str, sentence: str) -> bool:
        other = norm_child if change == "cut" else norm_parent
        if kind == "number":
            return (
                holds_number(key, numbers[change])
                or counts_a_group(text, sentence, other)
                or misspelt_unit_held(text, key, sentence, other, numbers[change])
                or rounded_amount_held(text, sentence, raw_other[change])  # "over 600,000" (round 46)
                or count_of_years_held(text, sentence, raw_other[change], day[change], other_day[change])
                or a_part_held(key, raw_other[change])  # "one third" / "a third" (round 49)
                or quarter_months_held(text, sentence, raw_other[change])  # "first quarter" (round 52)
                or rounded_decimal_held(text, raw_other[change])  # "4.0" / "4.0002" (round 53)
            )
        if holds(other, kind, key, short[change]):
            return True
        this = "added" if change == "cut" else "cut"  # the names of the text the fact is in
        if kind == "name" and (
            holds_name(other, key, names[change])
            or held_in_other_form(key, other, named[change], raw_other[change])
            or held_elsewhere(key, other, raw_other[change])  # "(ICCO) council", "USDA secretary"
            or short_form_held(key, names[this], lambda k: held(change, "name", k, k, sentence))
            or clipped_held(key, other)  # "Export-Import Bank" / "Ex-Im bank" (round 48)
            or initials_given_held(text, raw_this[change], raw_other[change])  # "X, or RSVP" (round 49)
            or people_of_place_held(text, raw_other[change])  # "Alberta" / "Albertans" (round 49)
            or coordinated_kind_held(key, other, lower)  # "X Gas Field" / "X oil and gas field" (round 51)
            or dotted_state_held(text, sentence, raw_other[change])  # "City, N.J." / "New Jersey" (round 51)
            or first_word_held(text, raw_other[change])  # "House of Representatives" / "the House" (round 54)
            or lower_case_body_held(text, raw_other[change])  # "president's council of ..." (round 54)
            or translated_held(key, names[change])  # "Banco do Brasil" / "Bank of Brazil" (round 57)
        ):
            return True
        if kind == "name" and (
            as_initials(text, raw_other[change])  # "GATT" / "General Agreement on Tariffs and Trade"
            or written_as_initials(key, raw_other[change])
            or common_initials(text, raw_other[this])  # "IC's (integrated circuits)": no name
        ):
            return True
        alias = alias_of(text, raw_other[this], names[this]) if kind == "name" else None
        if alias and held(change, "name", alias, fact_key(alias), sentence):
            return True  # "PS" where both texts name the Socialist Party: the initials add nothing
        rest = _after_ranks(key) if kind == "name" else ""
        if rest and holds(other, kind, rest, short[change]):
            return True  # "Deputy State Department" where the other text has "the state department"
        return kind == "date" and (
            held_as_period(text, raw_other[change], day[change], other_day[change], sentence)
            or month_alone_held(key, raw_other[change], raw_this[change])
            or year_since_held(text, sentence, raw_other[change], day[change], other_day[change])
            or part_of_month_held(key, other)  # "mid-April" / "April 15" (round 48)
            or month_year_held(text, sentence, raw_other[change], other_day[change])  # (round 52)
            or day_dropped_held(text, sentence, raw_other[change])  # "last September" (round 53)
        )

    candidates = []
    for sents, change in ((ps, "cut"), (cs, "added")):
        for s in sents:
            for kind, text, key in found[s]:
                if (change, key) in seen or held(change, kind, text, key, s):
                    continue
                if kind == "number" and counts_parties(text, s):
                    continue
                same_side = [c for c in candidates if c[3] == change]
                if (
                    kind == "name"
                    and (said_already(text, s, same_side) or owner_named_before(text, s, same_side))
                ) or (
                    kind == "date"
                    and (
                        names_year(text, s, same_side)
                        or day_again(text, same_side, day[change] if change == "added" else None)
                        or (change == "added" and range_end_again(text, s, same_side))
                    )
                ):
                    continue
                if kind == "name" and surname_again(key, [k for c, k in seen if c == change]):
                    continue
                seen.add((change, key))
                candidates.append((s, kind, text, change))
    candidates = _countries_once(candidates, held, raw_other)
    drop = _not_names(candidates, held)
    rows = [
        (
            "fact",
            kind,
            change,
            *((text, "") if change == "cut" else ("", text)),
            *((s, "") if change == "added" else ("", s)),
        )
        for s, kind, text, change in candidates
        if (s, text) not in drop
    ]
    return changed + rows
