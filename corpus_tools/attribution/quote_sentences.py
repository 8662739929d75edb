"""A quotation that runs over several sentences of its paragraph: each later sentence is the same
speaker's. "Mr Lawson said: 'A. B. C.'" had a row on the cue's sentence only, so the speaker's
words in B and C were kept "without saying who" and shared quotations missed them (12.08.99/racism,
the telegraph's 5-7 and the independent's 9-11 of the claims audit, ``benchmarks/claims.md``,
"Thirteenth round, after the round's fixes", cause 6). A wire take's paragraph that opens a
quotation with no cue is read by :func:`~.attributions._continues`; this is the rest.

* :func:`carry_quotations`: the attribution rows with a ``continuing_quote`` row for each later
  sentence a direct (or mixed) quotation covers in its paragraph, up to the first sentence with a row of its
  own (its own cue, or its own quotation of another speaker).
"""

from __future__ import annotations

import pandas as pd

__all__ = ["carry_quotations"]


def carry_quotations(frame: pd.DataFrame, sentences: pd.DataFrame) -> pd.DataFrame:
    """``frame`` (attribution rows, raw offsets) with a row for every later sentence of the same
    paragraph that a speaker's direct or mixed quotation covers (``content_start`` before the sentence,
    ``content_end`` past its start), up to the first sentence that has a row of its own. The new
    row copies the speaker's row with ``cue`` "", ``cue_start`` = ``cue_end`` = its content's start,
    the content cut to the sentence, ``resolved_from`` ``continuing_quote``; rows keep text order.

    Args:
        frame: the attribution rows (:data:`~.records.ATTRIBUTION_COLUMNS`).
        sentences: the sentence frame (``doc_id``, ``sent_id``, ``para_id``, ``start``, ``end``).
    """
    if not len(frame):
        return frame
    own = set(zip(frame["doc_id"], frame["sent_id"], strict=True))
    added: list[tuple[float, dict]] = []
    quoted = frame[
        (frame["role"] == "speaker") & (frame["quote_type"] == "direct") & frame["speaker_id"].notna()
    ]
    read = sentences[sentences["doc_id"].isin(set(quoted["doc_id"]))]  # only the documents quoting (#23)
    read = read.sort_values("sent_id", kind="stable")  # records made once, cut per document
    recs = read.to_records(index=False)
    by_doc = {d: recs[at] for d, at in read.groupby("doc_id").indices.items()}
    for i, r in quoted.iterrows():
        sents = by_doc.get(r["doc_id"])
        if sents is None:
            continue
        sid = r["sent_id"]  # read once, not once a sentence (a row's lookup is slow: #23)
        at = [s for s in sents if s["sent_id"] == sid]
        later = [s for s in sents if at and s["sent_id"] > sid and s["para_id"] == at[0]["para_id"]]
        for k, s in enumerate(later, start=1):
            if (r["doc_id"], s["sent_id"]) in own or not r["content_start"] <= s["start"] < r["content_end"]:
                break
            row = r.to_dict()
            end = min(int(s["end"]), int(r["content_end"]))
            row.update(
                sent_id=int(s["sent_id"]),
                cue="",
                cue_start=int(s["start"]),
                cue_end=int(s["start"]),
                content_start=int(s["start"]),
                content_end=end,
                resolved_from="continuing_quote",
            )
            own.add((r["doc_id"], s["sent_id"]))
            added.append((i + k / (len(later) + 1), row))
    if not added:
        return frame
    new = pd.DataFrame([row for _, row in added], index=[pos for pos, _ in added], columns=frame.columns)
    out = pd.concat([frame.set_axis(frame.index.astype(float)), new]).sort_index(kind="stable")
    return out.reset_index(drop=True).astype(frame.dtypes.to_dict())
