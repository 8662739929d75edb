"""People and how they are named: titles with a gender (:data:`MALE_TITLES`, :data:`FEMALE_TITLES`),
the head nouns that type a speaker (:data:`SPEAKER_WORDS`), honorifics, police ranks and ranks
before a name (:data:`HONORIFICS`, :data:`POLICE_RANKS`, :data:`RANKS_BEFORE_A_NAME`), the sides
of a British court (:data:`COURT_SIDES`) and the letters after a name (:data:`POST_NOMINALS`).
"""

from __future__ import annotations

__all__ = [
    "MALE_TITLES",
    "FEMALE_TITLES",
    "SPEAKER_WORDS",
    "HONORIFICS",
    "POLICE_RANKS",
    "RANKS_BEFORE_A_NAME",
    "COURT_SIDES",
    "POST_NOMINALS",
]

#: Titles that give a person's gender (for pronoun resolution), lower case, no final dot.
MALE_TITLES: frozenset[str] = frozenset(
    {"mr", "sir", "lord", "king", "prince", "father", "brother", "sheikh"}
)
FEMALE_TITLES: frozenset[str] = frozenset(
    {"mrs", "ms", "miss", "dame", "lady", "queen", "princess", "sister", "madam"}
)

#: Head nouns (lemmas, lower case) that type a speaker mention. ``official`` holds offices
#: and titles: a person holding one is an official, never an organisation. "exchange" and "bourse"
#: (organisation): "The New York stock exchange said", in lower case, was anonymous (round 34, U2).
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
        delegation regulator police court campaign committee party council company firm group office
        agency commission board team union club foundation institute university school
        hospital army military navy force forces service bureau house senate congress
        parliament coalition organization organisation association spokespeople exchange
        bourse""".split()
    ),
    "document": frozenset(
        """report statement letter memo poll survey study document documents filing papers
        indictment complaint lawsuit ruling order email e-mail record records transcript
        analysis data release plan website post tweet book proxy""".split()
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
