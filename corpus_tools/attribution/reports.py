"""Whether a cue reports a statement of its subject, and the statements a verb of saying misses.

:mod:`corpus_tools.attribution.cues` finds a cue and its subject; this module decides the cases
where that subject does not speak, and reads the shapes the verbs of saying miss (a hearing at a
sentence's end is :mod:`~corpus_tools.attribution.hearings`'):

* not a report (:func:`not_a_report`): the passive subject of a verb of saying is what is said or
  whom it is said about ("Pinochet was accused of torture", "The full range of charges were
  revealed", "they are said to have played Russian roulette"); evidence that shows something
  ("tests later revealed"); the fear or hope of a group ("The general's supporters fear he may
  die"): a state of mind, not a statement; a law or treaty ("Spanish law, which spoke of
  genocide"); a quantifier with a noun the parser read for a verb ("The remaining 34 charges all
  detail alleged offences": "all detail" is no subject); speech that is a purpose, with no content
  ("gathered to chant their views on his plight"); the passive subject of an order is whom it
  binds ("Thames Water was today ordered to pay"), not a speaker; a statement is no speaker ("The
  allegations include claims that ..."), nor is a hearing that only would hear ("a jury would be
  told that ..."); a belief, whoever holds it (:mod:`~corpus_tools.attribution.beliefs`), unless
  it quotes words; a thing (:mod:`~corpus_tools.attribution.things`: "The pattern of offences
  suggested", "may have claimed more victims"); a refusal to speak ("They declined to comment",
  "He said nothing") is no statement, nor an act told with a verb of saying ("the judge agreed to
  an application", "a son who weighed 22 stone"), nor a reply the writer says is not known ("It
  was not known how Nakasone responded": :mod:`~corpus_tools.attribution.unknown_answers`).
  PolNeAR counts beliefs and fears as attributions (not speech), so these stay rows, with ``role =
  "mention"``: a mention of speech, not a statement a speaker made.
* a verb whose object is a statement (:func:`statement_verb`, in
  :mod:`~corpus_tools.attribution.statement_verbs`, re-exported here): "Prosecutors detailed 35
  separate allegations", "The Home Office rejected claims by Lord Lamont that ...", and a ruling
  with its clause ("The House of Lords ruled that ..."); a plea, an institution's or a named
  person's ("It pleaded guilty to the charges", "Dr Shipman has pleaded not guilty").
"""

from __future__ import annotations

from corpus_tools import lexicon
from corpus_tools.attribution.beliefs import belief
from corpus_tools.attribution.condition_signs import condition_sign
from corpus_tools.attribution.conditional_hopes import conditional_hope
from corpus_tools.attribution.counterfactuals import counterfactual
from corpus_tools.attribution.declared_acts import declared_act
from corpus_tools.attribution.doc_texts import token_sent
from corpus_tools.attribution.errands import errand
from corpus_tools.attribution.found_documents import shown_by_papers
from corpus_tools.attribution.paper_speakers import back_reference
from corpus_tools.attribution.participle_clauses import participle_time_clause
from corpus_tools.attribution.plan_texts import plan_text
from corpus_tools.attribution.questions import open_question, text_part
from corpus_tools.attribution.rulings import court_order, court_verdict
from corpus_tools.attribution.statement_verbs import STATEMENT_NOUNS, statement_verb
from corpus_tools.attribution.things import claimed_thing, thing_subject
from corpus_tools.attribution.time_clauses import case_in_time_clause, thing_in_time_clause
from corpus_tools.attribution.told_acts import told_act
from corpus_tools.attribution.unknown_answers import unknown_answer
from corpus_tools.attribution.unsaid_questions import unsaid_question
from corpus_tools.attribution.verdict_signs import verdict_sign
from corpus_tools.attribution.written_notes import written_note
from corpus_tools.attribution.written_works import written_act

__all__ = [
    "HEARER_PASSIVES",
    "expletive",
    "not_a_report",
    "physical_act",
    "statement_verb",
]

