"""Speakers as entities: governments, kinds, the role of an attribution, identity across documents.

* :data:`GOVERNMENTS`: a country, its capital or its usual other names, read as its government
  ("Tehran", "the Islamic Republic" -> ``iran``; "Washington", "the U.S." -> ``united states``);
* :func:`government_key`: the government a mention names, or "";
* :func:`speaker_kind`: ``person``, ``organisation``, ``government``, ``media`` or ``anonymous``;
* :func:`attribution_role`: ``speaker`` (a statement of the speaker), ``mention`` (speech
  mentioned, not reported: "given Trump's threats", "caused Cominco to declare", "is expected
  to announce") or, set later by :func:`mark_nested`, ``nested`` (a report inside another
  speaker's statement: "The Americans expressed their worries ..., the Iranian source told Reuters");
* :func:`description_key`: what identifies an unnamed speaker across documents: every word of
  its description, normalised ("U.S." = "US"), never its head word alone.
"""

from __future__ import annotations

import functools
import re

import pandas as pd

from corpus_tools.attribution.country_governments import country_governments
from corpus_tools.attribution.former_governments import FORMER_GOVERNMENTS
from corpus_tools.attribution.nominal import named_object
from corpus_tools.attribution.object_relatives import nest_object_relatives
from corpus_tools.attribution.pleas import plea
from corpus_tools.attribution.province_governments import PROVINCE_GOVERNMENTS
from corpus_tools.lexicon import GOVERNMENT_NAMES

__all__ = [
    "GOVERNMENTS",
    "KINDS",
    "attribution_role",
    "description_key",
    "government_key",
    "mark_nested",
    "normalise_space",
    "said_of",
    "speaker_kind",
    "statements",
]

#: the kinds of speaker the accounting counts apart
KINDS = ("person", "organisation", "government", "media", "anonymous")


def _table(rows: dict[str, tuple[str, ...]]) -> dict[str, str]:
    return {alias: country for country, aliases in rows.items() for alias in (country, *aliases)}


#: lower-case names without dots or a leading "the" -> the country whose government they stand for
#: (the table is :data:`corpus_tools.lexicon.GOVERNMENT_NAMES`, shared with the fact rules)
GOVERNMENTS: dict[str, str] = _table(GOVERNMENT_NAMES) | FORMER_GOVERNMENTS  # "Peking", "the Soviet Union"
GOVERNMENTS |= country_governments(GOVERNMENTS)  # every country the place lexicon knows: "Greece"
GOVERNMENTS |= PROVINCE_GOVERNMENTS  # a province that speaks: "Ontario", "the Ontario Government"
#: adjectives and short forms inside a description ("U.S. officials") -> the country
DEMONYMS: dict[str, str] = {
    "us": "united states",
    "american": "united states",
    "americans": "united states",
    "iranian": "iran",
    "british": "united kingdom",
    "uk": "united kingdom",
    "french": "france",
    "german": "germany",
    "russian": "russia",
    "chinese": "china",
    "israeli": "israel",
    "canadian": "canada",
    "spanish": "spain",
    "chilean": "chile",
    "italian": "italy",
    "japanese": "japan",
    "indian": "india",
    "irish": "ireland",
}
_GOVERNMENT_HEADS = {"administration", "government", "cabinet"}
_LEADER_TITLES = r"(?:President|Prime Minister|Premier|Chancellor|King|Supreme Leader)"
#: verbs whose complement is speech not (yet) made: "is expected to announce", "caused X to declare"
_NOT_SPOKEN = {
    "expect", "cause", "force", "prompt", "lead", "plan", "intend", "want", "hope", "allow",
    "urge", "ask", "refuse", "fail", "threaten", "prepare", "schedule", "likely", "have", "need",
    "decide", "try",
}  # fmt: skip
#: a refusal to speak ("declined to comment", "declined to give any evidence herself"): the row stays
#: (PolNeAR annotates "declined to comment"), but no statement is reported, so no one speaks in it;
#: fitted on 16.07.99/whitehouse of the METER courts (TUNE_10, benchmarks/claims_tune10.md)
_REFUSALS = {"decline", "refuse"}
#: pronoun quantifiers, never a speaker ("each was blaming the other")
#: ("others argued", "someone said" are vague speakers, not quantifiers: they stay)
_QUANTIFIERS = {"each", "either", "neither", "none", "nobody", "anyone", "anybody"}
#: participles that draw an inference from their clause (", suggesting there had been a struggle"):
#: the clause's subject is what is found, not a speaker
_INFERENCES = {"suggest", "indicate", "show", "imply", "mean", "confirm"}
#: a subject that is someone's remarks, not a document ("The Panel's comments could signal")
_REMARKS = {"comment", "remark", "criticism", "warning", "threat", "praise", "attack", "accusation"}
_DROP_WORDS = {"a", "an", "the", "of", "with", "and", "in", "on", "for", "to", "'s", "s"}


