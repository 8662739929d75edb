"""The hook of round 32's wire kinds: a title, a body's head or a company's short name told again.

:func:`~.identities.speaker_identities` asks :func:`wire_speaker` with one line, after its other
readings of a speaker. It reads shapes of Reuters' business copy, each its own module (the first three read
from TUNE_32's 17126+17138, 16220+16242 and 5526+5564, kinds W1 and W2 of
``benchmarks/claims_tune32.md``):

* :mod:`~.repeated_titles`: "The Treasury Secretary" after "Treasury Secretary James Baker";
* :mod:`~.chief_nouns`: "the UAW chief" after "United Automobile Workers (UAW) president Owen Bieber";
* :mod:`~.company_short_names`: "Levon" after "Levon Resources Ltd", a company, not a person;
* :mod:`~.bracket_companies`: "> of Brisbane" after "<Qintex Ltd": Qintex (round 33);
* :mod:`~.body_anaphors`: "The company said" after a lead that opens "Harlow Gas Co said", "The
  government said" after "The Soviet government said" (round 33), "The union said" after "The United
  Auto Workers has set" (round 34): one reading of three kinds (round 35);
* :mod:`~.body_documents`: "the Treasury brief" after "The Treasury said": the Treasury (round 33);
  "A high command communique" after "Iraq said": Iraq (round 38);
* :mod:`~.employed_people`: "P.S. Tam of Morgan Guaranty Trust": a person, not a firm (round 33);
* :mod:`~.person_spokesmen`: "A spokeswoman for Giuliani": hers, no body "Giuliani" (round 33);
* :mod:`~.press_reports`: "Newspaper reports have said": the press, unnamed (round 33); "El Peruano
  said" after "the official newspaper El Peruano said": the paper, not a person (round 39);
* :mod:`~.bank_names`: "Banque Indosuez said": a bank, not a person (round 33); "Lloyds insurance
  said": a firm, not an anonymous speaker; "General Partners said": a firm, not an official (round 38);
* :mod:`~.company_word_spokesmen`: "A Halcor spokesman" after "Halcor Industries Inc" (round 33);
* :mod:`~.said_in_statements`: "The statement", "a spokesman" after "X said in a statement" (round 33);
* :mod:`~.document_issuers`: "The study said" after "X said based on a feasibility study": X (round 34);
* :mod:`~.apposed_groups`: "The takeover partnership" after "The group, a partnership of" (round 34).
* :mod:`~.firm_conjuncts`: "S and P cited" after "Standard and Poor's Corp said": one firm (round 38).
* :mod:`~.misprints`: "the EIC said" after "the Economist Intelligence Unit (EIU ) said": the EIU
  (round 39).

* :func:`wire_speaker`: the speaker (``speaker_label``, ``speaker_type``, ``named``) read so.
"""

from __future__ import annotations

from corpus_tools.attribution.apposed_groups import apposed_group
from corpus_tools.attribution.bank_names import bank_name, trade_name
from corpus_tools.attribution.body_anaphors import body_anaphor
from corpus_tools.attribution.body_documents import document_body
from corpus_tools.attribution.bracket_companies import bracket_company
from corpus_tools.attribution.chief_nouns import chief_holder
from corpus_tools.attribution.company_short_names import short_company
from corpus_tools.attribution.company_word_spokesmen import spokesman_company
from corpus_tools.attribution.document_issuers import document_issuer
from corpus_tools.attribution.employed_people import employed_person
from corpus_tools.attribution.entities import government_key
from corpus_tools.attribution.firm_conjuncts import firm_pair
from corpus_tools.attribution.misprints import misprinted_initials
from corpus_tools.attribution.person_spokesmen import person_spokesman
from corpus_tools.attribution.press_reports import described_outlet, press_report
from corpus_tools.attribution.repeated_titles import repeated_title_holder
from corpus_tools.attribution.said_in_statements import statement_company
from corpus_tools.attribution.tickers import ticker_named

