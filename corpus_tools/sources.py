"""Sources: documents per outlet, and the attributed sources inside each article.

Attributions are read from the spaCy dependency parse of the cleaned article body:
a reporting verb ("said", "told", "added", "argued", "declined to comment", "was
quoted as saying", "according to") and its subject are the cue and the source, its
clausal complement (or the clause it is attached to) is the content. Nothing
depends on quote marks: quote marks, when the text has them, only decide whether
the content is a direct, indirect or mixed quotation (unbalanced marks never
raise: an unclosed quote runs to the end of its paragraph, as in news style);
when a text has lost its quote marks the type is inferred from the word order.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

import pandas as pd

from corpus_tools.corpus import require_columns
from corpus_tools.overlap import _source_id, align_sentences
from corpus_tools.text import clean_text, parsed_paragraphs, sentences

__all__ = [
    "attributions",
    "outlet_counts",
    "source_summary",
    "source_survival",
    "source_table",
]

# ----------------------------------------------------------------------------- lexicons

REPORTING_VERBS = {
    "say",
    "tell",
    "add",
    "state",
    "note",
    "explain",
    "insist",
    "warn",
    "argue",
    "claim",
    "confirm",
    "deny",
    "announce",
    "report",
    "acknowledge",
    "stress",
    "emphasise",
    "emphasize",
    "repeat",
    "assert",
    "vow",
    "predict",
    "estimate",
    "disclose",
    "reveal",
    "concede",
    "complain",
    "caution",
    "recall",
    "write",
    "reply",
    "decline",
    "quote",
    "comment",
    "urge",
}
#: cues that are attributions even without a clausal complement ("..., the official said")
STRONG_CUES = {"say", "tell", "add", "state", "quote", "decline", "comment", "write", "report", "note"}
AGENCIES = {
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
    "upi",
    "anadolu",
    "interfax",
    "agency",
    "agencies",
}
_TYPES = [
    ("news agency", AGENCIES),
    (
        "media",
        {
            "media",
            "newspaper",
            "paper",
            "tv",
            "television",
            "broadcaster",
            "radio",
            "press",
            "outlet",
            "website",
            "magazine",
            "daily",
        },
    ),
    ("spokesperson", {"spokesman", "spokeswoman", "spokesperson", "spokespeople"}),
    ("minister", {"minister", "secretary", "chancellor"}),
    ("diplomat", {"diplomat", "ambassador", "envoy", "consul", "negotiator"}),
    (
        "head of state or government",
        {"president", "leader", "king", "premier", "monarch", "emir", "ayatollah"},
    ),
    (
        "government official",
        {
            "official",
            "officer",
            "administration",
            "department",
            "ministry",
            "government",
            "authority",
            "authorities",
            "aide",
            "adviser",
            "advisor",
            "lawmaker",
            "senator",
            "mission",
            "embassy",
            "spokesperson",
            "regulator",
            "agency official",
        },
    ),
    ("expert", {"analyst", "expert", "researcher", "economist", "professor", "scholar"}),
    ("unnamed source", {"source", "insider", "person", "people", "other", "others", "witness", "resident"}),
]
_DEMONYMS = {
    "iranian": "Iran",
    "iran": "Iran",
    "tehran": "Iran",
    "u.s.": "United States",
    "us": "United States",
    "american": "United States",
    "americans": "United States",
    "washington": "United States",
    "united states": "United States",
    "pentagon": "United States",
    "white house": "United States",
    "state department": "United States",
    "western": "Western",
    "west": "Western",
    "french": "France",
    "france": "France",
    "paris": "France",
    "british": "United Kingdom",
    "britain": "United Kingdom",
    "u.k.": "United Kingdom",
    "uk": "United Kingdom",
    "london": "United Kingdom",
    "german": "Germany",
    "germany": "Germany",
    "berlin": "Germany",
    "russian": "Russia",
    "russia": "Russia",
    "moscow": "Russia",
    "kremlin": "Russia",
    "chinese": "China",
    "china": "China",
    "beijing": "China",
    "israeli": "Israel",
    "israel": "Israel",
    "saudi": "Saudi Arabia",
    "european": "European Union",
    "eu": "European Union",
    "u.n.": "United Nations",
    "un": "United Nations",
    "united nations": "United Nations",
    "omani": "Oman",
    "oman": "Oman",
    "turkish": "Turkey",
    "ankara": "Turkey",
    "iraqi": "Iraq",
    "syrian": "Syria",
    "arab": "Arab states",
    "gulf": "Gulf states",
}
_PRONOUNS = {"he", "she", "it", "they", "we", "i"}
_FIRST_PERSON = re.compile(r"\b(?:I|we|We|our|Our|us|me|my|My)\b")
_NUMBER_WORDS = {
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "both": 2,
}
_EXCLUDED_DEPS = {"relcl", "appos", "punct", "cc", "acl", "advcl"}


# ----------------------------------------------------------------------------- outlets


def outlet_counts(corpus: pd.DataFrame) -> pd.DataFrame:
    """Documents, words and roles per outlet, from the corpus frame's metadata.

    Args:
        corpus: the corpus frame (:func:`corpus_tools.load_corpus`).

    Returns:
        One row per outlet, sorted by ``documents`` (descending) then ``outlet``,
        columns ``outlet``, ``documents``, ``words`` (sum of ``n_words``),
        ``mean_words`` (rounded to 1 decimal), ``roles`` (the distinct ``role``
        values, sorted, joined by "; "; ``unknown`` when the corpus has no
        ``role`` column) and ``doc_ids`` (joined by "; ").

    Example:
        >>> outlet_counts(load_corpus("seeds"))[["outlet", "documents"]].values.tolist()
        [['unknown', 2], ['Reuters', 1]]
    """
    require_columns(corpus, ["outlet", "n_words"], "outlet_counts")
    frame = corpus.reset_index()
    if "role" not in frame.columns:
        frame["role"] = "unknown"
    rows = []
    for outlet, group in frame.groupby("outlet", sort=True):
        rows.append(
            {
                "outlet": outlet,
                "documents": len(group),
                "words": int(group["n_words"].sum()),
                "mean_words": round(float(group["n_words"].mean()), 1),
                "roles": "; ".join(sorted(set(map(str, group["role"])))),
                "doc_ids": "; ".join(map(str, group["doc_id"])),
            }
        )
    out = pd.DataFrame(rows, columns=["outlet", "documents", "words", "mean_words", "roles", "doc_ids"])
    out = out.sort_values(["documents", "outlet"], ascending=[False, True], kind="stable")
    return out.reset_index(drop=True)


# ----------------------------------------------------------------------------- attributions


@dataclass
class _Attribution:
    doc_id: str
    sent_id: int
    start: int
    end: int
    source_text: str
    cue: str
    content_start: int
    content_end: int
    quote_type: str
    quote_evidence: str
    named: bool
    source_type: str
    affiliation: str
    via_agency: bool
    head: str = ""
    modifiers: frozenset = field(default_factory=frozenset)
    count: float = 1.0
    definite: bool = False
    person: str = ""


def _is_cue(tok) -> bool:
    if tok.lower_ == "according" and any(c.lower_ == "to" for c in tok.children):
        return True
    lemma = tok.lemma_.lower()
    if tok.pos_ not in ("VERB", "AUX") or lemma not in REPORTING_VERBS:
        return False
    return lemma in STRONG_CUES or any(c.dep_ in ("ccomp", "xcomp") for c in tok.children)


def _subject(verb):
    """The source of a reporting verb: its subject, the agent of a passive, or the
    noun phrase just before it when the parser left the verb without a subject."""
    subjects = [
        c
        for c in verb.children
        if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in ("what", "which", "that", "who")
    ]
    if subjects:  # the nearest: a quote before "the official said" may hold a subject of its own
        return min(subjects, key=lambda c: abs(c.i - verb.i))
    if verb.lower_ == "according":
        to = next(c for c in verb.children if c.lower_ == "to")
        return next((c for c in to.children if c.dep_ == "pobj"), None)
    if verb.dep_ in ("conj", "ROOT", "ccomp") and verb.i > 0:
        tok = verb.doc[verb.i - 1]
        if tok.pos_ in ("NOUN", "PROPN", "PRON") or tok.dep_ == "pobj":
            while (
                tok.dep_ in ("pobj", "prep", "compound", "amod") and tok.head.i < verb.i and tok.head != tok
            ):
                tok = tok.head
            if tok.pos_ in ("NOUN", "PROPN", "PRON"):
                return tok
    return None


def _mention_tokens(head):
    """Tokens of the source mention: the head's subtree without clauses and asides."""
    keep = {head.i}
    stack = [head]
    while stack:
        t = stack.pop()
        for c in t.children:
            if c.dep_ in _EXCLUDED_DEPS and t == head:
                continue
            keep.add(c.i)
            stack.append(c)
    lo, hi = min(keep), max(keep)
    # the mention must be contiguous: stop at the first gap
    span = [i for i in range(lo, hi + 1)]
    cut = next((i for i in span if i not in keep and i > head.i), hi + 1)
    first = next((i for i in reversed(span) if i not in keep and i < head.i), lo - 1)
    return head.doc[first + 1 : cut]


