"""Reading a corpus and writing results: folders and INDEX.md, records, decoding, the Unicode rule,
data set loaders, the shipped seeds, and safe output folders.
"""