#: passive verbs whose subject is the hearer or the speaker ("was told", "was quoted as saying")
HEARER_PASSIVES = {
    "tell", "ask", "quote", "inform", "advise", "warn", "question", "interview", "brief", "hear", "urge",
    "cite", "remind", "assure", "promise", "instruct",
}  # fmt: skip
#: verbs of a court's order: joined to a passive with no subject or object of their own ("was
#: jailed and ordered to pay costs") they are passive too, whatever tag the parser gives them
_ORDERS = frozenset(("order", "instruct", "direct", "require"))
_HEARER_PASSIVES = HEARER_PASSIVES
#: things that show something without saying it ("tests later revealed")
_EVIDENCE = {
    "test", "result", "examination", "post-mortem", "postmortem", "autopsy", "analysis", "evidence",
    "scan", "sample", "x-ray", "reading", "footage", "record", "search", "inventory", "inspection", "check",
}  # fmt: skip
_SHOWING = {"reveal", "show", "suggest", "indicate", "prove", "confirm", "find", "establish", "demonstrate"}
#: states of mind: of a group they are a mood, not a statement ("the general's supporters fear")
_FEELINGS = {"fear", "worry", "hope", "dread", "wish"}
_GROUPS = {"couple", "pair", "family", "crowd", "group", "public", "people"}
#: legal texts define, they do not speak ("Spanish law, which spoke of genocide", "guidelines called for")
_LEGAL_TEXTS = set("law act convention treaty statute constitution code legislation guideline".split())
_LEGAL_TEXTS.add("provision")  # "The provision on EEP wheat ... urges such action": a bill's text (round 39)
_QUANTIFIERS = {"all", "both", "each"}
_RELATIVES = {"who", "which", "that"}
#: auxiliaries of what would, could or should happen ("a jury would be told")
_MODALS = {"would", "could", "should", "might", "may", "must"}


def not_a_report(verb, kind: str, head) -> str | None:
    """Why the cue ``verb`` (of ``kind``, its speaker mention's head ``head``) reports no statement
    of that speaker, or None when it does: ``passive``, ``statement``, ``modal``, ``evidence``,
    ``feeling``, ``law``, ``misparse``, ``purpose``, ``silence`` or ``act`` (see the module's
    docstring)."""
    if head is None:
        return None
    lemma = verb.lemma_.lower()
    anchor = verb.head if head.lower_ in _RELATIVES and verb.dep_ == "relcl" else head
    noun = anchor.lemma_.lower()
    if kind == "verb" and (_passive_topic(verb, head) or _reduced_passive(verb) or _accused_of(verb)):
        return "passive"
    if noun in STATEMENT_NOUNS and anchor.pos_ == "NOUN" or text_part(anchor):
        return "statement"  # "The allegations include claims that ...": a statement is no speaker
    if kind == "hearing" and any(c.dep_ == "neg" or c.lower_ in _MODALS for c in verb.children):
        return "modal"  # "a jury would be told", "was never told that" (TUNE_24 K3): not a statement made
    shown = lemma in _SHOWING and noun in _EVIDENCE or condition_sign(verb, anchor)  # "symptoms suggested"
    shown = shown or lemma in ("claim", "allege") and noun == "evidence"  # "evidence was presented claiming"
    shown = shown or shown_by_papers(verb, anchor)  # "Documents later found ... that revealed"
    if shown or thing_subject(anchor) or verdict_sign(verb, anchor):
        return "evidence"  # "tests later revealed", "The pattern of offences suggested": a thing
    if lemma in _FEELINGS and kind == "verb" and _group(anchor):
        return "feeling"
    # a belief is no statement, whoever holds it (the lead's decision on issue 22, round 15,
    # replacing rounds 5 and 9's "what officials believe is what they told"): "Police believe",
    # "police who believed"; one that quotes words is said ("Doctors believed her head had been
    # 'struck ...'"), and "said he believed" is a statement through its own cue, "said"
    if (belief(verb, kind) or conditional_hope(verb, kind)) and not _quotes_words(verb):  # "would hope to"
        return "feeling"
    if noun in _LEGAL_TEXTS and anchor.pos_ == "NOUN":
        return "law"
    if _floating_quantifier(anchor):
        return "misparse"  # "charges all detail alleged offences": "detail" is the verb
    if kind in ("noun", "verb") and _purpose(verb, kind):
        return "purpose"
    if kind == "verb" and _adds_to(verb):
        return "misparse"  # "the crackdown has added to Eastern Europe's attractions"
    if kind == "verb" and _required(verb):
        return "purpose"  # "had to fill in consent forms, ... as well as stating that": a form's wording
    if kind == "verb" and _silent(verb):
        return "silence"  # "They declined to comment", "He said nothing": no statement
    court_acts = (court_order, court_verdict, thing_in_time_clause, counterfactual)  # "could have spread"
    court_acts = (*court_acts, case_in_time_clause)  # "when an industry complains that": a case, no one
    court_acts = (*court_acts, participle_time_clause, written_note)  # "after a fraud revealed"; a note
    court_acts = (*court_acts, declared_act, plan_text, told_act)  # "declared force majeure", "Plans call"
    acted = _act(verb) or claimed_thing(verb) or open_question(verb) or unknown_answer(verb)  # "asked how"
    if kind == "verb" and (acted or any(rule(verb, anchor) for rule in court_acts)):
        return "act"  # "the judge agreed to an application", "who weighed 22 stone", "ordered that X should"
    return None


