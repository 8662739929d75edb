"""What a version changed in the words: lexical variants against the source, house style and
the multi-witness collation.
"""
