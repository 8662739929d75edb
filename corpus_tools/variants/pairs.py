"""One change, one row: a cut and an addition that are the two halves of one change, paired.

:func:`corpus_tools.variants.lexical.extract_variants` diffs each aligned group word by word, so a
word the version keeps but moves within the sentence, or writes in another form, comes out as a
cut where the source has it and an addition where the version has it, and one attribution
rewritten comes out as two or three rows. A reader counts each of these once (issue 22, the claims
audit of round 11's TUNE stories, ``benchmarks/claims_tune11.md``, "The R claims left unchecked
above": 17 of 19 word-change counts wrong, most of them by these kinds). Three rules, run on the
rows of one version against one source document after every other step:

- **A kept word moved or re-inflected** (:func:`_shared_words`): a cut and an addition of the same
  version sentence, or read against the same source sentence, holding the same content word in
  any inflection (:func:`corpus_tools.lexicon.lemma_key`: "fine and" / "fined", "the aunt of" /
  "'s aunt") are one rewording: one ``word_substitution`` row, the cut's words on the source's
  side and the added words on the version's. When one side holds two content words or more
  besides, the word at its edge is a form change and the rest stays a cut or an addition ("is in
  danger of losing his job for calling" / "who called": "calling" -> "who called", and the cut
  of the rest), unless the word lies inside that side with its other words on both sides (then
  one rewording again: "A man accused of nail bomb attacks in" / "nail bombings"); when both do,
  or the longer side has more than :data:`MAX_PAIR_WORDS` words,
  they are two changes. A name shared by both ("Campbell") does not pair them: a name recurs in every
  sentence of a story, and a cut clause and an addition that both name the same person are two
  changes. A word counts as a name when it is capitalised on both sides (so "UNDERCOVER" and
  "undercover" pair).
- **One attribution in several rows** (:func:`_one_attribution`): in one version sentence read
  against one source sentence, a reporting verb cut and another reporting verb or its auxiliary
  added ("told a court" -> "was called ..., a court heard": "told" cut, "was" and "heard"
  added) are one ``attribution_change``.
- **One title for another** (:func:`_one_title`): a title cut and another added at the same place
  before a name ("Ms Campbell" -> "WPC Campbell", PA's "Pc" for the papers' "WPC") are one
  ``honorific`` change.

Four more of round 14 (claims.md, "Thirteenth round, after the round's fixes": by19, by31, rc50,
rc60): an attribution written anew with another reporting verb at the same place is one
attribution change (:func:`_rewritten_attribution`); a personal pronoun cut and a name added at its
place is one replacement (:func:`_pronoun_named`); two cuts with only a possessive "'s" between them
are one cut (:func:`_one_cut`); a lone "of" cut where the version writes "Y's X" is no change
(:func:`_genitive`). A word written as two on one side ("post mistress" / "postmistress") is a
shared word (:func:`_compound`). One of round 15 (claims.md, fr34): a sign cut and the words for it
added at its place ("44%" -> "44 per cent") are one ``number_format`` change (:func:`_sign_written`).

Each row is paired at most once, so a count can only fall. Last (:func:`_settle`), a row the same
text on both sides is no change, and a plea cut or added with its charge is a cut or an addition,
no attribution change.
"""

from __future__ import annotations

from corpus_tools.lexicon import REPORTING_FORMS, STOP_WORDS, lemma_key, tokenize
from corpus_tools.reuse.novel_names import NAME_TITLES
from corpus_tools.variants.categories import ATTRIBUTION_WORDS, NOT_ATTRIBUTION

__all__ = ["MAX_PAIR_WORDS", "TITLES", "pair_parts"]