#: what one says when one makes no statement ("He said nothing")
_NOTHING = {"nothing", "little"}


def _silent(verb) -> bool:
    """A verb of saying that says no statement was made: said nothing. (A refusal, "declined to
    comment", is a mention before this is asked: ``entities._REFUSALS``.)"""
    kids = list(verb.children)
    if unsaid_question(verb):  # "did not say how much it would cost": :mod:`~.unsaid_questions`
        return True
    if any(c.dep_ in ("ccomp", "parataxis") for c in kids):
        return False
    nothing = any(c.dep_ == "dobj" and c.lower_ in _NOTHING for c in kids)
    return nothing and verb.lemma_.lower() in ("say", "comment")


#: what one calls for, or calls, when one summons help, not when one makes a statement ("his
#: partner called for an ambulance"; "called for an inquiry" stays a demand, a statement)
_SUMMONED = {
    "ambulance", "police", "doctor", "paramedic", "taxi", "cab", "nurse", "security", "guard",
    "brigade", "firefighter", "vet", "lifeboat", "evidence", "witness",
}  # fmt: skip


#: verbs of saying that are acts done to the person they take ("questioned him", "cautioned Baxter")
_DONE_TO = {"question", "caution", "charge"}


def _act(verb) -> bool:
    """A verb of saying used for an act, with no clause or quotation of content: to agree to a thing
    ("the judge agreed to an application": a ruling), to weigh an amount ("who weighed 22 stone";
    only "weigh in" is speech), to call for help or call the police ("his partner called for an
    ambulance": the claims audit's tenth round, guscott1nl 30, which made "his partner" one more
    speaker of PA's), to call evidence or a witness, the object the noun the clause is on ("the
    evidence that prosecutors can call": lockerb1 6, ``benchmarks/claims_tune11.md``), to write
    something down or out, no content ("wrote down the names of 33 informants": a copying), to
    question, caution or charge a person ("police stopped and questioned him": rape2 9,
    ``benchmarks/claims_tune17.md`` W2; "police had cautioned Baxter", "did not charge him":
    ``claims_tune18.md`` T9; "questioned the decision", "cautioned that" speak)."""
    kids = list(verb.children)
    if errand(verb):  # "Police called at the flat", "her mother reported her missing" (errands.py)
        return True
    if verb.lemma_.lower() == "agree" and any(c.dep_ == "xcomp" and c.tag_ == "VB" for c in kids):
        return True  # "most ... agreed to part with their money": to do a thing (round 12, ostrich)
    if any(c.dep_ in ("ccomp", "xcomp", "parataxis") for c in kids) or _quotes_words(verb):
        return False
    lemma = verb.lemma_.lower()
    if lemma in _DONE_TO:  # "police stopped and questioned him", "cautioned Baxter", "did not charge him"
        tags = ("PRP",) if lemma == "question" else ("PRP", "NNP")  # "questioned Mr Webb closely": asked
        return any(c.dep_ == "dobj" and (c.tag_ in tags or c.ent_type_ == "PERSON") for c in kids)
    if lemma == "weigh":
        return not any(c.dep_ == "prt" and c.lower_ == "in" for c in kids)
    if lemma == "write":  # "wrote down the names": a copying; "writing a novel": a work (written_works.py)
        return written_act(verb)
    if lemma == "call":
        objects = [c for c in kids if c.dep_ == "dobj"]
        fors = [c for c in kids if c.dep_ == "prep" and c.lower_ == "for"]
        objects += [g for c in fors for g in c.children if g.dep_ == "pobj"]
        objects += [verb.head] if verb.dep_ in ("acl", "relcl") and verb.head.pos_ == "NOUN" else []
        clause = ("acl", "relcl", "xcomp", "ccomp")  # "called for police to investigate": a demand
        summoned = [o for o in objects if o.lemma_.lower() in _SUMMONED]
        return any(not any(g.dep_ in clause and g != verb for g in o.children) for o in summoned)
    return lemma == "agree" and any(
        c.dep_ == "prep"
        and c.lower_ == "to"
        and any(g.dep_ == "pobj" and g.pos_ == "NOUN" for g in c.children)
        for c in kids
    )


