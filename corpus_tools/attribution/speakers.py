"""Speakers within one document: a mention's type, name, affiliation, and what it refers to.

* :func:`speaker_type`: ``person``, ``official``, ``organisation``, ``document``, ``media`` or
  ``anonymous`` from the head noun (:data:`corpus_tools.lexicon.SPEAKER_WORDS`), titles and
  spaCy entities; a person (a PERSON entity, a titled name) is never an organisation (in
  :mod:`~corpus_tools.attribution.speaker_types`, with :func:`given_name`; the affiliation a
  mention names is :mod:`~corpus_tools.attribution.affiliations`'; both re-exported here).
* :func:`speaker_features`: what identifies a mention (surname, head, modifiers, number, gender).
* :func:`resolve_speakers`: pronouns to the nearest compatible speaker (number, gender, person or
  not) in a paragraph window, earlier speakers first; name variants by surname; descriptions ("the
  prosecutor", "the sources") to the latest speaker they describe; what a pronoun may stand for is
  :mod:`~corpus_tools.attribution.pronouns`. textacy has no coreference
  resolution (``extract.entities`` lists mentions, it does not link them): the rules are our own.
"""

from __future__ import annotations

import functools

from corpus_tools import lexicon
from corpus_tools.attribution import bound_persons, epithets, pronouns, subject_pronouns
from corpus_tools.attribution.actors import actor_first, acts
from corpus_tools.attribution.affiliations import affiliation, entity_at
from corpus_tools.attribution.aged_subjects import aged_subject
from corpus_tools.attribution.alleged import alleged_person
from corpus_tools.attribution.another_persons import described_person
from corpus_tools.attribution.apposed_spouses import cued_genders
from corpus_tools.attribution.bare_groups import bare_first, bare_group, described_group, same_number_first
from corpus_tools.attribution.body_heads import bare_body, named_spokesman
from corpus_tools.attribution.body_orders import ordered_body
from corpus_tools.attribution.clause_names import governing_name
from corpus_tools.attribution.client_pronouns import counsel_before_client
from corpus_tools.attribution.companies import COMPANY_HEADS
from corpus_tools.attribution.cues import participle_opening
from corpus_tools.attribution.described_antecedents import described_before
from corpus_tools.attribution.disjoint import inside_statement, not_in_own_clause
from corpus_tools.attribution.entities import government_key
from corpus_tools.attribution.entity_records import new_entity, pair_entity
from corpus_tools.attribution.head_synonyms import synonym_heads
from corpus_tools.attribution.hearings import as_hearing, is_hearing
from corpus_tools.attribution.inverted import not_named_within
from corpus_tools.attribution.kin_genders import kin_given
from corpus_tools.attribution.legal_names import legal_twin
from corpus_tools.attribution.listed_pleas import across_items
from corpus_tools.attribution.lone_names import lone_name, name_features, subject_before
from corpus_tools.attribution.lone_spokespeople import lone_spokesperson
from corpus_tools.attribution.namesakes import genders_differ, given_before, person_gender, title_apart
from corpus_tools.attribution.nested_tellers import teller_first
from corpus_tools.attribution.office_names import indefinite_office, letters_alone, office_alone
from corpus_tools.attribution.openings import opening_pair
from corpus_tools.attribution.pairs import pair_for
from corpus_tools.attribution.passive_agents import relative_agent
from corpus_tools.attribution.plural_titles import unnamed_plural
from corpus_tools.attribution.portfolio_titles import portfolio_name
from corpus_tools.attribution.pronouns import HEARING_KEY, PRONOUNS
from corpus_tools.attribution.roles import post_nominal
from corpus_tools.attribution.speaker_types import given_name, speaker_type
from corpus_tools.attribution.speaking_judges import judge_before
from corpus_tools.attribution.surname_people import person_surname
from corpus_tools.attribution.topics import topic_first

__all__ = [
    "PRONOUNS",
    "given_name",
    "resolve_speakers",
    "speaker_features",
    "speaker_type",
]

_DEFINITE = {"the", "this", "that", "these", "those"}
_GENDER_TITLES = lexicon.MALE_TITLES | lexicon.FEMALE_TITLES


