"""Text before analysis: cleaning (chrome, wire formatting, quote marks), the spaCy pipeline,
tokens, parses and sentences with offsets into the raw text. :mod:`~.dates`: the one reader of a
month and a day in raw text, shared by the fact changes and the words of a text's own.
:mod:`~.editor_notes`: a wire take's bracketed note to editors is chrome. :mod:`~.dash_breaks`: a
sentence the parser broke at a wire's dash and a line end is one; :mod:`~.ticker_breaks`, one it broke
inside or before Reuters' ticker markup; :mod:`~.dotted_breaks`, one it broke after "U.S." before a
capitalised "And". :mod:`~.lean_pipes`: the
pipeline's rule lemmatizer and attribute ruler made cheaper, the same parses (issue #23).
"""