def _required(verb) -> bool:
    """Speech in a participle that spells out what someone had to do ("All the boys had to fill
    in consent forms, signing away the rights ... as well as stating that they were over 18"): what
    a form required, not a statement reported. "had to admit that" itself is a report."""
    t, advcl = verb, False
    while t.dep_ in ("conj", "advcl") and t.head.i != t.i:
        advcl, t = advcl or t.dep_ == "advcl", t.head
        near = [t, *(c for c in t.children if c.dep_ == "conj"), *([t.head] if t.dep_ == "conj" else [])]
        if advcl and any(_has_to(x) for x in near):  # the parser hangs the participle on either verb
            return True
    return False


def _has_to(verb) -> bool:
    """An obligation with its infinitive ("had to fill in", "need to sign")."""
    return verb.lemma_.lower() in ("have", "need") and any(
        c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in verb.children
    )


def _adds_to(verb) -> bool:
    """To "add to" a thing, with no clause or quotation of content ("the crackdown on sex tourism has
    added to Eastern Europe's attractions"): an increase, not speech."""
    kids = list(verb.children)
    return (
        verb.lemma_.lower() == "add"
        and any(c.dep_ == "prep" and c.lower_ == "to" for c in kids)
        and not any(c.dep_ in ("ccomp", "dobj", "xcomp", "parataxis") for c in kids)
        and not any(t.is_quote for t in token_sent(verb))
    )


def _passive_topic(verb, head) -> bool:
    """The passive subject of a verb of saying, with no agent: what is said ("were revealed") or
    whom it is said about ("was accused of", "are said to have played"), not the speaker. The
    hearer of "was told", "was asked" and the speaker of "was quoted as saying" are left alone,
    and so is an expletive "it" ("it was claimed": the speaker is not given)."""
    if head.dep_ != "nsubjpass" or head.lower_ in ("it", *_RELATIVES):
        return False
    if head.head != verb:  # "were severely abused and told that ...": a passive conjunct's hearer
        return _passive_conjunct(verb)
    agent = any(c.dep_ == "agent" for c in verb.children)
    return not agent and verb.lemma_.lower() not in _HEARER_PASSIVES


