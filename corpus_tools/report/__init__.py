"""What a reader sees: plain-language findings, the side-by-side view and reuse graph, tables,
plots and the HTML report, all views of one Analysis.

Modules the README's layout does not list: :mod:`~.honorific_scope` (of how many people a
version's honorifics differ from the source's, read by :mod:`~.findings`); :mod:`~.given_holders`
(a version's "Tom Hale" holds the source's "Tom", no dropped "Mrs Hale", for :mod:`~.checks`);
:mod:`~.change_claims` (the word changes as the findings count them: a replacement or an attribution
change only between whole units, any other pair a cut and an addition, read by :mod:`~.findings`);
:mod:`~.change_words` (the change sentence's figures: a cut's or an addition's words beside its
places, the kinds past the third named as "other", read by :mod:`~.findings`).
"""
