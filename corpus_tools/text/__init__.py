"""Text before analysis: cleaning (chrome, wire formatting, quote marks), the spaCy pipeline,
tokens, parses and sentences with offsets into the raw text.
"""
