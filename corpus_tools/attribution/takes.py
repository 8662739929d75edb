"""A wire story split into several files (PA's takes) is one witness: a speaker a later take
calls by a title alone ("The judge concluded the case ...") is the one speaker an earlier take of
the same story names with that title ("Mr Justice Potts said").

* :func:`titles` (from :mod:`~.judges`): the titles in a speaker label, a judge's forms as one;
* :func:`name_across_takes`: the attribution rows with such speakers named, and every label of
  one bench ("Three Appeal Court judges", "Their judgment") given the court the takes name ("the
  Court of Appeal"), so that a paper's "the Court of Appeal" keeps it (round 17's care, kind 1a).
"""

from __future__ import annotations

import pandas as pd

from corpus_tools import lexicon
from corpus_tools.attribution.benches import name_bench
from corpus_tools.attribution.hearings import is_hearing
from corpus_tools.attribution.identities import refine_speakers
from corpus_tools.attribution.judges import judge_titles, titles
from corpus_tools.reuse.documents import source_groups

__all__ = ["name_across_takes", "title_alone", "titles"]


def name_across_takes(frame: pd.DataFrame, corpus: pd.DataFrame) -> pd.DataFrame:
    """The attributions with every unnamed speaker of a later take that a definite title alone
    describes ("The judge") given the name, type and label of the one named speaker with that
    title in an earlier take of the same group ("Mr Justice Potts"); other rows unchanged.

    Args:
        frame: the attribution rows (``doc_id``, ``speaker_id``, ``speaker_label``, ``named``,
            ``speaker_type``, ``role``).
        corpus: the corpus frame (its optional ``group`` column makes the takes).

    Every speaker is first read over its document and group
    (:func:`corpus_tools.attribution.identities.refine_speakers`: the name in a longer label, a
    surname the group gives to a person, one person under several forms of the name).

    Returns:
        A copy of ``frame``; ``speaker_id`` stays the take's own.
    """
    frame = refine_speakers(frame, corpus)
    groups = [docs for docs in source_groups(corpus).values() if len(docs) > 1]
    if not groups or not len(frame):
        return frame
    out = frame.copy()
    changed = False
    for docs in groups:
        named: list[tuple[set[str], dict]] = []
        for doc in docs:
            rows = out[(out["doc_id"] == doc) & out["speaker_id"].notna()]
            firsts = rows.drop_duplicates("speaker_id")
            for r in firsts.to_dict("records"):
                if is_hearing(r):  # "The judge was told": the hearing's
                    continue
                label = str(r["speaker_label"])
                alone = title_alone(label)
                held = judge_titles(label)  # "Lord Sutherland" is the judge too
                if r["named"] and r["speaker_type"] in ("person", "official") and held and not alone:
                    named.append((held, r))
                elif (alone or not r["named"]) and label.lower().startswith("the ") and titles(label):
                    fits = list({e["speaker_label"]: e for t, e in named if titles(label) <= t}.values())
                    if len(fits) == 1:
                        at = out["speaker_id"] == r["speaker_id"]
                        out.loc[at, ["named", "speaker_type", "speaker_label"]] = [
                            True,
                            fits[0]["speaker_type"],
                            fits[0]["speaker_label"],
                        ]
                        changed = True
        changed = name_bench(out, docs) or changed
    # a title named in its own take ("The Solicitor General" after "Colin Boyd, the Solicitor
    # General") is one speaker with its holder there
    return refine_speakers(out, corpus) if changed else out


def title_alone(label: str) -> bool:
    """Whether a speaker label is a definite title and nothing else ("The Solicitor General",
    "the Attorney General"), which the tagger may take for a name: no name of its own.

    Example:
        >>> title_alone("The Solicitor General"), title_alone("Solicitor General Colin Boyd")
        (True, False)
    """
    words = [w.lower().strip(".,") for w in str(label).split()]
    official = lexicon.SPEAKER_WORDS["official"]
    return len(words) > 1 and words[0] in ("the", "this") and all(w in official for w in words[1:])
