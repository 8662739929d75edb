"""A province or state that speaks is its own government: "Ontario was pushing to regulate ...,
arguing that", "The Ontario Government has urged Ottawa to".

A wire story on a federal country quotes its provinces as it quotes countries: the province argues
its case against the federal government. The government table knows countries and capitals only,
so "Ontario" was typed an institution and "The Ontario Government" a named institution beside the
country's governments (round 36's ``TUNE_36`` 11869, ``benchmarks/claims_tune36.md`` k2, and round
34's ``TUNE_34`` 9554, ``claims_tune34.md`` t1: each a borderline mark; left by tune36 and tune37
for want of a list; read in round 38, branch debt38). A reader counts a province or state speaking
as a government, its own and not its country's ("Ontario" is not "Ottawa").

The rule: the provinces and territories of Canada and the states of Australia, by name, are each a
government of its own (key: the name). Names that are also a person's or a city's ("Victoria") are
left out; the states of the United States are left out too ("Washington" is the federal capital,
"New York" and "Georgia" more often a city and a country). Read by the speakers' government reading
only (:func:`~.entities.government_key`, "the Ontario government" too); the fact rules' table of
names of state is not changed.

* :data:`PROVINCE_GOVERNMENTS`: lower-case name -> the government's key.
"""

from __future__ import annotations

__all__ = ["PROVINCE_GOVERNMENTS"]

_NAMES = (
    "ontario",
    "quebec",
    "alberta",
    "manitoba",
    "saskatchewan",
    "british columbia",
    "nova scotia",
    "new brunswick",
    "newfoundland",
    "prince edward island",
    "new south wales",
    "queensland",
    "south australia",
    "western australia",
    "tasmania",
)

#: lower-case names (no dots, no leading "the") -> the government's key, the name itself
PROVINCE_GOVERNMENTS: dict[str, str] = {name: name for name in _NAMES}