#: the positions of a variant row (:data:`corpus_tools.variants.lexical.VARIANT_COLUMNS`)
_SENT, _START, _END, _FORM, _CONTEXT = 1, 2, 3, 4, 5
_SRC_SENT, _SRC_START, _SRC_END, _SRC_FORM, _SRC_CONTEXT, _CATEGORY = 7, 8, 9, 10, 11, 12
#: titles written before a name: honorifics and police ranks (PA's "Pc", the papers' "WPC")
TITLES = NAME_TITLES
#: the categories whose row can be one half of a change: a cut or an addition, or a named change
#: that lost one side ("told" cut, an ``attribution_change``)
_HALVES = frozenset({"insertion", "deletion", "attribution_change", "honorific"})
#: the most words the longer side of a cut and an addition paired by a shared word may have: a
#: whole clause re-ordered around its verb (nail's "an explosion with intent to endanger life in
#: April this year", 11 words) pairs, a new 18-word clause that holds one word of a cut does not
#: (read on the rows of the six stories of ``benchmarks/claims_tune11.md`` and bridge)
MAX_PAIR_WORDS = 12
_AUXILIARIES = frozenset({"has", "have", "had", "was", "were", "is", "are", "been", "be"})
#: reporting words in any form ("heard" as well as "hear"), not the charges of court reports
_REPORTING = (ATTRIBUTION_WORDS | REPORTING_FORMS) - NOT_ATTRIBUTION
#: the lemma keys of the reporting verbs, so "saying" and "telling" read as "said" and "told"
_REPORTING_KEYS = frozenset(lemma_key(w) for w in _REPORTING) - {lemma_key(w) for w in NOT_ATTRIBUTION}
#: the most words an attribution written anew may have: "The boy told the court yesterday that" (7)
#: for "He said" is one attribution change (read on boy, claims.md's by19), a longer addition that
#: holds a reporting verb is a clause of its own
MAX_ATTRIBUTION_WORDS = 8
#: a possessive "'s" (straight or curly apostrophe), alone between two cuts
_POSSESSIVE = frozenset({"'s", "\u2019s"})
#: the verbs of a plea (lemma keys): "admitted robbery" reports no words
_PLEAS = frozenset(lemma_key(w) for w in ("admit", "deny", "plead", "confess"))


def _words(text: str) -> list[str]:
    return [t[2] for t in tokenize(str(text))]


def _half(row: tuple) -> str | None:
    """ "cut" or "added" for a row with words on one side only, else None."""
    if row[_CATEGORY] not in _HALVES:
        return None
    form, src = _words(row[_FORM]), _words(row[_SRC_FORM])
    if src and not form:
        return "cut"
    if form and not src:
        return "added"
    return None


def _content(words: list[str]) -> dict[str, list[str]]:
    """lemma key -> the words of a side that have it, for its content words."""
    out: dict[str, list[str]] = {}
    for w in words:
        if len(w) >= 3 and w.isalpha() and w.lower() not in STOP_WORDS:
            out.setdefault(lemma_key(w), []).append(w)
    return out


def _same_word(a: list[str], b: list[str]) -> bool:
    """Whether two groups of words with one lemma key are one word, no name: the same word or a
    shared first four letters ("calling" / "called", not "come" / "comings"), and not
    capitalised on both sides (so "UNDERCOVER" and "undercover" are one)."""
    name = lambda ws: all(w[:1].isupper() and not w.isupper() for w in ws)  # noqa: E731
    x, y = a[0].lower(), b[0].lower()
    return not (name(a) and name(b)) and (x == y or len(x) >= 4 and len(y) >= 4 and x[:4] == y[:4])


def _share(cut: list[str], added: list[str]) -> tuple[str, str] | None:
    """How a cut and an addition are one change around a word both hold, a content word in common
    (:func:`_same_word`): ``("whole", key)`` when neither side holds more than one other content
    word (one rewording: "fine and" / "fined", "a witness turns" / "if they turned"); ``("cut",
    key)`` or ``("added", key)`` when that side holds two or more others and the other side at
    most one (the word is a form change, the rest of that side a cut or an addition of its own:
    "is in danger of losing his job for calling" / "who called"); None when both sides hold two or
    more others, or the longer side has more than :data:`MAX_PAIR_WORDS` words (a clause that
    happens to hold the word is a change of its own)."""
    a, b = _content(cut), _content(added)
    shared = sorted(k for k in a.keys() & b.keys() if _same_word(a[k], b[k]))
    if max(len(cut), len(added)) > MAX_PAIR_WORDS:
        return None
    if not shared:
        return _compound(a, b, _joined(cut), _joined(added))
    more_a, more_b = len(a.keys() - set(shared)), len(b.keys() - set(shared))
    if more_a <= 1 and more_b <= 1:
        return "whole", shared[0]
    if min(more_a, more_b) > 1:
        return None
    return ("cut" if more_a > 1 else "added"), shared[0]