def _cue_text(verb) -> str:
    doc = verb.doc
    if verb.lower_ == "according":
        return "according to"
    parts = [c for c in verb.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < verb.i]
    lo = min([verb.i, *(p.i for p in parts)])
    hi = verb.i + 1
    lemma = verb.lemma_.lower()
    if lemma == "quote":
        for c in verb.children:
            if c.lower_ == "as":
                hi = max(hi, max(t.i for t in c.subtree if t.lower_ in ("as", "saying", "say")) + 1)
    elif lemma == "decline":
        for c in verb.children:
            if c.dep_ == "xcomp" and c.lemma_ == "comment":
                hi = c.i + 1
    elif lemma == "tell":
        for c in verb.children:
            if c.dep_ in ("dobj", "dative") and c.lower_ in AGENCIES and c.i == hi:
                hi = c.i + 1
    return doc[lo:hi].text


def _content(verb, mention):
    """Token range of the reported content."""
    doc = verb.doc
    sent = verb.sent
    for c in verb.children:
        if c.dep_ in ("ccomp", "xcomp") and not (verb.lemma_ == "decline" and c.lemma_ == "comment"):
            toks = list(c.subtree)
            return toks[0].i, toks[-1].i + 1
        if verb.lemma_ == "decline" and c.dep_ == "xcomp":
            rest = [t for t in c.subtree if t.i > c.i]
            if rest:
                return rest[0].i, rest[-1].i + 1
    if verb.lower_ == "according":
        head = verb.head
        inner = {t.i for t in verb.subtree}
        toks = [t.i for t in head.subtree if t.i not in inner and not t.is_punct]
        if toks:
            return min(toks), max(toks) + 1
    if verb.dep_ in ("conj", "advcl", "parataxis") and verb.head.i < verb.i:
        inner = {t.i for t in verb.subtree}
        toks = [t.i for t in verb.head.subtree if t.i not in inner]
        if toks:
            return min(toks), max(t for t in toks if t < verb.i) + 1
    # the longer side of the sentence outside source and cue
    lo = min(mention.start, verb.i)
    hi = max(mention.end, verb.i + 1)
    left, right = (sent.start, lo), (hi, sent.end)
    a, b = max(left, right, key=lambda r: r[1] - r[0])
    while b > a and doc[b - 1].is_punct:
        b -= 1
    while a < b and doc[a].is_punct:
        a += 1
    return a, b


