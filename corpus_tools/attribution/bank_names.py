""" "One of the lead managers Banque Indosuez said": a bank told by its name is a body, not a person.

The tagger reads a foreign bank's name as a person's: "The issue ..., one of the lead managers
Banque Indosuez said" (read from TUNE_32's 14889+15392, 14889 0, kind W7 of
``benchmarks/claims_tune32.md``), and the findings counted a named person. The rule: a speaker typed
a person whose label opens with a bank's or a firm's word in the languages of the wire's banks
("Banque", "Banco", "Banca", "Bank", "Bankhaus", "Societe", "Compagnie", "Caisse", "Credito") or
ends with one ("Trust", "Bank", "Securities", "Corp"), and holds no official's title, is a body;
a person "at" or "of" a firm ("James Arenson at DLJ Securities", Reuters-21578 2084) stays a person.

Widened in round 38 (branch audit38, ``HELD_OUT_38``'s 6410+6819+6928, ``benchmarks/claims.md`` gc4,
gc7, gc15): a name of capitalised words ending with a firm's plural head ("Partners", "Associates")
is a firm, even where its first word is a title the tagger reads as a rank: "<General Partners>,
controlled by privately-held Wagner and Brown ..., said" was typed an official, so the findings
counted the bidding partnership "1 named person" in three documents. No person's name ends so.

A firm's name with a lower-case noun of its trade after it is that firm too: "In London, Lloyds
insurance said the ... tanker Avaj was hit on Saturday" (round 38, branch tune38, ``TUNE_38``'s
8440 6 and 8516 6, kind W3 of ``benchmarks/claims_tune38.md``), typed an anonymous speaker. The
rule: one to three capitalised words, none an article, then one trade noun ("insurance",
"reinsurance", "shipping", "banking", "brokerage") in lower case.

A bank's name with its arm after the bank's word is that bank too: "CertainTeed Corp is seeking a
150 mln dlr multiple facility ..., Chemical Bank International said as arranger" (round 39, branch
audit39, ``HELD_OUT_39``'s 10753, ``benchmarks/claims.md`` cf4), typed a named person. The rule: the
word before the last is a bank's ("Bank", "Banque", "Trust", "Securities") and the last names its
arm ("International", "Europe", "Asia", "Overseas", "Ltd", "Limited").

* :func:`bank_name`: whether the label is such a name;
* :func:`trade_name`: whether the label is a firm's name and its trade.
"""

from __future__ import annotations

from corpus_tools import lexicon
from corpus_tools.attribution.companies import COMPANY_HEADS

__all__ = ["bank_name", "trade_name"]

_OPENS = frozenset("banque banco banca bank bankhaus societe société compagnie caisse credito".split())
_ENDS = COMPANY_HEADS | frozenset("bank banque securities corp inc ltd plc sa ag nv spa".split())
_TITLES = lexicon.SPEAKER_WORDS["official"]
#: lower-case nouns of a firm's trade after its name ("Lloyds insurance")
_TRADES = frozenset("insurance reinsurance shipping banking brokerage".split())
_ARTICLES = frozenset("the a an its their this that".split())
#: a firm's plural heads: a capitalised name ending with one is a firm, a title before it or not
_FIRM_PLURALS = frozenset({"partners", "associates"})
#: a bank's arm after the bank's word ("Chemical Bank International")
_BANK_WORDS = frozenset("bank banque trust securities".split())
_ARMS = frozenset("international europe asia overseas ltd limited".split())


def bank_name(label: str) -> bool:
    """Whether ``label`` (a speaker typed a person or an official) is a bank's or a firm's name
    (module docstring).

    Example:
        >>> bank_name("Banque Indosuez"), bank_name("Westland Guaranty Trust")
        (True, True)
        >>> bank_name("Tom Banks"), bank_name("Bank chairman Tom Hale")
        (False, False)
        >>> bank_name("Ann Lee at Westland Securities")
        False
        >>> bank_name("General Partners"), bank_name("Senior partners")
        (True, False)
        >>> bank_name("Chemical Bank International"), bank_name("Tom Banks International")
        (True, False)
    """
    if " at " in label or " of " in label:  # "James Arenson at DLJ Securities": a person at a firm
        return False
    label = label.split(", ")[-1]  # "the central bank, Bank Negara": the name in apposition
    words = [w.strip(".,").lower() for w in label.split()]
    if len(words) > 1 and words[-1] in _FIRM_PLURALS and all(w[:1].isupper() for w in label.split()):
        return True  # "General Partners": a firm, though "General" is a rank
    if len(words) < 2 or not label[:1].isupper() or any(w in _TITLES for w in words):
        return False
    arm = words[-1] in _ARMS and words[-2] in _BANK_WORDS  # "Chemical Bank International"
    return words[0] in _OPENS or words[-1] in _ENDS or arm


def trade_name(label: str) -> bool:
    """Whether ``label`` is a firm's name and a lower-case noun of its trade (module docstring).

    Example:
        >>> trade_name("Lloyds insurance"), trade_name("Hale Brothers shipping")
        (True, True)
        >>> trade_name("The insurance"), trade_name("insurance sources"), trade_name("Lloyds insurers")
        (False, False, False)
    """
    words = label.split()
    if not 2 <= len(words) <= 4 or words[-1] not in _TRADES:  # the cheap test first
        return False
    return all(w[:1].isupper() and w.lower() not in _ARTICLES for w in words[:-1])
