"""A doctor a document names is one speaker under the descriptions around his name.

"Nail bomber David Copeland was not mentally ill ..., according to a prosecution psychiatrist at
his murder trial today." / "Dr Philip Joseph told the Old Bailey ..." / "'...,' said the doctor.":
one speaker, the psychiatrist the lead describes and the next paragraph names, "the doctor" after.
The package counted three (an anonymous psychiatrist, Joseph and an anonymous "the doctor"), so a
paper's "Psychiatrist Dr Philip Joseph told the jury" was a re-attribution of "the doctor" and the
lead "kept without saying who" (21.06.00/blast of the METER courts, blast1 6-7, 11, 16, rows bl5,
bl17-21 of round 27's held-out audit in ``benchmarks/claims.md``; read from round 27's held-out
blast). :func:`name_the_doctor`: in a document with one named speaker titled "Dr" ("Dr Philip
Joseph", "Psychiatrist Dr Ann Lee"), "the doctor" is that speaker, and so is an indefinite medical
description ("a prosecution psychiatrist", "a Home Office pathologist") whose statement comes right
before his first, and "the doctor" after it. A document whose text names two doctors ("Dr Shipman",
the defendant, who is no speaker under that title, and "Dr John Grenville": "The doctor declared"
is Shipman's, 02.11.99/doctor's doctor1nl 8) is left as it is.
"""

from __future__ import annotations

import re

import pandas as pd

from corpus_tools.attribution.records import adopt_identity

__all__ = ["name_the_doctor"]

#: a doctor's title before a name ("Dr Philip Joseph", "Psychiatrist Dr Ann Lee")
_TITLED = r"\b(?:Dr\.?|Doctor) [A-Z]"
#: the surname of each doctor a text names ("Dr Philip Joseph", "Dr Joseph": "Joseph")
_DOCTOR_NAMES = re.compile(r"\b(?:Dr\.?|Doctor) (?:[A-Z][a-z]+ )*([A-Z][\w'-]+)")
#: an indefinite description of a medical witness ("a prosecution psychiatrist at his trial")
_LEAD = re.compile(
    r"an? (?:[\w-]+ ){0,3}?(?:doctor|psychiatrist|psychologist|pathologist|surgeon|consultant|physician"
    r"|paediatrician|GP)\b",
    re.IGNORECASE,
)


def name_the_doctor(frame: pd.DataFrame, corpus: pd.DataFrame) -> pd.DataFrame:
    """The attribution rows with, in each document whose one named doctor speaks, "the doctor" and
    the medical description just before his first statement given his :data:`~.records.IDENTITY`
    (see the module docstring).

    Args:
        frame: the attribution rows (``doc_id``, ``speaker_id``, ``speaker_label``, ``named``,
            ``speaker_type``, ``role``).
        corpus: the corpus frame (``text``), where the doctors a document names are read.

    Returns:
        A copy of ``frame``, or ``frame`` itself when no document names a doctor.
    """
    if not len(frame):
        return frame
    labels = frame["speaker_label"].astype(str)
    titled = frame["named"].astype(bool) & labels.str.contains(_TITLED, regex=True)
    if not titled.any():
        return frame
    out = frame.copy()
    for doc_id in dict.fromkeys(frame.loc[titled, "doc_id"]):
        at = (frame["doc_id"] == doc_id).to_numpy()
        rows, named = frame[at], titled[at]
        if rows.loc[named, "speaker_label"].str.lower().nunique() != 1:
            continue
        if len(set(_DOCTOR_NAMES.findall(str(corpus.at[doc_id, "text"])))) != 1:
            continue  # "Dr Shipman" and "Dr John Grenville": which doctor is not said
        doctor = rows[named].iloc[0]
        said = rows[rows["speaker_id"].notna() & (rows["role"] == "speaker")]
        first = said.index.get_loc(said.index[said["speaker_id"] == doctor["speaker_id"]][0])
        alone = labels[at][said.index].str.lower() == "the doctor"
        ids = list(dict.fromkeys(said.loc[alone & (said.index > said.index[first]), "speaker_id"]))
        if first:
            before = said.iloc[first - 1]
            if not before["named"] and _LEAD.match(str(before["speaker_label"])):
                ids.append(before["speaker_id"])
        ids = [i for i in ids if i != doctor["speaker_id"]]
        if ids:
            adopt_identity(out, doc_id, ids, doctor.to_dict())
    return out
