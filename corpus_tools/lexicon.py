"""Word lists shared by every analysis, each kept in one place.

* :data:`WORD_PATTERN`: what a word token is, for the loader's word counts,
  the cleaned-text tokens, the variants diff and the scale engine's hashed
  tokens ("U.S." keeps its final dot; "Iran's" is one token).
* :data:`US_SPELLING`: British -> American spellings (breame's list, lower case).
* :data:`REPORTING_VERBS`: lemmas of verbs of saying: textacy's English list
  (``textacy.constants.REPORTING_VERBS["en"]``) merged with the news cues it
  lacks ("quote", "comment", "emphasise", "vow", ...).
* :data:`SAYING_NOUNS`: nouns of saying ("statement", "interview", "tweet"), the
  cue of "in a statement", "in an interview with".
* :data:`AGENCIES`: news agencies, lower case. A corpus adds its own outlets
  (the ``outlet`` column of INDEX.md) at run time, never by changing this set.
* :data:`SPEAKER_WORDS`: head nouns that type a speaker mention (official,
  organisation, document, media, anonymous) and the person titles with a gender.
* :data:`NUMBER_WORDS`: small number words and their value.

Nothing here is loaded from the network; the lists are plain Python sets.
"""

from __future__ import annotations

import re

from breame.spelling import BRITISH_ENGLISH_SPELLINGS
from textacy.constants import REPORTING_VERBS as _TEXTACY_REPORTING

__all__ = [
    "AGENCIES",
    "ATTRIBUTION_PHRASES",
    "FEMALE_TITLES",
    "MALE_TITLES",
    "NOMINAL_CUES",
    "NUMBER_WORDS",
    "REPORTING_FORMS",
    "REPORTING_VERBS",
    "SAYING_NOUNS",
    "SPEAKER_WORDS",
    "STRONG_CUES",
    "US_SPELLING",
    "WORD_PATTERN",
    "WORD_RE",
    "reporting_forms",
]

#: A word: a dotted abbreviation ("U.S.", "a.m."), or letters and digits, with
#: inner apostrophes ("Iran's", "don't"). Underscores and punctuation split words.
WORD_PATTERN = r"(?:[A-Za-z]\.){2,}|[^\W_]+(?:['\u2019][^\W_]+)*"
WORD_RE = re.compile(WORD_PATTERN)

#: British spelling -> American spelling, lower case ("programme" -> "program").
US_SPELLING: dict[str, str] = {uk.lower(): us.lower() for uk, us in BRITISH_ENGLISH_SPELLINGS.items()}

#: Lemmas of verbs of saying: textacy's list plus news cues it lacks.
REPORTING_VERBS: frozenset[str] = frozenset(_TEXTACY_REPORTING["en"]) | {
    "assert",
    "caution",
    "comment",
    "emphasise",
    "emphasize",
    "quote",
    "repeat",
    "reveal",
    "vow",
    # news cues textacy lacks, checked on PolNeAR train (benchmarks/polnear.py)
    "boast",
    "brag",
    "call",
    "contend",
    "counter",
    "echo",
    "joke",
    "muse",
    "point",
    "quip",
    "remark",
    "respond",
    "scoff",
    "shout",
    "signal",
    "tweet",
    "weigh",
    "acknowledge",
    "insist",
    "pledge",
    "proclaim",
    "question",
    "rail",
    "retort",
    "slam",
    "blast",
    "lament",
    "chide",
    "accuse",
    "hear",
}

#: Cues that attribute even without a clausal complement ("..., the official said").
STRONG_CUES: frozenset[str] = frozenset(
    {"say", "tell", "add", "state", "quote", "decline", "comment", "write", "report", "note"}
)

_IRREGULAR = {
    "according": (),
    "hear": ("heard", "hears"),
    "admit": ("admitted", "admits"),
    "say": ("said", "says"),
    "tell": ("told", "tells"),
    "think": ("thought", "thinks"),
    "write": ("wrote", "written", "writes"),
}


def reporting_forms(lemmas: frozenset[str] | set[str]) -> frozenset[str]:
    """Inflected forms of reporting-verb lemmas ("say" -> said, says; "deny" -> denied...).

    Example:
        >>> sorted(reporting_forms({"say", "deny"}))
        ['denied', 'denies', 'deny', 'said', 'say', 'says']
    """
    out: set[str] = set()
    for lemma in lemmas:
        out.add(lemma)
        if lemma in _IRREGULAR:
            out.update(_IRREGULAR[lemma])
            continue
        if lemma.endswith("e"):
            out.update((lemma + "d", lemma + "s"))
        elif lemma.endswith("y") and lemma[-2:-1] not in set("aeiou"):
            out.update((lemma[:-1] + "ied", lemma[:-1] + "ies"))
        elif lemma.endswith(("s", "sh", "ch")):
            out.update((lemma + "ed", lemma + "es"))
        else:
            out.update((lemma + "ed", lemma + "s"))
    return frozenset(out)


