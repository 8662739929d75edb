"""A document that "said" is no speaker: its issuer is, where the text names it; else no one.

Wire copy reports a written text as if it spoke: "CTS Corp and Dynamics Corp of America reached an
agreement ..., according to a joint statment"; "Geodome Resources Ltd said based on a feasibility
study of its Sunbeam Mine it will proceed ... The study said ore reserves ... were 3,302,000 tons";
"President Reagan ... today announced he will seek 2.5 billion dlrs ... The announcement said the
administration will request ..."; "Dome said in a statement ... The statement confirmed". A reader
takes the study for Geodome's, the announcement for Reagan's and the joint statement for the two
companies' (who speak in the story under their own names); the findings had counted each document
a speaker of its own, anonymous, an institution or even a named person ("The study" resolved to
"Sunbeam Mine"). Read in round 34 (branch spk72) from round 33's held-out 1729+1739 and
7629+7645+7823 (rows dy6 and gd21 of ``benchmarks/claims.md``) and the round-33 sweep's 6645 and
16176 (``benchmarks/speaker_sweep33.md``, shape 3).

The rule: a **bare document** (a determiner, up to three lower-case words, then a document's noun:
"The study", "a joint statement", "The announcement", "the feasibility report"; no name, no body's
or paper's word before the noun: "A hospital statement", "the Treasury brief" and "Newspaper
reports" are read by :mod:`~.body_statements`, :mod:`~.body_documents` and :mod:`~.press_reports`)
is its **issuer** when the text before it names one: the subject of "X said in a statement", "X
said based on a feasibility study", "X issued a statement", "the statement by X", or, for an
announcement, of "X (...) announced", a subject that opens its clause ("the counselor in Belgrade
said in a field report" names no issuer "Belgrade"). The nearest such subject is the issuer: a
person when titled, given a first name or an initial in the text ("J. Hugh Liedtke ... Liedtke said
in the letter") or of two or three words; else, or with a company's ending or a body's last word
("High Command"), an organisation. With none, the document is **no speaker**: its
cue is a mention (:func:`issuerless_document`, asked where a cue's role is decided) when it is read
"according to" it (the shape read; a bare "The report said" with no issuer is left to the older
rules, which read a letter's writer or a body named in the sentence before), unless the
text told of that document before in other words ("the Treasury brief ... the brief said", "a World
Bank report ... The report said"), which the earlier mention's rules read.

Widened in round 39 (branch debt39, round 38's held-out 3320 4, ``benchmarks/claims.md`` cw15): the
issuer may be the possessor of the document ("The estimate came in MTS Acquisition's proxy
statement ... the proxy said": MTS Acquisition), and "proxy" is a document's noun.

* :func:`bare_document`: the document's noun of a bare document label, or "".
* :func:`document_issuer`: the issuer's name and type (``person`` or ``organisation``), or None.
* :func:`issuerless_document`: whether a mention is a bare document whose text names no issuer.
"""

from __future__ import annotations

import re

from corpus_tools import lexicon
from corpus_tools.attribution.surnames import INSTITUTION_HEADS

__all__ = ["DOCUMENT_NOUNS", "bare_document", "document_issuer", "issuerless_document"]

