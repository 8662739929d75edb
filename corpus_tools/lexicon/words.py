"""What a word is, and the plain forms of words: the package's one tokenizer and its patterns
(:data:`WORD_PATTERN`, :data:`MARKED_PATTERN`, :func:`tokenize`), a light rule-based lemma
(:func:`lemma_key`), spaCy's English stop words (:data:`STOP_WORDS`, copied with attribution: see
its comment) and the small number words (:data:`NUMBER_WORDS`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from corpus_tools.lexicon.spelling import US_SPELLING

__all__ = [
    "WORD_PATTERN",
    "WORD_RE",
    "MARKED_PATTERN",
    "tokenize",
    "lemma_key",
    "STOP_WORDS",
    "NUMBER_WORDS",
]

#: A word: a dotted abbreviation ("U.S.", "a.m."), or letters and digits, with
#: inner apostrophes ("Iran's", "don't"). Underscores and punctuation split words.
WORD_PATTERN = r"(?:[A-Za-z]\.){2,}|[^\W_]+(?:['\u2019][^\W_]+)*"
WORD_RE = re.compile(WORD_PATTERN)

#: The same words for a diff, where every mark must be its own token: a dotted
#: abbreviation, a month abbreviation before a day ("Sept. 20"), a run of letters
#: and digits, or one punctuation or quote mark. Inner apostrophes become marks
#: ("Iran's" -> Iran ' s), so a stripped or curly apostrophe is a variant of its own.
MARKED_PATTERN = r"(?:[A-Za-z]\.){2,}|[A-Za-z]+\.(?=\s*\d)|[^\W_]+|[^\w\s]"
_MARKED_RE = re.compile(MARKED_PATTERN)


def tokenize(text: str, *, marks: bool = False, offset: int = 0) -> list[tuple[int, int, str]]:
    """Word tokens of ``text`` with their offsets: the package's one tokenizer.

    Args:
        text: the string.
        marks: False for words only (:data:`WORD_PATTERN`: what overlap, the word
            counts and the scale engine read); True for words and every punctuation
            and quote mark as its own token (:data:`MARKED_PATTERN`: what the
            variants diff and the collation read).
        offset: added to every offset (the position of ``text`` in a longer string).

    Returns:
        ``(start, end, token)`` triples, in order.

    Example:
        >>> [t for *_, t in tokenize("Iran's U.S. deal")]
        ["Iran's", 'U.S.', 'deal']
        >>> [t for *_, t in tokenize("Iran's deal.", marks=True)]
        ['Iran', "'", 's', 'deal', '.']
    """
    pattern = _MARKED_RE if marks else WORD_RE
    return [(offset + m.start(), offset + m.end(), m.group()) for m in pattern.finditer(text)]


_LEMMA_IRREGULAR = {
    "said": "say",
    "says": "say",
    "told": "tell",
    "tells": "tell",
    "heard": "hear",
    "wrote": "write",
    "written": "write",
    "men": "man",
    "women": "woman",
    "children": "child",
    "people": "person",
    "was": "be",
    "were": "be",
    "is": "be",
    "are": "be",
    "been": "be",
    "had": "have",
    "has": "have",
    "made": "make",
    "found": "find",
    "left": "leave",
    "took": "take",
    "taken": "take",
    "gave": "give",
    "given": "give",
    "came": "come",
    "went": "go",
    "gone": "go",
    "goes": "go",  # four letters: too short for the "es" rule
    "does": "do",
    "held": "hold",
    "met": "meet",
    "paid": "pay",
    "sent": "send",
    "sold": "sell",
    "brought": "bring",
    "thought": "think",
}


#: irregular past forms -> the verb ("kept" -> "keep", "stood" -> "stand"), "base:past,participle";
#: forms that are also common nouns or other words ("saw", "ground", "won", "fed") are left out.
_IRREGULAR_VERBS = """
arise:arose,arisen awake:awoke,awoken beat:beaten become:became begin:began,begun bend:bent
bind:bound bite:bitten bleed:bled blow:blew,blown break:broke,broken breed:bred
bring:brought build:built burn:burnt buy:bought catch:caught choose:chose,chosen cling:clung
come:came creep:crept deal:dealt dig:dug do:did,done draw:drew,drawn dream:dreamt
drink:drank,drunk drive:drove,driven eat:ate,eaten fall:fallen feel:felt
fight:fought find:found flee:fled fly:flew,flown forbid:forbade,forbidden
forget:forgot,forgotten forgive:forgave,forgiven freeze:froze,frozen get:got,gotten
give:gave,given go:went,gone grow:grew,grown hang:hung have:had hear:heard hide:hid,hidden
hold:held keep:kept kneel:knelt know:knew,known lay:laid lead:led leap:leapt learn:learnt leave:left
lend:lent lose:lost make:made meet:met pay:paid prove:proved ride:rode,ridden ring:rang,rung
rise:risen run:ran say:said see:seen seek:sought sell:sold send:sent shake:shook,shaken
shine:shone shoot:shot show:showed,shown shrink:shrank,shrunk sing:sang,sung sink:sank,sunk
sit:sat slay:slew,slain sleep:slept slide:slid speak:spoke,spoken speed:sped spell:spelt spend:spent
spill:spilt spoil:spoilt
spin:spun stand:stood steal:stole,stolen stick:stuck sting:stung strike:struck
strive:strove,striven swear:swore,sworn sweep:swept swim:swam,swum swing:swung
take:took,taken teach:taught tear:torn tell:told think:thought throw:threw,thrown
tread:trod,trodden understand:understood undertake:undertook,undertaken uphold:upheld
wake:woke,woken wear:wore,worn weep:wept withdraw:withdrew,withdrawn
withhold:withheld write:wrote,written
"""
_LEMMA_IRREGULAR = {
    form: base
    for base, forms in (entry.split(":") for entry in _IRREGULAR_VERBS.split())
    for form in forms.split(",")
} | _LEMMA_IRREGULAR  # the hand-written forms above win

#: words that end like an inflection and are none ("breed", "need", "hundred"): never stripped, so
#: "breeding" and "needed" (stripped to them) meet them; with the verbs above whose base so ends
_NOT_INFLECTED = frozenset(
    """need feed seed weed heed deed creed greed reed steed tweed proceed exceed succeed embed
    shed sled hundred sacred naked wicked wretched rugged ragged crooked kindred""".split()
) | {base for base in _LEMMA_IRREGULAR.values() if base.endswith(("ed", "es", "s", "ing"))}


#: :func:`lemma_key` remembers the keys of this many words (the last asked): a pure function of the
#: word, asked about a million times on 1,000 news stories for some tens of thousands of distinct
#: words (issue #23)
LEMMA_KEYS_KEPT = 1 << 17


@lru_cache(maxsize=LEMMA_KEYS_KEPT)
def lemma_key(word: str) -> str:
    """A key that one word's inflections share, after the spelling map: a light, rule-based
    lemma (plural and verb endings stripped, a final "e" and a doubled final consonant dropped),
    so "unveiled" and "unveil", "denies" and "denied", "strangling" and "strangle" meet.

    Not a dictionary lemma: a key for comparing two texts, the same on both sides.

    Example:
        >>> [lemma_key(w) for w in ("unveiled", "Unveil", "denies", "denied", "strangling", "strangle")]
        ['unveil', 'unveil', 'deny', 'deny', 'strangl', 'strangl']
        >>> lemma_key("programmes") == lemma_key("program"), lemma_key("told") == lemma_key("tell")
        (True, True)
        >>> lemma_key("US")
        'us'
        >>> lemma_key("agreed") == lemma_key("agree") == lemma_key("agrees")
        True
        >>> [lemma_key(w) for w in ("kept", "keeping", "stood", "beatings", "beating")]
        ['keep', 'keep', 'stand', 'beat', 'beat']
        >>> [lemma_key(w) for w in ("breed", "breeding", "bred", "goes", "go", "need", "needed")]
        ['breed', 'breed', 'breed', 'go', 'go', 'need', 'need']
    """
    w = word.replace(".", "").replace("'", "").replace("\u2019", "").lower()
    w = US_SPELLING.get(w, w)
    irregular = w in _LEMMA_IRREGULAR
    w = _LEMMA_IRREGULAR.get(w, w)  # the verb, then the same last steps as its regular forms
    if len(w) <= 3 or not w.isalpha():
        return w
    if not irregular and w not in _NOT_INFLECTED:
        w = _strip_ending(w)
        w = US_SPELLING.get(w, w)
    while w.endswith("e") and len(w) > 3:  # "agree" and "agreed" ("agre") meet
        w = w[:-1]
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "aeiouy":
        w = w[:-1]
    return w


def _strip_ending(w: str) -> str:
    """One plural or verb ending off a word of four letters or more ("denies" -> "deny")."""
    if w.endswith(("ies", "ied")) and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith("ing") and len(w) > 5:
        return w[:-3]
    if w.endswith("ed") and len(w) > 4 or w.endswith("es") and len(w) > 4:
        return w[:-2]
    if w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
        return w[:-3] if w.endswith("ing") and len(w) > 5 else w  # "beatings" meets "beat"
    return w


#: spaCy's English stop words, copied from spaCy 3.8 (``spacy/lang/en/stop_words.py``,
#: ``spacy.lang.en.stop_words.STOP_WORDS``; MIT License, Copyright (C) 2016-2024 ExplosionAI GmbH,
#: 2016 spaCy GmbH, 2015 Matthew Honnibal): the words, the contractions ("n't", "'s"...) and the
#: contractions with curly apostrophes. Copied rather than imported because importing
#: ``spacy.lang.en`` runs all of spaCy's ``__init__`` (about 0.8 s), which the loader and the
#: passage engine never need; ``tests/test_lexicon.py`` checks the copy against spaCy's own set.
_CONTRACTIONS = ("n't", "'d", "'ll", "'m", "'re", "'s", "'ve")
STOP_WORDS: frozenset[str] = frozenset(
    """a about above across after afterwards again against all almost alone along already also although
    always am among amongst amount an and another any anyhow anyone anything anyway anywhere are
    around as at back be became because become becomes becoming been before beforehand behind being
    below beside besides between beyond both bottom but by ca call can cannot could did do does
    doing done down due during each eight either eleven else elsewhere empty enough even ever every
    everyone everything everywhere except few fifteen fifty first five for former formerly forty
    four from front full further get give go had has have he hence her here hereafter hereby herein
    hereupon hers herself him himself his how however hundred i if in indeed into is it its itself
    just keep last latter latterly least less made make many may me meanwhile might mine more
    moreover most mostly move much must my myself name namely neither never nevertheless next nine
    no nobody none noone nor not nothing now nowhere of off often on once one only onto or other
    others otherwise our ours ourselves out over own part per perhaps please put quite rather re
    really regarding same say see seem seemed seeming seems serious several she should show side
    since six sixty so some somehow someone something sometime sometimes somewhere still such take
    ten than that the their them themselves then thence there thereafter thereby therefore therein
    thereupon these they third this those though three through throughout thru thus to together too
    top toward towards twelve twenty two under unless until up upon us used using various very via
    was we well were what whatever when whence whenever where whereafter whereas whereby wherein
    whereupon wherever whether which while whither who whoever whole whom whose why will with within
    without would yet you your yours yourself yourselves""".split()
) | {c.replace("'", mark) for c in _CONTRACTIONS for mark in ("'", "\u2018", "\u2019")}

#: Small number words and their value ("two officials" counts 2).
NUMBER_WORDS: dict[str, int] = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
}