def speaker_features(mention, outlets: frozenset[str], *, leaders: dict[str, str] | None = None) -> dict:
    """What identifies a speaker mention (a spaCy Span): ``surname``, ``head``, ``heads`` (head and
    titles), ``mods``, ``number`` (s/p), ``gender`` (m/f/""), ``type``, ``named``, ``affiliation``,
    ``definite``, ``key``, ``label``, ``pronoun`` (the pronoun, or "") and ``government`` (the
    country a mention stands for when it names a government: "Tehran", "the Trump administration",
    see :func:`corpus_tools.attribution.entities.government_key`; ``leaders`` maps surnames to countries)."""
    root = portfolio_name(mention.root) or mention.root  # "Mines and Energy Minister Subroto"
    person = [entity_at(root)] if root.ent_type_ == "PERSON" else []
    appos = [  # "His lawyer, Anne Clark, said"; "Shipman's QC, Miss Nicola Davies" the NER took for an ORG
        entity_at(c) if c.ent_type_ == "PERSON" else root.doc[c.left_edge.i : c.i + 1]
        for c in (root.children if participle_opening(root) is None else ())  # "Sentencing X, Y,"
        if c.dep_ == "appos"
        and (c.ent_type_ == "PERSON" or epithets.titled_name(c) or kin_given(root, c))  # "father Tom"
        and not across_items(root, c)
    ]
    label = root.doc[mention.start : appos[0].end].text if appos and not person else mention.text
    person = person or appos
    stype = speaker_type(mention, outlets)
    lawyer = post_nominal(mention)  # "Nicola Davies, QC," the tagger made an organisation
    stype = "person" if (lawyer or bound_persons.bound_person(root)) and stype == "organisation" else stype
    stype = "official" if stype == "organisation" and letters_alone(root) else stype  # "The QC"
    words = {t.lower_.rstrip(".") for t in mention}
    names = (
        [t.text for t in person[-1] if t.lower_.replace(".", "") not in lexicon.POST_NOMINALS]
        if person
        else []
    )
    surname = (
        names[-1]  # "Timothy Langdale QC" -> Langdale
        if names
        else root.text
        if stype in ("person", "official") and root.pos_ == "PROPN" and not office_alone(root)
        else ""
    )
    given = [n for n in names[:-1] if given_name(n) and not (n.endswith("ing") and participle_opening(root))]
    stype = "official" if appos and stype == "anonymous" else stype
    own = words - {t.lower_.rstrip(".") for c in root.children if c.dep_ == "poss" for t in c.subtree}
    gender = "m" if own & lexicon.MALE_TITLES else "f" if own & lexicon.FEMALE_TITLES else ""
    gender = gender or epithets.head_gender(root)  # not "Ms Price's" solicitor; "a second woman"
    gender = gender or (epithets.JOB_GENDERS.get(root.lemma_.lower(), "") if root.pos_ == "NOUN" else "")
    person_name = root.pos_ == "PROPN" and (root.ent_type_ == "PERSON" or bool(gender) or lawyer)
    plural = (
        (root.tag_ in ("NNS", "NNPS") and not person_name)
        or any(c.dep_ == "conj" for c in root.children)
        or root.lower_ in ("they", "we")
    )
    anonymous = root.lemma_.lower() in lexicon.SPEAKER_WORDS["anonymous"]
    named = (
        not anonymous
        and stype != ""
        and not letters_alone(root)  # "The QC", which the tagger takes for an organisation
        and not indefinite_office(mention)  # "a U.S. Spokesman", the tagger's organisation
        and not unnamed_plural(mention, stype)  # "Detectives said", the tagger's organisation
        and (bool(surname) or root.ent_type_ in ("PERSON", "ORG", "GPE") or mention.text.lower() in outlets)
    )
    titles = {t.lemma_.lower() for t in mention if t.lemma_.lower() in lexicon.SPEAKER_WORDS["official"]}
    mods = {
        t.lower_
        for t in mention
        if t != root and (t.is_alpha or "." in t.text) and t.dep_ not in ("det", "prep", "pobj")
    }
    government = government_key(mention.text, leaders=leaders) if stype else ""
    if government:
        stype, named, surname = "government", True, ""
    return {
        "government": government,
        "surname": surname,
        "first": given[-1] if given else "",
        "head": root.lemma_.lower(),
        "heads": titles | {root.lemma_.lower()} | synonym_heads(mention),  # "the officer", "the pal"
        "mods": mods,
        "number": "p" if plural else "s",
        "gender": gender,
        "type": stype,
        "named": named,
        "affiliation": affiliation(mention),
        "definite": mention[0].lower_ in _DEFINITE,
        "key": mention.text.lower().removeprefix("the "),
        "label": label,
        "pronoun": root.lower_ if not stype else "",
    }


