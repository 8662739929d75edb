"""The seed corpus shipped with the package, as textacy and scikit-learn ship their small data sets.

:func:`load_seeds` works wherever the package is installed (the wheel carries
``corpus_tools/seeds``); in a clone it reads the repository's ``seeds/`` folder.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

import pandas as pd

from corpus_tools.io.corpus import load_corpus

__all__ = ["load_seeds", "seeds_path"]


def seeds_path() -> Path:
    """The folder of the seed corpus (three versions of one Reuters story, with INDEX.md).

    Raises:
        FileNotFoundError: neither the installed package nor the source tree holds the seeds.
    """
    packaged = Path(str(files("corpus_tools") / "seeds"))
    clone = Path(__file__).resolve().parents[2] / "seeds"
    for folder in (packaged, clone):
        if (folder / "INDEX.md").is_file():
            return folder
    raise FileNotFoundError(f"the seed corpus is missing: neither {packaged} nor {clone} holds INDEX.md")


def load_seeds() -> pd.DataFrame:
    """The seed corpus as a corpus frame (:func:`corpus_tools.load_corpus` of :func:`seeds_path`).

    Example:
        >>> load_seeds().index.tolist()
        ['000', '001', '002']
    """
    return load_corpus(seeds_path())
