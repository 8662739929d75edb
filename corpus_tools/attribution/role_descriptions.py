"""A definite description by rank or role that fits one named person of the document.

A report names a person by rank or role and varies the reference with a description of the same
rank or role, before or after the name: "The black female police officer accused of ... had
endured years of abuse, a court heard. Pc Ann Lee was asked ..., she told the court"; "WPC Ann
Lee, 35, ... The 35-year-old officer, who is on sick leave, said"; "The WPC hugged her family";
"Harrods owner Tom Dodd ... the Harrods boss said"; "Ann Lee, QC, ... The QC said". Such a
description is no new, anonymous speaker (read from 12.08.99/snooker of the claims audit, round
12, S kind 1, ``benchmarks/claims.md``; the boss and QC forms from its list of the same kind):

* its **head** is a word of a rank or role class (:data:`ROLE_CLASSES`: police, counsel, the head
  of a business; a magistrate, a judge, a recorder and a solicitor each their own) and a named
  person of the document carries a word of the same class right before the name ("Pc",
  "Sergeant", "owner") or after it (", QC");
* its capitalised modifiers ("Harrods") stand beside that person's name too, and the gender
  ("female", "policewoman", "WPC") and age ("35-year-old") it gives do not rule the person out
  (the person's gender: a title, a gendered rank word, or the "he" or "she" of the sentence the
  name opens);
* when several fit: those whose gender the text gives and matches the description's first; then
  the one the document names at least twice as often as any other (the report's main person).
* a post (a consultant, an anaesthetist, a whistle-blower, an MP, a minister: each its own class;
  ``TUNE_15``'s 22.11.99/inqheart and 08.12.99/hamilton, kind T1 of
  ``benchmarks/claims_tune15.md``) may be given by another version of the story ("Anaesthetist
  Stephen Bolsin" in one, "The consultant anaesthetist said" in another), and stands only for the
  one person it fits, whatever their gender or how often they are named; a post held in the past
  ("The former Tory minister") is the one person the story names as its former holder
  (:mod:`~.past_offices`);
* when several fit a rank or role (not a post) and no one is named twice as often as any other
  (the main person stays first), the one named last in the two sentences before the description,
  of those the text ties the role to with nothing between (:func:`_tied_words`: "Carman QC", not
  "... to his counsel, Mr Hamilton said"), is meant, as a reader takes "The QC repeated his
  question" after "Mr Carman asked ..." though another QC was named earlier (08.12.99/hamilton,
  round 16); a role the document ties to no one may be tied by another take of its source
  ("George Carman QC" in one take, "Mr Carman" in the next), and a bare "Counsel" (a
  transcript's "Counsel: ...") is "the counsel".

* :func:`role_described`: the name such a description stands for, or "".
"""

from __future__ import annotations

import functools
import re

from corpus_tools.attribution.descriptions import names_in, sentence_spans
from corpus_tools.attribution.epithets import GENDERED_HEADS
from corpus_tools.attribution.namesakes import title_gender
from corpus_tools.attribution.past_offices import past_office_holders, past_office_of
from corpus_tools.attribution.word_places import word_places

__all__ = ["ROLE_CLASSES", "role_described"]

