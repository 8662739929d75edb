"""Who is quoted: quote marks, speech cues, speakers and their resolution, and the accounting
of speakers per article and across versions.
"""