def _joined(words: list[str]) -> dict[str, set[str]]:
    """lemma key of two neighbouring words written as one ("post mistress": "postmistress") -> the
    lemma keys of the two."""
    out: dict[str, set[str]] = {}
    for x, y in zip(words, words[1:], strict=False):
        if x.isalpha() and y.isalpha() and len(x + y) >= 6:
            out[lemma_key(x + y)] = {lemma_key(x), lemma_key(y)}
    return out


def _compound(a: dict, b: dict, joined_a: dict, joined_b: dict) -> tuple[str, str] | None:
    """A word one side writes as two ("post mistress" cut, ", a postmistress" added after the
    name): one rewording when neither side holds more than one other content word, as
    :func:`_share` (read on racism, claims.md's rc50); ``a``, ``b``: :func:`_content` of each side,
    ``joined_*``: :func:`_joined` of each."""
    for one, two, joined in ((b, a, joined_a), (a, b, joined_b)):
        for key in sorted(joined.keys() & one.keys()):
            if len(one.keys() - {key}) <= 1 and len(two.keys() - joined[key]) <= 1:
                return "whole", key
    return None


def _edge(form: str, start: int, key: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The spans of a word with lemma ``key`` and the function words between it and the nearer end
    of ``form`` (at ``start``), and of the rest; None when content words lie on both sides of it."""
    toks = tokenize(form, marks=True, offset=start)
    content = [bool(_content([t[2]])) for t in toks]
    for p, t in enumerate(toks):
        if content[p] and lemma_key(t[2]) == key:
            if not any(content[:p]) and p + 1 < len(toks):
                return (toks[0][0], t[1]), (toks[p + 1][0], toks[-1][1])
            if not any(content[p + 1 :]) and p > 0:
                return (t[0], toks[-1][1]), (toks[0][0], toks[p - 1][1])
    return None


def _respan(row: tuple, lo: int, span: tuple[int, int], raw: str, context) -> tuple:
    """``row`` with its side at ``lo`` (the version's: 2, the source's: 8) set to ``span``."""
    a, b = span
    return row[:lo] + (a, b, raw[a:b], context(raw, a, b)) + row[lo + 4 :]


def _paired(cut: tuple, added: tuple, category: str) -> tuple:
    """One row: the addition's side from ``added``, the source's side from ``cut``."""
    return added[:_SRC_SENT] + cut[_SRC_SENT:_CATEGORY] + (category, added[13])


def _near(cut: tuple, added: tuple) -> bool:
    return cut[_SENT] == added[_SENT] or cut[_SRC_SENT] == added[_SRC_SENT]


def _pair_by(rows: list[tuple], test, build) -> list[tuple]:
    """Each cut paired with the nearest addition ``test(cut, added)`` accepts (its answer, a plan,
    given to ``build(cut, added, plan)``, which returns the rows that replace the two), at most
    once."""
    halves = [_half(r) for r in rows]
    taken: dict[int, tuple[int, object]] = {}
    partner: set[int] = set()
    for i, r in enumerate(rows):
        if halves[i] != "cut":
            continue
        options = [
            (j, plan)
            for j, o in enumerate(rows)
            if halves[j] == "added" and j not in partner and _near(r, o) and (plan := test(r, o))
        ]
        if options:
            j, plan = min(
                options,
                key=lambda x: (rows[x[0]][_SENT] != r[_SENT], abs(rows[x[0]][_START] - r[_START]), x[0]),
            )
            taken[j] = (i, plan)
            partner |= {i, j}
    out = []
    for j, r in enumerate(rows):
        if j in taken:
            i, plan = taken[j]
            out.extend(build(rows[i], r, plan))
        elif j not in partner:
            out.append(r)
    return out


def _shared_words(rows: list[tuple], version_raw: str, source_raw: str, context) -> list[tuple]:
    """A cut and an addition holding one content word (any inflection): one rewording, or one form
    change beside a cut or an addition of the rest (:func:`_share`)."""

    def test(c: tuple, a: tuple):
        plan = _share(_words(c[_SRC_FORM]), _words(a[_FORM]))
        if plan and plan[0] != "whole":
            row, lo, raw = (c, _SRC_START, source_raw) if plan[0] == "cut" else (a, _START, version_raw)
            spans = _edge(row[lo + 2], row[lo], plan[1])
            # the word inside the longer side, its other words on both sides of it ("A man accused of
            # nail bomb attacks in" / "nail bombings"): the phrase moved and reworded, one change
            return (plan[0], spans) if spans else ("whole", plan[1])
        return plan

    def build(c: tuple, a: tuple, plan) -> list[tuple]:
        if plan[0] == "whole":
            return [_paired(c, a, "word_substitution")]
        word, rest = plan[1]
        if plan[0] == "cut":
            return [
                _paired(_respan(c, _SRC_START, word, source_raw, context), a, "word_substitution"),
                _respan(c, _SRC_START, rest, source_raw, context),
            ]
        return [
            _paired(c, _respan(a, _START, word, version_raw, context), "word_substitution"),
            _respan(a, _START, rest, version_raw, context),
        ]

    out = _pair_by(rows, test, build)
    said = lambda r: _attributing(_words(r[_FORM])) and _attributing(_words(r[_SRC_FORM]))  # noqa: E731
    return [r[:_CATEGORY] + ("attribution_change",) + r[13:] if said(r) else r for r in out]


def _is_titles(words: list[str]) -> bool:
    return bool(words) and all(w.lower().rstrip(".") in TITLES for w in words)


def _one_title(rows: list[tuple], version_raw: str) -> list[tuple]:
    """A title cut and another added at the same place of one sentence (nothing but spaces between
    them): one honorific change."""

    def test(c: tuple, a: tuple) -> bool:
        gap = (
            version_raw[c[_START] : a[_START]] if c[_START] <= a[_START] else version_raw[a[_END] : c[_START]]
        )
        same_place = c[_SENT] == a[_SENT] and not gap.strip()
        return same_place and _is_titles(_words(c[_SRC_FORM])) and _is_titles(_words(a[_FORM]))

    return _pair_by(rows, test, lambda c, a, _: [_paired(c, a, "honorific")])


def _attributing(words: list[str]) -> bool:
    """Only reporting words and auxiliaries, at least one reporting word."""
    low = [w.lower() for w in words]
    return bool(low) and set(low) <= _REPORTING | _AUXILIARIES and bool(set(low) & _REPORTING)


def _one_attribution(rows: list[tuple], version_raw: str, context) -> list[tuple]:
    """Reporting words cut and added in one version sentence read against one source sentence:
    one attribution change (an auxiliary the sentence adds as an attribution change goes with it:
    "was" of "was called")."""

    def role(r: tuple) -> str | None:
        half = _half(r)
        words = _words(r[_FORM] or r[_SRC_FORM])
        if half and _attributing(words):
            return half + "_cue"
        aux = {w.lower() for w in words} <= _AUXILIARIES
        return half if half == "added" and aux and r[_CATEGORY] == "attribution_change" else None

    out = list(rows)
    for key in sorted({(r[_SENT], r[_SRC_SENT]) for r in rows}, key=str):
        roles = {k: role(r) for k, r in enumerate(out) if (r[_SENT], r[_SRC_SENT]) == key}
        cuts = [k for k, x in roles.items() if x == "cut_cue"]
        added = [k for k, x in roles.items() if x in ("added", "added_cue")]
        if not cuts or "added_cue" not in roles.values():
            continue
        b0 = min(out[k][_START] for k in added)
        b1 = max(out[k][_END] for k in added)
        first, c = out[min(added, key=lambda k: out[k][_START])], out[cuts[0]]
        merged = (
            first[:_START] + (b0, b1, version_raw[b0:b1], context(version_raw, b0, b1)) + first[6:_SRC_SENT]
        )
        merged += c[_SRC_SENT:_CATEGORY] + ("attribution_change", first[13])
        drop = set(added) | {cuts[0]}
        out = [r for k, r in enumerate(out) if k not in drop] + [merged]
    return out


def _reports(words: list[str]) -> bool:
    """Whether a lower-case word of ``words`` is a reporting verb in any form ("saying", "told")."""
    return any(w.isalpha() and w.islower() and lemma_key(w) in _REPORTING_KEYS for w in words)


def _rewritten_attribution(rows: list[tuple], version_raw: str) -> list[tuple]:
    """An attribution cut and an addition at the same place of one version sentence read against
    one source sentence, the addition a short phrase with a reporting verb ("He said" -> "The boy
    told the court yesterday that", "because it said" -> ", saying"): the attribution written
    anew, one attribution change (read on boy, claims.md's by19 and by31)."""

    def test(c: tuple, a: tuple) -> bool:
        if c[_CATEGORY] != "attribution_change" or (c[_SENT], c[_SRC_SENT]) != (a[_SENT], a[_SRC_SENT]):
            return False
        gap = version_raw[a[_END] : c[_START]] if a[_START] < c[_START] else version_raw[c[_END] : a[_START]]
        words = _words(a[_FORM])
        return not any(ch.isalnum() for ch in gap) and len(words) <= MAX_ATTRIBUTION_WORDS and _reports(words)

    return _pair_by(rows, test, lambda c, a, _: [_paired(c, a, "attribution_change")])


#: the personal pronouns a version may replace by the name they stand for
_PERSONAL = frozenset("he she they him her them".split())


def _is_name(words: list[str]) -> bool:
    """A short run of capitalised words, a title allowed ("Mrs Walters", "Frank Walters"), none a
    stop word ("But Pc Hendricks", "And Frank" open a sentence: no name alone)."""
    return 0 < len(words) <= 4 and all(
        w[:1].isupper() and w.isalpha() and w.lower() not in STOP_WORDS for w in words
    )


def _pronoun_named(rows: list[tuple], version_raw: str) -> list[tuple]:
    """A personal pronoun cut and a name added at the same place of one version sentence read
    against one source sentence ("She said" -> "Mrs Walters said"): the pronoun replaced by the
    name it stands for, one replacement (read on racism, claims.md's rc60)."""

    def test(c: tuple, a: tuple) -> bool:
        cut = [w.lower() for w in _words(c[_SRC_FORM])]
        if len(cut) != 1 or cut[0] not in _PERSONAL or (c[_SENT], c[_SRC_SENT]) != (a[_SENT], a[_SRC_SENT]):
            return False
        gap = version_raw[a[_END] : c[_START]] if a[_START] < c[_START] else version_raw[c[_END] : a[_START]]
        return not gap.strip() and _is_name(_words(a[_FORM]))

    return _pair_by(rows, test, lambda c, a, _: [_paired(c, a, "word_substitution")])


def _one_cut(rows: list[tuple], source_raw: str, context) -> list[tuple]:
    """Two cuts of one source sentence with only a possessive "'s" between them ("Following
    today" and "decision the" of "Following today's decision the"): one cut, the "'s" with it. The
    diff kept the "'s" only because the version has another word's "'s" (read on boy, claims.md's
    by19)."""
    cuts = sorted((r for r in rows if _half(r) == "cut"), key=lambda r: (str(r[_SRC_SENT]), r[_SRC_START]))
    joined: dict[tuple, tuple] = {}
    for first, y in zip(cuts, cuts[1:], strict=False):
        x = joined.get(first, first)  # a cut already joined to the one before it
        between = source_raw[x[_SRC_END] : y[_SRC_START]].strip()
        if x[_SRC_SENT] != y[_SRC_SENT] or between not in _POSSESSIVE:
            continue
        category = x[_CATEGORY] if x[_CATEGORY] == y[_CATEGORY] else "deletion"
        whole = _respan(x, _SRC_START, (x[_SRC_START], y[_SRC_END]), source_raw, context)
        joined[y] = whole[:_CATEGORY] + (category,) + whole[13:]
        joined[first] = None
    if not joined:
        return rows
    out = [joined.get(r, r) for r in rows]
    return [r for r in out if r is not None]


def _genitive(rows: list[tuple], version_raw: str, source_raw: str) -> list[tuple]:
    """A lone "of" cut where the version writes the same words as a possessive ("Deputy Chief
    Constable of Nottinghamshire" -> "Nottinghamshire's deputy chief constable"): no change, the
    same thing said (read on boy, claims.md's by19). The version must hold the source's word
    after "of" with "'s", and the word before "of", within the sentence's reach (200 characters)."""

    def same(r: tuple) -> bool:
        if _half(r) != "cut" or [w.lower() for w in _words(r[_SRC_FORM])] != ["of"]:
            return False
        after = _words(source_raw[r[_SRC_END] : r[_SRC_END] + 60])[:1]
        before = _words(source_raw[max(0, r[_SRC_START] - 60) : r[_SRC_START]])[-1:]
        if not after or not before or not after[0][:1].isupper():
            return False
        lo = max(0, r[_START] - 200)
        near = version_raw[lo : r[_START] + 200]
        at = max(near.find(after[0] + s) for s in _POSSESSIVE)
        return at >= 0 and before[0].lower() in near[at:].lower()

    return [r for r in rows if not same(r)]


def _settle(rows: list[tuple]) -> list[tuple]:
    """Rows a reader does not count as they stand: one whose two sides are the same text is no
    change ("." for "." beside a quote mark); a plea cut or added with what was pleaded to
    ("robbery, also admitted", "admitted soliciting") is a cut or an addition, no attribution
    change: a plea reports no words (read on bridge, claims.md's br47 and br69)."""
    out = []
    for r in rows:
        same = " ".join(str(r[_FORM]).split()) == " ".join(str(r[_SRC_FORM]).split())
        if same and str(r[_FORM]).strip():
            continue
        half = _half(r) if r[_CATEGORY] == "attribution_change" else None
        words = _words(r[_FORM] or r[_SRC_FORM])
        plea = any(lemma_key(w) in _PLEAS for w in words)
        pleaded = [
            w
            for w in words
            if w.isalpha() and w.islower() and w not in STOP_WORDS | _REPORTING | _AUXILIARIES
        ]
        if half and plea and pleaded:
            r = r[:_CATEGORY] + ("deletion" if half == "cut" else "insertion",) + r[13:]
        out.append(r)
    return out


#: signs a version may write out in words at their place: one format change each
SIGN_WORDS = {"%": frozenset({"per cent", "percent", "pc"}), "&": frozenset({"and"})}


def _sign_written(rows: list[tuple], version_raw: str) -> list[tuple]:
    """A sign of :data:`SIGN_WORDS` cut and its words added at its place of one version sentence
    read against one source sentence ("44%" -> "44 per cent"): one ``number_format`` change, not a
    punctuation mark cut and words added (read on francis, claims.md's fr34)."""
    signs = [
        i for i, r in enumerate(rows) if str(r[_SRC_FORM]).strip() in SIGN_WORDS and not str(r[_FORM]).strip()
    ]
    drop: set[int] = set()
    for i in signs:
        c, words = rows[i], SIGN_WORDS[str(rows[i][_SRC_FORM]).strip()]
        for j, a in enumerate(rows):
            if j in drop or str(a[_SRC_FORM]).strip() or (a[_SENT], a[_SRC_SENT]) != (c[_SENT], c[_SRC_SENT]):
                continue
            lo, hi = sorted((c[_END], a[_START]))
            if " ".join(str(a[_FORM]).lower().split()) in words and not version_raw[lo:hi].strip():
                rows[j] = _paired(c, a, "number_format")
                drop.add(i)
                break
    return [r for i, r in enumerate(rows) if i not in drop]


def pair_parts(rows: list[tuple], version_raw: str, source_raw: str, context) -> list[tuple]:
    """The variant rows of one version against one source document, with each cut and addition
    that are halves of one change paired into one row (see the module docstring).

    Args:
        rows: variant rows (:data:`corpus_tools.variants.lexical.VARIANT_COLUMNS` as tuples).
        version_raw: the version's raw text; ``source_raw``: the source document's.
        context: the function that writes a row's context (``context(raw, start, end)``).

    Returns:
        The rows, paired; a paired row takes the addition's place.
    """
    rows = _one_title(_sign_written(list(rows), version_raw), version_raw)
    rows = _one_attribution(rows, version_raw, context)
    rows = _pronoun_named(_rewritten_attribution(rows, version_raw), version_raw)
    rows = _genitive(_one_cut(rows, source_raw, context), version_raw, source_raw)
    return _settle(_shared_words(rows, version_raw, source_raw, context))