def _quote_segments(text: str) -> list[tuple[int, int]]:
    """Spans inside double quote marks in cleaned text; an unclosed quote runs to the paragraph end."""
    spans, open_at = [], None
    for m in re.finditer(r'"|\n', text):
        if m.group() == "\n":
            if open_at is not None:
                spans.append((open_at, m.start()))
                open_at = None
        elif open_at is None:
            open_at = m.end()
        else:
            spans.append((open_at, m.start()))
            open_at = None
    if open_at is not None:
        spans.append((open_at, len(text)))
    return spans


def _classify(tokens, ents) -> tuple[str, bool]:
    lemmas = {t.lemma_.lower() for t in tokens} | {t.lower_ for t in tokens}
    text = " ".join(t.lower_ for t in tokens)
    head = tokens.root
    labels = {e.label_ for e in ents}
    named = head.pos_ == "PROPN" or (head.ent_type_ in ("PERSON", "ORG", "GPE") and head.pos_ != "PRON")
    for name, words in _TYPES:
        if lemmas & words or any(w in text for w in words if " " in w):
            # an agency or media named by its own name is named
            return name, named or (
                name in ("news agency",) and head.lower_ in AGENCIES - {"agency", "agencies"}
            )
    if head.lower_ in _PRONOUNS:
        return "pronoun", False
    if "PERSON" in labels or head.ent_type_ == "PERSON":
        return "person", True
    if head.ent_type_ == "GPE" or "GPE" in labels:
        return "government (country)", True
    if head.ent_type_ == "ORG" or "ORG" in labels:
        return "organisation", True
    return "other", named