#: a written text's nouns ("statment" is the wire's misspelling, as typed in 1739)
DOCUMENT_NOUNS = frozenset(
    "statement statment study report announcement survey filing letter memo memorandum release "
    "communique brief review circular bulletin document proxy".split()
)
#: words before the noun that name its issuer or the press: read by other rules, never bare
_OWNERS = frozenset().union(*(lexicon.SPEAKER_WORDS[k] for k in ("organisation", "media", "official")))
_BARE = re.compile(r"(?:the|a|an|this|that|its|their|his|her) ((?:[a-z-]+ ){0,3})([a-z]+)")
#: a subject: one to five capitalised words (a title among them), an opening word cut later
_SUBJECT = r"((?:[A-Z][\w&'.-]*\s+(?:(?:of|and|&|bin|de|van)\s+)?){0,4}[A-Z][\w&'.-]*)(?:\s+<[^>\s]{1,12}>)?"
_LINK = r"(?:in|based\s+on|citing|according\s+to|with)"
_DET = r"(?:a|an|the|its|his|her|their)"
_OPENERS = frozenset("But And The A An In On At Also Later Earlier Meanwhile Today Yesterday".split())
_LEGAL = re.compile(r"(?:\s+(?:Ltd|Limited|plc|PLC|Plc|Inc|Corp|Co)\.?)+$")
_COMPANY_END = r"\s+(?:Ltd|Limited|Inc|Corp|Co|Plc|PLC|SA|AG|NV|Group)\b"
#: short forms whose stop ends no sentence ("Corp.", "Dr.")
_SHORT = frozenset("Corp Inc Co Ltd Dr Mr Mrs Ms St Jr Gov Sen Rep Gen Prof".split())
#: what may stand before a subject: the text's start, a sentence's or a clause's end, a quotation's
_BOUNDS = ("", ".", ",", ";", ":", '"', "'", "`", ")")
#: a body's last word: "High Command", "Revolutionary Guards Corps"
_BODY_ENDS = INSTITUTION_HEADS | frozenset(("command", "corps", "forces", "council", "commission"))
_TITLES = lexicon.SPEAKER_WORDS["official"] | frozenset(h.lower() for h in lexicon.HONORIFICS)


def bare_document(label: str) -> str:
    """The noun of a bare document label (module docstring), else "".

    Example:
        >>> bare_document("The study"), bare_document("a joint statment")
        ('study', 'statment')
        >>> bare_document("A hospital statement"), bare_document("the Treasury brief")
        ('', '')
    """
    words = str(label).split()
    if len(words) < 2 or words[-1].lower() not in DOCUMENT_NOUNS:  # the cheap test first
        return ""
    m = _BARE.fullmatch(" ".join(words).lower() if words[0][:1].isupper() else " ".join(words))
    if m is None or any(w[:1].isupper() for w in words[1:]):
        return ""
    if set(m.group(1).split()) & (_OWNERS | {"newspaper", "press", "published", "news"}):
        return ""
    return m.group(2)


def _issuers(noun: str, before: str) -> list[str]:
    """Every subject the flat text ``before`` gives as the issuer of a ``noun``, in order: each verb
    of issuing is found first, then the capitalised words right before it (a short window)."""
    n = re.escape(noun)
    anchors = [
        rf"\bsaid,?\s+(?:[^.]{{0,40}}?\s)?{_LINK}\s+{_DET}\s+(?:[\w-]+\s+){{0,3}}{n}\b",
        rf"\b(?:issued|released|published|made|sent)\s+{_DET}\s+(?:[\w-]+\s+){{0,3}}{n}\b",
    ]
    if noun == "announcement":  # "President Reagan, reacting to Canadian concerns, today announced"
        anchors.append(r"\bannounced\b")
    found = []
    for anchor in anchors:
        for m in re.finditer(anchor, before):
            window = before[max(0, m.start() - 160) : m.start()]
            aside = r"(?:,[^,.]{1,60},)?" if anchor == r"\bannounced\b" else ","
            tail = rf"(?<![\w.]){_SUBJECT}{aside}?\s+(?:also\s+|today\s+|earlier\s+)?$"
            if subject := _opening_subject(tail, window):  # not "the counselor in Belgrade said"
                found.append((m.start(), subject))
    by = rf"\b{n}\s+by\s+(?:the\s+)?{_SUBJECT}"  # "The statement by the Iranian High Command"
    found += [(m.start(), m.group(1)) for m in re.finditer(by, before)]
    owner = rf"(?<![\w.]){_SUBJECT}'s?\s+(?:[a-z-]+\s+){{0,2}}{n}\b"  # "MTS Acquisition's proxy statement"
    found += [(m.start(), m.group(1)) for m in re.finditer(owner, before)]
    return [name for _, name in sorted(found)]