def normalise_space(text: str) -> str:
    """One space between words: no line breaks inside a speaker's name."""
    return " ".join(str(text).split())


def _plain(text: str) -> str:
    return normalise_space(re.sub(r"\.(?=\w)|\.$", "", str(text).lower().replace("\u2019", "'")))


def government_key(text: str, *, leaders: dict[str, str] | None = None) -> str:
    """The government a speaker mention stands for ("Tehran" -> ``iran``), or "".

    ``leaders`` maps a surname to its country ("trump" -> ``united states``, from "U.S. President
    Donald Trump" in the same text) for "the Trump administration".

    Example:
        >>> government_key("the Islamic Republic"), government_key("U.S.")
        ('iran', 'united states')
        >>> government_key("Iranian officials")
        ''
        >>> government_key("The Trump administration", leaders={"trump": "united states"})
        'united states'
    """
    key = _plain(text).removeprefix("the ")
    if key in GOVERNMENTS:
        return GOVERNMENTS[key]
    words = key.split()
    if words and words[-1] in _GOVERNMENT_HEADS:
        before = " ".join(words[:-1])
        if before in GOVERNMENTS:
            return GOVERNMENTS[before]
        if before in DEMONYMS:
            return DEMONYMS[before]
        if leaders and before in leaders:
            return leaders[before]
    return ""


def leaders(text: str) -> dict[str, str]:
    """Surnames of leaders the text names with their country ("U.S. President Donald Trump")."""
    out = {}
    pattern = rf"([A-Z][\w.]*) {_LEADER_TITLES} (?:[A-Z][\w.-]* )*([A-Z][\w-]+)\b"
    for country, surname in re.findall(pattern, text):
        key = _plain(country)
        found = GOVERNMENTS.get(key) or DEMONYMS.get(key)
        if found:
            out.setdefault(surname.lower(), found)
    return out


def speaker_kind(speaker_type: str, named: bool) -> str:
    """``government``, ``media``, ``person`` (a named person or official), ``organisation`` (an
    institution, company or document: "the State Department", "the union") or ``anonymous`` (a
    person not on the record: "a senior official").

    Example:
        >>> speaker_kind("official", False), speaker_kind("official", True), speaker_kind("government", True)
        ('anonymous', 'person', 'government')
    """
    if speaker_type in ("government", "media"):
        return speaker_type
    if speaker_type in ("organisation", "document"):  # "the union", "the company": institutions
        return "organisation"
    if not named:
        return "anonymous"
    return "person" if speaker_type in ("person", "official") else "organisation"


