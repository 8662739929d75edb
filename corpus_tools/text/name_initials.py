"""The initials of a name: the one comparison of a short form ("BA", "DfEE", "UN") with the words
of a full name that every reading of initials shares, and the small words that give no letter.

Read by the speakers' institutions (:func:`corpus_tools.attribution.institution_names.same_institution`:
"BA" and "British Airways" of one document), the spokesmen of a wire story's takes
(:func:`corpus_tools.attribution.take_speakers.same_spokesman`: "A DfEE spokesman" and "A
Department for Education and Employment spokesman") and the facts
(:func:`corpus_tools.variants.initials.as_initials`: "GATT" and "the General Agreement on Tariffs
and Trade"; ``variants.categories``: "UN" and "United Nations" an abbreviation). Each caller decides
what may be initials at all (capitals, how many letters, dots dropped) and which words a name has;
the comparison itself is here, so that the readings cannot drift apart.

* :data:`SMALL_WORDS`: the small words of a name that give no letter;
* :data:`LETTER_WORDS`: the small words a body's initials may give a letter after all ("DfEE");
* :func:`initials_of`: a name's initials;
* :func:`stand_for`: whether a short form is the initials of a name's words.
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["LETTER_WORDS", "SMALL_WORDS", "initials_of", "stand_for"]

#: the small words that carry no letter of a name's initials ("United States of America" -> "usa",
#: "Marks & Spencer" -> "ms"); a caller whose words are already without them (the facts'
#: ``name_words``) loses nothing by their being skipped again
SMALL_WORDS: frozenset[str] = frozenset({"of", "the", "and", "for", "&"})
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


def stand_for(short: str, words: Iterable[str], *, small_letters: bool = False) -> bool:
    """Whether ``short`` is the initials of the name whose lower-cased words are ``words``, compared
    in any case. The forms it accepts:

    * the first letter of every word but the small ones (:data:`SMALL_WORDS`), in order: "BA" for
      "british airways", "BE" for "bank of england", "MS" for "marks & spencer";
    * with ``small_letters`` (a body's initials, as a spokesman's), also those in which "of" and
      "for" give their letter, or "of", "for" and "and" (:data:`LETTER_WORDS`): "DfEE" and "DEE"
      for "department for education and employment", "DoT" and "DT" for "department of transport".

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
    """
    words = list(words)
    want = short.lower()
    if not want:
        return False
    skips = [SMALL_WORDS, *(SMALL_WORDS - keep for keep in LETTER_WORDS)] if small_letters else [SMALL_WORDS]
    return any(initials_of(words, skip) == want for skip in skips)