#: rank and role words by class (a declarative table): a description headed by one of a class
#: describes a person the text names with a word of the same class
ROLE_CLASSES: dict[str, frozenset[str]] = {
    "police": frozenset(
        """officer policewoman policeman constable pc wpc sergeant sgt inspector insp detective det
        superintendent supt dci dc wdc ds""".split()
    ),
    "counsel": frozenset("qc barrister counsel advocate".split()),
    # a magistrate is no judge ("The magistrate" of a story naming a Spanish judge too)
    **{w: frozenset({w}) for w in ("magistrate", "judge", "recorder", "solicitor")},
    "business": frozenset("boss owner chairman chairwoman tycoon proprietor director".split()),
    # a post the text gives one named person, each its own class: a consultant is no anaesthetist
    # and an MP no minister (read from TUNE_15's 22.11.99/inqheart and 08.12.99/hamilton, kind T1)
    **{w: frozenset({w}) for w in ("consultant", "anaesthetist", "whistleblower", "mp", "minister")},
}
#: classes whose description stands only for the one person they fit: never the main one of several
_UNIQUE = frozenset({"consultant", "anaesthetist", "whistleblower", "mp", "minister"})
_CLASS_OF = {w: k for k, words in ROLE_CLASSES.items() for w in words}
#: words that end a description's head before its complement ("consultant at Bristol Infirmary")
_COMPLEMENT = frozenset("at of for from in with to".split())
_POST_WORD = re.compile(r"\b(?:[Ee]x-)?(?:[Cc]onsultant|[Aa]naesthetist|[Ww]histle-?blower|MP|[Mm]inister)\b")
#: the words of the head of a business, read around in the story's versions ("Harrods boss Tom
#: Dodd" in one, "the Harrods chairman said" in another); a head word that is a business's head's
#: only as a description's head ("The Harrods chief", "The multi-millionaire": TUNE_22's hamilton,
#: kind K1 of ``benchmarks/claims_tune22.md``), never as a word beside a name ("Chief Inspector")
_BUSINESS_WORD = re.compile(r"\b(?:[Bb]oss|[Oo]wner|[Cc]hairman|[Cc]hairwoman|[Tt]ycoon|[Pp]roprietor)\b")
_HEAD_ONLY = {"chief": "boss", "multimillionaire": "tycoon", "millionaire": "tycoon"}


def _key(word: str) -> str:
    """A role word as :data:`ROLE_CLASSES` spells it: "ex-MP" -> "mp", "Whistle-blower" ->
    "whistleblower"."""
    w = word.lower()
    return w.removeprefix("ex-").replace("-", "")


#: words that give a description or a name its gender, besides the head nouns of epithets
_GENDER_WORDS = {
    **GENDERED_HEADS,
    **dict.fromkeys("female policewoman wpc wdc businesswoman chairwoman".split(), "f"),
    **dict.fromkeys("male policeman businessman chairman".split(), "m"),
}
_DEFINITE = ("the", "this")
#: role words English uses without an article ("Counsel: ...", "Counsel said")
_BARE = frozenset({"counsel"})
_AGE = re.compile(r"\b(\d{1,2})-year-old\b")
_TITLES = r"(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lady|Lord|Dame)"
_SUBJECT = re.compile(r"\b(he|she)\b", re.IGNORECASE)
_END = re.compile(r"[.!?]['\"\u2019\u201d]?\s+(?=[A-Z'\"\u2018\u201c`])|\n\s*\n")
_TITLED_NAME = re.compile(
    r"\b(Mr|Mrs|Ms|Miss|Sir|Lady|Lord|Dame|WPC|WDC|Policewoman|Policeman|policewoman|policeman)\.? "
    r"(?:[A-Z][\w'-]* )?([A-Z][\w'-]+)\b"
)
_PRONOUN = re.compile(r"\b(he|she)\b", re.IGNORECASE)


#: after a name: a post-nominal, its apposition up to a comma, or its first five words when it runs on
_AFTER = re.compile(
    r",? (QC)\b|, ((?:an?|the) [^,.;]{1,40})[,.;]|, ((?:an?|the|former) (?:[\w'-]+ ){0,3}[\w'-]+)"
)
_WORD = re.compile(r"[\w'-]+")


def _words_near(text: str, surname: str) -> set[str]:
    """The words a text sets beside a surname (up to four before its name, a post-nominal or an
    apposition after it): their keys, and those with a capital as they stand."""
    words: set[str] = set()
    # "stipendiary magistrate Ann Rees", "Harrods owner Tom Dodd", "Pc Lee" (the word right before
    # the name, and the one before it when that is a rank or role); "Ann Rees, QC,", "Ann Rees, a
    # retired Pc," (its apposition up to a comma); not "The judge told Tate"
    # or its first five words when it runs on ("Ann Rees, a former consultant anaesthetist at ...")
    for at in word_places(text, surname):  # no pattern compiled per name (:mod:`~.word_places`)
        before = _WORD.findall(text[max(0, at - 60) : at])[-5:]
        while before and before[-1][:1].isupper() and _key(before[-1]) not in _CLASS_OF:
            before.pop()  # the given names ("Ann" of "Pc Ann Lee")
        near = before[-1:] + (before[-2:-1] if before and _key(before[-1]) in _CLASS_OF else [])
        tail = _AFTER.match(text, at + len(surname))
        words |= set(near) | set(_WORD.findall(" ".join(g or "" for g in tail.groups()) if tail else ""))
    return {_key(w) for w in words} | {w for w in words if w[:1].isupper()}


