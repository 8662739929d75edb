"""What the side-by-side view and the findings say of one aligned sentence: whether it moved, and
which way in the source's order, and the similarity as printed (one function per figure)."""

from __future__ import annotations

__all__ = ["moved_sentences", "shown_score"]


def moved_sentences(order: list[int | None]) -> dict[int, str]:
    """Which version sentences moved, and which way, in the source's order: the longest run of
    sentences that keeps the source's order stays; every other one "moved up from later in the
    source" (its source sentence comes after the next kept one's) or "moved down from earlier in
    the source". ``order``: each version sentence's first source sentence, None for a new one.

    Example:
        >>> moved_sentences([0, 1, 12, 13, 4, 5, 6, None, 14])
        {2: 'moved up from later in the source', 3: 'moved up from later in the source'}
    """
    idx = [k for k, o in enumerate(order) if o is not None]
    best: list[list[int]] = []  # longest increasing run ending at each position
    for j, k in enumerate(idx):
        prev = [best[i] for i in range(j) if order[idx[i]] < order[k]]
        best.append(max(prev, key=len, default=[]) + [k])
    keep = set(max(best, key=len, default=[]))
    out = {}
    for k in idx:
        if k in keep:
            continue
        later = [order[j] for j in sorted(keep) if j > k]
        up = bool(later) and order[k] > later[0]
        out[k] = "moved up from later in the source" if up else "moved down from earlier in the source"
    return out


def shown_score(r) -> str:
    """The similarity as the view and the findings print it: two decimals, never "1.00" for a
    sentence whose words differ from its source sentence's (``word_dice`` < 1)."""
    score = float(r["score"])
    if float(r["word_dice"]) < 1.0:
        score = min(score, 0.99)
    return f"{int(score * 100) / 100:.2f}"
