"""The judge of a court story is one speaker under his name and as "the judge".

A paper names the judge once ("Lord Sutherland said: ...") and then calls him by his office
alone ("..., the judge said: ..."); a wire story's later take says "The judge" of the one an earlier
take named. Scottish judges and Law Lords are named by a peer's title ("Lord Sutherland", "Lady
Cosgrove"), which carries no word of office, so a title alone found no holder for them.

Read from the METER courts story 08.12.99/lockerb (round 11's reading, ``benchmarks/claims_tune11.md``:
the guardian's "the judge" apart from Lord Sutherland, lk82 and lk87; the independent's, lk90).

* :func:`titles`: the official titles in a speaker label, a judge's forms as one;
* :func:`judge_titles`: the titles of a label (:func:`titles`), with
  "judge" for a peer's title before a name;
* :func:`name_the_judge`: in each document, the rows of "the judge" given the one named judge of
  that document.
"""

from __future__ import annotations

import pandas as pd

from corpus_tools import lexicon
from corpus_tools.attribution.hearings import is_hearing
from corpus_tools.attribution.records import name_the_alone

__all__ = ["judge_titles", "name_the_judge", "titles"]

#: a peer's titles, a judge's in court copy ("Lord Sutherland", "Lady Cosgrove")
_PEERS = frozenset({"lord", "lady"})
#: offices a peer's title opens that are no judge ("Lord Mayor", "Lord Provost")
_NOT_BENCH = frozenset({"mayor", "provost", "lieutenant", "advocate", "chamberlain"})
#: forms of one title: a High Court judge is "Mr Justice X", a circuit judge "Judge X", a
#: part-time judge "the Recorder"; each is "the judge" in later copy
_BENCH = {"justice": "judge", "judge": "judge", "recorder": "judge"}


def titles(label: str) -> set[str]:
    """The official titles in a speaker label (:data:`corpus_tools.lexicon.SPEAKER_WORDS`), a
    judge's forms as one ("Justice" = "judge").

    Example:
        >>> sorted(titles("Mr Justice Potts")), sorted(titles("The judge"))
        (['judge'], ['judge'])
    """
    words = {w.lower().strip(".,") for w in str(label).split()}
    return {_BENCH.get(w, w) for w in words & lexicon.SPEAKER_WORDS["official"]}


def judge_titles(label: str) -> set[str]:
    """The official titles of a speaker label, with "judge" for a peer's title followed by a name
    only ("Lord Sutherland"; not "Lord Mayor Ken Hale", a mayor, nor "the Lady's maid").

    Example:
        >>> sorted(judge_titles("Lord Sutherland")), sorted(judge_titles("Mr Justice Potts"))
        (['judge'], ['judge'])
        >>> sorted(judge_titles("Lord Mayor Ken Hale")), sorted(judge_titles("the Lady's maid"))
        (['mayor'], [])
    """
    words = [w.strip(".,") for w in str(label).split()]
    found = titles(label)
    peer = (
        len(words) > 1
        and words[0].lower() in _PEERS
        and all(w[:1].isupper() and w.isalpha() for w in words[1:])
        and not {w.lower() for w in words[1:]} & (_NOT_BENCH | lexicon.SPEAKER_WORDS["official"])
    )
    return found | {"judge"} if peer else found


def _judge_alone(label: str) -> bool:
    """ "the judge", "The trial judge": a definite judge's office and no name."""
    words = [w.lower().strip(".,") for w in str(label).split()]
    return (
        len(words) in (2, 3)
        and words[0] == "the"
        and _BENCH.get(words[-1]) == "judge"
        and (len(words) == 2 or words[1] in ("trial", "presiding"))
    )


def name_the_judge(frame: pd.DataFrame) -> pd.DataFrame:
    """The attribution rows with each document's "the judge" made the one named judge of the
    same document (:func:`judge_titles`), before or after it: one ``speaker_id``, label, type.
    "The Judge" with a capital, which a paper's house style writes and the parse takes for a name,
    is "the judge" too (26.01.00/daughter's mail, ``benchmarks/claims_tune13.md``).
    A document that names no judge, or two, is left as it is.

    Args:
        frame: the attribution rows (``doc_id``, ``speaker_id``, ``speaker_label``, ``named``,
            ``speaker_type``).

    Returns:
        A copy of ``frame``.
    """
    heard = is_hearing(frame)
    if not heard.any():
        return name_the_alone(frame, _judge_alone, _named_judge)
    # "The judge was told that ...": the hearing's, one anonymous speaker, no judge's (claims_tune16, U2)
    named = name_the_alone(frame[~heard], _judge_alone, _named_judge)
    return pd.concat([named, frame[heard]]).loc[frame.index]


def _named_judge(r: dict) -> bool:
    """A speaker named as a judge ("Judge Anne Grey", "Mr Justice Hale")."""
    return (
        bool(r["named"])
        and r["speaker_type"] in ("person", "official")
        and "judge" in judge_titles(r["speaker_label"])
    )