def _passive_conjunct(verb) -> bool:
    """A participle joined to a passive verb, with no subject or auxiliary of its own ("were
    severely abused and told that their daughters would ..."): passive too, so the subject it
    shares is whom it was said to or about ("was arrested and quoted as saying" is the speaker's)."""
    own = any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children)
    first = verb.head  # "was banned ..., fined #700 and ordered to pay": the first of the conjuncts
    while (
        first.dep_ == "conj"
        and first.head.i != first.i
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in first.children)
    ):
        first = first.head
    passive_head = any(c.dep_ == "auxpass" for c in first.children)
    # "told" is often tagged a past tense: with no hearer of its own it is the passive's participle
    hearerless = verb.lemma_.lower() in _HEARER_PASSIVES and not any(
        c.dep_ in ("dobj", "dative") for c in verb.children
    )
    # "was put on a ventilator and admitted to intensive care": no hearer, no content, a place
    contentless = not any(c.dep_ in ("dobj", "dative", "ccomp", "xcomp") for c in verb.children)
    # "was given a suspended sentence and ordered to pay": an order's verb tagged a past tense
    ordered = verb.lemma_.lower() in _ORDERS and not any(c.dep_ in ("dobj", "dative") for c in verb.children)
    participle = verb.tag_ == "VBN" or hearerless or contentless or ordered
    return verb.dep_ == "conj" and participle and not own and passive_head and verb.lemma_ != "quote"


def _reduced_passive(verb) -> bool:
    """A passive participle that modifies a noun ("the 4,000 people said to have simply
    disappeared", "tortures alleged to have been carried out"): the noun is what is said."""
    if verb.lemma_.lower() in _HEARER_PASSIVES or any(c.dep_ in ("agent", "nsubj") for c in verb.children):
        return False
    if verb.tag_ == "VBN" and verb.dep_ == "acl":
        return True
    # the parser may join it to the main verb ("He was accused of hiding information about the
    # savers said to have lost ...": "said" a conjunct): a noun right before it (or before its comma:
    # "where a voice, said to belong to Guscott, could be heard"), an infinitive after
    infinitive = any(c.dep_ == "xcomp" and any(x.lower_ == "to" for x in c.children) for c in verb.children)
    before = verb.i - 2 if verb.i > 1 and verb.doc[verb.i - 1].text == "," else verb.i - 1
    after_noun = before >= 0 and verb.doc[before].pos_ in ("NOUN", "PROPN")
    return verb.dep_ == "conj" and after_noun and infinitive


def _accused_of(verb) -> bool:
    """An "accused of" with no one accused ("Dr Harold Shipman, the Manchester GP accused of killing 15
    patients", parsed as the GP's verb): a passive participle, its subject the accused; the active
    verb has its object ("accused the police of lying"), a passive its agent ("is accused by the US of")."""
    kids = list(verb.children)
    return (
        verb.lemma_.lower() in ("accuse", "charge", "suspect")
        and any(c.dep_ == "prep" and c.lower_ == "of" for c in kids)
        and not any(c.dep_ in ("dobj", "dative", "agent") for c in kids)
    )


def _floating_quantifier(tok) -> bool:
    """A singular noun right after a quantifier that floats after a plural subject ("The remaining
    34 charges all detail alleged offences"): the parser took the verb ("detail") for a noun."""
    doc = tok.doc
    if tok.pos_ != "NOUN" or tok.tag_ != "NN" or tok.i < 2:
        return False
    quantifier, before = doc[tok.i - 1], doc[tok.i - 2]
    return quantifier.lower_ in _QUANTIFIERS and quantifier.head == tok and before.tag_ == "NNS"


def _group(tok) -> bool:
    """A group of people described, not named ("The general's supporters", "the couple")."""
    quantity = tok.lower_ in ("many", "most", "some", "few", "several")  # "Many of those who invested"
    return quantity or tok.pos_ == "NOUN" and (tok.tag_ == "NNS" or tok.lemma_.lower() in _GROUPS)


