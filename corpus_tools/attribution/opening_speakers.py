"""An opening description that speaks, and the person named after it.

A report often opens with a description of a person and a statement, and names her only in the
next sentence: "A woman who was jailed for fraud last year yesterday told the court ... / Jane
Doe, 41, said ...", "The first man convicted under the act said ... / Tom Hale, 30, was ...",
"A senior judge yesterday accused ... / Mr Justice Tom Smith said ...". A reader takes the
description for the person named next; the findings had counted it as one more, anonymous,
speaker, and each version that named her then "quoted her only on another statement" (the claims
audit's round 16, 16.07.99/transplant and 12.07.99/places, cause 4, ``benchmarks/claims.md``).
:mod:`~.opening_pleas` reads the plea kind of this shape; this module the statement kind.

The rule: a speaker label that is an indefinite description ("a", "an", "one of" and a head word
that is no institution's, no name in it), an ordinal one ("The first girl", "The only man") or one
of the person in charge of a thing ("The man in charge of the investigation", "The officer leading
the inquiry": one person, whom the next sentence names, 12.07.99/axe of ``claims_tune19.md``),
whose own sentence has a statement verb (said, told, accused, claimed, added ...), is the person
the first of the next two sentences that names anyone names first, in full, when the text has not
named that surname up to the end of the description's sentence, the person speaks under that
surname or given name from that sentence on ("Doe said", "Jane told"), the head's sex agrees
with the name's title ("A girl" is no "Mr Doe") and an office head is the name's office ("A
judge": "Mr Justice Tom Smith", "Judge Ann Lee").

* :func:`speaking_opener`: that person's name, or "".
"""

from __future__ import annotations

import re

from corpus_tools import lexicon
from corpus_tools.attribution.apposed_descriptions import after_name
from corpus_tools.attribution.descriptions import sentence_spans
from corpus_tools.attribution.judges import titles
from corpus_tools.attribution.kin_fragments import fragment_name
from corpus_tools.attribution.namesakes import other_given_names
from corpus_tools.attribution.opening_pleas import description_head, named_after
from corpus_tools.attribution.pronoun_speakers import pronoun_speaks

__all__ = ["speaking_opener"]

#: an ordinal or unique description of one person ("The first girl", "the only man")
_ORDINAL = re.compile(r"^the (?:first|second|third|fourth|fifth|last|only|youngest|oldest)\s+", re.IGNORECASE)
#: another of several unnamed witnesses ("another witness insisted", "One passenger said"), read as "a"
_OTHER = re.compile(r"^(?:another|one)\s+(?!of\b)(?=[a-z])", re.IGNORECASE)
#: the one person in charge of a thing ("The man in charge of the investigation", "the officer leading
#: the inquiry"), named in the next sentence (TUNE_19's 12.07.99/axe, kind K3, ``claims_tune19.md``)
_IN_CHARGE = re.compile(r"^the ([a-z]+) (?:in charge of|leading|heading)\s", re.IGNORECASE)
#: a statement verb, in the forms a report uses ("boasted" and "denied": "A thief who boasted in
#: prison that ... was jailed. ... Tom Pike had denied": round 24's TUNE_24, claims_tune24.md K2)
_SAID = re.compile(
    r"\b(?:sa(?:id|ys)|t(?:old|ells)|accus(?:ed|es)|claim(?:ed|s)|add(?:ed|s)|explain(?:ed|s)"
    r"|insist(?:ed|s)|warn(?:ed|s)|criticis(?:ed|es)|describ(?:ed|es)|boast(?:ed|s)|den(?:ied|ies))\b",
    re.IGNORECASE,
)
_FEMALE = frozenset("girl woman mother wife daughter schoolgirl widow grandmother sister lady".split())
_MALE = frozenset("boy man father husband son schoolboy widower grandfather brother".split())
_TITLES = lexicon.MALE_TITLES | lexicon.FEMALE_TITLES | lexicon.SPEAKER_WORDS["official"]
#: how many sentences after the description's the name may come
_REACH = 2


#: where a sentence ends that :func:`~.descriptions.sentence_spans` reads on: a paragraph's end ("<"
#: of a wire take, a blank line) and a full stop inside closing quotation marks
_BREAK = re.compile(r"<\s*\n|\n\s*\n|(?<=[.!?])(?:''|[\"\u2019\u201d])+\s+(?=[A-Z`'\"\u2018\u201c])")


#: an office set after a name in apposition ("Mr Hugh Ross, chief executive of the Trust"): round
#: 29's held-out 12.07.99/heart, "..., a hospital chief said today. But Mr Hugh Ross, chief executive
#: ..., admitted" (``benchmarks/claims.md``, rows ht5 and ht22)
_APPOSED = re.compile(r",\s+(?:the\s+)?(?:[a-z][\w'-]*\s+){0,2}[a-z][\w'-]*")
#: a sentence's opening conjunction run into the name by the name pattern ("But Mr Hugh Ross": "Ross")
_CONJUNCTION = (
    r"\s*(?:But|And|Yet|However,?)\s+((?:(?:Mr|Mrs|Ms|Miss|Dr|Sir)\.?\s+)?"
    r"(?:[A-Z][\w'-]*\s+){1,2})"
)


