"""Word lists shared by every analysis, each kept in one place, one module per task.

Every name is importable from here (``from corpus_tools.lexicon import STOP_WORDS``); the modules:

* :mod:`~.words`: what a word is and its plain forms.

  * :data:`WORD_PATTERN`: what a word token is, for the loader's word counts, the cleaned-text
    tokens, the variants diff and the scale engine's hashed tokens ("U.S." keeps its final dot;
    "Iran's" is one token); :data:`MARKED_PATTERN` and :func:`tokenize`, the one tokenizer.
  * :func:`lemma_key`: a light rule-based lemma, the same on both texts compared.
  * :data:`STOP_WORDS`: spaCy's English stop words, copied with attribution (the sentence score's
    content words).
  * :data:`NUMBER_WORDS`: small number words and their value.

* :mod:`~.spelling`: one word written two ways.

  * :data:`US_SPELLING`: British -> American spellings (breame's list, lower case);
    :data:`AMERICAN_SPELLINGS`, :func:`is_spelling_pair`; :data:`SPELLING_VARIANTS` (two British
    spellings).
  * :data:`ABBREVIATIONS`, :data:`SHORT_FORMS` (months, weekdays, UK counties, court words) and
    :data:`NEWS_ABBREVIATIONS`.

* :mod:`~.places`: :data:`GOVERNMENT_NAMES`: a country's capital, seat and other names that stand
  for its government ("Tehran", "the Islamic Republic" for Iran), for the speakers and the fact
  rules; :data:`CAPITALS`, :data:`IRREGULAR_DEMONYMS`, :data:`COUNTRY_OTHER_NAMES`,
  :data:`COUNTRY_ENDS`, :data:`GEOGRAPHIC_FEATURES`, :data:`STATE_ABBREVIATIONS`,
  :data:`STATE_CODES`.

* :mod:`~.bodies`: :data:`COMPANY_ENDS`, :data:`LEGAL_FORMS`, :data:`PORTFOLIOS`,
  :data:`DESIGNATORS`, :data:`BODY_ALIASES`, :data:`INSTITUTION_SYNONYMS`: what a name's shape tells
  the fact finder (a company's last word or legal form, a minister's subject, a noun named by its
  number), each read from the hand readings of real update series (``benchmarks/family*.md``);
  :data:`AGENCIES`: news agencies, lower case. A corpus adds its own outlets (the ``outlet`` column
  of INDEX.md) at run time, never by changing this set.

* :mod:`~.speech`: :data:`REPORTING_VERBS`: lemmas of verbs of saying: textacy's English list
  (``textacy.constants.REPORTING_VERBS["en"]``, copied with attribution as
  :data:`TEXTACY_REPORTING_VERBS`) merged with the news cues it lacks ("quote", "comment",
  "emphasise", "vow", ...; checked on PolNeAR train); their forms (:func:`reporting_forms`,
  :data:`REPORTING_FORMS`, :data:`CUE_WORDS`, :data:`STRONG_CUES`); :data:`SAYING_NOUNS`: nouns of
  saying ("statement", "interview", "tweet"), the cue of "in a statement", "in an interview with";
  :data:`NOMINAL_CUES`, :data:`ATTRIBUTION_PHRASES`, :data:`SOURCE_NOUNS`, :data:`EXPLETIVES`.

* :mod:`~.people`: :data:`SPEAKER_WORDS`: head nouns that type a speaker mention (official,
  organisation, document, media, anonymous); the person titles with a gender
  (:data:`MALE_TITLES`, :data:`FEMALE_TITLES`); :data:`HONORIFICS`, :data:`POLICE_RANKS`,
  :data:`RANKS_BEFORE_A_NAME`, :data:`COURT_SIDES`, :data:`POST_NOMINALS`.

* :mod:`~.dates`: :data:`SEASONS`, :data:`WEEKDAYS`, :data:`RELATIVE_DAYS`, :data:`MONTHS`.

Each list's comment, in its module, says where it was fitted or taken from. Nothing here is
loaded from the network or read from another package's files; the lists are plain Python sets.
"""