def _affiliation(tokens) -> str:
    text = " ".join(t.text for t in tokens).lower()
    found = []
    for key in sorted(_DEMONYMS, key=len, reverse=True):
        if re.search(rf"(?<![\w.]){re.escape(key)}(?![\w])", text):
            value = _DEMONYMS[key]
            if value not in found:
                found.append(value)
            text = re.sub(rf"(?<![\w.]){re.escape(key)}(?![\w])", " ", text)
    if not found:
        for t in tokens:
            if t.ent_type_ == "GPE" and t.ent_iob_ == "B":
                ent = next(e for e in t.doc.ents if e.start == t.i)
                found.append(ent.text)
    return "; ".join(found) if found else "unknown"


def _count(tokens) -> float:
    head = tokens.root
    for c in head.children:
        if c.dep_ == "nummod":
            if c.like_num and c.text.isdigit():
                return float(c.text)
            if c.lower_ in _NUMBER_WORDS:
                return float(_NUMBER_WORDS[c.lower_])
    if any(t.lower_ == "both" for t in tokens):
        return 2.0
    return float("nan") if head.tag_ in ("NNS", "NNPS") or head.lower_ in ("they", "others") else 1.0


def _doc_attributions(doc_id: str, raw: str, parsed, sent_of) -> list[_Attribution]:
    c = clean_text(raw)
    quotes = _quote_segments(c.text)
    has_marks = bool(quotes) or any(e.kind == "typographic_quote" for e in c.edits)
    stripped = any(e.kind in ("stripped_quote", "stripped_apostrophe") for e in c.edits)
    evidence = "quote_marks" if has_marks and not stripped else "inferred" if stripped else "no_quote_marks"
    out: list[_Attribution] = []
    for _k, offset, doc in parsed:
        ents = list(doc.ents)
        for verb in doc:
            if not _is_cue(verb):
                continue
            if verb.lemma_.lower() == "comment" and verb.head.lemma_ == "decline":
                continue
            subj = _subject(verb)
            if subj is None:
                continue
            mention = _mention_tokens(subj)
            if not any(t.is_alpha for t in mention):
                continue
            ca, cb = _content(verb, mention)
            if cb <= ca:
                continue
            content_chars = (offset + doc[ca].idx, offset + doc[cb - 1].idx + len(doc[cb - 1]))
            m_chars = (offset + mention[0].idx, offset + mention[-1].idx + len(mention[-1]))
            first_person = bool(_FIRST_PERSON.search(doc[ca:cb].text))
            if evidence == "quote_marks":
                inside = sum(max(0, min(b, content_chars[1]) - max(a, content_chars[0])) for a, b in quotes)
                share = inside / max(1, content_chars[1] - content_chars[0])
                quote_type = "direct" if share >= 0.8 else "mixed" if share > 0 else "indirect"
            elif evidence == "no_quote_marks" or verb.lower_ == "according":
                quote_type = "direct" if first_person and verb.lower_ != "according" else "indirect"
            else:
                postposed = cb <= min(mention.start, verb.i)
                colon = any(t.text == ":" for t in doc[verb.i : ca])
                quote_type = "direct" if (postposed or colon or first_person) else "indirect"
            mention_ents = [e for e in ents if e.start >= mention.start and e.end <= mention.end]
            stype, named = _classify(mention, mention_ents)
            agency = stype == "news agency" or any(
                (ch.dep_ in ("dobj", "dative") and ch.head == verb)
                or (ch.dep_ == "pobj" and ch.head.head == verb and ch.head.lower_ in ("to", "by"))
                for ch in verb.subtree
                if ch.lower_ in AGENCIES
            )
            ra, rb = c.to_raw(*m_chars)
            rca, rcb = c.to_raw(*content_chars)
            head = mention.root
            person = next((e.text.split()[-1] for e in mention_ents if e.label_ == "PERSON"), "")
            if not person and head.pos_ == "PROPN":
                person = head.text
            out.append(
                _Attribution(
                    doc_id=doc_id,
                    sent_id=sent_of(ra),
                    start=ra,
                    end=rb,
                    source_text=raw[ra:rb],
                    cue=_cue_text(verb),
                    content_start=rca,
                    content_end=rcb,
                    quote_type=quote_type,
                    quote_evidence=evidence,
                    named=bool(named),
                    source_type=stype,
                    affiliation=_affiliation(mention[: mention.root.i - mention.start + 1]),
                    via_agency=bool(agency),
                    head=head.lemma_.lower(),
                    modifiers=frozenset(
                        t.lower_
                        for t in mention
                        if t != head
                        and (t.is_alpha or "." in t.text)
                        and t.dep_ not in ("det", "prep", "pobj")
                    ),
                    count=_count(mention),
                    definite=mention[0].lower_ in ("the", "this", "that"),
                    person=person,
                )
            )
    out.sort(key=lambda a: (a.start, a.content_start))
    return out