def _opening_subject(pattern: str, window: str) -> str:
    """The subject ``pattern`` finds at the end of ``window`` that opens its clause (the text's start,
    a stop, a comma or a quotation mark before it, "the" aside), else "" ("the counselor in
    Belgrade said": no subject "Belgrade"; "... in the Soviet Union. Borvex said": "Borvex")."""
    compiled, pos = re.compile(pattern), 0
    while (m := compiled.search(window, pos)) is not None:
        pre = re.sub(r"\b[Tt]he$", "", window[: m.start()].rstrip()).rstrip()
        if pre[-1:] in _BOUNDS:
            return m.group(1)
        pos = m.start() + 1
    return ""


def document_issuer(label: str, before: str, text: str = "") -> tuple[str, str] | None:
    """The issuer of the bare document ``label`` that ``before`` names (module docstring), else None.

    Args:
        label: the speaker's label ("The study").
        before: the document's text before the mention.
        text: the whole document, read for a company's legal ending; ``before`` when not given.

    Returns:
        ``(name, type)``: the issuer's name as the text writes it (a company's legal ending cut) and
        ``person`` (a titled name or a given and a family name) or ``organisation``.

    Example:
        >>> before = "Halden Mining Ltd said based on a feasibility study it will build a mill. "
        >>> document_issuer("The study", before)
        ('Halden Mining', 'organisation')
        >>> document_issuer("The announcement", "Senator Ann Roe today announced a bill. ")
        ('Senator Ann Roe', 'person')
        >>> document_issuer("a joint statement", "Two firms agreed, according to a joint statement. ")
    """
    noun = bare_document(label)
    if not noun or (noun[:7] if noun == "announcement" else noun) not in before:
        return None  # the cheap test first: "announced", "a statement"
    flat = " ".join(before.split())
    found = _issuers(noun, flat)
    if not found:
        return None
    words = found[-1].split()
    ends = [i for i, w in enumerate(words[:-1]) if w.endswith(".") and len(w) > 2 and w[:-1] not in _SHORT]
    words = words[ends[-1] + 1 :] if ends else words  # "... the Soviet Union. Pechiney said": Pechiney
    while words and words[0] in _OPENERS:  # "But Borvex said in a statement"
        words = words[1:]
    if not words:
        return None
    name = " ".join(words)
    whole = " ".join((text or before).split())
    company = _LEGAL.search(name) or re.search(re.escape(name) + _COMPANY_END, whole)
    if company or words[-1].lower() in _BODY_ENDS:
        return _LEGAL.sub("", name), "organisation"
    titled = words[0].lower().rstrip(".") in _TITLES
    given = re.search(
        rf"\b(?:[A-Z]\.\s*|(?:Mr|Mrs|Ms|Dr)\.?\s+)(?:[A-Z][a-z]+\s+)?{re.escape(name)}\b", whole
    )
    if titled or given or len(words) in (2, 3):  # "J. Hugh Liedtke ... Liedtke said in the letter"
        return name, "person"
    return name, "organisation"


def issuerless_document(mention: str, before: str) -> bool:
    """Whether ``mention`` is a bare document (module docstring) whose text before names no issuer:
    no speaker.

    Example:
        >>> issuerless_document("a joint statement", "Two firms agreed, according to ")
        True
        >>> issuerless_document("The statement", "Dome said in a statement it had talks. ")
        False
        >>> issuerless_document("the brief", "'It is wrong,' the Treasury brief said. ")
        False
    """
    if mention.split()[-1:] and mention.split()[-1].lower() not in DOCUMENT_NOUNS:  # the cheap test first
        return False
    if not re.search(r"\baccording\s+to\s*$", before[-20:]):
        return False  # only "according to a joint statement": other bare documents are left to their rules
    noun = bare_document(mention)
    if not noun or document_issuer(mention, before) is not None:
        return False
    flat = " ".join(before.split())
    told = len(re.findall(rf"\b{noun}\b", flat, re.IGNORECASE))  # the document told of before
    return told == len(re.findall(rf"\baccording to {_DET} (?:[\w-]+ ){{0,3}}{noun}\b", flat, re.IGNORECASE))
