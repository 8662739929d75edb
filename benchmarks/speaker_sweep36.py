"""Round 36's sweep of wire speaker lists and survival rows (issue 22, branch sweep36): the 45 series of
``claims.swept_36`` (30 read for kinds, then 15 the rules are checked on), printed as round 35's sweep
prints them (``speaker_sweep35.sweep_main``), to mark by reading (``benchmarks/speaker_sweep36.md``)::

    python benchmarks/speaker_sweep36.py --data ../shared/data/reuters21578.tar.gz > /tmp/sweep.txt
    python benchmarks/speaker_sweep36.py --check > /tmp/check.txt   # the 15 check series
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from claims import swept_36  # noqa: E402
from speaker_sweep35 import sweep_main  # noqa: E402

if __name__ == "__main__":
    sweep_main(__doc__, swept_36, 30)
