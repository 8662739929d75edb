"""Reading a corpus and writing results: folders and INDEX.md, records, decoding, the Unicode rule,
saved web pages and WARC archives (``web``, ``web_story``, ``index_draft``), data set loaders, the
shipped seeds, and safe output folders.
"""
