"""A government under the names 1980s wire copy gives it: "Peking", "the Soviet Union".

Reuters' business copy of 1987 writes China's capital "Peking" and the state whose seat is Moscow
"the Soviet Union" or "the USSR"; the government table (:data:`corpus_tools.lexicon.GOVERNMENT_NAMES`,
today's names) has neither, so "Peking has repeatedly said" and "The Soviet Union recently
reported" were organisations and "The Soviet government said" an unnamed one. Read from the
round-33 sweep's 12750+12879, 1299+1623 and 17170+17188 (``benchmarks/speaker_sweep33.md``, shape
4: three of 40 series).

The rule: these names are the government of the country their capital stands for ("Peking" is
``china`` as "Beijing" is; "the Soviet Union", "the USSR", "the Soviet government" are ``russia``,
the key of "Moscow" and "the Kremlin", so the Soviet Union and Moscow are one speaker). Read by the
speakers' government reading only (:func:`~.entities.government_key`); the fact rules' table of
names of state is not changed.

* :data:`FORMER_GOVERNMENTS`: lower-case name, no dots nor a leading "the" -> the country's key.
"""

from __future__ import annotations

__all__ = ["FORMER_GOVERNMENTS"]

#: lower-case names (no dots, no leading "the") -> the government's key of ``GOVERNMENT_NAMES``
FORMER_GOVERNMENTS: dict[str, str] = {
    "peking": "china",
    "soviet union": "russia",
    "ussr": "russia",
    "soviet government": "russia",
}
