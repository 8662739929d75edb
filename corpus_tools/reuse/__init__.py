"""Text reuse between documents: document scores, the passage engine (pandas and Dask), sentence
similarity, alignment and coverage, and METER's derivation classes.

Modules split from a larger one by task (README, "Layout", names the others): the family tree's
order without dates (:mod:`~.family_order`) and the row of one witness (:mod:`~.family_edge`), both
read by :mod:`~.family`; what a text adds to its source, word by word (:mod:`~.derivation_words`),
read by :mod:`~.derivation`; the word keys and n-grams (:mod:`~.doc_keys`), the witnesses
(:mod:`~.witnesses`) and the origin (:mod:`~.origin`), split from :mod:`~.documents`, which
re-exports them.
A word's key as alignment reads it, built once per word (:mod:`~.word_keys`), split from
:mod:`~.similarity`, which re-exports its ``lemma``.
A story told again two or three weeks later: what it must also show to be an update
(:mod:`~.lead_window`), read by :mod:`~.retold_lead`.
A later story whose opening tells an earlier lead again: an update with one sentence told
(:mod:`~.lead_opening`), read by :mod:`~.retold_lead`.
A lead written in lower case: its words as names (:mod:`~.lower_lead`), read by :mod:`~.retold_lead`.
A later story filed within the hour holding most of an earlier lead's names and words: its update,
one sentence told, no figure kept (:mod:`~.within_hour`), read by :mod:`~.retold_lead`.
A later story telling an earlier one's figures again: its lead read more loosely
(:mod:`~.figures_told`), and a lead's day still to come, no figure to keep (:mod:`~.days_to_come`),
both read by :mod:`~.retold_lead`.
A later story that dates the news it tells again (:mod:`~.news_day`), and the earlier lead's names
opening a later sentence or written a letter apart (:mod:`~.names_told`), both read by
:mod:`~.retold_lead`.
Two stories of one event filed minutes apart, sharing a line: companions, not parent and child
(:mod:`~.companion`), read by :mod:`~.family`.
A lead's news without its teller, which a later story sharing one weak line must lead with to be
its update (:mod:`~.lead_news`), read by :mod:`~.weak_link`.
A next source sentence sharing one word alone is not fused (:mod:`~.lone_neighbours`), read by
:mod:`~.neighbours`.
A lawmaker's party-and-state tag ("D-IL.") whose party and state the source names is no name of a
text's own (:mod:`~.party_tags`), read by :mod:`~.novelty`.
A sentence echoing a source sentence that another sentence copies word for word is new
(:mod:`~.echoes`), read by :mod:`~.alignment`.
An update from the source's own outlet that tells the earlier story again close to its words:
partially derived, not "not derived" (:mod:`~.retold_update`), read by :mod:`~.derivation`.
A quotation a version copied from its source with the source's framing, apart from one its reporter
heard: the share of its own words outside the heard ones (:mod:`~.derivation_quotes`), read by
:mod:`~.derivation`.
Which of two undated versions reads as the earlier, read on the family tree's edges to root an
undated family at its original (:mod:`~.family_lean`), read by :mod:`~.family_order`.
A number's scale and percent words, a name's particles, a ticker's exchange letters and a decimal
read whole: parts of a fact, no words of a text's own (:mod:`~.fact_parts`), read by
:mod:`~.novelty`.
A sentence fused beside its neighbour from source sentences holding its names and little else, at
a low score, is new (:mod:`~.names_fused`), read by :mod:`~.neighbours`.
A source's hour, day or phrase a later text writes another way ("10 a.m." for "1000 EDT", "Monday"
for "today", "bpd" for "barrels per day"): no fact or word of its own (:mod:`~.written_otherwise`),
read by :mod:`~.novelty`.
A later sentence written to its source sentence's formula whose every figure is another (the next
assays of one vein): new, not a rewrite (:mod:`~.other_figures`), read by :mod:`~.alignment`.
"""
