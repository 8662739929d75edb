"""Places and the names that stand for them: U.S. states (:data:`STATE_ABBREVIATIONS`,
:data:`STATE_CODES`), irregular demonyms, countries' other names and capitals
(:data:`IRREGULAR_DEMONYMS`, :data:`COUNTRY_OTHER_NAMES`, :data:`CAPITALS`), the names of a
country's government (:data:`GOVERNMENT_NAMES`), the last words of a country's name
(:data:`COUNTRY_ENDS`) and geographic features (:data:`GEOGRAPHIC_FEATURES`), each read from the
hand readings of real update series (``benchmarks/family*.md``) where its comment says so.
"""

from __future__ import annotations

__all__ = [
    "STATE_ABBREVIATIONS",
    "IRREGULAR_DEMONYMS",
    "COUNTRY_OTHER_NAMES",
    "CAPITALS",
    "GOVERNMENT_NAMES",
    "COUNTRY_ENDS",
    "GEOGRAPHIC_FEATURES",
    "STATE_CODES",
]

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

#: the last word of a country's or a union's name written as a common noun ("Soviet Union", "United
#: States", "United Kingdom", "United Nations", "European Community"): a capitalised word after it
#: and before "said" is a speaker whose comma the wire left out ("the Soviet Union Lyng said",
#: benchmarks/family_round38.md)
COUNTRY_ENDS: frozenset[str] = frozenset("union states kingdom nations republic community emirates".split())

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
