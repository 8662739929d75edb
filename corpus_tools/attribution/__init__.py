"""Who is quoted: quote marks, speech cues, speakers and their resolution, and the accounting
of speakers per article and across versions.

The chain (README, "Layout") reads quotations and cues (:mod:`~.quotes`, :mod:`~.cues`,
:mod:`~.cue_subjects`), resolves
each cue's speaker in a document (:mod:`~.speakers`, :mod:`~.pronouns`), makes one speaker per
person, institution or government (:mod:`~.identities`, :mod:`~.surnames`, :mod:`~.entities`,
:mod:`~.takes`), reads one document (:mod:`~.document_attributions`; each paragraph's text and
tokens made once by :mod:`~.doc_texts`; a name's places in a text found without a pattern
compiled for the name by :mod:`~.word_places`), writes the rows
(:mod:`~.attributions`, :mod:`~.records`) and counts and compares them (:mod:`~.accounting`,
:mod:`~.survival`, :mod:`~.paraphrase`, :mod:`~.shared_quotes`).
Every other module is one rule for one shape of sentence, pinned by a test on invented text of
that shape; its docstring gives the shape and the story it was read from. By what they decide:

Who the subject of a cue is, where the parse goes wrong:
* :mod:`~.subjects`: a dateline, a topic or an inverted subject before the name;
* :mod:`~.quoted_speakers`: speakers beside a quotation ('"...," said Mr Vance');
* :mod:`~.missed_subjects`: subjects of a verb of saying the parse misses;
* :mod:`~.set_off_names`: "Ann Dear, however said", "X sat in court as Ann Hale, QC, said";
* :mod:`~.label_cuts`: a label cut to its noun phrase;
* :mod:`~.setting_phrases`: "Acme in March said", "the Board in Washington said": no part of the name;
* :mod:`~.hyphens`: a mention cut inside a hyphenated word ("the 18-year-old");
* :mod:`~.breaks`: a paragraph cut off without its stop, joined to the next by the parse;
* :mod:`~.typos`: a determiner run into its noun in wire copy ("theprosecutor");
* :mod:`~.single_quotes`: a cue inside single quote marks is part of the quotation;
* :mod:`~.quoted_holdings`: "held that 'a tenant cannot maintain a claim ...'" quotes the judge;
* :mod:`~.stop_quotes`: a cue cut from its quotation by a full stop;
* :mod:`~.quote_sentences`: a quotation's later sentences in its paragraph are its speaker's;
* :mod:`~.resumed_quotes`: a quotation opened again after its speaker's cue ("she said. 'B.'"),
  or a statement's sentence cut without a stop, goes on as that speaker's;
* :mod:`~.colon_tags`: a speaker tag with a colon and no verb ("The magistrate: ...");
* :mod:`~.signatures`: a dash and a name below a quotation sign it ("-Sen. Ann Cole").
* :mod:`~.side_names`: a name in commas before the cue, with its side or not ("..., Ann Lee,
  prosecuting, told").
* :mod:`~.dash_asides`: a subject set off from its cue by an aside between dashes.
* :mod:`~.client_sides`: a barrister before his side and client ("Ann Lee, defending Hale said").
* :mod:`~.employer_asides`: a person named with her employer speaks, never the employer ("X,
  manager for Y, the company running Z, said"; an aside between dashes; "who" after it).
* :mod:`~.fronted_phrases`: a fronted "Outside court, ..." or "Earlier" is no part of the speaker.
* :mod:`~.passive_agents`: the agent of a passive cue speaks ("which was described by X as").

Whether a cue is a statement at all:
* :mod:`~.reports`: whether a cue reports a statement of its subject;
* :mod:`~.statement_verbs`: a verb whose object is a statement ("detailed 35 allegations"), a
  plea, a ruling or a finding with its clause (split from :mod:`~.reports`);
* :mod:`~.beliefs`: a belief is no statement, whoever holds it ("Police believe");
* :mod:`~.decided_acts`: "confirmed a decision", "agreed to a thing": acts, no statements;
* :mod:`~.things`: a thing never speaks ("The pattern of offences suggested", "claimed two lives",
  "- yesterday continued");
* :mod:`~.told_acts`: a verb of saying that tells a deed or a measure ("foreign trade added 0.2",
  "has responded to the slump by cutting spending", "has called in a conciliator") (round 39);
* :mod:`~.unsaid_questions`: a question left unanswered is no statement ("did not say how much it
  would cost") (round 39);
* :mod:`~.questions`: a part of a text is no speaker ("the paragraph alleged"); an open question is
  no statement, its answer the one asked's; a quotation after "he believed" the believer's;
* :mod:`~.quote_tails`: a quotation's content ends at its close before a clause of time ("when");
* :mod:`~.nested_reports`: a cue inside a carried quotation that quotes words of its own is nested;
* :mod:`~.closed_quotes`: a verb after a quotation closed by its own full stop is no tag of it;
* :mod:`~.aged_names`: a name with an age or an address beside it is a person ("Hale, 47, pleads");
* :mod:`~.surname_subjects`: a bare surname subject ("Hale, who is married, was") a pronoun may be;
* :mod:`~.paper_speakers`: "The latter" is no speaker; a name listed in the subject's relative
  clause is no second subject;
* :mod:`~.hearings`: a hearing's nouns, and a hearing at a sentence's end that heard the clause before;
* :mod:`~.heard_nouns`: ", the inquest heard." parsed as a noun phrase is that hearing;
* :mod:`~.caps_names`: a person's name in a paper's opening capitals ("JANE DOWLING") is the person;
* :mod:`~.story_persons`: a given name and surname the tagger took for an institution is a person
  when the story titles the surname ("Helen Merral said", the wire's "Mrs Merral");
* :mod:`~.story_genders`: an untitled full name has the gender the story's titles give it ("she");
* :mod:`~.pronoun_speakers`: a witness named in a sentence of her own who speaks as "He"/"She" next;
* :mod:`~.kin_fragments`: "Mr Hale's wife. Ruth, said", a kin phrase cut by a stray full stop;
* :mod:`~.aged_comparisons`: "the older man" of two people named with their ages is the older;
* :mod:`~.aux_pleas`: "Hale admits knifing Reed", a plea verb the parser tags an auxiliary;
* :mod:`~.pair_members`: a named pair beside its two members in a source is no third speaker;
* :mod:`~.passives`: the party of a passive, an act or a request is no speaker;
* :mod:`~.asked_questions`: a question the report asks in its own words holds no statement;
* :mod:`~.article_speakers`: "These claimed", after a named newspaper's articles, is that newspaper;
* :mod:`~.time_clauses`: a verb of saying in a clause of time whose subject is a thing;
* :mod:`~.counterfactuals`: what one could or would have done is no statement ("who could have spread");
* :mod:`~.modal_inferences`: what one may conclude is no statement ("the jury might conclude that");
* :mod:`~.rulings`: a court's order read as a statement;
* :mod:`~.jury_verdicts`: "..., an inquest jury ruled today": the verdict, an act;
* :mod:`~.pleas`, :mod:`~.clause_pleas`, :mod:`~.joint`: pleas, however worded, and of each of two;
  a joint subject with a body or a group among its members a statement of each;
* :mod:`~.titled_pleas`: a plea whose subject is a description with the name after it;
* :mod:`~.listed_pleas`: a joint plea of a list of named defendants ("A, 66, of X; B and C all deny");
* :mod:`~.group_pleas`: a plea of a plural group ("All 28 defendants have pleaded not guilty");
* :mod:`~.demands`: a demand with its clause and a public appeal for witnesses are statements;
  a demand in the past perfect and a request told in a relative clause on a noun are not (round 38);
* :mod:`~.nominal`: who a noun of saying belongs to ("defence claims that"); "according to function",
  a bare noun of manner, no source (round 36);
* :mod:`~.as_clauses`: an opening "as" clause that credits its clause ("As the Courier revealed").

What a pronoun or a description stands for:
* :mod:`~.antecedents`, :mod:`~.topics`: what a pronoun may stand for; whom a sentence goes on about;
* :mod:`~.actors`: a pronoun after a new person's act ("The boy went ... He said") is that person;
* :mod:`~.lone_names`: a pronoun with no antecedent is the one person named in full just before;
* :mod:`~.inverted`: a pronoun after its statement is none of the people the statement names (an
  "it" with no other antecedent near is the last body that spoke);
* :mod:`~.nested_tellers`: "X said Y has indicated ... It said": the teller, not the report's Y;
* :mod:`~.disjoint`: "He added" not a person named inside the statement before; a pronoun subject
  not a person its own sentence names after it ("He agreed with Mr X's lawyers");
* :mod:`~.relative_asides`: "X, who they said ...": "they" speak, not X;
* :mod:`~.relative_subjects`: "One friend who knew him better than most said:" is the friend;
* :mod:`~.relative_speakers`: a quoted phrase before "which", "who" after "X, appearing for Y", "whose";
* :mod:`~.alleged`: an alleged "he" ("He allegedly told them") is the person reported on, not the barrister;
* :mod:`~.clause_names`: a "he" in a relative clause hung on a named person's clause is that person;
* :mod:`~.said_genders`: the gender a text gives a named person (a rank word, its own pronoun);
* :mod:`~.epithets`, :mod:`~.descriptions`: descriptions for a person the text named;
* :mod:`~.role_descriptions`, :mod:`~.roles`: a rank or role description that fits one named person;
* :mod:`~.side_holders`: "The prosecutor", "the defence": the one barrister the text sets on that side;
* :mod:`~.errands`: "called at the flat", "reported her missing": a visit and a report, no statement;
* :mod:`~.resident_names`: "Kemp of Hale Park, Cheshire" is the person of the surname Kemp;
* :mod:`~.owned_roles`: "Northam's manager" is the one person the story names "Northam FC manager X";
* :mod:`~.client_lawyers`: "her lawyer" is the barrister the story names as her client's;
* :mod:`~.legal_teams`: "her legal team", "Lawyers for X" are the counsel their document names;
* :mod:`~.past_offices`: a political office held in the past is the story's one former holder;
* :mod:`~.appositions`: "Mr Hale, a lorry driver said" is Mr Hale; "Tom Hale's mother, Jane" is named;
* :mod:`~.speaking_judges`: "The judge" after a judge who speaks is that judge; "A High Court judge"
  the one trial judge the takes name;
* :mod:`~.employees`: a possessive description of an employee named in the next sentence;
* :mod:`~.office_names`: a named person after a description of the office ("director for sales X");
* :mod:`~.named_before`: a definite description of the person named just before ("the goalkeeper");
* :mod:`~.relation_names`: "The friend" of one take, the one person the takes name "his friend X";
* :mod:`~.relative_appositions`: "Tom Reed, a tenant who claimed" is Reed, not "a tenant";
* :mod:`~.job_nouns`: a definite job noun for the person an opening "a JOB" introduced ("the cook");
* :mod:`~.parent_nouns`: "The mum" right after a named woman speaks is that woman;
* :mod:`~.apposed_roles`: "his solicitor" is the "Tim Brown, his solicitor" the text names;
* :mod:`~.expert_nouns`: a definite job noun for the named person given that job ("the specialist");
* :mod:`~.kin_genders`: members of one family told apart by a kin phrase ("Mr X" is no "Ann X");
* :mod:`~.kin_given_alone`: "Mrs Hale's husband, Tom told": Tom Hale, not another "Tom" of the text;
* :mod:`~.kin_holders`: a bare "her father" is the relative the text named with that kin word;
* :mod:`~.kin_lists`: "Lena's father and sister Carla, 37" is two relatives, each its kin phrase's;
* :mod:`~.openings`: an opening indefinite description of a pair named in the next sentence;
* :mod:`~.opening_pleas`: an opening indefinite description that pleads, the man named after it;
* :mod:`~.opening_speakers`: an opening description that speaks, the person named after it;
* :mod:`~.party_adjectives`: "A former Tory Minister": a party's adjective is no name in a description;
* :mod:`~.wire_slugs`: a wire take's header line ("COURTS Richards Nightlead") names no one;
* :mod:`~.titled_openers`: "a taxi driver told ..." is the "Cab driver Ali Khan" named after it;
* :mod:`~.title_phrases`: "the Welsh Assembly member" is the one person the story titles so;
* :mod:`~.force_officers`: "the officer" after a police force's spokesman is that spokesman.
* :mod:`~.head_synonyms`: "The pal" after "One friend" is that friend (and the force's officer);
* :mod:`~.letters`: "The letter ended: ..." is the writer the text names just before it.

One person, pair or body under several names:
* :mod:`~.same_speakers`: what makes two speakers of one document one (name, body, defendant);
* :mod:`~.misprints`, :mod:`~.titled_misprints`: a surname a paper misprints;
* :mod:`~.namesakes`: two people with one surname, kept apart;
* :mod:`~.given_rivals`: a version's "Tom Hale" is the source's "Tom", not its "Mrs Hale";
* :mod:`~.pairs`, :mod:`~.spouses`, :mod:`~.couples`: people spoken of together; a married pair;
* :mod:`~.object_pairs`: a pair named as a bare clause's subject ("make X and Y vanish") is no subject pair;
* :mod:`~.described_conjuncts`: "Mr A and another rider, B C": a pair, the second named by apposition;
* :mod:`~.defendant`: the person on trial under every description the story gives;
* :mod:`~.sides`, :mod:`~.judges`: a side of a case; "the judge" and the named judge;
* :mod:`~.companies`, :mod:`~.outlets`: a company is an institution; "the newspaper" and its name;
* :mod:`~.institution_names`: an institution's short name or initials and its full name (round 34: its
  name less its legal suffix and ticker, its leading words, the initials of its syllables; round 36:
  leading words written as initials, "B.C. Resources");
* :mod:`~.lowercased_bodies`: "The crown prosecution service" is the story's capitalised body;
* :mod:`~.kept_forms`: a source speaker a version keeps in another form (a body's short label,
  nested in another's statement, its members for the body, its spokesman's institution);
* :mod:`~.own_voice`: a source statement a version tells in its own voice, without its speaker;
* :mod:`~.named_tellers`: such a statement told where the version names its speaker (the sentence,
  the one before, the quotation it stands in): kept, not told without saying who;
* :mod:`~.speech_acts`: a short act statement kept by an act of one meaning ("offered her
  condolences" -> "expressed her sympathy");
* :mod:`~.best_teller`: a version statement another source speaker's statement tells better is
  no fate of the speaker its sentence was matched to;
* :mod:`~.rewritten_statements`: a statement a version gives its speaker in words of its own is
  kept, not "quoted only on another statement";
* :mod:`~.told_parties`: a party a source statement reports, told by a version under that party:
  no relabel or re-attribution of the statement's speaker; the party kept;
* :mod:`~.given_names`: a person a version names by a given name alone ("Her mother, Rachel");
* :mod:`~.doc_rows`: a frame's rows grouped by document once, for a loop over another frame's rows;
* :mod:`~.spokesmen`: an organisation and the spokesman who speaks for it (a lone spokesman stays
  anonymous: round 36);
* :mod:`~.body_statements`: a body's statement and its spokesman are the body ("A hospital statement");
* :mod:`~.statement_bodies`: "A statement said" right after "X council said" is the council's;
* :mod:`~.speech_participles`: "left the court saying:", a participle the tagger read as a noun;
* :mod:`~.take_speakers`: one speaker in two takes (a title and its holder, a spokesman's initials);
* :mod:`~.benches`: a court's bench under its labels ("the Court of Appeal", "the appeal judges",
  "Their judgment") is one speaker, named as the story names the court;
* :mod:`~.title_types`: a type read from the name, not the kind, office or force beside it;
* :mod:`~.speaker_types`: a mention's type (person, official, organisation, media, ...) from its
  head, titles and entities; a given name, not a title (split from :mod:`~.speakers`);
* :mod:`~.affiliations`: the organisations, places and court side a speaker mention names (split
  from :mod:`~.speakers`);
* :mod:`~.near_words`: matches read near a role word only (split from :mod:`~.identities`);
* :mod:`~.label_openers`: a label without the time, date, clause or side before or after the
  speaker ("Today", "Sep 14 - ", "Recording a verdict"; split from :mod:`~.identities`);
* :mod:`~.the_names`: a name with a capital "The" in mid-sentence is a body ("is suing The Sun");
* :mod:`~.appearances`: the court someone "will appear before ... charged" is no speaker;
* :mod:`~.told_accounts`: what the story's people said to one another, told inside counsel's or
  the hearing's account, is nested in it ("the doctor told her", "he promised the nurse");
* :mod:`~.anonymous_pairs`: "A man told ... The man, a farmer, claims": one anonymous speaker;
* :mod:`~.teller_pronouns`: a "he said" after a sentence of the teller's account is the teller's;
* :mod:`~.accusations_told`: an accusation is told without saying who only where its act is;
* :mod:`~.speaker_identity`: who a speaker is across documents, and a wire story's takes as one
  witness (split from :mod:`~.survival`);
* :mod:`~.survival_status`: one version's fate for each speaker of its source (split from
  :mod:`~.survival`);
* :mod:`~.bench_members`: a court's presiding judge and its bench are one body (the judges a text
  names sitting together);
* :mod:`~.households`: a couple or family under several labels in one document ("Ann and Tom
  Rudd", "The couple", "Mr and Mrs Rudd", "The Rudds") is one speaker;
* :mod:`~.family_names`: the one reader of a family named by its surname ("the Joneses", "The
  Grant family"), for households, couples and spouses;
* :mod:`~.whole_groups`: a group of defendants under several labels ("All", "All 28 defendants",
  "All 19 men and nine women") is one speaker, in a document and across takes;
* :mod:`~.paragraph_speakers`: a paragraph's first "he" or "she" goes on with the one speaker of
  the paragraph before;
* :mod:`~.bound_persons`: a lone surname the tagger made an organisation is a person when its own
  participle clause has "he" or "she" as subject ("Dunn pleaded not guilty, claiming he acted");
* :mod:`~.subject_pronouns`: a "he" or "she" opening a sentence is the named subject of the
  sentence before ("McKay was arrested in February. / He denies five charges");
* :mod:`~.clause_pairs`: "A was fined ... and B was fined ... after they admitted": the pair;
* :mod:`~.evidence_clauses`: a telling in the clause of a witness's evidence is no statement.
* :mod:`~.written_works`: writing a book, a novel or a song is an act, not a statement;
* :mod:`~.plural_titles`: "Detectives said" is an anonymous group, never a named person;
* :mod:`~.another_persons`: "Another witness ... He recalled" is a second person, the "He" his;
* :mod:`~.interposed_participles`: "Judge X, jailing Y for six years, said:" is X's statement (round 36:
  also when the parse makes the participle the root, "X, ..., also addressing the seminar, added that");
* :mod:`~.fronted_descriptions`: "Described by X as '...', Reed ..." is X's statement; "A man
  described as '...' was jailed" is none;
* :mod:`~.given_name_slips`: the same officer under a wrong given name is relabelled;
* :mod:`~.owned_documents`: "Watanabe's latest proposals said" in a version is the source's Watanabe;
* :mod:`~.qualified_bodies`: the source's "police" is the version's "Kent police"; "Commission sources"
  and "EC Commission sources" are one group;
* :mod:`~.bare_bodies`: a document's "Police" beside its "Norfolk police" is counted once;
* :mod:`~.relative_tails`: "Two pharmacists who worked for Boots the chemist were fined": the pharmacists;
* :mod:`~.head_bodies`: a document's bare "police" and its "Essex Police spokesman" are the body;
* :mod:`~.for_clauses`: "It was his undoing - for Carver was appalled ... and told police": Carver;
* :mod:`~.content_clauses`: "the conclusion that X had ordered": X no speaker there, no "he said";
* :mod:`~.printed_matter`: unsigned "Leaflets ... calling for protests" are no speaker;
* :mod:`~.party_pairs`: "The defendants" are the person and business a barrister represents;
* :mod:`~.staff_bodies`: "Police at the X Service" is the X Service when it speaks in the group;
* :mod:`~.story_bodies`: "Boots said", "The high street chemist said": the story's "Boots the Chemist";
* :mod:`~.member_pairs`: a version's pair that names a source speaker ("A, 25, and B, 27") is his;
* :mod:`~.interposed_tags`: "The memo, Mr Hale said, claimed that ..." is Hale's report of the memo;
* :mod:`~.inquiries`: "examining claims of fraud", "The inquiry raised questions": no statement;
* :mod:`~.persuasion`: "seeking to persuade a tribunal that ..." is a statement;
* :mod:`~.indications`: "has indicated to X that ..." is a statement;
* :mod:`~.hailed_signs`: "newspapers hailed the accord as a sign that ..." is a statement;
* :mod:`~.subordinate_subjects`: "opened an inquiry after a woman ... complained": the woman's;
* :mod:`~.court_letters`: "Woman A", "Mr X", the court's letters, are anonymous speakers;
* :mod:`~.code_names`: "Officer Kilo", a witness's code name, is anonymous too;
* :mod:`~.coded_officers`: "The policeman" is the one officer the takes call "Officer Kilo";
* :mod:`~.kin_titles`: "O'Neill's father Eoghan ... Mr O'Neill added": Eoghan O'Neill, one man;
* :mod:`~.client_groups`: "Tom Reed's lawyers" and "The 61-year-old's lawyers" after him: one group;
* :mod:`~.born_epithets`: "the Leeds-born officer" is the man the report named, as an age is;
* :mod:`~.initialled_bodies`: "WSB officials", "the WSB report", "The board": the body named in full
  (and the full name itself, "the Economist Intelligence Unit (EIU ) said ... The EIU said");
* :mod:`~.letter_appositions`: "a 39-year-old nurse, known as Woman D,": Woman D;
* :mod:`~.listing_verbs`: "Recent cases include:" opens a list, no statement;
* :mod:`~.earlier_trials`: a take on an earlier trial reads "the prosecution" over its own text;
* :mod:`~.raised_agents`: "pictures of X, said by the magazine to be ...": the magazine's statement;
* :mod:`~.spokesman_bodies`: "The Prison Service said ... A spokeswoman said": the Prison Service;
* :mod:`~.fronted_places`: "Outside court Willis ... said": Willis, the place cut from the label;
* :mod:`~.counsel_nouns`: "The barrister said" is the barrister named with a side before it;
* :mod:`~.counsel_offices`: "the prosecution say", "The Crown told" are "prosecutor Tom Bell";
* :mod:`~.defendant_names`: "the grocer told police" is the one defendant named ("Hale denies");
* :mod:`~.conjunct_subjects`: "the boys began ... and Hale later admitted": Hale's admission;
* :mod:`~.verdict_signs`: "a verdict of manslaughter ... might suggest" is a sign, no speaker;
* :mod:`~.side_asides`: "during the hearing Ian Cole, for the defence, said that": Cole speaks;
* :mod:`~.each_pleas`: "A, 36, and B, 40, each pleaded", "A, B and C, all from Leeds, deny": each;
* :mod:`~.reduced_passives`: "a group of 12 passengers ordered off the ferry": no one speaks;
* :mod:`~.participle_clauses`: "reports compiled after a fraud revealed": the fraud says nothing;
* :mod:`~.written_notes`: "sent ... with a note which read: '...'": the writer's words, no speaker;
* :mod:`~.titled_subjects`: a bare surname the take titles ("Mr Lee") is a subject a "He" may be;
* :mod:`~.listed_persons`: "Tom Lee, Sam Roe and Ann Kay": each a person, whatever the tagger says;
* :mod:`~.described_persons`: the hook of the three below, one person under a role noun or a title;
* :mod:`~.org_openers`: "A Professional Golfers' Association manager ... insisted", named next;
* :mod:`~.office_heads`: "The chief executive of the PGA" is the one holder the story names;
* :mod:`~.party_roles`: "the witness", "The applicant": the one person giving evidence or claiming;
* :mod:`~.relative_pairs`: "against Ann Lee and Jo Roe, who ...": a pair "The defendants" may be;
* :mod:`~.trailing_tags`: "X pleaded guilty to ..., a spokeswoman said today": hers, the plea nested;
* :mod:`~.modifier_capitals`: "The former Navy communications engineer also admitted": the defendant;
* :mod:`~.doctors`: "a prosecution psychiatrist", "Dr Philip Joseph", "the doctor": one named doctor;
* :mod:`~.alias_names`: "A witness named only as Dave for security reasons, said": Dave;
* :mod:`~.definite_openers`: a report's first sentence's "The drunken skipper ... after admitting":
  the man named next, as "A drunken skipper" is;
* :mod:`~.heard_participles`: "The court was told ... after X had taunted Y, telling him": X's;
* :mod:`~.victim_names`: "the victim" of a story naming one victim ("murdering Alan Averall");
* :mod:`~.condition_signs`: "Copeland's symptoms suggested": a person's condition shows, never speaks;
* :mod:`~.group_members`: "Both men, and a third defendant, Z, all deny": Z denies too;
* :mod:`~.told_kin`: "A musician ... told his brother ... / X said his brother Y told him": Y;
* :mod:`~.named_requests`: "They were asked by X, for the claimant, to award": X's request;
* :mod:`~.office_openers`: an opening "THE CHAIRMAN of the inquiry" is "X, the head of the inquiry";
* :mod:`~.found_documents`: "Documents later found ..., information that revealed": papers show;
* :mod:`~.object_relatives`: "X said the count, which his client had admitted, amounted": X speaks;
* :mod:`~.rejected_claims`: "A jury rejected his claim that ...": the claim is his, not the jury's;
  "The government considered demands for ...": no one's (round 36);
* :mod:`~.disputing_bodies`: "The X Police disputed ... Afterwards, a spokesman said": the police;
* :mod:`~.apposed_spouses`: "Roger Tagg, Tagg's husband, told": not the wife "Tagg", "Mr Tagg" his;
* :mod:`~.submissions`: "X has submitted that the judge erred ... on the ground '...'": X speaks;
* :mod:`~.occupation_titles`: "Lorry driver Adrian Shaw ... both deny": "Lorry" is no defendant;
* :mod:`~.echoed_openers`: "An animal welfare expert told a court": the "senior animal welfare
  officer, Graham Taylor" named later;
* :mod:`~.made_allegations`: "allegations made by parents that ...": the parents' statement;
* :mod:`~.letter_pronouns`: "a letter from Dr Jem Berry ... / It pointed out that": Berry;
* :mod:`~.representatives`: "Mr X's legal representative said ... / Gerry O'Brien said:": one man;
* :mod:`~.aged_lead_descriptions`: "killer Sally Clarke protested ... / The shamed solicitor, 35,": her;
* :mod:`~.aged_nouns`: "Goodwin, 36, ... had pleaded guilty", the surname tagged a noun: his plea;
* :mod:`~.joint_given`: "his parents, June and Steven Warren": June a given name, "Mrs Warren" no son;
* :mod:`~.hospital_trusts`: "The hospital" and "the X Hospital NHS Trust" are one body;
* :mod:`~.kin_openers`: "A woman who admitted wounding her son's friend" is "Ann Lee, and her son";
* :mod:`~.civic_titles`: "Councillor Harry Rees, ..., who said" and "Councillor Rees said": one man;
* :mod:`~.ruling_judges`: "A judge ruled today that ... / Lord Caplan ruled that ...": Lord Caplan;
* :mod:`~.relative_namings`: "by the man who accused him, TV journalist Sean McPhilemy": McPhilemy;
* :mod:`~.address_subjects`: "Mr McPhilemy, of St Margaret's Road, Oxford, said": no speaker "Oxford";
* :mod:`~.told_hearings`: "A black Wpc has told an employment tribunal / Ann Dale, 34, told the
  tribunal": one person;
* :mod:`~.sentencing_openers`: "Sentencing Drummond, Peter Ward, the magistrate, said": Ward, not
  the man sentenced;
* :mod:`~.sentence_ends`: one pattern for where a sentence ends, read by the rules that look at the
  next sentence by hand;
* :mod:`~.apposed_jobs`: "John Skermer, 51, a teacher at ... / The grey-haired teacher admitted": him;
* :mod:`~.employers`: "his former employer, Aberdeen-based Rockwater", "Senior Citibank executive
  William Rhodes": a company, "the company";
* :mod:`~.firm_openers`: "A family timber firm ... after admitting" is the story's one company;
* :mod:`~.reporting_restrictions`: "reporting restrictions were not lifted": no one speaks;
* :mod:`~.home_tails`: "His widow Marie Cross, a midwife, from X, South Uist, Western Isles": Cross;
* :mod:`~.told_addressees`: "counsel, X, told Mr Justice Y: ``...''": counsel's, not the judge's;
* :mod:`~.company_spokesmen`: "The company argued ... A Rockwater spokesman said": the company;
* :mod:`~.spouse_namings`: "wife Penny said ... Then his wife revealed": one woman, Penny;
* :mod:`~.lawyer_nouns`: "X, defending, said ... The lawyer added": X, as "The barrister" is;
* :mod:`~.client_pronouns`: "X, defending, said his client accepted ... , he said": X's, not the client's;
* :mod:`~.fragment_quotes`: 'experts said it fit ``perfectly'', said Mr X': the clause X's, experts nested;
* :mod:`~.aged_pleas`: "A 28-year-old man ... has pleaded not guilty": the unnamed defendant's plea;
* :mod:`~.heard_by`: "The trial will be heard by Mr Justice X": who tries it, no hearing speaking;
* :mod:`~.underscore_asides`: "Steven Staton, 20 _ ... Grangetown, Middlesbrough _ was jailed after
  denying murder": Staton, not "Middlesbrough _";
* :mod:`~.pointing_things`: "It all pointed to a lavish lifestyle": the facts, no one speaks; figures
  "pointing to" or "announced today" neither;
* :mod:`~.surname_people`: "Garry Delany was cleared ... / Delany was found", "Delany" tagged an
  organisation: him;
* :mod:`~.own_statements`: "Kevin Keegan gave written evidence in which he said": Keegan;
* :mod:`~.owner_statements`: "His statement said:": the man "His" stands for, no document;
* :mod:`~.future_acts`: "will reveal his decision", "will hear an appeal": no statement yet;
* :mod:`~.apposed_descriptions`: "an account by James Sands, a loyalist who claimed": Sands;

* :mod:`~.company_anaphors`: "Cyclops Corp said ... with <Dixons Group plc> ... / The company said":
  Cyclops, the one company speaking before it;
* :mod:`~.lowercase_suffixes`: "Cyclops corp said ... / Cyclops said", "Rexnord nc said": one company;
* :mod:`~.double_surnames`: "minister Javier Espinosa Teran said. / Espinosa said": one person;
* :mod:`~.wire_speakers`: the hook of the three below, a name wire copy tells again in short;
* :mod:`~.repeated_titles`: "The Treasury Secretary" after "Treasury Secretary James Baker": Baker;
* :mod:`~.chief_nouns`: "the UAW chief" after "(UAW) president Owen Bieber": Bieber;
* :mod:`~.company_short_names`: "Levon said" after "Levon Resources Ltd said": the company;
* :mod:`~.let_me`: "``Let me emphasize that ...,'' he told X": no speaker "me";
* :mod:`~.company_spokeswomen`: "X Corp of Y said ... But a spokeswoman pointed out": the company;
  "..., a spokesman said." after the company its ticker names, and a word of that name alone (round 36);
* :mod:`~.noted_participles`: "the outlook noted in its last decision had persisted": no speaker;
* :mod:`~.unsigned_texts`: "according to latest official statistics", "A master resolution ...
  notes": no speaker;
* :mod:`~.aged_subjects`: "..., said X, prosecuting. / Frew, 35, ..., was convicted. He had denied":
  Frew;
* :mod:`~.described_antecedents`: "attacking the 24-year-old woman ... / She told the Old Bailey":
  the woman;
* :mod:`~.kin_of_openers`: "The daughter of one of X's victims told ... / Her daughter Jacqueline
  Gee told": one person, named;
* :mod:`~.bracket_companies`: "<Qintex Ltd> of Brisbane said", its label "> of Brisbane": Qintex;
* :mod:`~.ticker_names`: round 33's name for :func:`~.tickers.ticker_name`, re-exported;
* :mod:`~.former_governments`: "Peking has repeatedly said", "The Soviet Union reported": governments;
* :mod:`~.province_governments`: "Ontario ... arguing that", "The Quebec Government": governments;
* :mod:`~.military_spokesmen`: "a military spokesman" is the one government of his story; a body
  told only inside its spokesman's statement ("Finance Ministry proposals") does not make him it;
* :mod:`~.body_anaphors`: "Harlow Gas Co said ... / The company said", "The Soviet government said
  ... / The government said", "The United Auto Workers has set ... The union said": the body of the
  description's kind named before it, one reading with a table of kinds (round 35);
* :mod:`~.body_documents`: "The Treasury said ... the Treasury brief said": the Treasury;
* :mod:`~.declared_acts`: "has declared force majeure", "declared a dividend": no statement;
* :mod:`~.plan_texts`: "Plans call for increased imports": no speaker;
* :mod:`~.conditional_hopes`: "it would also hope to expand": a wish, no statement;
* :mod:`~.employed_people`: "said P.S. Tam of Morgan Guaranty Trust": a person, not a firm;
* :mod:`~.closed_tags`: '"...," said Douglas Yearley. ..., the executives said': Yearley's own;
* :mod:`~.person_spokesmen`: "A spokeswoman for Giuliani" after "Rudolph Giuliani": hers, no body;
* :mod:`~.press_reports`: "Newspaper reports have said": the press, unnamed; "was quoted in the X
  newspaper as saying", "told Reuter", "told the Times" after the Times named as a paper: credits;
* :mod:`~.bank_names`: "Banque Indosuez said": a bank, not a person;
* :mod:`~.outlet_editions`: "The newspaper's overseas edition said": the paper named before;
* :mod:`~.outlet_companies`: "Reuters said" after "Reuters Holdings PLC said its unit will": the
  company on its own business, no agency credited (round 36);
* :mod:`~.tickers`: Reuters' ticker markup, read once: "Pechiney <PUKG.PA> said", "Guinness Plc
  <GUIN.L> said", "<Pioneer Sugar Mills Ltd> said", "Boeing Co <BA> said": the company's name, not
  its ticker nor a bracket;
* :mod:`~.no_comments`: "Government officials had no immediate comment": no statement;
* :mod:`~.company_word_spokesmen`: "Halcor Industries Inc said ... A Halcor spokesman said": the
  company;
* :mod:`~.said_in_statements`: "Pechiney said in a statement ... a spokesman said ... The statement
  said": the company;
* :mod:`~.of_names`: "said Ben Williams of Paris brokerage house Fauchier-Magnan": Ben Williams;
* :mod:`~.document_issuers`: "X said based on a feasibility study ... The study said": X; "according
  to a joint statement" with no issuer named: no speaker;
* :mod:`~.apposed_groups`: "The investor group ... The group, a partnership of ... The takeover
  partnership said": one group;
* :mod:`~.plural_bodies`: "Australian trade unions said", "Business groups said": anonymous, no
  body named;
* :mod:`~.body_heads`: "The union", "a union spokesman" after "the National Union of Mineworkers"
  and "General Mining Union Corp Ltd": the union, whose name "union" heads;
* :mod:`~.lead_descriptions`: "a senior Soviet State Bank official said. / ... Yurij Ponomarev,
  international managing director of the State Bank, told Reuters": one man;
* :mod:`~.institution_persons`: "Morgan Guaranty", typed a person, beside "Morgan Guaranty Trust Co":
  the bank (round 34);
* :mod:`~.bare_groups`: "ICCO delegates said ... delegates said": one anonymous group; "The sources said"
  the sources, not "one source" quoted between;
* :mod:`~.group_persons`: "trade officials said" -> "Trade Minister Pat Carney said": re-attributed,
  not relabelled;
* :mod:`~.legal_names`: "<Battery Group Ltd> said ... Battery Group said": one company;
* :mod:`~.entity_records`: a new speaker's record, and the one speaker of a named pair (moved out of
  :mod:`~.speakers`);
* :mod:`~.name_particles`: "The director of the Banco do Brasil's foreign trade department, Roberto
  Fendt, told reporters": one mention, the name's "do" no verb (round 35);
* :mod:`~.portfolio_titles`: "Indonesian Mines and Energy Minister Subroto told reporters": one
  minister, not "Mines" and "Energy Minister" (round 35); :mod:`~.time_clauses` widened ("when an
  industry complains that": a case, no statement), :mod:`~.cue_subjects` ("rejected calls for": no
  one's calls; "angered X in a statement that": the subject's), :mod:`~.surnames` ("General
  Electric Co" gives no surname "Co"), :mod:`~.set_off_names` ("..., the chairman of X, INRA,
  Manaspas Xuto of Thailand, said.": Xuto);
* :mod:`~.country_governments`: "Greece ... said", "Indonesia ... denied": every country the place
  lexicon knows is a government (round 35);
* :mod:`~.label_cases`: "Tehran Radio" in one story, "Tehran radio" in the next: one speaker, kept
  (round 35).
* :mod:`~.body_orders`: "a spokesman for the Ministry of Trade said ... The Trade Ministry official
  said": one ministry under its two names, its definite official or spokesman the ministry (round
  36);
* :mod:`~.group_labels`: "one western diplomat" and "a Western diplomat", "EC foreign ministers
  meeting here" and "EC foreign ministers", "Agency officials" and "Economic Planning Agency
  officials": one group, kept; the source's bare "The officials" after "U.S. Officials" is them
  (round 37);
* :mod:`~.other_entities`: a seat on the Montreal exchange is no statement on the Toronto one: two
  named things of one kind, two statements (round 37);
* :mod:`~.body_voices`: "IG Metall" in one story and "A spokesman for IG Metall" in the next, or
  "Almaden spokesman Jesus Gallego" and "Almaden": a body and its spokesman one speaker, kept (round
  38);
* :mod:`~.bare_heads`: bare "officials" of one story and bare "officials" of the next are no
  speaker "quoted on something else": identity on a generic head word alone, dropped (round 38);
* :mod:`~.firm_conjuncts`: "Standard and Poor's Corp said ... S and P cited": one firm named by two
  names or two initials joined by "and", never "S" and "P" apart (round 38);
* :mod:`~.party_replies`: the target's reply that retells a bid's terms and names the bidder is no
  re-attribution of the bidder's statement to the target (round 39);
* :mod:`~.lone_spokespeople`: "an EC Commission spokesman said ... The spokeswoman said", "The Het
  Comite spokesman": the document's one spokesperson under another noun or with his body's name, one
  speaker; :mod:`~.spokesmen` widened: "a spokesman for X association, Het Comite", the name the
  body's, not his (round 39);
* :mod:`~.expert_forecasts`: "Government economists forecast a deficit", "Officials expect the
  seaway to lose": a group of unnamed experts' forecast is their statement (round 39);
  :mod:`~.the_names` widened: "The St Lawrence Seaway said" at a sentence's start, untagged, no
  person; :mod:`~.company_word_spokesmen` narrowed: "A GenCorp spokesman" is the company only when
  the company speaks in the document (round 39);
* :mod:`~.document_addressees`: "MTS's proxy statement to Caesars World shareholders describing its
  offer": the document's addressees say nothing; :mod:`~.document_issuers` widened: "the proxy
  said" after "MTS Acquisition's proxy statement" is MTS Acquisition's (round 39);
* :mod:`~.unknown_answers`: "It was not known how Nakasone responded": no statement, no speaker
  (round 39; ``body_anaphors`` widened to a central bank, ``company_short_names`` to a unit after
  its parent's possessive, ``speaker_types`` to a press agency before its initials, ``disjoint`` to
  the "he" of a relative clause on a name, ``press_reports`` to a paper's name told alone,
  ``passive_agents`` to "X quoted Y as saying", ``lead_descriptions`` to a lead's office named by
  its title alone, ``misprints`` to a body's initials misprinted once).
"""
