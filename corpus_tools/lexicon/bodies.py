"""Bodies and what a name's shape tells of one: the short names of bodies (:data:`BODY_ALIASES`),
institutions named two ways (:data:`INSTITUTION_SYNONYMS`), a company's last word and legal form
(:data:`COMPANY_ENDS`, :data:`LEGAL_FORMS`), nouns named by their number (:data:`DESIGNATORS`), a
minister's subjects (:data:`PORTFOLIOS`), each read from the hand readings of real update series
(``benchmarks/family*.md``), and the news agencies (:data:`AGENCIES`; a corpus adds its own outlets
at run time, never by changing this set).
"""

from __future__ import annotations

__all__ = [
    "BODY_ALIASES",
    "INSTITUTION_SYNONYMS",
    "COMPANY_ENDS",
    "DESIGNATORS",
    "LEGAL_FORMS",
    "PORTFOLIOS",
    "AGENCIES",
]

#: the short names the news gives a body, fact keys (lower case, no dots) -> the body's names:
#: "the Fed" is the Federal Reserve, "the Big Board" the New York Stock Exchange
BODY_ALIASES: dict[str, tuple[str, ...]] = {
    "fed": ("federal reserve",),
    "big board": ("new york stock exchange", "nyse"),
    "bundesbank": ("german central bank", "west german central bank"),
}

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
