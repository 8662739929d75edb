"""Cheaper runs of two of the spaCy pipeline's rule components, with the same output (issue #23).

The parse is the largest cost of a large report. Two of its components spend their time in Python,
not in the models, and do more work than their rules ask for; :func:`lean` (called by
:func:`corpus_tools.text.nlp.load_model` on each pipeline it loads) makes them cheaper, and every
token's tag, POS, morphology, lemma and dependency stays what the stock component sets:

- the rule lemmatizer tests a candidate form against its ``lemma_index`` table's word *lists*
  (57,528 nouns: one miss about 2 ms); the lists become frozensets (the same membership), and a
  token's lemmas are kept per ``(orth, POS, morph)``, the only things its rules read (spaCy keeps
  only some of them);
- the attribute ruler runs a ``Matcher`` of its 179 patterns over every token; every pattern of the
  English pipelines is one or two tokens long and reads only ``TAG``, ``LOWER``, ``DEP`` and
  ``IS_SPACE`` by equality, ``IN``, ``NOT_IN`` or ``REGEX``, so the patterns that start at a token
  are a function of those four values of the token and of the next one: they are found once per
  such pair (:class:`_PairMatcher`) and handed to the stock ``set_annotations`` in the stock order.
  A pipeline with any other kind of pattern keeps the stock matcher.

Measured on news3000's first 1,200 documents (one process): the lemmatizer 3.7 -> 1.8 s, and see
``benchmarks/README.md`` ("Round 31, branch speed31") for the attribute ruler and the equality
check of every token of that corpus, the seeds, the Cominco series and two METER stories.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["lean"]

#: the attributes a pattern of :class:`_PairMatcher` may read, in the order of its feature rows
_FEATURES = ("TAG", "LOWER", "DEP", "IS_SPACE")


def _lean_lemmatizer(pipe: Any) -> None:
    """Word lists to frozensets, and every rule lemma kept (see the module's docstring)."""
    index = pipe.lookups.get_table("lemma_index") if "lemma_index" in pipe.lookups.tables else None
    if index is not None:
        for key in list(index.keys()):
            if isinstance(index[key], list):
                index[key] = frozenset(index[key])
    rule = pipe.rule_lemmatize
    memo: dict[tuple, list[str]] = {}

    def lemmatize(token, _rule=rule, _memo=memo):
        key = (token.orth, token.pos, token.morph.key)
        forms = _memo.get(key)
        if forms is None:
            forms = _rule(token)
            if token.pos:  # no POS: spaCy warns (W108) each time; not kept
                _memo[key] = forms
        return forms

    pipe.lemmatize = lemmatize


def _predicate(attr: str, cond: Any):
    """``value -> bool`` for one attribute's condition of a token pattern, or None if unsupported."""
    if isinstance(cond, bool):
        return (lambda v, c=cond: v == c) if attr == "IS_SPACE" else None
    if isinstance(cond, str):
        return None if attr == "IS_SPACE" else (lambda v, c=cond: v == c)
    if isinstance(cond, dict) and len(cond) == 1 and attr != "IS_SPACE":
        ((op, arg),) = cond.items()
        if op in ("IN", "NOT_IN") and isinstance(arg, list) and all(isinstance(x, str) for x in arg):
            keep = frozenset(arg)
            return (lambda v, k=keep: v in k) if op == "IN" else (lambda v, k=keep: v not in k)
        if op == "REGEX" and isinstance(arg, str):
            return lambda v, r=re.compile(arg): bool(r.search(v))
    return None


class _PairMatcher:
    """The attribute ruler's matches, found once per token's features (and, for a two-token
    pattern whose first token matches, the next token's).

    Built from the ruler's own patterns (``matcher.get(key)`` of each of its rules); ``ok`` is False
    when any pattern is outside what it reads (see the module's docstring), and then it is not used.
    A token's candidate rules are those keyed by its ``TAG`` or ``LOWER`` (a rule asking one of them
    to equal a string) and those asking neither; each candidate is then tested whole.
    """

    def __init__(self, ruler: Any) -> None:
        strings = ruler.vocab.strings
        self.ok = True
        # (attr_id, match id, [per token: [(feature index, predicate), ...]]), in rule order
        rules: list[tuple[int, int, list]] = []
        keys: list[tuple[int, str] | None] = []  # each rule's TAG (0) or LOWER (1) it must equal
        for attr_id in range(len(ruler.attrs)):
            m_id = strings[str(attr_id)]
            for pattern in ruler.matcher.get(m_id)[1]:
                if not 1 <= len(pattern) <= 2:
                    self.ok = False
                    return
                specs = []
                for spec in pattern:
                    preds = [(a, _predicate(a, c)) for a, c in spec.items() if a in _FEATURES]
                    if len(preds) != len(spec) or any(p is None for _, p in preds):
                        self.ok = False
                        return
                    specs.append([(_FEATURES.index(a), p) for a, p in preds])
                rules.append((attr_id, m_id, specs))
                keys.append(next(((i, pattern[0][a]) for i, a in enumerate(_FEATURES[:2])
                                  if isinstance(pattern[0].get(a), str)), None))  # fmt: skip
        self.by_value: dict[tuple[int, str], list[int]] = {}  # (feature, value) -> rules keyed by it
        self.unkeyed: list[int] = []
        for k, key in enumerate(keys):
            if key is None:
                self.unkeyed.append(k)
            else:
                self.by_value.setdefault(key, []).append(k)
        self.rules = rules
        self.memo: dict[tuple, tuple] = {}

    def _starting(self, here: tuple, s: Any) -> tuple:
        """The rules whose pattern's first token matches ``here`` (hashes, read with the string
        store ``s``): ``(attr_id, match id, second token's predicates or None)``."""
        vals = (s[here[0]], s[here[1]], s[here[2]], bool(here[3]))
        cand = set(self.unkeyed)
        cand.update(self.by_value.get((0, vals[0]), ()))
        cand.update(self.by_value.get((1, vals[1]), ()))
        out = []
        for k in sorted(cand):
            attr_id, m_id, specs = self.rules[k]
            if all(p(vals[i]) for i, p in specs[0]):
                out.append((attr_id, m_id, specs[1] if len(specs) == 2 else None))
        return tuple(out)

    def match(self, doc: Any) -> list[tuple[int, int, int, int]]:
        """What ``AttributeRuler.match`` returns: ``(attr_id, match id, start, end)``, sorted."""
        from spacy.attrs import DEP, IS_SPACE, LOWER, TAG  # noqa: PLC0415

        rows = list(map(tuple, doc.to_array([TAG, LOWER, DEP, IS_SPACE]).tolist()))
        # the doc's own strings (hashes are the same in every vocab, so the memo holds for any)
        memo, s, out = self.memo, doc.vocab.strings, set()
        last = len(rows) - 1
        for i, here in enumerate(rows):
            found = memo.get(here)
            if found is None:
                found = memo[here] = self._starting(here, s)
            for attr_id, m_id, second in found:
                if second is None:
                    out.add((attr_id, m_id, i, i + 1))
                elif i < last:
                    nxt = rows[i + 1]
                    vals = (s[nxt[0]], s[nxt[1]], s[nxt[2]], bool(nxt[3]))
                    if all(p(vals[j]) for j, p in second):
                        out.add((attr_id, m_id, i, i + 2))
        # a set: two patterns of one rule matching the same span (none do in the English pipelines)
        # are one match; setting the same attributes twice would leave the token as once anyway
        return sorted(out)


def lean(nlp: Language) -> Language:
    """Make ``nlp``'s rule lemmatizer and attribute ruler cheaper, in place (module docstring)."""
    from spacy.pipeline import AttributeRuler, Lemmatizer  # noqa: PLC0415

    for _, pipe in nlp.pipeline:
        if getattr(pipe, "_lean", False):  # made lean already
            continue
        if isinstance(pipe, Lemmatizer) and pipe.mode == "rule":
            _lean_lemmatizer(pipe)
            pipe._lean = True
        elif isinstance(pipe, AttributeRuler):
            pairs = _PairMatcher(pipe)
            if pairs.ok:
                pipe.match = pairs.match
            pipe._lean = True
    return nlp
