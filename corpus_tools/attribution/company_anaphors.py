"""Where one company of several the story names has spoken in a document, its next "The company
said" is that company:
"Cyclops Corp said its board has been restructured under the terms of the company's merger
agreement with <Dixons Group plc> following the British company's acquisition of 54 pct of
Cyclops' stock. / The company said its board is now composed of three Cyclops executives ...".

The business wire opens on a company's statement ("X Corp said") and goes on with "The company
said" or "the firm said". Where the story names one company, :mod:`~.companies` reads "the
company" as that one; a takeover story names two (the buyer, "<Dixons Group plc>"), and the
findings had counted "The company" as a second institution beside Cyclops, so the update that
kept both statements as Cyclops's "gave the statements of The company to Cyclops" (read from
HELD_OUT_32's 7110+11920, Reuters-21578 7110 0-1; ``benchmarks/claims.md`` rows cp4 and cp13).
A reader takes "the company" for the company that has been speaking.

The rule (:func:`company_anaphor`): a speaker whose mention in the text is a definite description
of a company (:func:`~.companies.company_description`: "The company", "the firm", "the oil
company"; the mention, not the label an earlier step may have given it, "the British company" of
the sentence before; never "The new company", another one) is the company that speaks first in its
document (the wire's lead, "X Corp said"), when it is the one company the story names among the
speakers before it; with none, two, or a first speaker that is no company ("Taft Broadcasting Co"
read as a person, then "Theta said": "the company" is Taft's, never Theta's, Reuters-21578 6085),
it is left as it was. Unnamed speakers and people named in full may speak before that company
("Lennox Hotels' offer is too low, industry analysts said. ... said Mark Dunne, an analyst ... A
Lennox Hotels spokesman said ... The company reported": Lennox; round 38, branch audit38,
``HELD_OUT_38``'s 3261 11, ``benchmarks/claims.md`` cw12, where "The company reported" was a second
institution beside "Caesars World reported" a sentence before). Checked on the 99 update series
of ``benchmarks/family_edges.csv`` (not HELD_OUT_32 or TUNE_32) that have "the company said", a
lower-case suffix or a three-word name, and 20 METER courts stories (``benchmarks/README.md``,
"Round 32, branch audit32").

* :func:`company_anaphor`: the speaker read so (``speaker_label``, ``speaker_type``, ``named``),
  or the speaker unchanged.
"""

from __future__ import annotations

import re

from corpus_tools.attribution.companies import company_description, company_in_label

__all__ = ["company_anaphor"]

#: words of a company's name ("Taft Broadcasting Co" typed a person is no person named in full)
_FIRM_WORDS = frozenset("co cos corp corporation inc ltd plc company group holdings sa ag nv".split())
#: the mention's first words: "The company", "the oil firm" (its head checked by company_description)
_MENTION = re.compile(r"[Tt]he(?:\s[a-z-]+){1,2}(?=[\s,]|$)")


def _before_lead(o: dict, companies: set[str]) -> bool:
    """Whether a speaker may open a document before the company "the company" stands for: an
    unnamed one ("industry analysts said") or a person named in full whose label names no company
    and holds no company's word ("Marvin Roffman, an analyst at ..."); a lone name typed a person
    may be a company ("Levon"), and so may a name with a legal suffix ("Taft Broadcasting Co")."""
    label = str(o.get("speaker_label") or "")
    words = {w.strip(".,").lower() for w in label.split()}
    person = o.get("speaker_type") == "person" and len(words) > 1 and not words & _FIRM_WORDS
    return not o.get("named") or (person and not company_in_label(label, companies))


def company_anaphor(s: dict, at: str, earlier: list[dict], companies: set[str]) -> dict:
    """The company a definite "the company" (its mention at the start of ``at``) speaking after
    one named company in its document is.

    Args:
        s: the speaker as read so far (``speaker_label``, ``speaker_type``, ``named``).
        at: the document's text from the speaker's mention on.
        earlier: the speakers before it in its document, each with ``speaker_label``,
            ``speaker_type`` and ``named``.
        companies: the story's company names (:func:`~.companies.company_names`).

    Example:
        >>> before = [{"speaker_label": "Orbin", "speaker_type": "organisation", "named": True}]
        >>> s = {"speaker_label": "The company", "speaker_type": "organisation", "named": False}
        >>> company_anaphor(s, "The company said", before, {"Orbin", "Tessmor"})["speaker_label"]
        'Orbin'
        >>> company_anaphor(s, "The company said", [], {"Orbin", "Tessmor"}) is s
        True
        >>> company_anaphor(s, "The company's chairman said", before, {"Orbin", "Tessmor"}) is s
        True
        >>> company_anaphor(s, "The new company said", before, {"Orbin", "Tessmor"}) is s
        True
        >>> lead = [{"speaker_label": "analysts", "speaker_type": "anonymous", "named": False}, *before]
        >>> company_anaphor(s, "The company said", lead, {"Orbin", "Tessmor"})["speaker_label"]
        'Orbin'
    """
    if len(companies) < 2 or not earlier or at[:4].lower() != "the ":
        return s
    m = _MENTION.match(at)  # "The company said": "The company"; "The company's chairman": none
    words = m.group(0).split() if m else []
    if "new" in words or not (
        company_description(" ".join(words)) or company_description(" ".join(words[:-1]))
    ):
        return s
    named = {  # a label with its legal suffix ("Harbor Trust LP") is the company's name without it
        company_in_label(o.get("speaker_label", ""), companies)
        for o in earlier
        if o.get("speaker_type") == "organisation" and o.get("named")
    } - {""}
    lead = next((o for o in earlier if not _before_lead(o, companies)), {})  # after "analysts said"
    first = lead.get("speaker_label")
    if named != {company_in_label(first or "", companies)}:
        return s
    return {**s, "speaker_label": first, "speaker_type": "organisation", "named": True}
