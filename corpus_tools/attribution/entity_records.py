"""The records of speakers within one document: a new speaker made from a mention's features, and
the one speaker of a named pair ("Tom and Ann Grant", "They claimed"), found or made on its first
statement. Moved out of :mod:`~.speakers` (round 34) so its resolution has room for its hooks.
"""

from __future__ import annotations

from corpus_tools.attribution import epithets
from corpus_tools.attribution.pairs import pair_label

__all__ = ["new_entity", "pair_entity"]


def new_entity(f: dict, label: str, doc_id: str, n: int) -> dict:
    """A new speaker of document ``doc_id``, the ``n``-th, made from a mention's features ``f``
    (:func:`~.speakers.speaker_features`) and its ``label``."""
    return {
        "id": f"{doc_id}:S{n}",
        "government": f["government"],
        "label": label,
        "surnames": {f["surname"]} - {""},
        "firsts": {f["first"]} - {""},
        "keys": {f["key"]},
        "heads": set(f["heads"]),
        "mods": set(f["mods"]),
        "number": f["number"],
        "gender": f["gender"],
        "marked": bool(f["gender"])
        and f.get("head") not in epithets.JOB_GENDERS,  # "wife", not "spokeswoman"
        "type": f["type"],
        "named": f["named"],
        "affiliation": f["affiliation"],
    }


def pair_entity(names: list[str], entities: list[dict], doc_id: str) -> dict:
    """The one speaker of a named pair in a document, made on its first statement."""
    label = pair_label(names)
    found = next((e for e in entities if e["label"] == label and e["number"] == "p"), None)
    if found is None:
        f = dict.fromkeys(("government", "surname", "first", "gender"), "")
        f.update(heads={"pair"}, mods=set(), number="p", type="person", named=True, affiliation="unknown")
        f["key"] = label.lower()
        entities.append(found := new_entity(f, label, doc_id, len(entities) + 1))
    return found
