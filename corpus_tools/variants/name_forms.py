"""Whether another text holds a name in some form: the precision rule of name facts.

A name is reported added or cut only when the other text lacks it in every form. Beyond
the whole name (case-insensitive, :func:`corpus_tools.variants.facts.holds`) and its
spellings (:func:`holds_name`), a name of two words or more is
held when the other text writes *each of its words* as a name word: "Cooper Basin" where
the other text says "Cooper and Eromanga Basin", "Cooper-Eromanga" where it says "Cooper
and Eromanga Basin", "Iran Silkworm" where it says "Iran" and "Silkworm". A word is held
in its plural or singular, as a country or its adjective, or with one letter changed in a
word of six letters or more (a typo fixed is not a new name). Connecting words ("of",
"and"), company endings ("Ltd", "Co") and honorifics are not asked for.

This is one general rule in place of a rule per case: it reads the name's words, not the
wire's habits. What it gives up: a name made only of words the other text uses elsewhere
in other names ("West Germany" where the other text says "West Berlin" and "Germany") is
held; on the sixteen read series of benchmarks/family.md it cost no real fact.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from corpus_tools.lexicon import COMPANY_ENDS, SPEAKER_WORDS
from corpus_tools.variants.facts import word_re
from corpus_tools.variants.longer_names import BODIES as _BODIES
from corpus_tools.variants.longer_names import leading_initials_held as _leading_initials_held
from corpus_tools.variants.longer_names import longer_form_held as _longer_form_held
from corpus_tools.variants.name_aliases import CONNECTORS as _CONNECTORS
from corpus_tools.variants.name_aliases import (
    alias_held,
    alias_of,
    held_as_adjective,
    held_as_members,
    held_as_surname,
    held_without_qualifier,
    party_state,
    state_held,
)
from corpus_tools.variants.name_parts import TITLE_WORDS as _TITLE_WORDS
from corpus_tools.variants.name_parts import is_typo as _typo
from corpus_tools.variants.name_parts import name_words, named_words
from corpus_tools.variants.name_parts import shares_stem as _stem
from corpus_tools.variants.name_parts import untitled as _untitled
from corpus_tools.variants.name_parts import word_forms as _word_forms

__all__ = [
    "alias_of",
    "held_as_person",
    "held_in_other_form",
    "held_word_by_word",
    "holds_name",
    "name_words",
    "named_words",
    "one_given_name",
    "same_entity",
    "spelt_alike",
]

#: a capitalised word, an initialism ("U.S.") or a hyphenated name ("Cooper-Eromanga")
_CAPITAL_WORD = re.compile(r"(?:[A-Z]\.){2,}|\b[A-Z][\w'’]*")


def same_entity(a: str, b: str) -> bool:
    """Whether two name keys name one thing: the same words once connecting words, company
    endings, honorifics and titles are left out ("plenmeer" / "plenmeer ltd", "sen don nickles" /
    "don nickles"), or the first two words or more of the other ("american medical" / "american
    medical international inc"; not "finance ministry" / "finance ministry state secretary")."""
    wa, wb = _untitled(a), _untitled(b)
    short, long_ = sorted((wa, wb), key=len)
    extra = set(long_[len(short) :]) & (_TITLE_WORDS | SPEAKER_WORDS["official"])  # a post is another thing
    if _namesake(a, b):
        return False
    return bool(wa) and (wa == wb or (len(short) >= 2 and long_[: len(short)] == short and not extra))


#: a compass point after a connector ends a place's namesake: "Mato Grosso do Sul" is a state apart
#: from "Mato Grosso" (benchmarks/family_round38.md), "Rio Grande do Norte" from "Rio Grande"
_COMPASS = frozenset("sul norte sur nord north south east west".split())


def _namesake(a: str, b: str) -> bool:
    """Whether one name key is the other and a connector and a compass point after it: another
    place of the same name ("mato grosso do sul" / "mato grosso").

    >>> _namesake("mato grosso", "mato grosso do sul"), _namesake("banco central", "banco central do brasil")
    (True, False)
    """
    short, long_ = sorted((a.split(), b.split()), key=len)
    rest = long_[len(short) :]
    return long_[: len(short)] == short and len(rest) == 2 and rest[0] in _CONNECTORS and rest[1] in _COMPASS


def held_word_by_word(key: str, named: list[str]) -> bool:
    """Whether a text whose words are ``named`` (:func:`named_words`) holds each word of a
    name of two words or more, capitalised, all within a few words of each other ("Cooper
    Basin" in "Cooper and Eromanga Basin"), or a single name word of six letters or more
    with one letter changed ("Cental" / "Central").

    >>> held_word_by_word("cooper basin", named_words("the Cooper and Eromanga Basin"))
    True
    >>> held_word_by_word("cooper-eromanga", named_words("the Cooper Basin"))
    False
    >>> held_word_by_word("csr petroleum", named_words("CSR Ltd said Delhi Petroleum Pty Ltd had sold"))
    False
    """
    words = _untitled(key)
    if not words:
        return True
    if len(words) == 1:  # a surname after its title: "Sen. Boren" where the text says "Sen. David Boren"
        forms = _word_forms(words[0])
        return any(w in forms for w in named if w) or _typo(words[0], set(named) - {""})
    reach = len(words) + 1  # "Cooper and Eromanga Basin" holds "Cooper Basin"
    places = []
    for word in words:
        forms = _word_forms(word)  # once a word, not once a word of the text
        places.append([i for i, w in enumerate(named) if w and (w in forms or _stem(w, word))])
    return all(places) and any(
        all(any(abs(i - p) <= reach for i in others) for others in places[1:]) for p in places[0]
    )


def held_as_person(key: str, text_lower: str) -> bool:
    """Whether a text (lower case, :func:`corpus_tools.variants.facts.norm_text`) holds the
    person of a titled name under another title or none: "Japanese Prime Minister Yasuhiro
    Nakasone" where the text says "Japanese leader Yasuhiro Nakasone", "Bundesbank President
    Karl Otto Poehl" where it says "Karl Otto Poehl ... President of the Bundesbank". The
    person is the words after the last title word (``SPEAKER_WORDS["official"]``), two or more.

    >>> held_as_person("bundesbank president karl otto poehl", "karl otto poehl is likely")
    True
    >>> held_as_person("finance minister kiichi miyazawa", "minister hajime tamura said")
    False
    """
    words = key.split()
    titles = [i for i, w in enumerate(words) if w in SPEAKER_WORDS["official"]]
    person = words[titles[-1] + 1 :] if titles else []
    return len(person) >= 2 and word_re(" ".join(person)).search(text_lower) is not None


#: English first names and the short forms that do not begin as they do: "Bob Sims" is "Robert Sims"
#: (round 34, branch facts34, Reuters-21578 11865 and 15186: a Pentagon spokesman under both)
_SHORT_FORMS = {
    "bob": "robert",
    "rob": "robert",
    "bobby": "robert",
    "bill": "william",
    "billy": "william",
    "will": "william",
    "dick": "richard",
    "rick": "richard",
    "ted": "edward",
    "ned": "edward",
    "jack": "john",
    "jim": "james",
    "jimmy": "james",
    "chuck": "charles",
    "hank": "henry",
    "harry": "henry",
    "peggy": "margaret",
    "betty": "elizabeth",
    "liz": "elizabeth",
    "tony": "anthony",
    "sandy": "alexander",
    "jerry": "gerald",
    "larry": "lawrence",
    "ray": "raymond",
}


def held_under_short_first_name(key: str, text_lower: str) -> bool:
    """Whether a text (lower case) holds a person of two words under a first name that is the
    other's start, three letters or more, and the same surname: "Dan Amstutz" / "Daniel Amstutz"
    (benchmarks/family_round45.md); not "Tom Reed" / "Ted Reed"; or that is its short form of
    another spelling (:data:`_SHORT_FORMS`: "Bob Sims" / "Robert Sims").

    >>> held_under_short_first_name("dan reed", "said daniel reed, an aide")
    True
    >>> held_under_short_first_name("robert reed", "spokesman bob reed said")
    True
    """
    words = key.split()
    if len(words) != 2 or not all(w.isalpha() for w in words) or len(words[0]) < 3:
        return False
    for m in re.finditer(r"\b([a-z]{3,}) " + re.escape(words[1]) + r"\b", text_lower):
        if m.group(1) != words[0] and one_given_name(m.group(1), words[0]):
            return True
    return False


def one_given_name(a: str, b: str, *, starts: bool = True) -> bool:
    """Whether two given names (lower case) are one: the same, one the other's start of three
    letters or more ("dan" / "daniel"; with ``starts`` only), or one the short form of the other
    (:data:`_SHORT_FORMS`: "bob" / "robert"). Read by :func:`held_under_short_first_name` and by
    the speakers' identity (:mod:`~corpus_tools.attribution.speaker_identity`, short forms only:
    "Ann" and "Annette" may be two women), where "Pentagon spokesman Bob Sims" and "Robert Sims"
    are one man (round 35, branch audit35, Reuters-21578 11865 and 15186, row mr13 of
    ``benchmarks/claims.md``).

    >>> one_given_name("bob", "robert"), one_given_name("dan", "daniel"), one_given_name("tom", "ted")
    (True, True, False)
    """
    if a == b:
        return True
    if starts and min(len(a), len(b)) >= 3 and (a.startswith(b) or b.startswith(a)):
        return True
    return _SHORT_FORMS.get(a, a) == _SHORT_FORMS.get(b, b)


#: words for a firm: "the arco coal company", "an arco subsidiary"
_FIRM_WORDS = COMPANY_ENDS | frozenset("company firm subsidiary unit affiliate concern".split())


def held_as_firm(key: str, text_lower: str) -> bool:
    """Whether a text holds a firm's name (a company's ending after two words or more) in another
    form or case: its words within five words of the first, any order, beside a word for a firm:
    "Arco Coal Co" / "atlantic richfield coal, an arco subsidiary" (benchmarks/family_round37.md).

    >>> held_as_firm("arco coal co", "atlantic richfield coal, an arco subsidiary, said")
    True
    """
    core = name_words(key)
    if key.split()[-1] not in COMPANY_ENDS or len(core) < 2 or not all(w in text_lower for w in core):
        return False
    tokens = re.findall(r"[\w'’]+", text_lower)
    at = {w: {i for i, t in enumerate(tokens) if t == w} for w in {*core, *_FIRM_WORDS}}
    firm = set().union(*(at[w] for w in _FIRM_WORDS))
    return any(
        all(at[w] & set(range(i - 5, i + 6)) for w in core[1:]) and firm & set(range(i - 5, i + 6))
        for i in at[core[0]]
    )


def held_in_other_form(key: str, text_lower: str, named: list[str], text: str = "") -> bool:
    """:func:`held_word_by_word` or :func:`held_as_person`: the other text holds the name; or a
    body's name whose head noun the other text writes in lower case after the rest ("the International
    Tin Organisation council"), or without a word inside ("International Refined Tin Organisation" /
    "International Tin Organization Council"), or a person under a longer name (a middle name: "Salim
    Hamad al-Rashid" where the text says "Salim al-Rashid"), benchmarks/family_round41.md; or a body
    without its chamber or country, or a legislature as its adjective (``text``, the raw text;
    :mod:`corpus_tools.variants.name_aliases`, benchmarks/family_round42.md)."""
    if held_word_by_word(key, named) or held_as_person(key, text_lower) or held_as_adjective(key, text_lower):
        return True
    if held_under_short_first_name(key, text_lower) or held_as_members(key, text_lower):
        return True
    if text and held_without_qualifier(key, text):
        return True
    words = key.split()
    if len(words) < 3:
        return False
    last = words[-1]
    if last in _BODIES:
        if held_word_by_word(" ".join(words[:-1]), named) and any(  # the rest, then the head noun
            word_re(f + " " + last).search(text_lower) for f in _word_forms(words[-2]) if f in text_lower
        ):
            return True
        return (
            len(words) >= 4
            and any(  # a word inside left out, three words or more kept
                held_word_by_word(" ".join(words[:i] + words[i + 1 :]), named)
                for i in range(1, len(words) - 1)
            )
        )
    return (
        len(words) == 3
        and not set(words) & (_CONNECTORS | COMPANY_ENDS | _BODIES | _TITLE_WORDS | SPEAKER_WORDS["official"])
        and word_re(words[0] + " " + last).search(text_lower) is not None
    )


def _country_forms(word: str) -> set[str]:
    """A country and its adjective, each way: "japan" <-> "japanese", "korea" <-> "korean",
    "canada" <-> "canadian", "mexico" <-> "mexican", "iraq" <-> "iraqi" (not "Europe" / "European":
    the European Community is named where Europe is cut)."""
    out = {word + "ese", word + "ian", word + "i", word + "n", word[:-1] + "ian", word[:-1] + "an"}
    for end, back in (("ese", ""), ("ian", ""), ("ian", "a"), ("an", "o"), ("n", ""), ("i", "")):
        if word.endswith(end) and len(word) - len(end) >= 3:
            out.add(word[: len(word) - len(end)] + back)
    return out - {word}


def _plural_free_held(key: str, text_lower: str) -> bool:
    """Whether a text holds a name's words each in the singular or the plural. The pattern holds
    each word as written (an "s" after it optional): it is built only for a text holding every
    word (a plain look-up, false for most names)."""
    words = [w[:-1] if w.endswith("s") and len(w) > 3 else w for w in key.split()]
    if not all(w in text_lower for w in words):
        return False
    return re.search(r"\b" + r"\s+".join(re.escape(w) + "s?" for w in words) + r"\b", text_lower) is not None


def spelt_alike(a: str, b: str) -> bool:
    """Whether two names are 0.9 alike (``SequenceMatcher(None, a, b).ratio()``), its upper bounds
    read first, by length (``real_quick_ratio``, no matcher built) then by letters: the same answer.

    >>> spelt_alike("cental soya", "central soya"), spelt_alike("soya", "central soya")
    (True, False)
    """
    n = len(a) + len(b)
    return (
        (n == 0 or 2.0 * min(len(a), len(b)) / n >= 0.9)
        and (m := SequenceMatcher(None, a, b)).quick_ratio() >= 0.9
        and m.ratio() >= 0.9
    )


def _prefixed(a: str, b: str) -> bool:
    """Whether two names alike in spelling differ by a word that is the other's with a prefix of three
    letters or more: "subcommittee" / "committee" is another body, no typo (benchmarks/family_round40.md).

    >>> _prefixed("energy subcommittee", "energy committee"), _prefixed("cental soya", "central soya")
    (True, False)
    """
    pairs = zip(a.split(), b.split(), strict=False)  # word by word
    return any(len(x) - len(y) >= 3 and x.endswith(y) for u, v in pairs for x, y in ((u, v), (v, u)))


def holds_name(text_lower: str, key: str, names: set[str]) -> bool:
    """Whether a text holds a name in another form than :func:`holds` reads: a spelling
    fixed ("Cental Soya" / "Central Soya": at least 8 letters and 0.9 alike, the names of
    the text in ``names``), a plural ("Reuter" / "Reuters"), a country for its adjective
    ("Japan" / "Japanese", "South Korean" / "South Korea"), or a name with a place joined
    by "of" whose both parts the text holds ("Ferruzzi of Italy"), a country for an adjective
    that is not its name's ("United Kingdom" / "British", ``lexicon.IRREGULAR_DEMONYMS``)."""

    def has(k: str) -> bool:  # the substring first: most forms are not in the text at all
        return k in text_lower and word_re(k).search(text_lower) is not None

    n_words = len(key.split())
    if "-" in text_lower and word_re(key.replace("-", " ")).search(text_lower.replace("-", " ")):
        return True  # "Centrally Planned Economies" where the text says "centrally-planned economies"
    if n_words >= 2 and len(key) >= 12 and key.replace(" ", "") in text_lower.replace(" ", ""):
        return True  # a space moved by the wire: "Federal Maritime Commi ssion"
    heads = {" ".join(n.split()[:n_words]) for n in names}  # "cental soya" of "cental soya co inc"
    if len(key) >= 8 and any(spelt_alike(key, n) and not _prefixed(key, n) for n in heads):
        return True
    if has(key + "s") or (key.endswith("s") and len(key) > 3 and has(key[:-1])):  # "EFPs"
        return True
    if n_words >= 2 and _plural_free_held(key, text_lower):
        return True  # "Mobile Communications Division" where the text says "mobile communication division"
    head, last = key.rpartition(" ")[0], key.rpartition(" ")[2]
    if _place_held(head, last, n_words, has) or _longer_form_held(key, names, has):
        return True
    if held_as_firm(key, text_lower) or held_as_surname(key, names):
        return True

    if party_state(key, has) or alias_held(key, has) or _leading_initials_held(key, names, has):
        return True
    if n_words == 2 and last in ("government", "authorities") and any(has(f) for f in _country_forms(head)):
        return True  # "Egyptian Government" where the text names Egypt
    if n_words == 2 and all(w in names for w in key.split()):
        return True  # "Ford Taurus" where the text names Ford and its Taurus apart
    if "-" in key and all(has(part) for part in key.split("-")):
        return True  # "CSR-Esso", "Cooper-Eromanga" where the text names each
    before, of, after = key.partition(" of ")
    if of and held_as_person(before, text_lower) and has(after):
        return True  # "President Ken Obi of Ranco Inc" where the text says "President of Ranco Inc, Ken Obi"
    return bool(of) and len(before.split()) >= 2 and has(before) and (has(after) or state_held(after, has))


def _place_held(head: str, last: str, n_words: int, has) -> bool:
    """A country for its adjective ("Japan" / "Japanese", "South Korean" / "South Korea") or its
    people ("Brazil" / "the Brazilians"), or a place without its adjective ("Persian Gulf" where
    the text says "the Gulf")."""
    if len(last) >= 4 and any(has((head + " " + f).strip()) for f in _country_forms(last)):
        return True
    if n_words == 1 and len(last) >= 4 and any(has(f + "s") for f in _country_forms(last) if f[-1] != "s"):
        return True  # "Brazil" where the text has "the Brazilians"
    return n_words == 2 and re.fullmatch(r"[a-z]+(?:ian|ese|ish)", head) is not None and has(last)