def attribution_role(verb, kind: str, head) -> str:
    """``mention`` when the cue mentions speech without reporting a statement, else ``speaker``.

    A possessive nominal cue inside a phrase ("given Trump's threats", "despite her warnings"),
    a verb of saying that completes a verb of intention or cause ("is expected to
    announce", "caused Cominco to declare", "asked to comment"), the subject of "is alleged
    to" (the accused, not who alleges) or of any passive verb of saying with an infinitive ("one man
    who was said to have lost"), "claimed the life of" (a death), a pronoun quantifier ("each was
    blaming the other"), a subject under "no" ("no group immediately claimed responsibility": nobody
    spoke; round 39, branch audit39, HELD_OUT_39's 6336, ``benchmarks/claims.md`` pm4, where "no
    group" was an institution), a verb whose subject is someone's remarks ("The Tower Commission's
    scathing comments on ... Donald Regan could signal the death knell": the remarks are the owner's,
    read by the noun's own cue; round 39, branch audit39, HELD_OUT_39's 178, ``benchmarks/claims.md``
    tw10, where Regan was made a speaker) and a participle that draws an inference from its clause
    ("Mrs Tizard had bruises, suggesting there had been a struggle") are mentions."""
    if kind == "noun" and head is not None and head.dep_ == "poss":
        inside = verb.dep_ == "pobj" or (verb.dep_ == "dobj" and verb.head.dep_ in ("prep", "advcl", "pcomp"))
        return "mention" if inside else "speaker"
    if head is not None and head.lower_ in _QUANTIFIERS:
        return "mention"  # "each was blaming the other": no one in particular speaks
    if head is not None and head.left_edge.lower_ == "no" and head.left_edge.dep_ == "det":
        return "mention"  # "no group immediately claimed responsibility": nobody spoke
    if kind == "verb" and verb.lemma_ != "say" and any(_owned_remarks(c) for c in verb.lefts):
        return "mention"  # "The Panel's comments on X could signal": the Panel's, by "comments"
    own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    if verb.tag_ == "VBG" and verb.lemma_.lower() in _INFERENCES and not own_subject:
        return "mention"  # "A post mortem found ... Mrs Tizard had bruises, suggesting ...": a finding
    if verb.lemma_.lower() == "allege" and head is not None and head.dep_ == "nsubjpass":
        return "mention"  # "Beckett is alleged to have attacked them": the accused is no speaker
    lives = any(c.dep_ == "dobj" and c.lemma_.lower() in _LIVES for c in verb.children)
    if verb.lemma_.lower() == "claim" and lives:
        return "mention"  # "a crash which claimed the lives of six people": no claim is made
    if said_of(verb, head):
        return "mention"  # "one man who was said to have lost £12,000": said of him, by no one named
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    if kind == "verb" and infinitive and verb.head.lemma_.lower() in _NOT_SPOKEN:
        return "mention"
    clause = any(c.dep_ == "ccomp" for c in verb.children)
    if kind == "verb" and verb.lemma_.lower() in _REFUSALS and not clause:
        return "mention"  # "declined to comment", "declined to speak in her own defence": nothing said
    return "speaker"


def _owned_remarks(tok) -> bool:
    """Whether a verb's child is its subject and someone's remarks ("The Panel's comments"): the
    parser may hang a name inside them on the verb as a second subject ("... Donald Regan could
    signal")."""
    remarks = tok.dep_ == "nsubj" and tok.lemma_.lower() in _REMARKS
    return remarks and any(c.dep_ == "poss" for c in tok.children)


#: "claimed the life of": a death, not a claim (02.11.99/boat of ``benchmarks/claims_tune13.md``)
_LIVES = frozenset(("life", "lives", "live"))


def said_of(verb, head) -> bool:
    """A passive verb of saying with an infinitive and its subject ``head`` ("one man who was said
    to have lost", "X was reported to be"): what is said is said of the subject, who is no speaker
    and no one to resolve a later pronoun to (01.03.00/wagstaff of ``benchmarks/claims_tune13.md``)."""
    if head is None or head.dep_ != "nsubjpass":
        return False
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    infinitives = [c for c in verb.children if c.dep_ == "xcomp"]
    return passive and any(g.dep_ == "aux" and g.lower_ == "to" for c in infinitives for g in c.children)


