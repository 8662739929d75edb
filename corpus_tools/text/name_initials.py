"""The initials of a name: the one comparison of a short form ("BA", "DfEE", "UN") with the words
of a full name that every reading of initials shares, and the small words that give no letter.

Read by the speakers' institutions (:func:`corpus_tools.attribution.institution_names.same_institution`:
"BA" and "British Airways" of one document), the spokesmen of a wire story's takes
(:func:`corpus_tools.attribution.take_speakers.same_spokesman`: "A DfEE spokesman" and "A
Department for Education and Employment spokesman") and the facts
(:func:`corpus_tools.variants.initials.as_initials`: "GATT" and "the General Agreement on Tariffs
and Trade"; ``variants.categories``: "UN" and "United Nations" an abbreviation), and by every other
reading of initials in :mod:`corpus_tools.variants`: a text's initials of its capitalised runs and
of a name (``initials.initials``, ``initials.written_as_initials``, a body's name head first), a
thing's initials defined beside it (``initials.common_initials``), the name a text's initialism
stands for (``name_aliases.alias_of``), a firm's initials (``facts.holds``) and a name's leading
words as initials (``name_forms``). Each caller decides what may be initials at all (capitals, how
many letters, dots dropped) and which words a name has; the letters and the comparison are here, so
that the readings cannot drift apart. (``name_spans`` and ``name_facts`` read whether a word *is*
an initial, "E." or "U.S.", which compares it with no name.)

* :data:`SMALL_WORDS`: the small words of a name that give no letter; :data:`EVERY_WORD`: none
  skipped (words already without them);
* :data:`LETTER_WORDS`: the small words a body's initials may give a letter after all ("DfEE");
* :func:`initials_of`: a name's initials;
* :func:`stand_for`: whether a short form is the initials of a name's words.
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["EVERY_WORD", "LETTER_WORDS", "SMALL_WORDS", "initials_of", "stand_for"]

#: the small words that carry no letter of a name's initials ("United States of America" -> "usa",
#: "Marks & Spencer" -> "ms"); a caller whose words are already without them (the facts'
#: ``name_words``) loses nothing by their being skipped again
SMALL_WORDS: frozenset[str] = frozenset({"of", "the", "and", "for", "&"})
#: no word skipped: every word gives its first letter (a caller whose words are capitalised words
#: only, or already without their small words, and keeps a lone "&" as a letter that no initials hold)
EVERY_WORD: frozenset[str] = frozenset()
#: the small words that a body's initials may give a letter, lower case in the British civil
#: service's style ("DfEE": "Department for Education and Employment", "DoT": "Department of
#: Transport"): "of" and "for" first, then "and" with them ("DfEaE"); "the" never
LETTER_WORDS: tuple[frozenset[str], ...] = (frozenset({"of", "for"}), frozenset({"of", "for", "and"}))


def initials_of(words: Iterable[str], skip: frozenset[str] = SMALL_WORDS) -> str:
    """The first letters of ``words`` (lower-cased words of a name), the words of ``skip`` left out.

    Example:
        >>> initials_of(["british", "airways"]), initials_of(["bank", "of", "england"])
        ('ba', 'be')
        >>> initials_of(["marks", "&", "spencer"])
        'ms'
    """
    return "".join(w[0] for w in words if w and w not in skip)


def stand_for(
    short: str,
    words: Iterable[str],
    *,
    small_letters: bool = False,
    skip: frozenset[str] = SMALL_WORDS,
    last_words: bool = False,
) -> bool:
    """Whether ``short`` is the initials of the name whose lower-cased words are ``words``, compared
    in any case. The forms it accepts:

    * the first letter of every word but the small ones (:data:`SMALL_WORDS`), in order: "BA" for
      "british airways", "BE" for "bank of england", "MS" for "marks & spencer";
    * with ``small_letters`` (a body's initials, as a spokesman's), also those in which "of" and
      "for" give their letter, or "of", "for" and "and" (:data:`LETTER_WORDS`): "DfEE" and "DEE"
      for "department for education and employment", "DoT" and "DT" for "department of transport";
    * ``skip``: the words that give no letter instead of :data:`SMALL_WORDS` (:data:`EVERY_WORD`:
      none; a caller's own connectors);
    * with ``last_words``, also the initials of the name's last words only, one or more: "DRAM" for
      "output of dynamic random access memory".

    ``short`` is taken as it is (no dot or space dropped: the caller reads "B.C." as "BC"); an empty
    one is no one's initials. What may be initials at all (capitals, how many letters) is the
    caller's.

    Example:
        >>> stand_for("BA", ["british", "airways"]), stand_for("BA", ["british", "rail"])
        (True, False)
        >>> words = "department for education and employment".split()
        >>> stand_for("DfEE", words), stand_for("DfEE", words, small_letters=True)
        (False, True)
        >>> stand_for("DEE", words), stand_for("", [])
        (True, False)
        >>> stand_for("RAM", "fast random access memory".split(), last_words=True)
        True
        >>> stand_for("UNA", ["united", "nations", "of", "america"], skip=EVERY_WORD)
        False
    """
    words = list(words)
    want = short.lower()
    if not want:
        return False
    skips = [skip, *(skip - keep for keep in LETTER_WORDS)] if small_letters else [skip]
    tails = range(len(words)) if last_words else range(1)
    return any(initials_of(words[i:], each) == want for each in skips for i in tails)
