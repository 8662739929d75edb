"""Text reuse between documents: document scores, the passage engine (pandas and Dask), sentence
similarity, alignment and coverage, and METER's derivation classes.
"""