def _purpose(cue, kind: str) -> bool:
    """Speech with no clause of content in an infinitive of purpose ("gathered to chant their views
    on his plight", "gathered outside to shout their views"): speech intended, not reported. A verb
    of saying that has its clause ("used the meeting to say that ...") reports it."""
    if any(c.dep_ in ("acl", "ccomp") or c.lower_ == "that" for c in cue.children):
        return False
    gov = cue.head if kind == "noun" else cue
    if kind == "noun" and (cue.dep_ != "dobj" or gov.pos_ != "VERB"):
        return False
    if gov.dep_ not in ("advcl", "xcomp") or gov.head.lemma_.lower() in lexicon.REPORTING_VERBS:
        return False
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in gov.children)


def expletive(verb, head) -> bool:
    """An expletive "it" before a passive verb of saying and its clause ("It was not stated in court
    what charge ...", "it was believed to involve ..."), or after the clause as its tag ("..., he
    could have been saved, it was claimed": the "it" is no pronoun for the court named in the
    sentence before, round 17's patient1nl 9, ``benchmarks/claims_tune17.md`` W5): nobody is named,
    so no pronoun to resolve. So is "The latter" (:func:`~.paper_speakers.back_reference`)."""
    if head is not None and back_reference(head):
        return True  # "The latter had repeated the claims": one of two named before, not read
    return (
        head is not None
        and head.lower_ == "it"
        and head.dep_ == "nsubjpass"
        and any(
            c.dep_ in ("ccomp", "xcomp", "csubjpass") and not head.i < c.i < verb.i for c in verb.children
        )
    )


def physical_act(verb) -> bool:
    """A verb of saying used for an act with a thing as its object ("pointed the gun at the
    bailiffs", "pointed a finger at him"): "point" speaks with "out" ("pointed out that ...",
    "pointed out the flaws") or "to" and "as" ("pointed to the figures", "pointed to X as an
    example"); with a direct object and none of them it is an act. "Charged for" a thing is a
    price ("patients can be charged for help and accommodation": round 17's care, kind 1c), not
    "charged with" a crime nor "charged that ..."; so is "charges" a sum ("A care home charges 250
    pounds a week") or "how much" ("How much do care homes charge?": round 17's care, cause 4)."""
    kids = list(verb.children)
    if verb.lemma_.lower() == "charge":
        priced = any(c.dep_ == "prep" and c.lower_ == "for" for c in kids)
        priced = priced or any(c.dep_ == "dobj" and _sum(c) for c in kids) or _how_much(verb)
        return priced and not any(c.dep_ == "ccomp" or c.lower_ in ("with", "that") for c in kids)
    if verb.lemma_.lower() != "point":
        return False
    return any(c.dep_ == "dobj" for c in kids) and not any(
        c.dep_ == "prt" or (c.dep_ == "prep" and c.lower_ in ("to", "as")) for c in kids
    )


def _sum(tok) -> bool:
    """Whether an object is a sum of money ("250 pounds", "a fee", "the cost")."""
    money = tok.ent_type_ == "MONEY" or tok.like_num or any(t.ent_type_ == "MONEY" for t in tok.subtree)
    return money or tok.lemma_.lower() in ("fee", "price", "cost", "rate", "sum", "amount")


def _how_much(verb) -> bool:
    """Whether the verb's sentence asks "how much" before it."""
    words = [t.lower_ for t in verb.doc[token_sent(verb).start : verb.i]]
    return any(a == "how" and b in ("much", "many") for a, b in zip(words, words[1:], strict=False))


def _quotes_words(verb) -> bool:
    """Whether the sentence after ``verb`` opens a quotation (a quote mark after a space and before
    a word: "had been 'struck ...'", not the apostrophe of "Evans' husband")."""
    doc, end = verb.doc, token_sent(verb).end
    return any(
        t.is_quote and not t.whitespace_ and doc[t.i - 1].whitespace_ and doc[t.i + 1].is_alpha
        for t in doc[verb.i + 1 : end - 1]
    )
