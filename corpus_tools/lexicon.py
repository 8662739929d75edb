"""Word lists shared by every analysis, each kept in one place.

* :data:`WORD_PATTERN`: what a word token is, for the loader's word counts,
  the cleaned-text tokens, the variants diff and the scale engine's hashed
  tokens ("U.S." keeps its final dot; "Iran's" is one token).
* :data:`US_SPELLING`: British -> American spellings (breame's list, lower case).
* :data:`REPORTING_VERBS`: lemmas of verbs of saying: textacy's English list
  (``textacy.constants.REPORTING_VERBS["en"]``, copied with attribution) merged with the news cues it
  lacks ("quote", "comment", "emphasise", "vow", ...).
* :data:`SAYING_NOUNS`: nouns of saying ("statement", "interview", "tweet"), the
  cue of "in a statement", "in an interview with".
* :data:`AGENCIES`: news agencies, lower case. A corpus adds its own outlets
  (the ``outlet`` column of INDEX.md) at run time, never by changing this set.
* :data:`SPEAKER_WORDS`: head nouns that type a speaker mention (official,
  organisation, document, media, anonymous) and the person titles with a gender.
* :data:`NUMBER_WORDS`: small number words and their value.
* :data:`GOVERNMENT_NAMES`: a country's capital, seat and other names that stand for its
  government ("Tehran", "the Islamic Republic" for Iran), for the speakers and the fact rules.
* :data:`COMPANY_ENDS`, :data:`LEGAL_FORMS`, :data:`PORTFOLIOS`, :data:`GEOGRAPHIC_FEATURES`,
  :data:`DESIGNATORS`: what a name's shape tells the fact finder (a company's last word or legal
  form, a minister's subject, a river or a sea, a noun named by its number), each read from the
  hand readings of real update series (``benchmarks/family*.md``).
* :data:`STOP_WORDS`: spaCy's English stop words, copied with attribution (the
  sentence score's content words).

Nothing here is loaded from the network or read from another package's files; the lists
are plain Python sets.
"""

from __future__ import annotations

import re

from breame.spelling import BRITISH_ENGLISH_SPELLINGS