def _words_beside(text: str, surname: str) -> tuple[set[str], set[str], str]:
    """The words a text sets beside a surname (:func:`_words_near`), the ages it gives, and the
    gender its titles and gendered words give."""
    s = re.escape(surname)
    ages = set(re.findall(rf"\b{s}, (?:now |aged )?(\d{{1,2}})\b", text))
    ages |= set(re.findall(rf"\b(\d{{1,2}})-year-old (?:[A-Z][\w'-]* ){{0,3}}{s}\b", text))
    titles = re.findall(rf"\b({_TITLES})\.? (?:[A-Z][\w'-]* )?{s}\b", text)
    gender = title_gender(titles)
    ranks = {
        _GENDER_WORDS[w.lower()]
        for w in re.findall(rf"\b(\w+) (?:[A-Z][\w'-]* )?{s}\b", text)
        if w.lower() in _GENDER_WORDS
    }
    gender = gender or (ranks.pop() if len(ranks) == 1 else "")
    return _words_near(text, surname), ages, gender


@functools.lru_cache(maxsize=64)
def _people(text: str, surnames: frozenset[str]) -> dict[str, dict]:
    """surname -> the document's reading of a named person: ``name`` (the fullest), ``n`` (how
    many sentences name it), ``words``, ``ages``, ``gender`` (from :func:`_words_beside`, else the
    first "he" or "she" of a sentence that opens with the name and names no one else). Read once
    per document."""
    people: dict[str, dict] = {}
    for a, b in sentence_spans(text):
        sentence = text[a:b]
        names = names_in(sentence, set(surnames), text)
        for name in names:
            p = people.setdefault(name.split()[-1], {"name": name, "n": 0, "said": ""})
            p["name"] = max(p["name"], name, key=len)
        for surname in {name.split()[-1] for name in names}:  # sentences, not mentions
            people[surname]["n"] += 1
        opening = sentence[: sentence.find(names[0].split()[-1])] if names else "x"
        if names and not any(w[:1].islower() for w in re.findall(r"[A-Za-z]+", opening)):  # it opens
            rest = sentence[sentence.find(names[0].split()[-1]) :]
            pronoun = _PRONOUN.search(rest) if len({n.split()[-1] for n in names}) == 1 else None
            p = people[names[0].split()[-1]]
            if pronoun and not p["said"]:
                p["said"] = "m" if pronoun.group(1).lower() == "he" else "f"
    for s, p in people.items():
        p["words"], p["ages"], gender = _words_beside(text, s)
        p["gender"] = gender or p["said"]
    return people


@functools.lru_cache(maxsize=256)
def _tied_words(text: str, surname: str) -> frozenset[str]:
    """The role words a text ties to a surname with nothing between them: the word right before
    the name ("boss Tom Dodd", "QC Ann Lee"), the letters after it ("Ann Lee QC", "Ann Lee,
    QC") and the head of its apposition ("Ann Lee, his counsel,"); not a word before a comma
    ("... to his counsel, Mr Dodd said")."""
    s = re.escape(surname)
    runs = re.findall(rf"(?<![\w'-])((?:[\w'-]+ )?(?:[A-Z][\w'-]*\.? ){{0,3}}){s}\b", text)
    before = [w.rstrip(".") for run in runs for w in run.split()]  # "boss", "Sgt Tom", "hit Sgt Tom"
    after = re.findall(rf"\b{s},? (QC|KC)\b", text)
    appos = re.findall(rf"\b{s}, (?:an?|the|his|her|their) (?:[\w'-]+ ){{0,2}}([\w'-]+)[,.;]", text)
    return frozenset(_key(w) for w in [*before, *after, *appos] if _key(w) in _CLASS_OF)


@functools.lru_cache(maxsize=8)
def _post_holders(story: str) -> dict[str, frozenset[str]]:
    """surname -> the post words (of :data:`_UNIQUE` classes) the story's texts set beside it
    ("Anaesthetist Stephen Bolsin" in one version, "Stephen Bolsin, a former consultant
    anaesthetist" in another, "the former MP for Tatton"): read once per story, and only around
    the places a post word stands."""
    found: dict[str, set[str]] = {}
    for hit in _POST_WORD.finditer(story):
        window = story[max(0, hit.start() - 80) : hit.end() + 80]
        for name in set(re.findall(r"\b[A-Z][a-z][\w'-]+\b", window)):
            posts = {w for w in _words_near(window, name) if _CLASS_OF.get(w) in _UNIQUE}
            if posts:
                found.setdefault(name, set()).update(posts)
    return {k: frozenset(v) for k, v in found.items()}


