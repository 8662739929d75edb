"""What a version changed in the words: lexical variants against the source, house style, the
multi-witness collation, and exploration (concordance, keyness, text statistics, key terms).

What changed along each edge of the family tree: :mod:`~.changes` (facts, quotes, claims, headline,
style), its quote rows from :mod:`~.quote_changes`.
"""
