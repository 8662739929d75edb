"""A source's words misprinted or clipped in a text that copies it: one letter added, dropped or
changed ("stipendary"; "falling" for "failing" inside a copied phrase), and a clipped word's full
form ("advertisements" for "adverts"). Read by :mod:`corpus_tools.reuse.novelty`, which counts the
words of a text's own.
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterable, Mapping, Sequence

from corpus_tools.lexicon import EXPLETIVES, STOP_WORDS, WORD_RE, lemma_key
from corpus_tools.reuse.own_forms import name_neighbours
from corpus_tools.text.sentences import match_key, norm_token

__all__ = [
    "CLIPPED",
    "CLIPPINGS",
    "CENSORED_SHOWN_MAX",
    "CONTEXT_MISPRINT_MIN",
    "IE_STEM_MIN",
    "MISPRINT_MIN",
    "censored_forms",
    "censored_known",
    "censored_words",
    "figure_misread",
    "garbled",
    "ie_respelt",
    "joined_pairs",
    "misprint_contexts",
    "misprint_in_context",
    "one_edit",
    "truncated_after_number",
]

#: clipped words of everyday English and their full forms ("adverts" for "advertisements"), from
#: the usual lists of English clippings, not from any story: a text's full form of its source's
#: clipped word, or the other way round, is no word of its own. Clippings that are other words too
#: ("sub", "con", "vet", "pub", "plane") are left out
CLIPPINGS: dict[str, str] = {
    "advert": "advertisement", "ad": "advertisement", "ads": "advertisements",
    "phone": "telephone", "photo": "photograph", "exam": "examination", "lab": "laboratory",
    "gym": "gymnasium", "flu": "influenza", "fridge": "refrigerator", "bike": "bicycle",
    "maths": "mathematics", "memo": "memorandum", "info": "information", "demo": "demonstration",
    "limo": "limousine", "hippo": "hippopotamus", "rhino": "rhinoceros", "telly": "television",
    "rehab": "rehabilitation", "uni": "university", "prof": "professor",
    "op": "operation", "tv": "television",
}  # fmt: skip
CLIPPED = tuple((lemma_key(short), lemma_key(long)) for short, long in CLIPPINGS.items())
#: a misprint of a source word (one letter added, dropped or changed) is read only in words this
#: long: shorter words one letter apart are often two real words ("said", "paid")
MISPRINT_MIN = 8
#: ... and in words this long when the two words before it and the two after it are the source's
#: around the word it misprints (:func:`misprint_contexts`): a real word typed for another inside
#: a copied phrase ("falling" for "failing"). Set by hand, not fitted (METER bailiffs, issue 22)
CONTEXT_MISPRINT_MIN = 5


def misprint_contexts(sequences: Iterable[Sequence[str]]) -> dict[tuple[str, ...], frozenset[str]]:
    """The source's words of :data:`CONTEXT_MISPRINT_MIN` letters or more by their context: the
    keys of the two words before and the two after each, so that a text's word one letter from
    one of them in the same context is read as its misprint (:func:`novel_lists`); and every
    two words joined by the keys of the word before them and the word after (a pair of keys), so
    that a text's word that is the two written as one in the same place ("happened tome before"
    for "happened to me before") is read as the source's.

    Args:
        sequences: the word keys of each source file, in order.

    Example:
        >>> ctx = misprint_contexts([["i", "would", "be", "failing", "in", "my", "duty"]])
        >>> ctx[("would", "be", "in", "my")], ctx[("would", "in")]
        (frozenset({'failing'}), frozenset({'befailing'}))
    """
    out: dict[tuple[str, ...], set[str]] = {}
    for keys_ in sequences:
        keys_ = list(keys_)
        for i in range(2, len(keys_) - 2):
            if len(keys_[i]) >= CONTEXT_MISPRINT_MIN and keys_[i].isalpha():
                ctx = (keys_[i - 2], keys_[i - 1], keys_[i + 1], keys_[i + 2])
                out.setdefault(ctx, set()).add(keys_[i])
        for i in range(1, len(keys_) - 2):  # "to me" between "happened" and "before": "tome"
            if keys_[i].isalpha() and keys_[i + 1].isalpha():
                out.setdefault((keys_[i - 1], keys_[i + 2]), set()).add(keys_[i] + keys_[i + 1])
        for key, near in name_neighbours(keys_).items():  # "Herald Tribunal" for "Herald Tribune"
            out.setdefault(key, set()).update(near)
    return {k: frozenset(v) for k, v in out.items()}


def one_edit(a: str, b: str) -> bool:
    """Whether two different words are one substitution, insertion or deletion apart."""
    if a == b:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = next((j for j, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), len(a))
    return a[i + (len(a) == len(b)) :] == b[i + 1 :]


def misprint_in_context(
    words: Sequence[tuple[str, str, bool]], i: int, contexts: Mapping[tuple[str, ...], frozenset[str]]
) -> bool:
    """Whether word ``i`` is one letter from a source word (the same first letter) that has the
    same two words before it and the same two after it, or two source words written as one
    between the same word before and the same word after (:func:`misprint_contexts`)."""
    k = words[i][0]
    if contexts and 1 <= i < len(words) - 1 and k in contexts.get((words[i - 1][0], words[i + 1][0]), ()):
        return True
    if not contexts or len(k) < CONTEXT_MISPRINT_MIN or not k.isalpha() or not 2 <= i < len(words) - 2:
        return False
    ctx = (words[i - 2][0], words[i - 1][0], words[i + 1][0], words[i + 2][0])
    return any(s[:1] == k[:1] and one_edit(k, s) for s in contexts.get(ctx, ()))


#: a censored word shows at most this many letters before its mask ("f***ing", "bl**dy", "sh*t")
CENSORED_SHOWN_MAX = 3
#: a masked run of letters in a censored word ("f***ing", "b*****d", "f_ing", "f******")
_MASK = re.compile(r"^[*_]+")
#: a censored word of a raw text: its first letters, its mask, its last letters (maybe none)
_CENSORED = re.compile(r"(?<![\w*])([A-Za-z]+)([*_]+)([A-Za-z]*)(?![\w*])")
#: an -ie respelling of a word in -y and the other way round ("chippie" for "chippy"): on words
#: of this many letters or more before the ending ("chipp-"), so that "tie" and "lie" stay apart
IE_STEM_MIN = 3


def censored_forms(texts: Iterable[str]) -> set[str]:
    """The censored words of texts as keys, lower case with their masks ("f***ing", "b******"):
    keys no word has, added to a source's keys so that a text's censored word can be read as
    the source's same word censored another way (:func:`censored_known`).

    Example:
        >>> sorted(censored_forms(["Don't take f****** liberties, you f_ing b*****d."]))
        ['b*****d', 'f******', 'f_ing']
    """
    return {m.group().lower() for text in texts for m in _CENSORED.finditer(text)}


def censored_words(words: Sequence[tuple[str, str, bool]]) -> dict[int, str]:
    """The censored words of a text's body words, which the word pattern splits at their mask
    ("f***ing" -> "f", "ing"; "f******" -> "f"): the index of each one's first part -> its
    censored form, lower case ("f***ing"), and the index of each later part -> "" (a part of the
    word before it, no word). ``words`` carry the ``gap`` before each
    (:class:`corpus_tools.reuse.novelty.BodyWord`): without one nothing is censored, and a mask
    that ends a paragraph is not seen.

    Example:
        >>> from corpus_tools.reuse.derivation import body_words
        >>> censored_words(body_words("He said f***ing liberties, the b****** said."))
        {2: 'f***ing', 3: '', 6: 'b******'}
        >>> censored_words(body_words("Smith* said file_name, note*: none."))
        {}
    """
    out: dict[int, str] = {}
    for i in range(len(words) - 1):
        mask = _mask(words[i + 1])
        if i in out or not mask or not words[i][0].isalpha() or len(words[i][0]) > CENSORED_SHOWN_MAX:
            continue  # "Smith*", "file_name": no censored word
        if _mask(words[i + 1]) != getattr(words[i + 1], "gap", " ") and len(mask) < 2:
            continue  # "note*:" a mark after a word, not a mask
        form, j = words[i][0], i
        while j + 1 < len(words) and _mask(words[j + 1]) == getattr(words[j + 1], "gap", " "):
            form += _mask(words[j + 1]) + words[j + 1][0]  # "f***ing": letters after the mask end it
            out[j + 1] = ""
            j += 1
        out[i] = form if j > i else form + mask  # "f******": the mask ends the word
    return dict(sorted(out.items()))


def _mask(word: tuple[str, str, bool]) -> str:
    """The mask that starts the gap before a word ("***" of "f***ing"'s "ing"), or ""."""
    m = _MASK.match(getattr(word, "gap", " "))
    return m.group() if m else ""


_FORM = re.compile(r"^([a-z]+)([*_][*_a-z]*?)([a-z]*)$")


def censored_known(form: str, source_keys: Iterable[str]) -> bool:
    """Whether a censored word (:func:`censored_words`) is a source word: the source has a
    censored word of the same first letter whose last letters agree with its own (either
    may have none: "f******" is "f***ing"), or a swear word of
    :data:`corpus_tools.lexicon.EXPLETIVES` uncensored with the same first and last letters
    ("bastard" for "b*****d"; a mask of asterisks, one a letter, fixes the length too). A word
    whose mask ends it ("b******") is matched only by a censored source word: a first letter
    alone names no word.

    Example:
        >>> censored_known("f***ing", {"f******"}), censored_known("b*****d", {"bastard"})
        (True, True)
        >>> censored_known("b******", {"bastard"}), censored_known("f_ing", {"following"})
        (False, False)
    """
    m = _FORM.match(form)
    if not m:
        return False
    first, mask, last = m.groups()
    for key in source_keys:
        if not key.startswith(first[0]):
            continue
        s = _FORM.match(key)
        if s:
            if not last or not s.group(3) or last.endswith(s.group(3)) or s.group(3).endswith(last):
                return True
        elif last and key in EXPLETIVES and key.startswith(first) and key.endswith(last):
            inner = len(key) - len(first) - len(last)
            if inner >= 1 and ("_" in mask or inner == len(mask)):
                return True
    return False


def ie_respelt(key: str, known: Container[str]) -> bool:
    """Whether a word is a known word with -ie for -y or -y for -ie ("chippie" for "chippy",
    "pastie" for "pasty", "aunty" for "auntie"): ``known`` holds lemma keys.

    Example:
        >>> ie_respelt("chippie", {"chippy"}), ie_respelt("tie", {"ty"})
        (True, False)
    """
    if not key.isalpha():
        return False
    if key.endswith("ie") and len(key) - 2 >= IE_STEM_MIN:
        return lemma_key(key[:-2] + "y") in known
    if key.endswith("y") and len(key) - 1 >= IE_STEM_MIN:
        return lemma_key(key[:-1] + "ie") in known
    return False


def joined_pairs(texts: Iterable[str]) -> set[str]:
    """Two words of texts that follow one another with a space or a line break between, neither
    a stop word, written as one key ("half way" -> "halfway", "junk food" -> "junkfood"), so that
    a text that closes the source's open compound does not add a word of its own. A pair with a
    stop word ("to me": "tome") is read only in its place (:func:`misprint_contexts`).

    Example:
        >>> sorted(joined_pairs(["I got half way across.\\n\\nRoad works to me."]))
        ['gothalf', 'halfway', 'roadworks']
    """
    out = set()
    for text in texts:
        prev, end = None, 0
        for m in WORD_RE.finditer(text):
            key = match_key(norm_token(m.group()))
            gap = text[end : m.start()]
            good = m.group().isalpha() and key not in STOP_WORDS
            if prev and good and gap.isspace() and gap.count("\n") <= 1:
                out.add(prev + key)
            prev, end = (key if good else None), m.end()
    return out


#: a letter misread or misset for a figure beside a digit ("l4" for "14", "l990s" for "1990s")
_FIGURE_LOOKALIKE = re.compile(r"(?<=\d)l|l(?=\d)")


def figure_misread(key: str) -> str:
    """``key`` with an "l" beside a digit read as a "1" ("7:l4" for the source's "7.14pm"; the
    claims audit's round 14, iq35), or "" when it has none: then the word is a number, and it is
    the source's when the number read so is (:mod:`corpus_tools.reuse.novelty`).

    Example:
        >>> figure_misread("l4"), figure_misread("l990s"), figure_misread("lily")
        ('14', '1990s', '')
    """
    read = _FIGURE_LOOKALIKE.sub("1", key)
    return read if read != key else ""


def garbled(key: str, by_length: Mapping[int, Iterable[str]]) -> bool:
    """Whether a word with one letter outside ASCII is a stop word or a source word with that
    letter garbled ("anä" for "and": a scan's or a character set's error, not a word of its own;
    the claims audit's round 14, ly21). ``by_length``: the source's keys by their length.

    Example:
        >>> garbled("anä", {}), garbled("zürich", {}), garbled("zürich", {6: ["zurich"]})
        (True, False, True)
    """
    odd = [j for j, ch in enumerate(key) if not ch.isascii()]
    if len(odd) != 1 or not key.isalpha():
        return False
    j = odd[0]
    head, tail = key[:j], key[j + 1 :]
    return any(
        w.startswith(head) and w.endswith(tail) and w[j].isascii()
        for w in (*_STOP_BY_LENGTH.get(len(key), ()), *by_length.get(len(key), ()))
    )


#: the stop words by their length, for :func:`garbled`
_STOP_BY_LENGTH: dict[int, list[str]] = {}
for _w in sorted(STOP_WORDS):
    _STOP_BY_LENGTH.setdefault(len(_w), []).append(_w)


def truncated_after_number(key: str, before: str, after_numbers: Mapping[str, Iterable[str]]) -> bool:
    """Whether a word right after a number is a misprint of the word the source writes after the
    same number: one letter added, dropped or changed, or its last letters cut ("60 office" for
    the source's "60 officers"; the claims audit's round 14, ly24). ``before``: the number's key
    in figures; ``after_numbers``: the source's words after each number, as lemma keys
    (:func:`corpus_tools.reuse.novelty.compounds`' "60 officer").

    Example:
        >>> truncated_after_number("office", "60", {"60": {"officer"}})
        True
        >>> truncated_after_number("offices", "6", {"60": {"officer"}})
        False
    """
    if len(key) < CONTEXT_MISPRINT_MIN or not key.isalpha():
        return False
    return any(
        one_edit(key, w) or (w.startswith(key) and len(w) - len(key) <= 2)
        for w in after_numbers.get(before, ())
    )