def _names_the_description(f: dict, e: dict) -> bool:
    """A named mention with a title ("Cominco spokesman Richard Fish") after an unnamed one that it
    fits ("a Cominco spokesman"): the same head title and every word of the description."""
    return (
        bool(f["surname"])
        and not e["surnames"]
        and not e["named"]
        and e["number"] == "s"
        and e["type"] in ("official", "person")
        and bool(e["heads"] & f["heads"] & lexicon.SPEAKER_WORDS["official"])
        and e["mods"] <= f["mods"]
    )


def _same_entity(f: dict, e: dict) -> bool:
    if f["key"] == HEARING_KEY and HEARING_KEY not in e["keys"]:  # "The court heard": no court named before
        return False
    if f["government"] or e["government"]:  # "Iran" and "Tehran": one government
        return f["government"] == e["government"]
    if _names_the_description(f, e) or named_spokesman(f, e):  # "Pentagon spokesman Robert Sims"
        return True
    if f["surname"] or e["surnames"]:  # "Janet Adams" is not "Annette Adams"; "Ms Adams" may be either
        given = not f["first"] or not e["firsts"] or f["first"] in e["firsts"]
        return f["surname"] in e["surnames"] and given and not genders_differ(f["gender"], e["gender"])
    if (heads := bare_body(f, e)) is not None:  # "The union": not "General Mining Union Corp Ltd"
        return heads
    if ordered_body(f, e):  # "The Trade Ministry official" after "the Ministry of Trade" spoke
        return True
    if described_group(f, e):  # "staff members said ... Senate staff said": one staff
        return True
    if f["key"] in e["keys"] or bare_group(f, e) or legal_twin(f, e):  # "ICCO delegates ... delegates";
        return True  # "<Battery Group Ltd> said ... Battery Group said": one group, one company
    if not f["definite"] or f["named"] or f["number"] != e["number"] and f["head"] != "source":
        return False
    if f["head"] in ("source", "sources") and not e["named"]:
        return f["mods"] <= e["mods"] | {"other"}
    if f["head"] in COMPANY_HEADS and f["type"] == e["type"] == "organisation" and f["head"] in e["heads"]:
        return True  # "Leyton NHS trust ..., but the hospital trust says": one institution
    return f["head"] in e["heads"] and f["mods"] <= e["mods"] | {"other"}


def _preferred(f: dict, same: list[dict]) -> list[dict]:
    """Of the entities a mention may join, latest first, those it names best: "Ms Adams" the one
    "Ms Adams" was; "the source added" a source, not "the judge" named in between (the claims
    audit's round 16, 12.07.99/places, places4 5-6)."""
    if len(same) > 1 and (f["surname"] or f["key"] == HEARING_KEY):
        same = [e for e in same if f["key"] in e["keys"]] or same
    if len(same) > 1 and f["head"] in ("source", "sources"):
        same = same_number_first(f, [e for e in same if e["heads"] & {"source", "sources"}] or same)
    return bare_first(f, same)  # "delegates" the earlier "delegates", not "Consumer delegates" since


def _bound(att, pronoun: str, join, outlets: frozenset[str], leaders) -> list[dict]:
    """The speaker a pronoun of a clause of manner is bound to ("Annette Adams wept as she told the
    jury": Annette Adams), joined to the document's speakers; [] when there is none."""
    bound = pronouns.bound_subject(att) or governing_name(att)  # "Tom Hale, who ... where he pleaded"
    fb = speaker_features(bound, outlets, leaders=leaders) if bound is not None else None
    return [join(fb, fb["label"])[0]] if pronouns.fits(fb, pronoun) else []


def _alleged_first(
    att, pronoun: str, near: list, names: list, seen: list, cued: set, genders, join, outlets, full_names
):
    """``near`` with the person an alleged "he" or "she" stands for first (:mod:`~.alleged`)."""

    def person(span) -> dict:  # a name the tagger took for an organisation ("Dunn") is a person's
        f = speaker_features(span, outlets)
        if f["type"] not in ("person", "official"):
            f.update(type="person", named=True, number="s", surname=span[-1].text, government="")
        return given_before(f, att.span[0], full_names)

    span = alleged_person(att, pronoun, names, seen, cued, person, genders)
    if span is None:
        return near
    e = join(person(span), span.text)[0]
    return [e, *(x for x in near if x is not e)]


def _near(att, f: dict, aged: bool, seen: list[tuple], window: int, bound) -> list[dict]:
    """The antecedents of a pronoun or an age alone (``bound()``: the subject its clause is bound
    to, first), [] for any other mention."""
    return (bound() or pronouns.antecedents(att, f, seen, window)) if f["pronoun"] or aged else []


