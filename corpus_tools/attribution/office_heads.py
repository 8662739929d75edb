"""The head of an institution under his office, and the one person the story names in it.

"The chief executive of the Professional Golfers' Association today claimed ...", "The head of the
PGA said ...": the story names the holder elsewhere ("the PGA chief executive Sandy Jones", "Sandy
Jones, who has headed the PGA since 1991"), and a reader takes the office for him; the findings had
counted the office as one more speaker, anonymous or merged into the institution (read from round
26's 02.11.99/trousers, trousers1nl 6 and 14 and the times 0, ``benchmarks/claims.md`` tw7 and
tw15-17). The institution is matched by its initials ("Professional Golfers' Association" is the
"PGA").

The rule: a label "the OFFICE of ORG" or "the ORG OFFICE" (an office that heads a body: chief
executive, chairman, president, director-general, head ...) is the person the story's text names in
that office of that body ("ORG OFFICE First Last", "OFFICE of ORG, First Last", "First Last, OFFICE
of ORG") or as its head ("First Last, who has headed ORG"; "head" is any of the offices, and any of
them "heads" the body), when exactly one surname fits and the document names it too.

* :func:`office_head`: that person's name, or "".
"""

from __future__ import annotations

import functools
import re

__all__ = ["office_head"]

#: the offices that head a body, lower case
_OFFICES = (
    r"(?i:chief executive|chairman|chairwoman|chair|president|director[- ]general|general secretary"
    r"|secretary[- ]general|managing director|head|chief|leader)"
)
#: any capitalised run naming a body ("Professional Golfers' Association", "PGA")
_ORG = r"(?:the )?((?:[A-Z][\w'&.-]*\s(?:(?:of|and|for) )?){0,5}[A-Z][\w'&.-]*)"
_LABEL_OF = re.compile(rf"^(?i:the) ({_OFFICES}) of {_ORG}$")
_LABEL_PRE = re.compile(rf"^(?i:the) {_ORG}'?s? ({_OFFICES})$")
_NAME = r"(?P<n>(?!(?:Mrs?|Miss|Ms|Dr|Sir|The)\b)[A-Z][a-z]+(?: [A-Z]\.?)? [A-Z][a-z][\w'-]+)"
#: the story naming a holder: "the PGA chief executive Sandy Jones", "chief executive of the PGA,
#: Sandy Jones", "Sandy Jones, chief executive of the PGA", "Sandy Jones, who has headed the PGA"
_HOLDERS = (
    re.compile(rf"{_ORG}'?s? (?P<o>{_OFFICES}),? {_NAME}"),
    re.compile(rf"\b(?P<o>{_OFFICES}) of {_ORG},? {_NAME}"),
    re.compile(rf"{_NAME}, (?:the )?(?:{_ORG}'?s? )?(?P<o>{_OFFICES}) of {_ORG}"),
    re.compile(rf"{_NAME}, (?:the )?{_ORG}'?s? (?P<o>{_OFFICES})\b"),
    re.compile(rf"{_NAME},? who (?:has )?(?P<o>head(?:s|ed)|chair(?:s|ed)|le(?:ads|d)) {_ORG}"),
)
_GENERIC = ("head", "heads", "headed", "leads", "led", "chief", "leader")


def _initials(org: str) -> str:
    """A body's initials, upper case: "PGA" for "the PGA" and for "Professional Golfers' Association"."""
    words = re.findall(r"[A-Za-z][\w'&-]*", re.sub(r"'s?$", "", org.strip()))
    words = [w for w in words if w.lower() not in ("the", "of", "and", "for")]
    if len(words) == 1 and words[0].isupper() and len(words[0]) > 1:
        return words[0]
    return "".join(w[0] for w in words).upper()


def _same_office(a: str, b: str) -> bool:
    """Whether two offices may be the same post: equal, or either the generic "head"."""
    a, b = a.lower().replace("-", " "), b.lower().replace("-", " ")
    return a == b or a in _GENERIC or b in _GENERIC or {a, b} == {"chair", "chairman"}


#: where a paragraph ends: a blank line, or the "<" of a wire take
_PARAGRAPH = re.compile(r"\n\s*\n|<")


@functools.lru_cache(maxsize=64)
def _body_paragraphs(posts: str, key: str, words: tuple | list) -> str:
    """The paragraphs of ``posts`` that name the body (its initials, or the last word of its name),
    each on one line: the holders are read there only (a corpus with no stories is one long text)."""
    cues = (key, *words)
    return "\n".join(" ".join(p.split()) for p in _PARAGRAPH.split(posts) if any(c in p for c in cues))


@functools.lru_cache(maxsize=64)
def _holders(posts: str) -> tuple[tuple[str, str, str], ...]:
    """(office, initials of the body, name) of each holder the text names."""
    out = []
    for pattern in _HOLDERS:
        for m in pattern.finditer(posts):
            own = (m.re.groupindex["n"], m.re.groupindex["o"])
            orgs = [g for i, g in enumerate(m.groups(), 1) if g and i not in own]
            if orgs:
                out.append((m.group("o"), _initials(orgs[-1]), m.group("n")))
    return tuple(out)


def office_head(label: str, text: str, posts: str) -> str:
    """The one person the story names in the office of a body a label gives (module docstring), else "".

    Args:
        label: the speaker's label ("The chief executive of the Professional Golfers' Association").
        text: the document's text (the name must be in it).
        posts: the story's text, where the holders are read.

    Example:
        >>> posts = "He told the AFC chairman Tom Reed. Tom Reed, who has led the AFC since 1990, said no."
        >>> office_head("The chairman of the Amber Fishing Club", posts, posts)
        'Tom Reed'
        >>> office_head("The head of the AFC", posts, posts + " Ann Cole, the AFC's president, smiled.")
        ''
    """
    label = " ".join(str(label).split())
    if label[:4].lower() != "the " or " " not in label[4:]:
        return ""
    m = _LABEL_OF.match(label)
    if m:
        office, org = m.group(1), m.group(2)
    elif m := _LABEL_PRE.match(label):
        org, office = m.group(1), m.group(2)
    else:
        return ""
    key = _initials(org)
    if len(key) < 2:
        return ""
    body = _body_paragraphs(posts, key, tuple(re.findall(r"[A-Z][\w'&-]*", org)[-1:]))
    names = {n for o, k, n in _holders(body) if k == key and _same_office(office, o)}
    if len({n.split()[-1] for n in names}) != 1:
        return ""  # no one, or two people: leave it
    name = min(names, key=len)
    return name if re.search(rf"\b{re.escape(name.split()[-1])}\b", text) else ""