@functools.lru_cache(maxsize=256)
def _business_beside(story: str, surname: str) -> frozenset[str]:
    """The words (lower-cased) the story's versions set beside a surname where a business word is
    among them ("Harrods boss Tom Dodd": boss, harrods), read only around the surname's places: a
    story of thousands of documents is searched for the one name, not scanned at every "chairman"."""
    words: set[str] = set()
    at = story.find(surname)  # a plain search: a word-bounded pattern reads a long story slowly
    while at >= 0:
        end = at + len(surname)
        window = story[max(0, at - 80) : end + 80]
        bounded = not story[at - 1 : at].isalnum() and not story[end : end + 1].isalnum()
        at = story.find(surname, end)
        if bounded and _BUSINESS_WORD.search(window):
            beside = _words_near(window, surname)
            words |= {w.lower() for w in beside} if beside & ROLE_CLASSES["business"] else set()
    return frozenset(words)


@functools.lru_cache(maxsize=16)
def _titled_genders(text: str) -> dict[str, str]:
    """surname -> the gender its titles or gendered rank words give it anywhere in ``text`` (a
    source group's: "Miss Lee" in one take, "Pc Lee" in another), read in one pass."""
    found: dict[str, set[str]] = {}
    for word, name in _TITLED_NAME.findall(text):
        w = word.lower().rstrip(".")
        g = title_gender([w]) or _GENDER_WORDS.get(w, "")
        if g:
            found.setdefault(name, set()).add(g)
    return {name: g.pop() for name, g in found.items() if len(g) == 1}


