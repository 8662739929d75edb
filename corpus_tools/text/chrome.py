"""Page chrome and wire furniture, line by line: navigation, timestamps, related links,
captions, copyright, wire header rules and time stamps, advisories, sign-offs, bylines,
datelines, headlines in capitals and crossheads. :mod:`corpus_tools.text.cleaning` reads each
paragraph with these rules; a rule names why a line is set aside (the ``rule`` column of
:func:`corpus_tools.text.cleaning.clean`).
"""

from __future__ import annotations

import re

from corpus_tools.text.editor_notes import is_editors_note

__all__ = [
    "BYLINE",
    "DATELINE",
    "HEADER_RULE",
    "SIGN_OFF",
    "WIRE_HEADER",
    "chrome_rule",
    "is_caps_line",
    "is_crosshead",
]

_NAV = re.compile(
    r"^(?:search(?: form)?|you are here|skip to (?:main )?content|(?:main )?menu|home(?:page)?|"
    r"share(?: this)?(?: article| story| page)?|tweet|e-?mail|print|comments?|advertisement|"
    r"advertising|sponsored(?: content)?|sign in|log ?in|register|subscribe(?: now)?|"
    r"trending(?: now)?|most (?:read|popular|viewed|shared)|read more|newsletter|"
    r"follow us(?: on .*)?|share (?:on|via) .*|click here.*|back to top|toggle navigation|"
    r"close|next|previous|top stories|latest|loading\W*|cookies?.*accept.*|accept cookies)$",
    re.IGNORECASE,
)
_BREADCRUMB = re.compile(r"^[\w&' -]{1,40}(?:\s*(?:»|›|>|\|)\s*[\w&' -]{1,40}){1,6}$")
_TIMESTAMP = re.compile(
    r"^(?:(?:last )?(?:updated|published|posted|modified)\b.{0,80}|"
    r".{0,40}\b\d+\s*(?:sec|secs|seconds?|min|mins|minutes?|hrs?|hours?|days?|weeks?)\b.{0,40}\bago)$",
    re.IGNORECASE,
)
_RELATED = re.compile(
    r"^(?:more from|more on|more in|also read|read also|read more|see also|"
    r"related(?: articles| stories| news)?|"
    r"recommended(?: for you)?|you (?:may|might) also like|more stories|latest news|editor'?s picks)\b"
    r"[\s:\w&'-]{0,80}$",
    re.IGNORECASE,
)
_AGENCY = r"(?:AP|AFP|Reuters|REUTERS|Getty(?: Images)?|EPA|PA|Bloomberg|Xinhua|dpa|UPI|ANI|IANS|PTI)"
_CAPTION = re.compile(
    r"^(?:in this\b.{0,120}\b(?:photo|image|picture|file)\b.*"
    r"|(?:file )?(?:photo|image|picture|pictured|caption|credit)s?\s*[:|\u2013\u2014-].*"
    rf"|.*\(\s*{_AGENCY}(?:\s+(?:photo|images?)[^)]*)?(?:/[^)]*)?\s*\)"
    rf"|.*\b{_AGENCY}/[A-Z][\w.'-]+(?: [A-Z][\w.'-]+){{0,3}}\.?)$",
)
_COPYRIGHT = re.compile(r"^(?:\u00a9|\(c\)|copyright\b).*|.*\ball rights reserved\b.*", re.IGNORECASE)
BYLINE = re.compile(r"^(?i:by)\s+[A-Z][\w.'-]+(?:\s+(?:[A-Z][\w.'-]+|and|&|,))*(?:\s*[,|]\s*.{0,40})?$")
DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'\u2019-]+(?:[ /][A-Z][A-Z.'\u2019-]+)*)"
    r"(?:,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}))?"
    rf"(?:\s*\(\s*{_AGENCY}\s*\))?"
    r"\s*(?:[-\u2013\u2014:]|--)\s+"
)

HEADER_RULE = re.compile(r"^[-=_*]{10,}$")
WIRE_HEADER = re.compile(r"^\d{1,2}[:.]\d{2}\s+\d{1,2}/\d{1,2}/\d{2,4}\b.*$")
SIGN_OFF = re.compile(r"^\(?(?:end|ends|more|mfl|mf|ends?\s+\w+|more follows)\)?\.?$", re.IGNORECASE)
_ADVISORY = re.compile(r"^\((?:ADVISORY|EDITORS?|NOTE|CORRECTS?|EMBARGO(?:ED)?)\b.*\)$", re.IGNORECASE)


def chrome_rule(line: str) -> str:
    """The chrome rule a whole paragraph matches, or ''."""
    s = " ".join(line.split())
    n_words = len(s.split())
    if n_words <= 8 and _NAV.match(s):
        return "navigation"
    if n_words <= 12 and _BREADCRUMB.match(s) and not s.endswith((".", "?", "!")):
        return "navigation"
    if n_words <= 14 and _TIMESTAMP.match(s):
        return "timestamp"
    if n_words <= 14 and _RELATED.match(s):
        return "related_links"
    if n_words <= 80 and _CAPTION.match(s):
        return "caption"
    if n_words <= 30 and _COPYRIGHT.match(s):
        return "copyright"
    if HEADER_RULE.match(s):
        return "header_rule"
    if n_words <= 20 and WIRE_HEADER.match(s):
        return "wire_header"
    if (n_words <= 40 and _ADVISORY.match(s)) or is_editors_note(s):
        return "advisory"
    return ""


def is_caps_line(seg: str) -> bool:
    """A line of four or more words in capitals: a wire headline, even one that ends with a quote
    mark or a colon (PA: "PINOCHET CHARGES 'MOST SERIOUS TO COME BEFORE ENGLISH COURT'"); a
    dateline's place ("NEW YORK") is shorter."""
    letters = [c for c in seg if c.isalpha()]
    return len(seg.split()) >= 4 and len(letters) >= 6 and all(c.isupper() for c in letters)


def is_crosshead(seg: str) -> bool:
    """A tabloid sub-heading: one to four words, no sentence punctuation, no quote."""
    n_words = len(seg.split())
    return 1 <= n_words <= 4 and not seg.endswith((".", "!", "?", ",", ":", ";", '"', "'")) and '"' not in seg