def mark_nested(atts: list) -> None:
    """Set ``role = "nested"`` and ``outer`` on every attribution whose cue and speaker lie inside the
    content of another attribution of the same paragraph (the outer one reports it). An absolute
    clause ("..., with Washington saying ...": ``free``) is a statement of its own, and so is a
    direct quotation a record is said to hold ("According to a police statement, the general told
    his arresting officer: '...'"): the words are the quoted speaker's, the record their medium.
    So is a plea in a relative clause on the defendant, the writer's aside (16.07.99/whitehouse of
    ``benchmarks/claims_tune10.md``)."""
    for a in atts:
        if a.role != "speaker" or a.resolved_from == "continuing_quote" or getattr(a, "free", False):
            continue
        if a.antecedent is not None and plea(a.cue):  # "The court heard that Cole, who denied ...,"
            continue  # the writer's aside on the defendant: a plea of hers, not what the court heard
        for b in atts:
            if b is a or b.para != a.para or b.role == "mention":
                continue
            record = b.cue.lower() == "according to" and a.cue.lower() != "according to"
            if record and a.quote_type == "direct":
                continue  # "According to a police statement, X told his officer: '...'": X's own words
            lo, hi = b.content
            if named_object(a, b):  # "He rejected defence claims that ...": the defence's own
                continue
            if a.antecedent is not None and a.span[0] == lo:  # "agreed with X, for Y, who argued ...":
                continue  # the "who" clause parsed as the outer cue's content is X's own statement
            if lo <= a.cue_span[0] < hi and lo <= a.span[0] < hi and not _inside(b, a):
                a.role, a.outer = "nested", b
                break
    nest_object_relatives(atts)  # "X said the count, which his client had admitted, amounted to"


def _inside(b, a) -> bool:
    lo, hi = a.content
    return lo <= b.cue_span[0] < hi and hi - lo > b.content[1] - b.content[0]


#: labels whose :func:`description_key` is kept (a pure function of the label, asked again for every
#: mention of a speaker, for each speaker's identity and each pair of speakers compared)
DESCRIPTION_KEYS_KEPT = 2**14


#: the governments' names of several words, longest first, each with its pattern and its key
#: ("united states": "united_states"), for :func:`description_key`
_ALIASES = [
    (alias, re.compile(rf"\b{re.escape(alias)}\b"), GOVERNMENTS[alias].replace(" ", "_"))
    for alias in sorted((a for a in GOVERNMENTS if " " in a), key=len, reverse=True)
]


@functools.lru_cache(maxsize=DESCRIPTION_KEYS_KEPT)
def description_key(label: str) -> frozenset[str]:
    """The words that identify an unnamed speaker: every word of its description, lower-case,
    without dots, articles and prepositions, country names normalised.

    Example:
        >>> label = "A U.S. official with first-hand knowledge of dealings with the Islamic Republic"
        >>> sorted(description_key(label))
        ['dealings', 'first-hand', 'iran', 'knowledge', 'official', 'united states']
        >>> description_key("two U.S. officials") == description_key("two US officials")
        True
    """
    text = _plain(label).replace("'s", " ")
    for alias, pattern, key in _ALIASES:
        if alias in text:  # the cheap test first: the pattern needs the alias's letters
            text = pattern.sub(key, text)
    words = set()
    for w in re.findall(r"[\w-]+", text):
        w = w.replace("_", " ")
        if w in _DROP_WORDS:
            continue
        words.add(DEMONYMS.get(w) if w in ("us", "uk") else GOVERNMENTS.get(w, w) if w in GOVERNMENTS else w)
    return frozenset(words)


def statements(attributions: pd.DataFrame) -> pd.DataFrame:
    """The attributions that are statements of a resolved speaker: ``role == "speaker"`` (not a
    mention of speech, not a report nested in another speaker's statement) and a ``speaker_id``."""
    missing = [c for c in ("speaker_id", "role") if c not in attributions.columns]
    if missing:
        raise ValueError(f"the attributions frame has no column {missing[0]!r}; build it with attributions()")
    return attributions[attributions["speaker_id"].notna() & (attributions["role"] == "speaker")]