def role_described(
    label: str, before: str, after: str, surnames: set[str], group: str = "", story: str = ""
) -> str:
    """The name a definite description by rank or role stands for (module docstring), else "".

    Args:
        label: the speaker's label ("The black female police officer", "The QC").
        before: the document's text before the mention.
        after: the document's text from the mention on.
        surnames: the surnames the text gives people (:func:`~.surnames.person_surnames`).
        group: the text of the document's source group, whose titles give a gender the document
            does not ("Miss Lee" in another take).
        story: the text of the document's story, whose versions give a person a post
            ("Anaesthetist Ann Lee") the document does not (read for posts only).

    Example:
        >>> text = ("The female officer accused of hitting a colleague wept, a court heard. Pc Ann "
        ...         "Lee was asked about her life, she said. Pc Lee is accused of hitting Sgt Tom Ray. "
        ...         "Sgt Ray denies it.")
        >>> role_described("The female officer", "", text, {"Lee", "Ray"})
        'Pc Ann Lee'
        >>> role_described("The officer", "", text.replace("female ", ""), {"Lee", "Ray"})
        ''
        >>> text = "Pc Ann Lee was cleared. The officer said she was glad."
        >>> role_described("The officer", "", text, {"Lee"})
        'Pc Ann Lee'
    """
    words = re.findall(r"[\w'-]+", " ".join(str(label).split()))
    cut = next((i for i, w in enumerate(words) if i > 1 and w in _COMPLEMENT), len(words))
    words = words[:cut]  # "The former consultant anaesthetist at Bristol Infirmary": its head
    words = ["the", *words] if len(words) == 1 and words[0].lower() in _BARE else words  # "Counsel:"
    if len(words) < 2 or words[0].lower() not in _DEFINITE:
        return ""
    head = _key(words[-1])
    head = _HEAD_ONLY.get(head, head)  # "The Harrods chief": a boss
    kind = _CLASS_OF.get(head)
    if kind is None:
        return ""
    mods = words[1:-1]
    genders = {_GENDER_WORDS[w.lower()] for w in words[1:] if w.lower() in _GENDER_WORDS}
    gender = genders.pop() if len(genders) == 1 else ""
    if not gender and not before.rstrip(" \t<'\"`").endswith((",", ";")):  # "The officer ... said she hoped"
        sentence = after[: next((m.start() for m in _END.finditer(after)), len(after))]
        said = _SUBJECT.search(sentence, len(" ".join(str(label).split())))
        gender = ("m" if said.group(1).lower() == "he" else "f") if said else ""
    age = _AGE.search(" ".join(words))
    caps = {w for w in mods if w[:1].isupper() and _key(w) not in _CLASS_OF}
    caps = {re.sub(r"['\u2019]s$", "", w).lower() for w in caps}  # "The Atlantic's owner": atlantic
    text = before + after
    people = _people(text, frozenset(surnames))
    titled = _titled_genders(group) if group else {}
    people = {k: {**p, "gender": p["gender"] or titled.get(k, "")} for k, p in people.items()}
    if kind in _UNIQUE and story:  # the post another version gives a person the document names
        held = _post_holders(story)
        people = {k: {**p, "words": p["words"] | held.get(k, frozenset())} for k, p in people.items()}

    def fitting(people: dict[str, dict]) -> list[dict]:
        return [
            {**p, "surname": k}
            for k, p in people.items()
            if p["words"] & ROLE_CLASSES[kind]
            and caps <= {w.lower() for w in p["words"]}  # "HARRODS owner Tom Dodd"; "The Atlantic's owner"
            and p["gender"] in ("", gender or p["gender"])
            and not (age and p["ages"] and age.group(1) not in p["ages"])
        ]

    fits = fitting(people)
    # "Harrods boss Tom Dodd" in another version, for a description by the business's name ("the
    # Harrods chairman") or by wealth or ownership ("The multi-millionaire"), not "the chairman"
    told = bool(caps) or head in ("owner", "tycoon")
    if not fits and kind == "business" and story and told:
        fits = fitting(
            {k: {**p, "words": p["words"] | _business_beside(story, k)} for k, p in people.items()}
        )
    if not fits and group:  # "Mr Carman" here, "George Carman QC" in another take of the source
        taken = {k: {**p, "words": p["words"] | _tied_words(group, k)} for k, p in people.items()}
        fits = fitting(taken)
    past = past_office_of(label) if kind in _UNIQUE else None
    if past is not None:  # "The former Tory minister": the story's one former holder of an office
        held = past_office_holders(story or text)
        fits = [{**p, "surname": k} for k, p in people.items() if k in held and past <= held[k]] or fits
    if kind in _UNIQUE:  # two MPs, one of them of no known gender: either may be meant
        # without "Dr", which the identities do not read as a title ("Dr Bolsin" is no given name)
        return re.sub(r"^(?:(?:Dr|Prof|Professor)\.? )+", "", fits[0]["name"]) if len(fits) == 1 else ""
    if gender and any(p["gender"] == gender for p in fits):
        fits = [p for p in fits if p["gender"] == gender]
    if len(fits) == 1:
        return fits[0]["name"]
    ranked = sorted(fits, key=lambda p: p["n"], reverse=True)
    if len(ranked) > 1 and ranked[0]["n"] >= 2 * ranked[1]["n"]:
        return ranked[0]["name"]
    firm = [p for p in fits if _tied_words(text + "\n\n" + group, p["surname"]) & ROLE_CLASSES[kind]]
    last = _named_last(firm, before) if firm else None
    return last["name"] if last is not None else ""  # "Mr Carman asked ... The QC repeated his question"


def _named_last(fits: list[dict], before: str) -> dict | None:
    """Of several people who fit a description (those the text ties the role to with nothing
    between: :func:`_tied_words`), the one named in a later sentence than any other, of the two
    sentences before it and the words of its own sentence before it; None when none is named
    there, or two are named last in one sentence ("Pc Lee and Sgt Ray were hurt")."""
    text = before.rstrip()
    starts = [0, *(m.end() for m in _END.finditer(text))][-3:]  # the last two sentences and this one
    sentences = [text[a:b] for a, b in zip(starts, [*starts[1:], len(text)], strict=True)]
    at = {
        p["surname"]: max(
            (i for i, x in enumerate(sentences) if re.search(rf"\b{re.escape(p['surname'])}\b", x)),
            default=-1,
        )
        for p in fits
    }
    last = max(at.values())
    named = [p for p in fits if at[p["surname"]] == last]
    return named[0] if last >= 0 and len(named) == 1 else None