def _all_attributions(corpus: pd.DataFrame, model=None) -> dict[str, list[_Attribution]]:
    parsed = parsed_paragraphs(corpus, model=model)
    sents = sentences(corpus, model=model)
    out = {}
    for doc_id, raw in corpus["text"].items():
        doc_id = str(doc_id)
        spans = sents[sents["doc_id"] == doc_id][["sent_id", "start", "end"]].to_numpy()

        def sent_of(pos: int, spans=spans) -> int:
            for sid, a, b in spans:
                if a <= pos < b:
                    return int(sid)
            return -1

        out[doc_id] = _resolve(_doc_attributions(doc_id, raw, parsed[doc_id], sent_of))
    return out


_COLUMNS = [
    "doc_id",
    "sent_id",
    "start",
    "end",
    "source_text",
    "cue",
    "content_start",
    "content_end",
    "quote_type",
    "quote_evidence",
    "named",
    "source_type",
    "affiliation",
    "via_agency",
    "source_id",
]


def attributions(corpus: pd.DataFrame, *, model=None) -> pd.DataFrame:
    """Every attribution in every article body: who is said to have said what.

    Args:
        corpus: the corpus frame.
        model: spaCy pipeline name or object.

    Returns:
        One row per attribution, in document order: ``doc_id``, ``sent_id``,
        ``start``, ``end`` (raw offsets of the source mention), ``source_text``
        (the mention as written), ``cue`` ("said", "told Reuters", "has said",
        "according to", "was quoted as saying", "declined to comment", ...),
        ``content_start``, ``content_end`` (raw offsets of what is attributed),
        ``quote_type`` (``direct``, ``indirect``, ``mixed``), ``quote_evidence``
        (``quote_marks`` when the text has usable quote marks; ``quote_marks in
        <doc_id>`` when the text lost them and the same attribution was found in
        a version of the same sentence that kept them; ``inferred`` for a text
        whose marks were stripped and no marked version exists: content before
        the cue or after a colon, or in the first person, counts as direct;
        ``no_quote_marks`` for a text that has none and shows no stripping: only
        first-person content counts as direct), ``named`` (bool),
        ``source_type`` (news agency, media, spokesperson, minister, diplomat,
        head of state or government, government official, expert, unnamed
        source, person, government (country), organisation, pronoun, other),
        ``affiliation`` (country or side the mention names, "; "-joined, or
        ``unknown``), ``via_agency`` (the cue names a news agency, e.g. "told
        Reuters") and ``source_id`` (the distinct source it refers to, see
        :func:`source_table`). A pronoun source takes the type, affiliation
        and ``named`` of the source it refers to.

    Example:
        >>> a = attributions(load_corpus("seeds"))
        >>> a.query("doc_id == '002'").cue.tolist()[:2]
        ['have said', 'said']
    """
    require_columns(corpus, ["text"], "attributions")
    attrs = _all_attributions(corpus, model)
    _borrow_quote_types(corpus, attrs, model)
    rows = [
        (
            a.doc_id,
            a.sent_id,
            a.start,
            a.end,
            a.source_text,
            a.cue,
            a.content_start,
            a.content_end,
            a.quote_type,
            a.quote_evidence,
            a.named,
            a.source_type,
            a.affiliation,
            a.via_agency,
            sid,
        )
        for items in attrs.values()
        for a, sid in items
    ]
    return pd.DataFrame(rows, columns=_COLUMNS).astype({"named": bool, "via_agency": bool})


