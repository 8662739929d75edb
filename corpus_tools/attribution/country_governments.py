"""A country the place lexicon knows is a government when it speaks: "Greece ... said", "Indonesia
... earlier denied".

The speakers' government table (:data:`corpus_tools.lexicon.GOVERNMENT_NAMES`) lists some forty
countries; the place lexicon knows more (the countries of :data:`corpus_tools.lexicon.CAPITALS`
and of :data:`corpus_tools.lexicon.IRREGULAR_DEMONYMS`, read for the fact rules). A country outside
the speakers' table was typed an organisation ("Greece, responding to a warning by Turkey ..., said
today it had the right to decide where ... to drill"; "Indonesia ... earlier denied it had granted
palm oil import licences"), so the findings counted a government as an institution, and "Greece"
was never one speaker with "the Greek government". Read in round 35 (branch sweep35) from the
sweep's 835+2517 and 6344+14833 (``benchmarks/speaker_sweep35.md``, wrong kinds).

The rule: each country name of those tables (lower case, no dots) is the government of that
country. Its key is the one the speakers' table already gives to any of the country's names
("west germany" is ``germany``; "the Soviet Union" stays :mod:`~.former_governments`' ``russia``),
else the country's first name there. Countries only: a capital outside the speakers' table
("Lima", "Santiago", "Wellington") is also a surname, and stays as the other rules read it.

* :func:`country_governments`: lower-case country name -> the government's key, given the table
  it widens.
"""

from __future__ import annotations

from corpus_tools.lexicon import CAPITALS, IRREGULAR_DEMONYMS

__all__ = ["country_governments"]


def country_governments(known: dict[str, str]) -> dict[str, str]:
    """Every country name of the place lexicon -> its government's key: the key ``known`` (the
    speakers' table, lower-case name -> key) gives one of the country's names, else its first name.
    Names ``known`` has are left out (the table keeps its own reading).

    Example:
        >>> table = country_governments({"germany": "germany", "greece": "greece"})
        >>> table["indonesia"], table["west germany"], "greece" in table
        ('indonesia', 'germany', False)
    """
    out: dict[str, str] = {}
    for names in (*CAPITALS.values(), *IRREGULAR_DEMONYMS.values()):
        key = next((known[n] for n in names if n in known), names[0])
        out.update({n: key for n in names if n not in known and n not in out})
    return out
