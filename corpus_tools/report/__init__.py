"""What a reader sees: plain-language findings, the side-by-side view and reuse graph, tables,
plots and the HTML report, all views of one Analysis.
"""