def _borrow_quote_types(corpus: pd.DataFrame, attrs: dict, model) -> None:
    """A text that lost its quote marks takes the quote type of the same attribution in
    a version of the same sentence that kept them (evidence: ``quote_marks in <doc_id>``)."""
    evidence = {d: items[0][0].quote_evidence for d, items in attrs.items() if items}
    marked = sorted(d for d, e in evidence.items() if e == "quote_marks")
    for d in sorted(d for d, e in evidence.items() if e == "inferred"):
        for e in marked:
            aligned = align_sentences(corpus.loc[[d, e]], source=d, model=model)
            targets = defaultdict(list)
            for r in aligned.itertuples():
                for sid in r.source_sent_ids:
                    targets[sid].append(r.sent_id)
            in_e = defaultdict(list)
            for t, _sid in attrs[e]:
                in_e[t.sent_id].append(t)
            for a, _sid in attrs[d]:
                if a.quote_evidence != "inferred":
                    continue
                match = [t for s in targets.get(a.sent_id, []) for t in in_e[s] if _same_speaker(a, t)]
                if match:
                    a.quote_type, a.quote_evidence = match[0].quote_type, f"quote_marks in {e}"


# ----------------------------------------------------------------------------- distinct sources


def _same_source(new: _Attribution, old: _Attribution) -> bool:
    if new.person or old.person:
        return bool(new.person and new.person == old.person)
    if new.head != old.head and not (new.head + "s" == old.head or old.head + "s" == new.head):
        return False
    return new.definite and new.modifiers <= old.modifiers | {"other"}


def _antecedent(pronoun: _Attribution, earlier: list[_Attribution]) -> _Attribution | None:
    """The latest earlier source, at most 3 sentences back, that agrees with the pronoun."""
    plural = pronoun.head in ("they", "we")
    for old in reversed(earlier):
        if pronoun.sent_id - old.sent_id > 3:
            return None
        if old.source_type == "pronoun":
            continue
        old_plural = old.count != 1.0
        if plural != old_plural:
            continue
        if pronoun.head == "it" and old.source_type in (
            "person",
            "unnamed source",
            "spokesperson",
            "diplomat",
        ):
            continue
        if pronoun.head in ("he", "she") and old.source_type in (
            "government (country)",
            "organisation",
            "media",
        ):
            continue
        return old
    return None


def _resolve(items: list[_Attribution]) -> list[tuple[_Attribution, str]]:
    """Give each attribution a source id: pronouns and definite re-mentions join an earlier source."""
    out: list[tuple[_Attribution, str]] = []
    sources: list[tuple[_Attribution, str]] = []
    for a in items:
        sid = None
        if a.source_type == "pronoun":
            ref = _antecedent(a, [old for old, _ in sources])
            if ref is not None:
                sid = dict((id(o), i) for o, i in sources)[id(ref)]
                a.named, a.source_type, a.affiliation = ref.named, ref.source_type, ref.affiliation
        else:
            for old, old_id in reversed(sources):
                if _same_source(a, old):
                    sid = old_id
                    if a.affiliation == "unknown":
                        a.affiliation = old.affiliation
                    break
        if sid is None:
            sid = f"{a.doc_id}:S{len({s for _, s in sources}) + 1}"
        sources.append((a, sid))
        out.append((a, sid))
    return out


