"""What a version changed in the words: lexical variants against the source, house style, the
multi-witness collation, and exploration (concordance, keyness, text statistics, key terms).
"""
