"""What a version changed in the words: lexical variants against the source, house style, the
multi-witness collation, and exploration (concordance, keyness, text statistics, key terms).

What changed along each edge of the family tree: :mod:`~.changes` (facts, quotes, claims, headline,
style), its quote rows from :mod:`~.quote_changes`.

Issue 22, round 21's word-change rules: :mod:`~.row_units` (a verb of saying inside a quotation, a
replacement holding its source, an attribution cut and added across one sentence, read by
:mod:`~.word_shapes`) and :mod:`~.linked_words` (an addition's words another source sentence it is
aligned to writes, read by :mod:`~.followed`).

Round 22's: :mod:`~.clippings` (a word written short, "Lancs" for "Lancashire", an abbreviation,
read by :mod:`~.categories`), :mod:`~.inverted_subjects` (a speaker written on the other side of
the verb of saying, "said counsel" / "he said", one replacement), :mod:`~.moved_articles` (the
article of a turned apposition, "Kit Lam, a builder", no word added; both read by
:mod:`~.row_units`) and :mod:`~.speaker_pairs` (a version sentence read against a source
sentence another named person speaks loses its rows, read by :func:`corpus_tools.analyze` once the
attributions are there).

Round 23's, read by :mod:`~.lexical`: :mod:`~.joined_words` (two words written as one,
"connectionwith", split before the diff, the lost space one format), :mod:`~.bound_letters` (the
"A" of "A-level" no article), :mod:`~.age_suffixes` ("17-year-old" -> "17" a number's format) and
:mod:`~.possessive_marks` (a plural's possessive apostrophe with its word); and
:mod:`~.country_forms` ("US" for "American" one abbreviation, read by :mod:`~.categories`).

Round 24's, read by :mod:`~.lexical` through :mod:`~.reworded` (a phrase reworded in a kept frame,
one replacement): :mod:`~.time_twice` ("tonight" -> "last night" one time reference),
:mod:`~.held_times` ("last June" kept from a near source sentence's "in June last year"),
:mod:`~.next_sentence` (words a near source sentence writes word for word, kept) and
:mod:`~.title_for_honorific` ("Mr" -> "Det Sgt Tom" one replacement), each through
:mod:`~.joined_rows` (a cut row and the addition at its place joined into one replacement, the
loop they share with :mod:`~.named_again`); and
:mod:`~.honorific_people` (honorifics counted by the same person's mentions, read by
:mod:`~.style`).

Round 25's, read by :mod:`~.lexical` before the diff: :mod:`~.read_against` (a version sentence
read against the source sentence of the same witness whose words it writes in runs, not another
take's sentence the alignment scored best; the alignment's counts stay as they are).

Modules the README's layout does not list: :mod:`~.name_facts` (which capitalised runs of a
sentence name a fact, read by :mod:`~.facts`) and :mod:`~.name_aliases` (other names of one
country, state or body, and the full name of an initialism, read by :mod:`~.name_forms`), and
:mod:`~.word_shapes` (shapes of one change the diff writes wrong, set right after
:mod:`~.pairs`: a contraction cut in two, a replacement holding a split word or a misprinted
number, a word replaced at its place, read by :mod:`~.lexical`), :mod:`~.crossed` (a change across a
sentence boundary, a Q-and-A speaker label, a phrase replaced by one word, read by
:mod:`~.word_shapes`), :mod:`~.held_forms` (facts the other text holds in a form the key does
not match: initials in brackets, a one-word short form, an amount exact and rounded, an office under
its department's initials, read by :mod:`~.fact_changes`), :mod:`~.followed` (a version's rows read
whole: a figure of the take it follows, a name told earlier, a pair aligned on a weak match, read by
:mod:`~.lexical`), :mod:`~.far_moves` (a phrase moved across several sentences, words another
sentence tells, another take's wording, read by :mod:`~.followed`) and :mod:`~.named_again` (a noun
phrase cut and another added in one kept frame, read by :mod:`~.word_shapes`). Round 47's:
:mod:`~.dotted_capitals`
(a word the wire capitalises after an abbreviation's dot is no name's, read by :mod:`~.name_spans`),
:mod:`~.spelt_twice` (a surname one letter off a person named before, read by
:mod:`~.reported_twice`) and :mod:`~.year_ranges` (the end of "1988-92", read by :mod:`~.facts`).
Round 48's, read by :mod:`~.fact_changes`: :mod:`~.years_since` ("since 1968" / "in the past 20
years"), :mod:`~.clipped_names` ("Export-Import Bank" / "Ex-Im bank") and :mod:`~.month_parts`
("mid-April" / "April 15"); and :mod:`~.subject_lists` (a body's list of subjects, one name, read
by :mod:`~.name_spans`). Round 49's: :mod:`~.other_writings` ("one third" / "a third", a name and
its initials in apposition, "Alberta" / "Albertans", read by :mod:`~.fact_changes`). Round
50's: :mod:`~.firm_lines` ("Marketing and ... Consultants Ltd" one firm, read by
:mod:`~.name_spans`) and :mod:`~.clock_zones` ("1800 EST": a time's zone no name, read by
:mod:`~.name_facts`). Round 51's: :mod:`~.coordinated_kinds` ("X Gas Field" / "the X oil
and gas field") and :mod:`~.state_initials` ("Tarn City, N.J." / "New Jersey"), read by
:mod:`~.fact_changes`, and :mod:`~.party_titles` ("Senate Republican leader": the body stops before
the party word, read by :mod:`~.name_facts`). Round 52's: :mod:`~.written_again` ("The U.S. Wants X
to": a capitalised verb no name's, read by :mod:`~.name_facts`; "January 1987" / "January 28" and
"first three months" / "first quarter", read by :mod:`~.fact_changes`). Round 53's:
:mod:`~.written_shorter` ("4.0" / "4.0002" and "last September 26" / "last September", read by
:mod:`~.fact_changes`; "the Seafarers' Canadian branch": the owner is the name, read by
:mod:`~.name_facts`, and once named in full, not again, read by :mod:`~.fact_changes`). Moved out
of :mod:`~.fact_changes` unchanged: :mod:`~.periods` (a date relative to the day of writing) and
:mod:`~.same_number` (a number changed into a number that counts the same thing). Moved
unchanged in round 26: out of :mod:`~.lexical`, :mod:`~.cross_pairs` (a cut and an addition in two
places of a group that are one named change) and :mod:`~.replacement_sides` (an attribution on one
side of a replacement only, a source noun before its word, one word for one); out of
:mod:`~.changes`, :mod:`~.sentence_pairs` (sentences paired by their words, the side-by-side view)
and :mod:`~.edge_style` (each edge's style row, the edges of a family frame); out of
:mod:`~.name_forms`, :mod:`~.name_parts` (a name's words and each word's forms) and
:mod:`~.longer_names` (a body's or place's name written longer or shorter).
Round 54's:
:mod:`~.first_word_body` ("House of Representatives" / "the House") and :mod:`~.lower_case_body`
("Council of Economic Advisers" / "the president's council of economic advisors"), read by
:mod:`~.fact_changes`, and :mod:`~.shared_plural` ("the X and Y Rivers": "Y River", read by
:mod:`~.name_facts`).
Round 55's, read by :mod:`~.name_spans`: :mod:`~.name_particles` ("Cor van der Klugt" one name)
and :mod:`~.act_names` ("the Exports and Imports Permits Act" one law).
Round 28's (issue 22, change rows), read by :mod:`~.lexical` last: :mod:`~.whole_pairs` (a
replacement pairing fragments is a cut and an addition) and :mod:`~.plural_misprints` (a plural
made singular by a changed determiner is no misprint); and :mod:`~.surname_particles` ("St
Leger" alone is a surname without an honorific, read by :mod:`~.style`).
Round 29's (issue 22, change rows), read by :mod:`~.lexical` last: :mod:`~.reformed_pairs` (the
same word in another form, or a phrase of one role, across a mark at a side's edge: one
replacement, read by :mod:`~.whole_pairs`), :mod:`~.singular_nouns` (a plural made singular after
a determiner, or a possessive plural made a noun, no misprint), :mod:`~.time_words` (a time word
added at a replacement's edge an addition apart) and :mod:`~.speaker_swaps` (a cut attribution and
a new speaker opening an addition of the sentence one change of speaker); and
:mod:`~.reworded_openings` (a sentence's opening reworded takes the cut words it rewords).
Round 58's (issue 23, round 57's false fact kinds): :mod:`~.other_languages` ("Banco do Brasil" /
"Bank of Brazil", read by :mod:`~.fact_changes`), :mod:`~.overnight_words` ("can be carried
overnight": no day, read by :mod:`~.date_facts`) and :mod:`~.law_owners` ("the Companies' Creditors
Arrangement Act" one law, read by :mod:`~.name_spans`).
Round 59's (issue 23, branch facts37, round 59's false fact kinds): :mod:`~.list_numbers` (a
numbered paragraph's "1." no number, read by :mod:`~.facts` and :mod:`~.name_facts`); and, widened,
:mod:`~.other_writings` (initials given in brackets after a name the other text holds, "Group of
Seven (G-7)") and :func:`~.facts.holds` (a country's initials before a comma, "the U.S., Japan").
Round 31's (issue 22, change rows), read by :mod:`~.lexical` last: :mod:`~.plural_possessives`
(a possessive's apostrophe on a kept word, "holders'", no quote mark) and :mod:`~.slot_numbers`
("two other X" / "three other X": one number changed, out of a cut and an addition).
"""