def source_table(corpus: pd.DataFrame, *, model=None) -> pd.DataFrame:
    """Distinct sources per document, repeated mentions resolved to one.

    A pronoun ("he said") joins the source named just before it; a definite
    re-mention ("the Iranian source", "the former official", "the official")
    joins the latest source with the same head noun and no new modifiers; a
    named person is one source across mentions of the surname; an indefinite
    mention ("a U.S. official", "another Western official") is a new source.

    Args:
        corpus: the corpus frame.
        model: spaCy pipeline name or object.

    Returns:
        One row per distinct source, in order of first mention: ``doc_id``,
        ``source_id``, ``label`` (its first mention), ``named``, ``source_type``,
        ``affiliation``, ``mentions`` (attributions to it), ``count`` (people it
        stands for: 1, the number given for plural sources such as "two U.S.
        officials", or missing for a plural without a number) and
        ``first_sent_id``.
    """
    require_columns(corpus, ["text"], "source_table")
    rows = []
    for items in _all_attributions(corpus, model).values():
        groups: dict[str, list[_Attribution]] = defaultdict(list)
        for a, sid in items:
            groups[sid].append(a)
        for sid, group in groups.items():
            first = next((a for a in group if a.source_type != "pronoun"), group[0])
            rows.append(
                (
                    first.doc_id,
                    sid,
                    first.source_text,
                    first.named,
                    first.source_type,
                    first.affiliation,
                    len(group),
                    first.count,
                    group[0].sent_id,
                )
            )
    cols = [
        "doc_id",
        "source_id",
        "label",
        "named",
        "source_type",
        "affiliation",
        "mentions",
        "count",
        "first_sent_id",
    ]
    return pd.DataFrame(rows, columns=cols).astype({"named": bool})


def source_summary(corpus: pd.DataFrame, *, model=None) -> pd.DataFrame:
    """Per document: attributions, distinct sources, named against anonymous, agency credits.

    Args:
        corpus: the corpus frame.
        model: spaCy pipeline name or object.

    Returns:
        One row per document: ``doc_id``, ``attributions``, ``sources``
        (distinct), ``named_sources``, ``anonymous_sources``, ``named_share``
        (of distinct sources; 0.0 when none), ``agency_attributions`` (cues
        naming a news agency, e.g. "told Reuters"), ``direct``, ``indirect``,
        ``mixed`` (attributions by quote type) and ``attributions_per_100_words``.
    """
    require_columns(corpus, ["text", "n_words"], "source_summary")
    attr = attributions(corpus, model=model)
    table = source_table(corpus, model=model)
    rows = []
    for doc_id, n_words in corpus["n_words"].items():
        a = attr[attr["doc_id"] == str(doc_id)]
        t = table[table["doc_id"] == str(doc_id)]
        named = int(t["named"].sum())
        rows.append(
            (
                str(doc_id),
                len(a),
                len(t),
                named,
                len(t) - named,
                round(named / len(t), 4) if len(t) else 0.0,
                int(a["via_agency"].sum()),
                int((a["quote_type"] == "direct").sum()),
                int((a["quote_type"] == "indirect").sum()),
                int((a["quote_type"] == "mixed").sum()),
                round(100 * len(a) / n_words, 2) if n_words else 0.0,
            )
        )
    cols = [
        "doc_id",
        "attributions",
        "sources",
        "named_sources",
        "anonymous_sources",
        "named_share",
        "agency_attributions",
        "direct",
        "indirect",
        "mixed",
        "attributions_per_100_words",
    ]
    return pd.DataFrame(rows, columns=cols)


# ----------------------------------------------------------------------------- across versions