def _lone_name(att, pronoun: str, persons: list, genders: dict[str, str], join, first: bool) -> list[dict]:
    """The one person named in full just before a pronoun that has no antecedent ("She said later",
    a take's first statement), joined as a speaker (:func:`~.lone_names.lone_name`), or []. After a
    speaker (not ``first``) only one the text gives the pronoun's gender by a title ("The case came
    from Jane Roe. ... She accused", "Mrs Roe" later): "she" after others have spoken went to a man
    named near it whose gender the text does not give (snooker's times 11)."""
    name = lone_name(att, pronoun, persons, genders, strict=not first)
    return [join(name_features(*name), " ".join(name))[0]] if name else []


def resolve_speakers(
    atts: list,
    candidates: list,
    doc_id: str,
    outlets: frozenset[str],
    *,
    window: int = 2,
    leaders: dict[str, str] | None = None,
    pairs: list | None = None,
    full_names: list | None = None,
    genders: dict[str, str] | None = None,
    persons: list | None = None,
    names: list | None = None,
    paragraphs: list | None = None,
) -> None:
    """Give each attribution its speaker: ``att.entity``, a dict shared by all mentions of one speaker
    (``id``, ``label``, ``named``, ``type``, ``affiliation``, ...), or None for an unresolved pronoun.

    Args:
        atts: the document's attributions in order, objects with ``span`` (cleaned offsets of the
            mention), ``para``, ``mention`` (spaCy Span), ``antecedent`` (the noun phrase of a
            relative pronoun, or None), ``resolved_from`` (set here) and ``entity`` (set here).
        candidates: ``(offset, paragraph, span)`` of other mentions a pronoun may refer to
            (named subjects), in any order.
        doc_id: prefix of the speaker ids (``<doc_id>:S<n>``).
        outlets: lower-case names of agencies and outlets (typed ``media``).
        window: how many paragraphs back a pronoun may find its speaker.
        leaders: surname -> country of the leaders the document names ("the Trump administration"
            is the government of the United States).
        pairs: :func:`corpus_tools.attribution.pairs.named_pairs`: "They claimed", "The
            defendants said" may be one speaker, a named pair (:func:`~.pairs.pair_for`).
        full_names: :func:`corpus_tools.attribution.namesakes.full_names`: a bare surname is the one
            person the text named in full with it before (:func:`~.namesakes.given_before`).
        genders: surname -> the gender a title gives it anywhere in the text (:func:`~.genders.text_genders`).
        persons: :func:`~.lone_names.person_names`: a pronoun with no antecedent is the one person
            named in full just before it (:func:`~.lone_names.lone_name`).
        names: :func:`~.alleged.person_mentions`: an alleged "he" ("He allegedly told them") is
            the person named just before it, not the barrister (:func:`~.alleged.alleged_person`).
        paragraphs: the document's ``(paragraph, offset, spaCy Doc)``: a "she" nothing else resolves is
            the woman described just before it (:func:`~.described_antecedents.described_before`).
    """
    entities: list[dict] = []
    seen: list[tuple] = []  # (position, paragraph, entity, is a speaker) of every resolved mention
    genders = {**(genders or {}), **epithets.title_genders(atts)}  # "Anthony Morris", later "Mr Morris"
    genders.update(cued_genders(atts))  # "Tom Hale, Hale's husband": he, and "Hale" she

    def join(f: dict, label: str) -> tuple[dict, bool]:
        f = {**f, "gender": f["gender"] or person_gender(f, genders)}  # "Sandra Cole", not "Mr Cole"
        same = [
            e for e in reversed(entities) if _same_entity(f, e) and not title_apart(f, e, full_names, genders)
        ]
        same = _preferred(
            f, [e for e in same if not (_names_the_description(f, e) and judge_before(e, entities))]
        )
        same = same or lone_spokesperson(f, entities)  # "The spokeswoman" after "a ... spokesman"
        if same:
            e = same[0]
            if _names_the_description(f, e) or f["surname"] and named_spokesman(f, e):  # named now
                e.update(named=True, label=label, type=f["type"])
            e["surnames"].add(f["surname"]) if f["surname"] else None
            e["firsts"].add(f["first"]) if f["first"] else None
            e["keys"].add(f["key"])
            e["heads"] |= f["heads"]
            e["mods"] |= f["mods"]
            e["affiliation"] = e["affiliation"] if e["affiliation"] != "unknown" else f["affiliation"]
            e["gender"] = e["gender"] or f["gender"]
            e["marked"] = e["marked"] or (bool(f["gender"]) and f.get("head") not in epithets.JOB_GENDERS)
            return e, True
        entities.append(new_entity(f, label, doc_id, len(entities) + 1))
        return entities[-1], False

    pending = sorted(candidates, key=lambda c: c[0])
    act_positions = acts(candidates, atts)
    cued = {(id(a.mention.doc), a.mention.root.head.i) for a in atts}  # verbs read as statements
    claims = [a.content for a in atts]  # a subject inside another's claim ("She claimed X called her")
    for att in atts:
        while pending and pending[0][0] < att.span[0]:
            pos, para, span = pending.pop(0)
            f = given_before(speaker_features(span, outlets, leaders=leaders), pos, full_names or [])
            f = person_surname(f, pos, full_names or [])  # "Garry Delany ... Delany" tagged ORG: him
            described = described_person(f["type"], span.root)  # "Mr Kim's wife"; "Another witness"
            if f["type"] in ("person", "official", "organisation", "government") or described:
                spoke = epithets.reporting_subject(span) and (id(span.doc), span.root.head.i) not in cued
                spoke = spoke and not any(lo <= pos < hi for lo, hi in claims)  # no speaker of its own
                seen.append((pos, para, join(f, f["label"])[0], spoke))
        if att.resolved_from == "continuing_quote":  # its speaker stays in view of a later pronoun
            att.entity = atts[atts.index(att) - 1].entity
            seen.extend([(att.content[0], att.para, att.entity, True)] if att.entity is not None else [])
            continue
        f = speaker_features(att.antecedent or att.mention, outlets, leaders=leaders)
        f = person_surname(given_before(f, att.span[0], full_names or []), att.span[0], full_names or [])
        if att.antecedent is not None:
            att.resolved_from = "relative"
        if is_hearing(att):  # "the court heard", "the jury was told": who spoke is not given
            f = as_hearing(f)  # "The judge was told": the hearing, no judge
        aged = pronouns.aged(att.mention)  # "the 58-year-old"
        near = _near(
            att, f, aged, seen, window, functools.partial(_bound, att, f["pronoun"], join, outlets, leaders)
        )
        near = not_named_within(
            att, seen, topic_first(att, seen, near), f["pronoun"]
        )  # "Judge X banned her. He told her"
        near = actor_first(att, f["pronoun"], seen, near, act_positions)  # "The boy went ... He said"
        near = teller_first(att, near, atts) if f["pronoun"] else near  # "X said Y indicated ... It said"
        near = subject_pronouns.subject_first(att, f["pronoun"], seen, near, candidates)  # "X was held. He"
        near = aged_subject(att, f["pronoun"], near, full_names or [], join)  # "Frew, 35, was ... He"
        near = not_in_own_clause(att, f["pronoun"], near)  # "He agreed with Mr X's lawyers": not X
        near = counsel_before_client(f["pronoun"], near)  # "X, defending, said his client ... , he said"
        near = _alleged_first(
            att, f["pronoun"], near, names or [], seen, cued, genders, join, outlets, full_names or []
        )
        first = not any(spoke and HEARING_KEY not in e["keys"] for _, _, e, spoke in seen)  # a hearing no one
        near = near or _lone_name(att, f["pronoun"], persons or [], genders, join, first)
        near = near or (subject_before(att, f["pronoun"], seen) if first else [])  # "Francis ... he ... He"
        near = near or described_before(att, f["pronoun"], paragraphs, join, outlets, leaders)  # "the woman"
        aged = aged and (bool(near) or epithets.epithet_gender(att.mention) is None)  # a lone epithet: itself
        pair = opening_pair(att, pairs or [])  # "An English couple who ...", named in the next sentence
        if pair := pair or pair_for(att, PRONOUNS.get(f["pronoun"], ""), pairs or [], seen, near, window):
            att.entity, att.resolved_from = pair_entity(pair, entities, doc_id), "pair"  # "They claimed"
        elif f["pronoun"] or aged:
            pronouns.take_antecedent(att, f["pronoun"], near, aged)
        else:
            att.entity, joined = join(f, f["label"])
            if joined and att.resolved_from == "mention":  # "relative" and "hearing" keep their name
                att.resolved_from = "name_variant" if f["named"] else "description"
        # an anonymous description that made no statement ("his partner called for an ambulance") is
        # no antecedent of a later "He said" (round 10's guscott1nl 30-32: Mr Jones's words)
        silent = att.role == "mention" and not f["pronoun"] and f["type"] == "anonymous"
        if att.entity is not None and not silent:
            told = att.role == "nested" and (att.resolved_from == "relative" or epithets.order_report(att))
            told = told or (att.role == "mention" and inside_statement(att, atts))  # no later "He added"
            told = told or relative_agent(att.mention)  # "The chef, who was described by X as": his "He"
            seen.append((att.span[0], att.para, att.entity, not told))