__all__ = ["wire_speaker"]


def wire_speaker(s: dict, text: str, start: int) -> dict:
    """``s`` as the person or company its label tells again (module docstring), else as it is.

    Args:
        s: a speaker (``speaker_label``, ``speaker_type``, ``named``).
        text: the document's text.
        start: the offset of the speaker's first mention in ``text``.

    Example:
        >>> s = {"speaker_label": "Levon", "speaker_type": "person", "named": True}
        >>> wire_speaker(s, "Levon Resources Ltd said assays were higher.", 44)["speaker_type"]
        'organisation'
        >>> s = {"speaker_label": "The Treasury Secretary", "speaker_type": "official", "named": True}
        >>> wire_speaker(s, "Treasury Secretary James Baker said it.", 39)["speaker_label"]
        'James Baker'
    """
    s = bracket_company(s, text, start)  # "<Qintex Ltd> of Brisbane said": Qintex
    s = body_anaphor(s, text, start)  # "The company said" after "Harlow Gas Co said": Harlow Gas Co
    label, before = " ".join(str(s["speaker_label"]).split()), text[:start]
    if body := document_body(label, text) if not s["named"] else "":  # "the Treasury brief said"
        kind = "government" if government_key(body) else "organisation"  # "The Greek statement": Greece
        return {**s, "speaker_label": body, "speaker_type": kind, "named": True}
    if press_report(label):  # "Newspaper reports have said"
        return {**s, "speaker_type": "anonymous", "named": False}
    if s["speaker_type"] == "organisation" and (spoke := person_spokesman(label, text[start:], text)):
        return {**s, "speaker_label": spoke, "speaker_type": "anonymous", "named": False}
    if s["speaker_type"] in ("person", "official") and bank_name(label):  # "Banque Indosuez said"
        return {**s, "speaker_type": "organisation", "named": True}
    if s["speaker_type"] == "person" and described_outlet(label, text):  # "newspaper El Peruano"
        return {**s, "speaker_type": "media", "named": True}
    if s["speaker_type"] == "organisation" and (initials := misprinted_initials(label, text)):  # "the EIC"
        return {**s, "speaker_label": initials, "named": True}
    if s["speaker_type"] == "anonymous" and trade_name(label):  # "Lloyds insurance said"
        return {**s, "speaker_type": "organisation", "named": True}
    if " and " in label and (firm := firm_pair(label, text)):  # "S and P cited": Standard and Poor's
        return {**s, "speaker_label": firm, "speaker_type": "organisation", "named": True}
    if issuer := document_issuer(label, before, text):  # "The study said": the company whose study it is
        return {**s, "speaker_label": issuer[0], "speaker_type": issuer[1], "named": True}
    if not s["named"] and (group := apposed_group(label, before)):  # "The takeover partnership"
        return {**s, "speaker_label": group, "speaker_type": "organisation"}
    if label[:4].lower() == "the ":
        person = repeated_title_holder(label, before) or chief_holder(label, before)
        if person or ("spokes" not in label and "statement" not in label):
            return {**s, "speaker_label": person, "speaker_type": "person", "named": True} if person else s
    if s["speaker_type"] == "organisation" and employed_person(label):  # "P.S. Tam of Morgan Guaranty"
        return {**s, "speaker_type": "person", "named": True}
    company = short_company(label, before, text) if s["speaker_type"] in ("person", "organisation") else ""
    company = company or spokesman_company(label, before, text)  # "A Halcor spokesman": Halcor Industries
    company = company or statement_company(label, before, text)  # "X said in a statement ... The statement"
    if not company and s["speaker_type"] in ("person", "official") and ticker_named(label, text, start):
        return {**s, "speaker_type": "organisation", "named": True}  # "NV Philips ... <PGLO.AS>": a company
    return {**s, "speaker_label": company, "speaker_type": "organisation", "named": True} if company else s