def _opened(sentence: str, name: str) -> str:
    """The full name of a bare surname found after a sentence's opening conjunction ("But Mr Hugh
    Ross admitted": "Mr Hugh Ross"), else ``name``."""
    m = re.match(_CONJUNCTION + re.escape(name) + r"\b", sentence) if " " not in name else None
    return " ".join((m.group(1) + name).split()) if m else name


def _spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the sentences of raw text, a paragraph's end and a quotation's full stop
    ending one too."""
    out = []
    for a, b in sentence_spans(text):
        for m in _BREAK.finditer(text, a, b):
            if text[a : m.start()].strip():
                out.append((a, m.start()))
            a = m.end()
        if text[a:b].strip():
            out.append((a, b))
    return out


def _head(label: str) -> str:
    """The head word of an indefinite, ordinal or charge description with no name, lower case, or ""."""
    charge = _IN_CHARGE.match(label)  # "The man in charge of the investigation": "a man"
    label = _OTHER.sub("a ", _ORDINAL.sub("a ", label, count=1), count=1)  # "another witness": "a witness"
    return description_head(f"a {charge.group(1)}" if charge else label)


def _agrees(head: str, name: str, sentence: str, text: str) -> bool:
    """Whether a description's head may be the named person: no title of the other sex ("A girl",
    "Mr Doe"), unless the text gives the surname to someone else too ("A husband ... Tom Doe said",
    "Mrs Doe" his wife Ann Doe: TUNE_19's 27.01.00/wife, ``benchmarks/claims_tune19.md``), and an
    office head the office the sentence gives before the name."""
    last = re.escape(name.split()[-1])
    if other_given_names(text, name.split()[-1], name.split()[-2] if " " in name else ""):
        return head not in lexicon.SPEAKER_WORDS["official"] or _agrees(head, name, sentence, "")
    if head in _FEMALE and re.search(rf"\bMr\.? (?:[A-Z][\w'-]* )*{last}\b", text):
        return False
    if head in _MALE and re.search(rf"\b(?:Mrs|Miss|Ms)\.? (?:[A-Z][\w'-]* )*{last}\b", text):
        return False
    if head in lexicon.SPEAKER_WORDS["official"]:
        at = sentence.find(name)
        office = _APPOSED.match(sentence, at + len(name)) if at >= 0 else None  # "X, chief executive of"
        end = office.end() if office else at + len(name)
        return bool(titles(head) & titles(sentence[max(0, at - 30) : end]))
    return True


def speaking_opener(label: str, before: str, after: str, surnames: set[str]) -> str:
    """The full name an opening description that speaks stands for (module docstring), else "".

    Args:
        label: the speaker's label ("A woman", "The first man").
        before: the document's text before the mention.
        after: the document's text from the mention on.
        surnames: the surnames the text gives people (:func:`~.surnames.person_surnames`).

    Example:
        >>> text = "A woman jailed for fraud yesterday told the court she was sorry. Jane Doe, 41, said more."
        >>> speaking_opener("A woman", "", text, {"Doe"})
        'Jane Doe'
        >>> speaking_opener("A woman", "", text.replace("Jane Doe", "Mr Tom Doe"), {"Doe"})
        ''
    """
    label = " ".join(str(label).split())
    head = _head(label)
    if not head or re.search(r", [A-Z][a-z]+ [A-Z]", label):  # "A pathologist, Tom Reed": named already
        return ""
    if after_name(label, before, surnames):  # "James Sands, a loyalist who claimed": Sands's
        return ""
    found = named_after(before, after, surnames, _SAID, _REACH, _spans)  # "A woman was jailed": no statement
    if found is None:
        return ""  # or no name yet: "The case was heard in York"
    text, spans, k, a, b, name = found
    kin = fragment_name(text[a:])  # "Mr Hale's wife. Ruth, said": Ruth Hale, new though Mr Hale is not
    name = kin or _opened(text[a:b], name)
    words = [w for w in name.split() if w.lower().rstrip(".") not in _TITLES]  # "Mr Justice Tom Smith"
    if len(words) < 2 or re.search(rf"\b{re.escape(kin or words[-1])}\b", text[: spans[k][1]]):
        return ""
    first, last = words[0], words[-1]
    said = rf"\b(?:{re.escape(last)}|{re.escape(first)})\b[^.]{{0,80}}?{_SAID.pattern}"
    speaks = re.search(said, text[a:], re.IGNORECASE) or pronoun_speaks(text[b:], last, text)
    return " ".join(words) if speaks and _agrees(head, name, text[a:b], text) else ""