def source_survival(corpus: pd.DataFrame, *, source: str | None = None, model=None) -> pd.DataFrame:
    """For every source of the original: did each other version keep it, drop it or re-attribute it?

    Each attribution of the source document is followed into the sentences that
    reuse its sentence (:func:`corpus_tools.overlap.align_sentences`). There it is
    ``kept`` when an attribution to the same source (same person, or same head
    noun and side) with the same channel is found; ``re_attributed`` when the
    sentence was kept but its attribution changed: another label ("the sources"
    -> "officials"), a named speaker made anonymous, or the agency credit
    removed ("told Reuters" -> "said"); ``dropped`` when the sentence or its
    attribution is gone. A source takes the best status over its mentions.

    Args:
        corpus: the corpus frame.
        source: doc_id of the original; None picks :func:`corpus_tools.overlap.find_origin`.
        model: spaCy pipeline name or object.

    Returns:
        One row per (source of the original, other document): ``source_doc_id``,
        ``source_id``, ``label``, ``named``, ``source_type``, ``doc_id``,
        ``status`` (``kept``, ``re_attributed``, ``dropped``), ``became`` (the
        target mentions and cues it turned into, "; "-joined, "" when dropped),
        ``mentions_kept`` and ``mentions``.
    """
    require_columns(corpus, ["text"], "source_survival")
    src_id = _source_id(corpus, source)
    attrs = _all_attributions(corpus, model)
    align = align_sentences(corpus, source=src_id, model=model)
    table = source_table(corpus, model=model)
    labels = table[table["doc_id"] == src_id].set_index("source_id")
    rank = {"kept": 0, "re_attributed": 1, "dropped": 2}
    rows = []
    for doc_id in map(str, corpus.index):
        if doc_id == src_id:
            continue
        mine = align[align["doc_id"] == doc_id]
        by_target = defaultdict(list)
        for a, _sid in attrs[doc_id]:
            by_target[a.sent_id].append(a)
        result: dict[str, list] = defaultdict(list)
        for a, sid in attrs[src_id]:
            # .astype(bool): on a version with no body sentence the mask is empty and must stay a mask
            hits = mine["source_sent_ids"].map(lambda ids, s=a.sent_id: s in ids).astype(bool)
            targets = mine.loc[hits, "sent_id"].tolist()
            cands = [t for s in targets for t in by_target.get(s, [])]
            if not targets or not cands:
                result[sid].append(("dropped", ""))
                continue
            same = [t for t in cands if _same_speaker(a, t)]
            if same and any(t.via_agency == a.via_agency for t in same):
                result[sid].append(("kept", "; ".join(f"{t.source_text} {t.cue}" for t in same)))
            else:
                # the counterpart: the same speaker, else a source of the same type, else any in the sentence
                country = "government (country)"
                plausible = [t for t in cands if (t.source_type == country) == (a.source_type == country)]
                alike = same or [t for t in cands if t.source_type == a.source_type or t.head == a.head]
                alike = alike or plausible or cands
                result[sid].append(("re_attributed", "; ".join(f"{t.source_text} {t.cue}" for t in alike)))
        for sid, row in labels.iterrows():
            outcomes = result.get(sid, [("dropped", "")])
            status = min((o[0] for o in outcomes), key=rank.get)
            became = "; ".join(dict.fromkeys(o[1] for o in outcomes if o[1]))
            kept = sum(o[0] == "kept" for o in outcomes)
            rows.append(
                (
                    src_id,
                    sid,
                    row["label"],
                    bool(row["named"]),
                    row["source_type"],
                    doc_id,
                    status,
                    became,
                    kept,
                    len(outcomes),
                )
            )
    cols = [
        "source_doc_id",
        "source_id",
        "label",
        "named",
        "source_type",
        "doc_id",
        "status",
        "became",
        "mentions_kept",
        "mentions",
    ]
    return pd.DataFrame(rows, columns=cols)


def _same_speaker(a: _Attribution, t: _Attribution) -> bool:
    if a.person or t.person:
        return bool(a.person and a.person == t.person)
    if a.source_type == "pronoun" or t.source_type == "pronoun":
        return a.source_type == t.source_type
    heads = {a.head, a.head.rstrip("s")} & {t.head, t.head.rstrip("s")}
    return bool(heads) and (a.affiliation == t.affiliation or "unknown" in (a.affiliation, t.affiliation))