from __future__ import annotations

from corpus_tools.lexicon.bodies import (
    AGENCIES,
    BODY_ALIASES,
    COMPANY_ENDS,
    DESIGNATORS,
    INSTITUTION_SYNONYMS,
    LEGAL_FORMS,
    PORTFOLIOS,
)
from corpus_tools.lexicon.dates import MONTHS, RELATIVE_DAYS, SEASONS, WEEKDAYS
from corpus_tools.lexicon.people import (
    COURT_SIDES,
    FEMALE_TITLES,
    HONORIFICS,
    MALE_TITLES,
    POLICE_RANKS,
    POST_NOMINALS,
    RANKS_BEFORE_A_NAME,
    SPEAKER_WORDS,
)
from corpus_tools.lexicon.places import (
    CAPITALS,
    COUNTRY_ENDS,
    COUNTRY_OTHER_NAMES,
    GEOGRAPHIC_FEATURES,
    GOVERNMENT_NAMES,
    IRREGULAR_DEMONYMS,
    STATE_ABBREVIATIONS,
    STATE_CODES,
)
from corpus_tools.lexicon.speech import (
    ATTRIBUTION_PHRASES,
    CUE_WORDS,
    EXPLETIVES,
    NOMINAL_CUES,
    REPORTING_FORMS,
    REPORTING_VERBS,
    SAYING_NOUNS,
    SOURCE_NOUNS,
    STRONG_CUES,
    TEXTACY_REPORTING_VERBS,
    reporting_forms,
)
from corpus_tools.lexicon.spelling import (
    ABBREVIATIONS,
    AMERICAN_SPELLINGS,
    NEWS_ABBREVIATIONS,
    SHORT_FORMS,
    SPELLING_VARIANTS,
    US_SPELLING,
    is_spelling_pair,
)
from corpus_tools.lexicon.words import (
    MARKED_PATTERN,
    NUMBER_WORDS,
    STOP_WORDS,
    WORD_PATTERN,
    WORD_RE,
    lemma_key,
    tokenize,
)

__all__ = [
    "ABBREVIATIONS",
    "AGENCIES",
    "AMERICAN_SPELLINGS",
    "ATTRIBUTION_PHRASES",
    "BODY_ALIASES",
    "CAPITALS",
    "COMPANY_ENDS",
    "COUNTRY_ENDS",
    "COUNTRY_OTHER_NAMES",
    "COURT_SIDES",
    "CUE_WORDS",
    "DESIGNATORS",
    "EXPLETIVES",
    "FEMALE_TITLES",
    "GEOGRAPHIC_FEATURES",
    "GOVERNMENT_NAMES",
    "HONORIFICS",
    "INSTITUTION_SYNONYMS",
    "IRREGULAR_DEMONYMS",
    "LEGAL_FORMS",
    "MALE_TITLES",
    "MARKED_PATTERN",
    "MONTHS",
    "NEWS_ABBREVIATIONS",
    "NOMINAL_CUES",
    "NUMBER_WORDS",
    "POLICE_RANKS",
    "PORTFOLIOS",
    "POST_NOMINALS",
    "RANKS_BEFORE_A_NAME",
    "RELATIVE_DAYS",
    "REPORTING_FORMS",
    "REPORTING_VERBS",
    "SAYING_NOUNS",
    "SEASONS",
    "SHORT_FORMS",
    "SOURCE_NOUNS",
    "SPEAKER_WORDS",
    "SPELLING_VARIANTS",
    "STATE_ABBREVIATIONS",
    "STATE_CODES",
    "STOP_WORDS",
    "STRONG_CUES",
    "TEXTACY_REPORTING_VERBS",
    "US_SPELLING",
    "WEEKDAYS",
    "WORD_PATTERN",
    "WORD_RE",
    "is_spelling_pair",
    "lemma_key",
    "reporting_forms",
    "tokenize",
]
