"""Words of saying: the reporting verbs (:data:`TEXTACY_REPORTING_VERBS`, copied from textacy with
attribution, and :data:`REPORTING_VERBS`, which adds the news cues textacy lacks), their forms
(:func:`reporting_forms`, :data:`REPORTING_FORMS`, :data:`CUE_WORDS`, :data:`STRONG_CUES`), the
nouns and phrases of saying (:data:`SAYING_NOUNS`, :data:`NOMINAL_CUES`,
:data:`ATTRIBUTION_PHRASES`), the nouns of a source (:data:`SOURCE_NOUNS`) and the swear words
papers print censored (:data:`EXPLETIVES`).
"""

from __future__ import annotations

__all__ = [
    "TEXTACY_REPORTING_VERBS",
    "REPORTING_VERBS",
    "STRONG_CUES",
    "reporting_forms",
    "REPORTING_FORMS",
    "CUE_WORDS",
    "SAYING_NOUNS",
    "NOMINAL_CUES",
    "ATTRIBUTION_PHRASES",
    "SOURCE_NOUNS",
    "EXPLETIVES",
]

#: textacy's English verbs of saying, copied from textacy 0.13.0 (``textacy/constants.py``,
#: ``textacy.constants.REPORTING_VERBS["en"]``; Apache License 2.0, Copyright 2016 Chartbeat, Inc.).
#: Copied rather than imported because importing textacy runs its package ``__init__``
#: (scikit-learn, SciPy, networkx: about a second); ``tests/test_lexicon.py`` checks the copy
#: against textacy's own set when textacy is installed.
TEXTACY_REPORTING_VERBS: frozenset[str] = frozenset(
    """according accuse acknowledge add admit agree allege announce argue ask assert believe blame
charge cite claim complain concede conclude confirm contend criticize declare decline deny describe
disagree disclose estimate explain fear hope insist maintain mention note observe order predict promise
recall recommend reply report say state stress suggest tell testify think urge warn worry write""".split()
)

#: Lemmas of verbs of saying: textacy's list plus news cues it lacks.
REPORTING_VERBS: frozenset[str] = TEXTACY_REPORTING_VERBS | {
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
    "speculate",  # "legal observers have speculated" (METER 08.12.99/lockerb, benchmarks/claims_tune11.md)
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

#: Words that mark an attribution where a diff meets them: every past form of a
#: reporting verb ("said", "denied", "wrote"), the present of say and tell, and
#: "according". Present forms of other verbs are left out because they double as
#: nouns ("reports", "claims", "notes").
CUE_WORDS: frozenset[str] = frozenset(
    f for f in REPORTING_FORMS if f.endswith("ed") or f in {"said", "told", "wrote", "thought"}
) | {"say", "says", "tell", "tells", "according"}

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

#: Nouns that label a source or a channel of news ("the sources" / "officials").
SOURCE_NOUNS: frozenset[str] = frozenset(
    {
        "reuters",
        "agency",
        "source",
        "sources",
        "official",
        "officials",
        "diplomat",
        "diplomats",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "minister",
        "ministry",
        "aide",
        "aides",
        "person",
        "people",
        "analyst",
        "analysts",
        "insider",
        "insiders",
    }
)

#: English swear words that newspapers print censored ("f***ing", "b*****d", "f_ing"), lower
#: case, from the usual lists of British English profanity, not from any story: a text's censored
#: word is its source's uncensored word only when that word is one of these
#: (:func:`corpus_tools.reuse.misprints.censored_known`)
EXPLETIVES: frozenset[str] = frozenset(
    "fuck fucking fucked fucker fuckers bastard bastards shit shitting shits bloody bitch bitches "
    "cunt cunts wanker wankers bollocks arse arsehole arseholes asshole assholes bugger buggered "
    "crap damn damned piss pissed prick pricks twat twats slag slags whore whores".split()
)