__all__ = [
    "ABBREVIATIONS",
    "STATE_ABBREVIATIONS",
    "STATE_CODES",
    "SHORT_FORMS",
    "NEWS_ABBREVIATIONS",
    "SPELLING_VARIANTS",
    "AGENCIES",
    "BODY_ALIASES",
    "CAPITALS",
    "AMERICAN_SPELLINGS",
    "ATTRIBUTION_PHRASES",
    "COMPANY_ENDS",
    "COUNTRY_ENDS",
    "DESIGNATORS",
    "LEGAL_FORMS",
    "COURT_SIDES",
    "CUE_WORDS",
    "EXPLETIVES",
    "FEMALE_TITLES",
    "GEOGRAPHIC_FEATURES",
    "HONORIFICS",
    "INSTITUTION_SYNONYMS",
    "MALE_TITLES",
    "MARKED_PATTERN",
    "MONTHS",
    "NOMINAL_CUES",
    "RELATIVE_DAYS",
    "SEASONS",
    "SOURCE_NOUNS",
    "WEEKDAYS",
    "NUMBER_WORDS",
    "PORTFOLIOS",
    "POST_NOMINALS",
    "REPORTING_FORMS",
    "REPORTING_VERBS",
    "SAYING_NOUNS",
    "SPEAKER_WORDS",
    "STOP_WORDS",
    "STRONG_CUES",
    "TEXTACY_REPORTING_VERBS",
    "US_SPELLING",
    "WORD_PATTERN",
    "WORD_RE",
    "is_spelling_pair",
    "lemma_key",
    "reporting_forms",
    "tokenize",
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


#: British spelling -> American spelling, lower case ("programme" -> "program").
#: Pairs where the "American" form is the usual British one too ("gaol" -> "jail": British papers
#: write "jailed"; "connexion", "inflexion" are archaic: British papers write "connection"), so it
#: never marks a text as American.
_SHARED_FORMS = ("gaol", "connexion", "inflexion")
US_SPELLING: dict[str, str] = {
    uk.lower(): us.lower()
    for uk, us in BRITISH_ENGLISH_SPELLINGS.items()
    if not uk.lower().startswith(_SHARED_FORMS)
}

#: American spellings that British papers write too, so they never mark a text as American:
#: "judgment" is the British courts' own spelling (a court's judgment; "judgement" elsewhere), and
#: PA's court reports write it (claims audit round 17, ca46).
_BRITISH_TOO = frozenset({"judgment"})
#: American spellings that have a British counterpart, lower case ("program").
AMERICAN_SPELLINGS: frozenset[str] = frozenset(US_SPELLING.values()) - _BRITISH_TOO


def is_spelling_pair(a: str, b: str) -> bool:
    """Whether two words are the British and American spelling of one word (either order).

    Example:
        >>> is_spelling_pair("programme", "Program"), is_spelling_pair("program", "programs")
        (True, False)
    """
    a, b = a.lower(), b.lower()
    return US_SPELLING.get(a) == b or US_SPELLING.get(b) == a


#: abbreviations of names, lower case, without dots -> the name spelt out ("us" -> "united states")
ABBREVIATIONS: dict[str, str] = {
    "us": "united states",
    "usa": "united states of america",
    "uk": "united kingdom",
    "un": "united nations",
    "eu": "european union",
    "nhs": "national health service",
    "cps": "crown prosecution service",
    "rspca": "royal society for the prevention of cruelty to animals",
    "raf": "royal air force",
    "mod": "ministry of defence",
    "fbi": "federal bureau of investigation",
    "cia": "central intelligence agency",
}

#: short forms a newspaper writes for a word of its source, lower case, without dots -> the word:
#: months and weekdays, the usual abbreviations of UK counties (the Royal Mail's and the press's:
#: "Lancs" for "Lancashire"), and court words of British news ("JPs" for "magistrates"). A text's
#: short form of a source word is no word of its own (:mod:`corpus_tools.reuse.novelty`).
SHORT_FORMS: dict[str, str] = {
    **{m[:3]: m for m in (
        "january february march april june july august september october november december".split()
    )},
    "sept": "september",
    **{d[:3]: d for d in "monday tuesday wednesday thursday friday saturday sunday".split()},
    "tues": "tuesday", "weds": "wednesday", "thurs": "thursday",
    "beds": "bedfordshire", "berks": "berkshire", "bucks": "buckinghamshire",
    "cambs": "cambridgeshire", "derbys": "derbyshire", "glos": "gloucestershire",
    "hants": "hampshire", "herts": "hertfordshire", "lancs": "lancashire", "leics": "leicestershire",
    "lincs": "lincolnshire", "northants": "northamptonshire", "notts": "nottinghamshire",
    "oxon": "oxfordshire", "shrops": "shropshire", "staffs": "staffordshire", "wilts": "wiltshire",
    "worcs": "worcestershire", "warks": "warwickshire", "yorks": "yorkshire", "northumb": "northumberland",
    "jps": "magistrates", "jp": "magistrate",
}  # fmt: skip
#: the standard abbreviations of British news copy, lower case, no dots -> the word ("HQ" for
#: "headquarters", "govt", "dept"; "bn" and "m" after a figure: "£1bn" for "£1 billion"). Kept apart
#: from ``SHORT_FORMS``, which also tells a name's short form (:mod:`corpus_tools.reuse.novel_names`)
NEWS_ABBREVIATIONS: dict[str, str] = {
    "hq": "headquarters", "govt": "government", "dept": "department", "bn": "billion", "m": "million",
}  # fmt: skip
#: one word's two British spellings, lower case ("enquiry" / "inquiry", "gaol" / "jail"): not a
#: British and an American spelling (``US_SPELLING``), so never a mark of American copy
SPELLING_VARIANTS: tuple[tuple[str, str], ...] = (
    ("enquiry", "inquiry"), ("enquire", "inquire"), ("enquirer", "inquirer"), ("despatch", "dispatch"),
    ("gaol", "jail"), ("connexion", "connection"), ("focussed", "focused"),
)  # fmt: skip
#: the AP style abbreviations of U.S. states, lower case, without dots ("Neb." for Nebraska; "N.Y."
#: is the state's initials and needs no table). Some are English words too ("Mass.", "Ill."): a
#: text that writes "mass" holds "Massachusetts" for the fact rules, which then miss a fact rather
#: than report a false one
STATE_ABBREVIATIONS: dict[str, str] = {
    "ala": "alabama", "ariz": "arizona", "ark": "arkansas", "calif": "california", "colo": "colorado",
    "conn": "connecticut", "fla": "florida", "ind": "indiana", "kan": "kansas", "mich": "michigan",
    "minn": "minnesota", "mont": "montana", "neb": "nebraska", "nebr": "nebraska", "nev": "nevada",
    "okla": "oklahoma", "tenn": "tennessee", "tex": "texas", "wis": "wisconsin", "wyo": "wyoming",
    "mass": "massachusetts", "miss": "mississippi", "ill": "illinois", "ore": "oregon", "wash": "washington",
    "md": "maryland", "mo": "missouri", "va": "virginia", "vt": "vermont", "ky": "kentucky", "ga": "georgia",
}  # fmt: skip
#: nationality adjectives that do not end their country's name in a regular way ("British" for
#: Britain or the United Kingdom; "Japanese", "Korean" are read by rule), lower case -> the
#: country's names as fact keys (no dots). Not "American": it names banks and companies of the
#: Americas ("Inter-American Development Bank") as often as the United States
IRREGULAR_DEMONYMS: dict[str, tuple[str, ...]] = {
    "british": ("britain", "united kingdom", "uk", "great britain"), "dutch": ("netherlands", "holland"),
    "french": ("france",), "german": ("germany",), "swiss": ("switzerland",), "greek": ("greece",),
    "turkish": ("turkey",), "spanish": ("spain",), "danish": ("denmark",), "swedish": ("sweden",),
    "polish": ("poland",), "finnish": ("finland",), "portuguese": ("portugal",), "irish": ("ireland",),
    "icelandic": ("iceland",), "soviet": ("soviet union", "ussr"), "thai": ("thailand",),
    "philippine": ("philippines",), "belgian": ("belgium",),
    "filipino": ("philippines",), "norwegian": ("norway",), "saudi": ("saudi arabia",),
    "emirati": ("united arab emirates", "uae"),
}  # fmt: skip
#: a country's other names (fact keys) without an adjective of its own here: "America" is the
#: United States ("American" is left out: it starts many companies' names, and "US" is a pronoun
#: once lower-cased)
COUNTRY_OTHER_NAMES: tuple[tuple[str, ...], ...] = (
    ("united states", "usa", "america"),
    ("west germany", "germany"),  # the news of 1987-88 calls West Germany "Germany" (family_round35.md)
)
#: capitals, lower case -> their country's names (fact keys): "Washington" standing for the U.S.
#: government ("Ottawa accusing Washington of failing to act"; benchmarks/family_round34.md)
CAPITALS: dict[str, tuple[str, ...]] = {
    "washington": ("united states", "us", "usa", "america"), "ottawa": ("canada",),
    "bonn": ("west germany", "germany"), "london": ("britain", "united kingdom", "uk", "great britain"),
    "paris": ("france",), "tokyo": ("japan",), "moscow": ("soviet union", "ussr"), "peking": ("china",),
    "beijing": ("china",), "rome": ("italy",), "madrid": ("spain",), "lisbon": ("portugal",),
    "brussels": ("belgium",), "vienna": ("austria",), "bern": ("switzerland",), "athens": ("greece",),
    "ankara": ("turkey",), "dublin": ("ireland",), "stockholm": ("sweden",), "oslo": ("norway",),
    "copenhagen": ("denmark",), "helsinki": ("finland",), "canberra": ("australia",),
    "wellington": ("new zealand",), "new delhi": ("india",), "islamabad": ("pakistan",),
    "riyadh": ("saudi arabia",), "tehran": ("iran",), "baghdad": ("iraq",), "cairo": ("egypt",),
    "damascus": ("syria",), "jerusalem": ("israel",), "seoul": ("south korea",), "taipei": ("taiwan",),
    "manila": ("philippines",), "jakarta": ("indonesia",), "kuala lumpur": ("malaysia",),
    "bangkok": ("thailand",), "pretoria": ("south africa",), "lagos": ("nigeria",), "brasilia": ("brazil",),
    "buenos aires": ("argentina",), "mexico city": ("mexico",), "caracas": ("venezuela",),
    "bogota": ("colombia",), "lima": ("peru",), "santiago": ("chile",), "quito": ("ecuador",),
}  # fmt: skip
#: what news copy writes for a country's government, lower case, no dots nor a leading "the": the
#: country -> its capital, its seat ("white house") and its other names ("the Islamic Republic" is
#: Iran). One table for the speakers (:data:`corpus_tools.attribution.entities.GOVERNMENTS`) and
#: the fact rules (:mod:`corpus_tools.variants.name_aliases`: a country's name of state)
GOVERNMENT_NAMES: dict[str, tuple[str, ...]] = {
    "united states": ("us", "usa", "washington", "america", "white house", "us government"),
    "iran": ("tehran", "islamic republic", "iranian government"),
    "united kingdom": (
        "uk",
        "britain",
        "great britain",
        "london",
        "downing street",
        "british government",
    ),
    "france": ("paris", "elysee", "french government"),
    "germany": ("berlin", "german government"),
    "russia": ("moscow", "kremlin", "russian government"),
    "china": ("beijing", "chinese government"),
    "japan": ("tokyo", "japanese government"),
    "israel": ("jerusalem", "israeli government"),
    "canada": ("ottawa", "canadian government"),
    "india": ("new delhi", "indian government"),
    "north korea": ("pyongyang",),
    "south korea": ("seoul",),
    "saudi arabia": ("riyadh",),
    "turkey": ("ankara",),
    "syria": ("damascus",),
    "iraq": ("baghdad",),
    "egypt": ("cairo",),
    "ukraine": ("kiev", "kyiv"),
    "australia": ("canberra",),
    "brazil": ("brasilia",),
    "mexico": ("mexico city",),
    "pakistan": ("islamabad",),
    "afghanistan": ("kabul",),
    "italy": ("rome",),
    "spain": ("madrid",),
    "oman": ("muscat",),
    "qatar": ("doha",),
    "chile": ("santiago", "chilean government"),
    "argentina": ("buenos aires",),
    "portugal": ("lisbon",),
    "netherlands": ("hague", "amsterdam"),
    "belgium": ("brussels",),
    "switzerland": ("bern", "berne"),
    "ireland": ("dublin",),
}
#: the short names the news gives a body, fact keys (lower case, no dots) -> the body's names:
#: "the Fed" is the Federal Reserve, "the Big Board" the New York Stock Exchange
BODY_ALIASES: dict[str, tuple[str, ...]] = {
    "fed": ("federal reserve",),
    "big board": ("new york stock exchange", "nyse"),
    "bundesbank": ("german central bank", "west german central bank"),
}
#: the last word of a country's or a union's name written as a common noun ("Soviet Union", "United
#: States", "United Kingdom", "United Nations", "European Community"): a capitalised word after it
#: and before "said" is a speaker whose comma the wire left out ("the Soviet Union Lyng said",
#: benchmarks/family_round38.md)
COUNTRY_ENDS: frozenset[str] = frozenset("union states kingdom nations republic community emirates".split())
#: head nouns that name one institution two ways, each a set of synonyms: "Higher Labour Tribunal" /
#: "Higher Labour Court" (benchmarks/family_round38.md), "Foreign Trade Ministry" / "Foreign Trade
#: Department"; read only where the rest of the name, two words or more, is the same
INSTITUTION_SYNONYMS: tuple[frozenset[str], ...] = (
    frozenset({"court", "tribunal"}),
    frozenset({"ministry", "department"}),
)
#: the last word of a company's name, lower case, no dot: "Plenmeer Ltd", "CSR Pty"
COMPANY_ENDS: frozenset[str] = frozenset("ltd co inc corp plc ag sa nv pty".split())
#: nouns named by the number after them, lower case: "Chapter 11" (of a bankruptcy code), "Section
#: 301", "Form 10-K", "Local 998", "Unit 2", "Block 371" are names, their numbers no amounts (the
#: words before a bare number in the 21,578 Reuters stories, benchmarks/family_round40.md)
DESIGNATORS: frozenset[str] = frozenset(
    "chapter section article title rule form schedule series model unit local flight block tract "
    "pier phase class grade amendment resolution proposition channel route highway interstate "
    "platform reactor well lot handbook paragraph clause item".split()
)
#: a company's legal form, lower case, no dot, the endings above and those of other countries
#: written after a comma ("Super Octanos, C.A.", "Petroleos de Venezuela, S.A.": a Venezuelan
#: "compania anonima", benchmarks/family_round37.md), part of the firm's name, no name alone
LEGAL_FORMS: frozenset[str] = COMPANY_ENDS | frozenset("ca spa bv gmbh kk sarl srl sae saic".split())
#: the subjects a ministry or a minister is named for, lower case: "Posts and Telecommunications
#: Minister", "International Trade and Industry Minister" are one title, "Yeutter and Agriculture
#: Secretary Richard Lyng" two people (the word before "and" is a portfolio, or a person)
PORTFOLIOS: frozenset[str] = frozenset(
    "agriculture plan trade industry international finance economy economic economics posts "
    "telecommunications communications transport transportation energy foreign affairs home "
    "interior justice defence defense health education labour labor employment commerce fisheries "
    "food forestry mines mining petroleum oil planning environment housing treasury budget culture "
    "tourism science technology research welfare social security development cooperation "
    "co-operation public works information industries resources natural water power fuel trades "
    "religious overseas external internal national heritage sport sports youth women family "
    "agrarian land lands commercial rural urban regional local government".split()
)
#: a common noun after a place's name that makes no other place: "the Mississippi" / "Mississippi
#: River", "the Gulf of Mexico" aside (read as "of" names)
GEOGRAPHIC_FEATURES: frozenset[str] = frozenset(
    "river sea ocean gulf bay strait straits canal island islands mountains valley basin delta "
    "peninsula desert channel lake lakes estuary".split()
)
#: the postal codes of U.S. states, lower case -> the state ("D-IL" is an Illinois Democrat)
STATE_CODES: dict[str, str] = dict(
    zip(
        "al ak az ar ca co ct de fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv nh nj nm ny nc "
        "nd oh ok or pa ri sc sd tn tx ut vt va wa wv wi wy".split(),
        "alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii "
        "idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan "
        "minnesota mississippi missouri montana nebraska nevada new_hampshire new_jersey new_mexico "
        "new_york north_carolina north_dakota ohio oklahoma oregon pennsylvania rhode_island "
        "south_carolina south_dakota tennessee texas utah vermont virginia washington west_virginia "
        "wisconsin wyoming".split(),
        strict=True,
    )
)
STATE_CODES = {k: v.replace("_", " ") for k, v in STATE_CODES.items()}
for _word in ("mar", "wed", "sat", "sun"):  # English words too: never read as a short form
    del SHORT_FORMS[_word]

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
hold:held keep:kept kneel:knelt know:knew,known lay:laid lead:led leap:leapt leave:left
lend:lent lose:lost make:made meet:met pay:paid prove:proved ride:rode,ridden ring:rang,rung
rise:risen run:ran say:said see:seen seek:sought sell:sold send:sent shake:shook,shaken
shine:shone shoot:shot show:showed,shown shrink:shrank,shrunk sing:sang,sung sink:sank,sunk
sit:sat slay:slew,slain sleep:slept slide:slid speak:spoke,spoken speed:sped spend:spent
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

#: Honorifics before a name, lower case without the dot.
HONORIFICS: frozenset[str] = frozenset({"mr", "mrs", "ms", "dr", "prof", "sir", "miss", "mx"})

#: Police and service ranks written short before a surname ("PC Hendry", "WPC Hendry", "Sgt
#: Vale"), lower case without the dot, that are ranks and nothing else: a title, never a given name
#: nor an institution's initials, so "Joy Hendry" and "PC Hendry" are one person and "The WPC" a
#: person (the held-out METER story 12.08.99/snooker, the claims audit's twelfth round, S kind 2).
POLICE_RANKS: frozenset[str] = frozenset({"pc", "wpc", "sgt", "insp", "supt", "dci", "cpl", "pte"})
#: Ranks before a name, with the forms that are also other things alone ("DC" Washington DC, "DS",
#: "Det"): before a name they are part of it, no word of a text's own (PA's "Pc Sonia Campbell" is
#: the papers' "WPC Sonia Campbell": the claims audit's cb17, cb29, cb42 of round 11).
RANKS_BEFORE_A_NAME: frozenset[str] = POLICE_RANKS | frozenset({"dc", "wdc", "ds", "det"})

#: The side a lawyer speaks for in British court reports: "for the prosecution", "for the Crown",
#: "Alan Frost, QC, prosecuting", "defending" -> the affiliation ``prosecution`` or ``defence``.
COURT_SIDES: dict[str, str] = {
    "prosecution": "prosecution",
    "crown": "prosecution",
    "prosecuting": "prosecution",
    "defence": "defence",
    "defense": "defence",
    "defending": "defence",
}

#: Letters after a name ("Alan Frost, QC"): ranks and honours, never an affiliation, though the
#: parser's entities often take them for organisations.
POST_NOMINALS: frozenset[str] = frozenset(
    {"qc", "kc", "mp", "mep", "msp", "obe", "mbe", "cbe", "kbe", "dbe", "jp", "phd", "frs", "rn"}
)
#: The seasons, lower case: "the Autumn meetings" names no one (benchmarks/family_round35.md).
SEASONS: frozenset[str] = frozenset({"spring", "summer", "autumn", "fall", "winter"})
WEEKDAYS: frozenset[str] = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
)
#: Words that place an event relative to the day of writing.
RELATIVE_DAYS: frozenset[str] = frozenset(
    {"yesterday", "today", "tomorrow", "tonight", "overnight", "recently", "earlier", "later"}
)
#: Month names and abbreviations -> month number.
MONTHS: dict[str, int] = {
    "jan": 1,
    "january": 1,
    "feb": 2,
    "february": 2,
    "mar": 3,
    "march": 3,
    "apr": 4,
    "april": 4,
    "may": 5,
    "jun": 6,
    "june": 6,
    "jul": 7,
    "july": 7,
    "aug": 8,
    "august": 8,
    "sep": 9,
    "sept": 9,
    "september": 9,
    "oct": 10,
    "october": 10,
    "nov": 11,
    "november": 11,
    "dec": 12,
    "december": 12,
}
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
