"""Reuters' markup of a company inside a speaker's mention (round 33, branch spk71): now read by
:mod:`~.tickers`, which reads the markup once (round 34, branch speed34); this module keeps the
names round 33 exported importable.

* :func:`ticker_name`: :func:`corpus_tools.attribution.tickers.ticker_name`.
"""

from __future__ import annotations

from corpus_tools.attribution.tickers import CONNECTORS, TICKER, ticker_name

__all__ = ["CONNECTORS", "TICKER", "ticker_name"]