#: Every inflected form of :data:`REPORTING_VERBS`, lower case.
REPORTING_FORMS: frozenset[str] = reporting_forms(REPORTING_VERBS)

#: News agencies, lower case (plus the generic nouns "agency", "agencies").
AGENCIES: frozenset[str] = frozenset(
    {
        "reuters",
        "ap",
        "afp",
        "bloomberg",
        "xinhua",
        "tass",
        "irna",
        "isna",
        "fars",
        "tasnim",
        "dpa",
        "efe",
        "ansa",
        "kyodo",
        "yonhap",
        "pti",
        "ani",
        "ians",
        "upi",
        "epa",
        "pa",
        "anadolu",
        "interfax",
        "associated press",
        "press association",
        "agence france-presse",
        "agence france presse",
        "united press international",
        "mena",
        "sana",
        "wafa",
        "itar-tass",
        "ria",
        "ria novosti",
        "sputnik",
        "yna",
        "bernama",
        "antara",
        "aap",
        "cp",
        "agency",
        "agencies",
    }
)

#: Nouns of saying: "in a statement", "in an interview", "his remarks", "a tweet".
SAYING_NOUNS: frozenset[str] = frozenset(
    {
        "statement",
        "statements",
        "interview",
        "interviews",
        "remarks",
        "comments",
        "comment",
        "speech",
        "testimony",
        "tweet",
        "tweets",
        "post",
        "message",
        "announcement",
        "press release",
        "release",
        "briefing",
        "conference",
        "letter",
        "email",
        "e-mail",
        "op-ed",
        "memo",
        "address",
        "rally",
        "debate",
        "quote",
        "words",
    }
)

#: Nouns that name an act of saying and take its content ("his comments on X", "her call for
#: Y", "his promise to build"): nominal cues. Lemmas, lower case; chosen on PolNeAR train misses.
NOMINAL_CUES: frozenset[str] = frozenset(
    """comment remark statement call promise pledge vow message criticism claim warning
    announcement accusation denunciation threat demand appeal plea complaint praise attack
    broadside suggestion argument insistence assertion denial admission prediction estimate
    question request proposal endorsement defense defence worry concern hope fear view
    opinion description characterization""".split()
)

#: Fixed phrases that attribute with no verb of saying of their own (lower case).
ATTRIBUTION_PHRASES: frozenset[str] = frozenset(
    {"according to", "in the words of", "quoted by", "as quoted by"}
)

#: Titles that give a person's gender (for pronoun resolution), lower case, no final dot.
MALE_TITLES: frozenset[str] = frozenset(
    {"mr", "sir", "lord", "king", "prince", "father", "brother", "sheikh"}
)
FEMALE_TITLES: frozenset[str] = frozenset(
    {"mrs", "ms", "miss", "dame", "lady", "queen", "princess", "sister", "madam"}
)

#: Head nouns (lemmas, lower case) that type a speaker mention. ``official`` holds offices
#: and titles: a person holding one is an official, never an organisation.
SPEAKER_WORDS: dict[str, frozenset[str]] = {
    "official": frozenset(
        """official officer spokesman spokeswoman spokesperson minister secretary chancellor
        diplomat ambassador envoy consul negotiator president leader king premier monarch emir
        ayatollah aide adviser advisor lawmaker senator congressman congresswoman representative
        governor mayor judge justice prosecutor attorney counsel sheriff inspector detective
        constable sergeant commander general chief chairman chairwoman chair director
        commissioner candidate nominee speaker coroner magistrate recorder barrister solicitor
        lawyer clerk manager strategist pollster staffer surrogate delegate superintendent""".split()
    ),
    "organisation": frozenset(
        """administration department ministry government authority authorities mission embassy
        regulator police court campaign committee party council company firm group office
        agency commission board team union club foundation institute university school
        hospital army military navy force forces service bureau house senate congress
        parliament coalition organization organisation association spokespeople""".split()
    ),
    "document": frozenset(
        """report statement letter memo poll survey study document documents filing papers
        indictment complaint lawsuit ruling order email e-mail record records transcript
        analysis data release plan website post tweet book""".split()
    ),
    "media": frozenset(
        """media newspaper paper tv television broadcaster radio press outlet magazine daily
        network channel station journal times post""".split()
    ),
    "anonymous": frozenset(
        """source sources insider insiders person people other others witness witnesses resident
        residents observer observers critic critics supporter supporters friend friends
        neighbour neighbours neighbor neighbors workmate workmates colleague colleagues relative
        relatives someone somebody one many some few most all expert experts analyst analysts""".split()
    ),
}

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
