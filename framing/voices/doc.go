// Package voices finds whose words a news text carries: the outlet's own (narrative),
// direct quotations, scare quotes, quoted names and titles, and indirect (reported)
// speech, each quotation and report with its speaker, reporting verb and the offsets of
// its source and cue. [Quotes] is the whole of it for one text; a [Segmenter] does the
// same on tokens the caller has scanned (framing's analyzer passes its own, so a text is
// scanned once), and [Segmenter.NarrativeBefore] tells from the text alone how much of it
// is narrative whatever its tokens, when the voices wanted need no indirect speech told
// apart (the analyzer counts those words without waiting for the spans).
//
// It imports nothing of framing: the analyzer uses it, never the other way round.
//
// # Stages
//
// A text goes through six stages, each in a file of its own, so that one can be changed
// without reading the others:
//
//   - segment.go: tokens (sentences, clauses, word classes), paragraphs and headings
//     (a sentence in title case is a headline; days and months, capitalized in any
//     sentence, are no sign of it, nor is the capital of its first word where a long word
//     in lower case shows the sentence's case), and the order of the stages; glued.go:
//     the paragraph breaks a text lost, found again inside its paragraphs where a
//     sentence's start is glued to the last one's end ("…said.She"; not after an
//     abbreviation: "Inc.The").
//     A sentence ends after "ago." and "no." (abbreviations only where the sentence goes
//     on: "No. 4", "the No. of votes"), and after any abbreviation or initial before a
//     word that opens sentences ("the U.S. The mayor said …", "Halden Inc. The firm said
//     …", "Plan B. It failed"; not "Dr. A. Marek", "the U.S. A-10"): before, the next
//     sentence's subject was read as the last one's end and its speaker lost.
//   - marks.go: quotation marks paired into quotations: curly, straight and guillemet
//     marks, the doubled apostrophes of some archives (two apostrophes at each end, or
//     two backquotes then two apostrophes, or doubled curly single marks ‘‘…’’),
//     single-quote quotations in headlines, a straight mark after a sentence's end and
//     before a word, its space missing ("….\"We"), that closes what is open or else
//     opens, an apostrophe inside a word told from a quote, quotations across paragraphs
//     (an unclosed paragraph reopened, and the same opening mark again after a
//     sentence's end inside an open quotation, which reopens it rather than nesting), a
//     quotation never closed ended with its sentence (or before the first quotation
//     closed inside it) when it would run over quotations closed inside it or over more
//     than three sentences, block quotations after a colon, and dialogue dashes
//     (Russian, Spanish, French, and any language but English, where a paragraph opening
//     with a dash is a heading or a list item). Marks inside a markup tag left in the
//     text (<a href="…">) quote nothing; a paragraph that opens with a tag (an embedded
//     post), and one that a quotation in marks runs into or out of, is no block quotation.
//   - names.go, phrase.go: names and noun phrases: the subject before a verb with its
//     titles, appositions, relative clauses and party tags ("Rep. Gwen Marlow (D-Wis.)"),
//     quantifiers ("most of them", "a majority of voters"), an -ing form after a possessive
//     as a noun ("a source familiar with the mayor's thinking"), and the phrase after a
//     verb (", said Smith, a spokesman for …"), where a common noun keeps what "of" or
//     "for" joins to it (", said a spokesman for the ministry", "a source close to the
//     campaign"), a name ends before its preposition (", said Ana Ruiz of the agency"), a
//     full name set off by a comma after a description is the source (", said the port's
//     director, Ana Ruiz.", "the festival's host, singer Lio Brandt,") unless a quotation
//     follows it (the object of "called"), and a place is left out (", said the president
//     at the White House"). A name that opens the sentence before a description whose
//     closing comma is missing ("Sam Lau, the director of the party said") and a name
//     after "what", "when", "because" or another subordinator that is no preposition, or
//     after "as" that follows a past verb or a word of time outside a relative clause or
//     a participle's aside ("in what Tomas Bell, a captain, called", "went on into the
//     night as Marta Holm, Ivo Brand's sister, blamed"; not "such as", "known as", "who
//     starred as", "disguised as") are the subject; an apposition with "a" or "an" is a
//     description, not the name ("The mayor, a Democrat, said"), and so are "the" and a
//     lower-case noun, or a capitalized title or role in the singular, before "of" or
//     "at", and a possessive and a lower-case noun before "of", "at" or "to", though a name
//     ends the phrase: the name set off after it is the subject ("The treasurer of the
//     Orlen Rowing Club, Mia Sauer, said" is Mia Sauer, as are "The Commissioner of
//     Harbors for Soloria, Mia Sauer," and "Halden's consul to the Gulf States, Mia
//     Sauer,"), and so does one with "a" or "an" before a name set off after it that is
//     surely a person's (a title, a known given name, an East Asian name in
//     family-name-first order), or in a person's form after a description that ends with
//     a capitalized verb's form ("A spokesman for Orlen State, Tarn Ovik,"; "A
//     spokeswoman for the Harbor Board, Dr. Ines Varga, said"
//     is Ines Varga; not "A judge in Halden, Santa Marta, said", a place, nor "An analyst
//     at Orlen Bank, Halden Capital Markets, said", a firm). An adjective that follows its
//     noun with its phrase ("familiar with", "close to", "opposed to") stays in the noun's
//     phrase when its object opens with a determiner ("Rebels opposed to the Gulf States
//     have vowed"; "The rebels loyal to Ruiz have vowed" is still no one's). A
//     capitalized verb after a name's word, outside a headline in title case,
//     is a word of the name ("the Gulf States, which …, argued", "the United States has
//     …, demanding"; "Ruiz States Her Case" in a headline is a verb). A reporting verb
//     that is also a plural noun ("calls", "protests", "estimates") heads the sentence's
//     subject instead, no verb, when a capitalized word with the ending of an adjective
//     or a participle, or a number, opens the sentence before it, or a quantifier
//     ("Several", "some") or a determiner and a lower-case word stand before it, and a
//     finite verb follows it at once, after the noun it modifies or after its
//     preposition's phrase (a name after a determiner inside it), or after a singular
//     head it modifies after an adjective, the head's phrase and a verb of saying ("The
//     regional appeals court in Halden said"; not "The report notes rents in Halden have
//     doubled", "The tribunal notes evidence of fraud was withheld"), with
//     no clause opening between, or a reporting verb in the present after it or after the phrase's plural
//     or name, which then reports ("Repeated calls for a recount have gone unanswered",
//     "Federal appeals courts have ruled", "Unconfirmed reports claim …", "Some
//     estimates say …", "Several reports by the Halden Post have said …"; not "The crew calls on dockers to have their say", "The crew fears the owner
//     will sell", "Vidal calls for talks the council has rejected"; nor, a limit of the
//     rule, "Repeated calls for talks after the flood have gone unanswered", where
//     "after" may open a clause as well as a phrase); a word in -ed after "and" or "or"
//     in a clause with no verb before them, whose noun's verb follows within two words,
//     modifies that noun ("A slowing economy and repeated corruption scandals have
//     tarnished …"; not "Ruiz smiled and repeated rumors were false"); a plural after a
//     determiner and a modifier is a noun before a word in -ed no list knows ("The recent
//     attacks penetrated …"). "Put" and an amount reports an
//     estimate when a figure follows, as PolNeAR annotates it: its object, a noun of an
//     amount after at most four words, maybe with its phrases or a relative clause, then
//     "at", "near", "around", "above", "below", "between", "closer", "higher" or "lower"
//     and a number within three words, only words of a figure between ("at least",
//     "an estimated"), that is no time of day ("Dockers
//     put the crowd at 3,000", "Estimates put the figure closer to 250"; not "put the
//     price of tickets at $40", set rather than estimated, "put the total on the board at 5
//     p.m.", "put the cost aside and said fares would rise above 40 cents"); otherwise "put"
//     reports only in "put it". "Back" before a
//     preposition is an adverb, not the verb of support ("drove the Gulf States back into
//     talks"), and "think" before "tank" a noun's modifier after a determiner, a number
//     or a word in the singular, in a subject too ("The think tank said"; but "Analysts
//     think tanks will decide the war"); a word in -s after "to" and a verb's bare
//     form is that verb's object ("tried to soothe worries that …"; not "to date"). An
//     adverb that opens the
//     sentence (a word in -ly, "even",
//     "meanwhile", "still", "later" …; not "now", which opens names) leaves the subject
//     and its asides as they are without it ("Even Ivo Marek, who chaired the board,
//     doubts …"). A relative clause
//     after a name, its age and such a description is the name's ("Lena Brill, 40, a
//     baker, who added"); a quotation inside an aside between the subject and its verb,
//     its words going on after it, is passed over with the aside ("The harbor board, whose
//     report called the pier “a danger to every boat” in its first pages, said"), not one
//     in words that open the sentence. Names
//     joined by "and" (and commas) are one source when the first opens its clause and no
//     preposition stands in it: "Ana Ruiz and Ivo Marek said", "The candidates, Ana Ruiz
//     and Ivo Marek, said", "said Ana Ruiz and Ivo Marek."; not before a verb in -s, and
//     not "the Office of Harbor Trade and Fisheries"; a preposition in a person's title
//     or in a place after a person's name does not count ("President of Soloria Ana Ruiz
//     and Prime Minister of Valdora Ivo Marek discussed", "President Ana Ruiz of
//     Soloria and Secretary of State Ivo Marek agreed"; not "Supporters of Mr. Marek and
//     Mr. Ruiz"). A headline joins names by commas alone: in a paragraph that ends with
//     no full stop, question or exclamation mark, before a verb in the plural present (a
//     bare form, or "have" or "are" before it) with no comma after it, names set off by
//     commas that open the paragraph, or follow the colon after a source that does, are
//     one source too ("Marek, Varga agree to reopen the ferry line", "Ruiz: Halden,
//     Soloria agree …"; not "Elsewhere, dockers say the plan failed.", "Ana Ruiz,
//     Republicans say, will run again", a past, nor a later sentence). Its canonical name joins each name's
//     canonical name in byte order, whatever the text's order ("the Senate and House" and
//     "the House and the Senate" are both "House and Senate"); a name's own canonical name
//     is never the joined phrase it stands in ("the Halden Post and Courier" is "Courier
//     and Halden Post", two sources: a name with "and" is not told from two). "US" in
//     capitals is the country, never the pronoun. A month or a modal verb written
//     capitalized after a known given name or a title is a surname ("Clara May",
//     "Peter Will"), and is that person again beside a reporting verb ("“…,” May
//     said"), never before a number. A noun in -ly is no adverb ("said Quist ally Tom
//     Reyes", "the family said", "the daily reported"). "Goes on to" stands between a
//     subject and its verb as "went on to" does ("The letter goes on to say: …" is the
//     letter's). A participle and its phrase may stand between a subject and its verb
//     without commas ("A source speaking to Harbor Radio said" is the source); a
//     participle in -ing and its object make one speaker with the phrase before them
//     ("A man buying a ticket said", "Voters backing Ruiz said"; not a preposition in
//     -ing: "Police following the vote said" names none; not a phrase after an opening
//     preposition: "After a long meeting Marek said" is Marek's). A dateline's region
//     or country ("HALDEN, Soloria — Ana Ruiz, the owner of a store, said") is no
//     subject and no name, and the dateline is no part of a content ("HALDEN, Soloria —
//     The port will close, officials said": "The port will close"). A verb after "and" in a
//     clause that "when", "after", "because" or another subordinator opens after a main
//     clause whose subject names no one who speaks and that has no cue has that clause's
//     subject, a name or a noun for people or a body ("The pact collapsed when the
//     Kuomintang betrayed the deal and proclaimed …"; not "Marek wept when Ruiz won and
//     said he would retire", nor a passive). A
//     plural noun for people that opens its sentence capitalized heads the subject with
//     the phrase after its preposition ("Residents of Halden said", "Officials in Halden
//     had one reply:", "Supporters for Varga waved … and vowed"), not the name after
//     the preposition, as after an opener such as "Hours later". Going
//     back from a verb over the clauses before it, a phrase with a preposition before a
//     person's name is the sentence's opening when no clause before it, back to the
//     sentence's start, is a noun phrase whole other than a time or a place set off
//     after a place ("In Lamar, MO, after the vote, Gov. Lena Holt said" is Lena Holt);
//     otherwise it is an aside after an earlier subject ("Holt, at a rally in Lamar,
//     Missouri, said" is Holt; "Ana Ruiz, in a letter to the senator, Pedro Varga,
//     said" is Ana Ruiz). A quotation inside the phrase of a clause set off before the
//     verb (a word of its sentence right before it, no comma, colon, dash or
//     parenthesis between) is read as part of that clause ("Ruiz, who opposes the “port
//     levy,” said" is Ruiz).
//   - attribute.go: each quotation's cue and source: a reporting verb before or after it
//     (", X said", "X said: “…”", ", said X"), "according to X", a headline's "X: …" (not
//     a story's kind, "Factbox:", "Exclusive:", "Analysis:", nor a topic with a
//     preposition other than "of" and "for", "Escape from the city:", unless the
//     preposition places a person, the word before it names one, a role or a noun for a
//     person, and no participle stands before that word: "A nurse in Lamar:", "The
//     senator from Soloria:"; nor a topic named by its words: a listed act or thing
//     before "of" or "for", "Exchange of prisoners:", "Weapons for the army:", unless
//     the whole is a body's name ending in its noun, "Arms for Peace Network:"; a
//     defense of a listed place, a site or a phrase in lower case, not of an unlisted
//     name nor of one word that is a given name; a name ending in a
//     site's noun, "Halden Dam:", "Halden HPP:", unless it opens with a given name; a
//     listed city that seats no national government, "Geneva:"; in a text's first
//     paragraph, nor a capitalized title alone, "President:", unless the text names its
//     one holder, see resolve.go; a pronoun after
//     such a rubric looks back to the subject after its colon), a
//     short sentence of a source and its cue alone ("He added."), a paragraph that goes on
//     quoting the last speaker, except a paragraph that is one quotation in single marks (a
//     subheading, as headlines quote, which the indirect speech before it gives no source
//     either) unless the attributed quotation before it is in single marks too (two
//     apostrophes are a double mark); a passive cue attributes without a source. A
//     capitalized word inside a name is no verb of the paragraph that introduces a
//     quotation with a colon ("The Halden Post has proof:" has none). A
//     subject pronoun and its verb after the cue that follows a quotation ("“…,” said he
//     doesn’t believe …") are the content's subject, not a source after its verb, and
//     a participle there that reports nothing ("“…,” drawing laughter") is a phrase
//     about the sentence's subject, no cue, or, set off by a comma before a source and
//     its cue, an aside before the attribution ("“…,” drawing cheers from the hall, Ruiz
//     said" is Ruiz's, with no content); a
//     possessive makes the verb after it a noun in its own clause only ("Ruiz's claims",
//     "the workers’ plan", a plural's apostrophe alone; but "a neighbor of the mayor's,
//     said"), and a plural's possessor is the source of a noun of speech as a singular's
//     is ("the dockers’ calls for a strike"): the plural, its capitalized words, numbers
//     and lower-case nouns before them, and a determiner, not a verb or a phrase before
//     it ("stoked Halden voters’ fears" is the voters'). The naming verbs that are nouns
//     too ("brand", "label", "term", "name") are verbs only after a subject, as "claim" and
//     "report" are ("the Ruiz brand said" is the brand's; "in glowing terms" no verb),
//     names joined by "and" that open the clause among subjects ("Ruiz and Marek term
//     it …", "Ruiz and Marek claim …"), and a plural with a phrase after "of" when an
//     object opens after the verb ("Opponents of the port claim the plan …", not
//     "Leaders of the former protest movement"). The verb of the clause
//     before a colon is the cue, known or not ("Varga wrote back: …", "Lind boomed: …",
//     "She went on: …"; a colon after the source alone is the cue ":"), with its object
//     when that is a noun of saying ("The ministry issued a statement: …" has the cue
//     "issued a statement", as PolNeAR marks it, not "issued"); but the subject of a
//     verb of receiving or facing whose object, a noun of saying, runs to the colon,
//     alone or with a phrase of place or time, is no speaker ("Varga faced one question
//     at the meeting: …" has the cue ":" and no speaker); and so is a verb
//     of any kind that ends the sentence after a quotation with its source ("“…?” Lind
//     pressed."; in a sentence of its own, only a person with a verb that reports speech,
//     or one of pressing on after a question: "“…?” Ruiz resigned." is none; in the
//     quotation's sentence only when no cue stands before it), or a verb of
//     finding, or an unlisted one in -ed after a person, right before a long quotation
//     that no cue reaches ("A council report found “…”", not "The storm destroyed “…”").
//     A quotation left without a cue or a speaker that a naming verb right before it
//     names ("who goes by “…”", "known as “…”", "what is called a “…”") has that verb for
//     cue and no speaker; the agent of such a verb read as a passive, after "by" right after
//     the quotation, is its speaker when it can speak ("was called “a liar” by Lena Varga",
//     "dubbed “…” by critics"; not "by all accounts", "by Christmas", "by Halden"), unless
//     the quotation is a work's title ("The film was called “Harbor Lights” by its
//     director" is a title).
//     A preposition that makes one cue with its verb is part of the cue ("called for",
//     "talked about", "referred to"), as PolNeAR marks cues. A participle
//     in an absolute phrase with "with" has a subject of its own (", with Senator Ana Ruiz
//     calling it “…”" is Ana Ruiz, not the sentence's subject), and a verb coordinated
//     with it shares that subject. A quotation inside the "that" clause of a reporting
//     verb before it keeps that verb's source when the cue after it has words of its own
//     ("Ruiz claimed that “…,” the auditor said the books were sound", "…, Varga said:
//     “…”").
//   - reported.go, contents.go, classify.go, contentopens.go, cuesenses.go: indirect
//     speech: the content of a reporting verb (a
//     "that" clause, a clause without "that", "to" after verbs of intending, an object and
//     its infinitive ("expects him to win", "urged the industry to act"; not an idiom:
//     "found it hard to explain", "put it gently", "made a mockery of the vote"; a
//     participle of accusing or judging right after its noun and before its preposition
//     is a passive, whose noun is accused, not accusing, and no source: "firms accused of
//     fraud" (but "the rowers that the coach accused of cheating"), and the verb after
//     such a subject keeps it ("The crew accused of bias said …"); a noun and a past
//     participle that is no simple past, "a rule taken from the charter", make no clause), the object of
//     verbs of support, evaluation and discussion, a preposition that opens a content:
//     "warned of"), contents before the verb (", officials said.", "…, the
//     Post has learned", "…, the poll found."), parenthetical attribution ("The plan, Smith
//     said, is …"; after a connective or "No", the content after it alone: "No, Smith
//     said, the port will stay open"; "as we learned in Valdora, …"; not "as" and a verb
//     of going on or seeming, a time: "As the strike continues, …", "As fares continue to climb, …"),
//     "according to" (not where it means
//     conformity with a norm or a plan that ends its noun phrase inside its clause,
//     "punished according to law": then "ruled", "said" after it attribute; but "according
//     to the rules committee" is a source; a name after the source, to its clause's end,
//     is no content, and a person's name after a description with a role is the source:
//     "according to the mayor of Halden, Ana Ruiz"), a headline's "X: …" (in the
//     first paragraph only: further on, a name and a colon head a dateline, a label, a
//     list item: "London: Police said …", "Update: …"; a record's noun alone is a
//     source there too, "Poll: …", "Survey: …", "Report: …", "Study: …", unless a
//     question or a call to the reader follows; but a transcript's line, to its
//     paragraph's end or another speaker's name and colon inside it, wherever two
//     people or more open paragraphs so and its speaker opens two of them, a person's
//     name by its form, a known given name or capitals, or written in full and by its
//     last word: "Lena Varga: …", "Marek: …", "Varga: …", "VARGA: …"; not "Photo:" or
//     "Background:"; except a sentence of it with cues of its own, unless every one of
//     them has "I" or "we" for source, the line's speaker's own: "VARGA: I think the
//     port will close" is Varga's whole, and so, a known limit, is a report nested in
//     such a cue's content, "VARGA: I think Marek said …"), the
//     verbs of thinking, intending and finding as PolNeAR annotates them ("declined to say
//     whether", "sees the plan as", "a poll showed", "the survey by Lena Varga showed": the
//     survey and its phrase, not the name after "by"; "In a May poll, Ruiz led …": the
//     poll's, unless the sentence has cues of its own; inpoll.go), a refusal to speak ("declined to
//     comment", with "to comment" for content; refusal.go), speech nouns ("Varga's attacks on
//     him", "concerns about the plan"; not before a time: "gave her remarks on Friday")
//     and adjectives of stance ("critical of", "convinced
//     that"), evidentials without a source ("seems to", "is expected to", "it
//     seems like …", "it looks as if …", "it seems likely that …", not "it seems odd
//     that …", a judgment), questions
//     without the asker ("Asked about …") and passive cues ("was reported by the Post",
//     "was not disclosed", "was told that", "is seen as", "was said to be"); a verb followed
//     by "that" and a clause has its content even where its subject cannot be read ("Fewer
//     than a third agreed that …"); an addressee after "to" may stand between a verb and
//     its "that" ("argued in a letter to the board that …": the hearer of a verb of
//     speaking in a phrase with "to", as Quirk et al. 1985, "A Comprehensive Grammar of
//     the English Language", describe it); "her" before a noun is a possessive in the
//     addressee of a verb of telling ("told her supporters that …", "told her staff the
//     port would close"), not the addressee before a content, unless the noun is an
//     indefinite pronoun or a verb follows it ("told her nothing would change", "told
//     her critics were wrong"); "long" and "since" after
//     an auxiliary are adverbs ("has long argued", "has since said"); a trailing
//     attribution is followed by a clause of its own after "and", "but" or "yet", which
//     is read for cues of its own ("…, records show, and historians say …") or, without
//     one, goes on with the content; a "that" after a noun of speech opens no content
//     where it opens a relative clause: a verb right after it ("a proposal that would
//     alter the rules") or a subject and a verb that takes an object, with none after
//     it ("the argument that the rebels made was weak"; Quirk et al. tell the appositive
//     clause after such nouns from the relative clause by its being complete);
//     records that speak through what they show include emails, memos, reports and
//     transcripts ("A batch of emails showed …"); a noun phrase and an aside set off by
//     commas before "said" are its subject, not a content before an inverted attribution
//     ("Varga, for example, said …"); a quantity with "more than" opens a clause ("said
//     more than 40 barges carried …"), and so do "at least", "at most", "as many as",
//     "up to" and "over" before a number ("said at least 12 people were hurt", also with
//     an aside: "at least 12 people, including three children, were killed"; not a count
//     of times, "said at least three times that …", nor, after a verb of telling, the
//     addressee: "told at least 40 reporters that …"), and any
//     quantity before a regular past the word lists do not know, or know as a verb of
//     saying or thinking ("said about 40 percent of voters backed …"), within eleven words
//     ("said about half of the fund financed …"; not "hundred" nor a noun in -ed: "said
//     about two hundred."), but a length of time before "ago", "earlier" or "later" is a
//     time of the verb ("said nearly a year ago that …"), and so are "at the time", "at
//     one point", "at first", "at last count", "at least once" and "at least three
//     times" ("said at the time the pier would close"); a preposition and "which", "whom" or "whose" after the verb's object open a
//     relative clause of the object, no content ("ordered a crackdown in which about 40
//     people died"), and right after the verb an indirect question ("asked in which
//     port the ferry sank");
//     "who", "whom" and "which" with its noun after a verb of saying, asking or thinking
//     open an indirect question, its content ("would not say whom he endorsed", "asked
//     who would pay"), and so does a question word after the addressee of "ask", the
//     addressee left out ("asked the mayor whether the dam would close"; after "tell" the
//     addressee stays in the content); after a verb of speaking and its addressee with
//     "to", "about" opens its topic ("spoke to the council about the levy"), not before a
//     number, a length of time or a time of day ("about two weeks ago", "about noon");
//     "point to" reports as "point out" does, its object what is cited ("pointed to
//     rising costs"; not a way out: "pointed to the door"); a cue word in its base form
//     after a determiner and before "be" is a noun ("the primary reason is cost"), but not
//     after a plural noun ("the unions say is unlawful"), and "observe" keeps a norm or a
//     rite that heads its object with no verb after it, no content ("must observe the
//     rules", "observed a minute of silence"; not "observed the rules were unclear"); a
//     noun that means speech alone may open the sentence ("Opposition to the plan grew"); an
//     adjective of stance takes a clause without "that" ("is convinced the plan will fail");
//     a progressive has the subject of its "be" ("is hoping the court will rule", "is
//     reaffirming that …"); a preposition
//     that may open a verb's content opens a time or a phrase before "that" instead
//     ("insisted on Monday that …", "has argued for years that …"), and a time ends the
//     phrase before a clause without "that" ("told the council on Sunday the plan …"); a
//     noun of speech after a light verb has the verb's subject for source, and may be
//     one with another sense ("voiced support for the plan", "expressed concern that
//     …"), and "doubt on" has a content ("cast doubt on the plan"); a reporting
//     participle after a common noun that can speak (a person, a group, a body or a
//     document) reports for that noun ("letters highlighting the mayor's record"), its
//     source not reaching past a verb ("The council received letters praising …": the
//     letters) but for a document its subject put out, which speaks for that subject
//     ("The league issued a statement calling for …", "sent letters saying …": the
//     league's), and in the sentence's subject its content ends before the sentence's verb
//     ("A woman claiming to be his sister called …"); not after another noun, an
//     adjective or a light verb's object ("ended his speech warning …", "spent years
//     arguing …", "is worth noting", "took the stage promising …"), nor one of thinking or
//     intending ("voters hoping to …"), nor one of naming with a reflexive ("a man calling
//     himself …"), nor after another name; after a name in an absolute phrase, "with"
//     right before the name and after a comma or at the sentence's start, the name is its
//     source to the end of its clause (", with Sauer warning that …"; not "trained with
//     Sauer shouting", where "with" goes with the verb), unless a quotation stands in the
//     clause, which attribute.go attributes; verbs of knowing,
//     believing and wanting have no content in a plain object ("knows the way home",
//     "wants a new car", "trusts his players": a thing known or wanted, not a statement or
//     a thought), but a verb of belief has a clause without "that" whose subject the
//     phrase reader does not take whole, up to a finite verb within eight words ("think
//     the case against the mayor is clear"); an object (of a verb's preposition, a verb of support or such a
//     participle) ends at a comma that opens a clause or a phrase of its own ("endorsed
//     Varga, who …"), not at one between the items of a list; an object content ends
//     before a participle of a reporting verb after a comma, which attributes on its own
//     ("praised the plan, saying …"), and a clause content before one of a verb of saying
//     (sayVerbs: ", adding that …"), but not before another participle, which may be the
//     clause's subject's ("said the workers were striking, demanding higher pay"); a
//     content ends before a comma and "and", "but", "yet", "while", "whereas", "though"
//     or "although" whose clause opens with a source and a cue of its own, the cue not
//     inside a relative clause of that source (", whereas Marek argued that …"; not ",
//     and the ferry that critics said was late would stop"); a content in a subordinate
//     clause that opens the sentence, maybe after an adverb or a conjunction, ends before
//     the main clause ("Even when Marek said the race was over, the crowd kept cheering":
//     "the race was over"; "If officials say the port will close, traders leave", the
//     main clause's verb known to no word list: at a comma after the content's verb, any
//     word but a relative word, a conjunction, a preposition, a verb or a participle,
//     and not a list's items that a comma closes after "and" or "or": "… would sell fish,
//     grain, timber and coal, traders cheered");
//     in a relative clause set off by commas, an object and what it is seen as end with
//     the clause ("Critics, who see the levy as unfair, praised …"); after support, endorse,
//     oppose, favor or back, an object that is a name or an object pronoun ends before a
//     phrase of time or place ("opposed him on the floor"; "of", "for" and "over" go on
//     with it: "endorsed Ruiz for mayor"); inside the phrase after a cue, a clause without
//     "that" right after a medium's noun or a name is the content, subject and all ("said
//     in a statement the pier would close"; not "spoke in the hall the crews had
//     built"); a pronoun joined by "and" is part of a trailing source, which then gives
//     no speaker rather than a phrase with a pronoun unresolved ("…, she and an aide said"); a
//     subject and its apposition before "said" and a clause are no content before an
//     inverted attribution ("Ana Ruiz, the director, said the port workers earned little":
//     the phrase after the verb has a verb of its own; after a clause the phrase is the
//     source: "The strike will go on, said a nurse trained abroad", also with a relative
//     clause without a comma, "…, said growers who sell at the market", but not one
//     with a second finite verb; an object pronoun is none: "…, reported it on the
//     radio, and turned back"); "there" with a contracted verb opens a content ("says
//     there’s no money"); a content split by a
//     parenthetical attribution begins at its subject, not at a clause or a fronted
//     modifier before it ("Linked by a canal, the twin towns, Vela said, now trade more");
//     a short lead-in before a colon stands apart from the sentence after it (a run-in
//     label, "Rail fares: Vela, whose ward …, said …", or a speaker's "Vela warned: …");
//     "inside" and "outside" after a determiner, a number or a quantifier are adjectives
//     ("an inside source", "two outside auditors"); a dash
//     typed as "--" or " - " sets off an aside or a trailing attribution as a comma or
//     an em dash does ("Mayor Tomas Brill -- whose sister runs the ferry -- has mocked
//     …"); adverbs of time, repetition and focus not in -ly ("again", "just", "often",
//     "earlier"; not "more") may follow the verb of a trailing attribution or a clause
//     with "as" as those in -ly do ("…, Ruiz said again.", "As the Post reported just
//     last week, …"); a stamp of numbers before a dash is no content ("03.11.21 09:40 - …"); a
//     summary set off by
//     a comma after a content is the author's ("…, a date that few accept"); a person's
//     name, its age and its appositions before a trailing verb with nothing of its own
//     after it, or right after a comma whatever follows, are the verb's subject, not a
//     content and its source ("Ana Ruiz, the harbormaster of Halden, wrote in a
//     memo.", "…: “…,” Ivo Marek, 60, an analyst at Halden Maritime, a consultancy,
//     wrote", "…, said, in a letter, that …"; but "“…,” Ana Ruiz, the mayor, the aides
//     said" is a content and its source); a description with a role, a title or a body
//     and no verb, set off by commas before a capitalized source and a comma before its
//     verb, is the source's, not the content's ("…, the mayor of Halden, Ana Ruiz, said",
//     "…, the union, Harbor Workers United, said"); after a quotation, its attribution is looked
//     for in the next 20 words, and up to 30 only at the start of a clause (a name and a
//     long chain of appositions: "“…,” Lena Brill, 52, a baker from the north shore whose
//     family …, told"), past a relative clause set off after the source, a name or a
//     noun phrase that is all the words from the quotation on ("“…,” one dockworker, who
//     asked not to be named, said"); a request not to be named ("asked not to be
//     identified", "… publicly named", "… named as a source"; not "… named as a
//     defendant") is the terms a source spoke on, no content (but "declined to be
//     named" is a refusal, as above); "see" with an object and a verb in its bare form reports an event seen, no
//     content ("saw its rivals' support decline"; not after "a", "an", "no", "little" or
//     a quantifier, nor before "as", where the noun may look like the verb: "see a sharp
//     decline in exports", "sees the peace plan as a mistake"); a restrictive relative
//     "who" after a common noun phrase is about that phrase, not the sentence's subject
//     ("The council heard from a farmer who said …" is the farmer's; past a time after it,
//     "detained a fisherman on Friday who claimed", or a length of time, "held a man for
//     two days who said"; cut after "of" or a preposition whose head can speak for no
//     one, "the rescue of two sailors who said", "letters from tenants who said"; cut
//     after a verb the phrase reader took in: before a determiner or a quantifier, "met
//     several growers who favor", in -ing after a preposition, "before visiting growers
//     who said", after a subject pronoun, "they thanked voters who say", in -s or -ed
//     after a name or a determiner and its noun, "Police arrested protesters who said";
//     a description with "a" or "an" after a name or the phrase that opens the sentence,
//     and a comma, is that phrase's, "The mayor, a lawyer who said" (not "Outside the
//     hall, a man who said"), a predicate noun with "a", "an" or "one" its subject's,
//     "Ruiz is a lawyer who says"; in a relative clause set off by a comma the content
//     ends with that clause, "The board, which heard from a farmer who said the levy
//     was unfair, voted no"); a relative clause with "who" after the source of a
//     quotation and its cue, in their
//     sentence, whose verb of support has an object ("“…,” said Ana Ruiz,
//     who backs the levy", "a Liberal who has long backed the toll"; not "who
//     said the levy would fail", "who urged restraint", "who declined to run", nor "Ana
//     Ruiz, who backs the levy, said it was “a fair deal”", where the cue follows),
//     describes the source and is part of its phrase, as PolNeAR marks sources, each
//     word in one attribution at most; a cue in a relative clause that opens the
//     sentence's subject, whose infinitive has the relative word for object, has no
//     content ("The error that Ana Ruiz declined to acknowledge cost her the seat": not
//     "to acknowledge cost her the seat"), while one after a noun of content or with an
//     infinitive that takes no object has the infinitive for content, up to the
//     sentence's verb ("The fact that Ana Ruiz refused to resign angered voters": "to
//     resign"); in a relative clause whose own subject stands between "that" (or "who"
//     before a content that opens with its verb) and a cue, that subject is the source,
//     not the noun the clause is about ("a strike that officials said could hurt
//     earnings", "a prospect that many economists say would", "A man who police said
//     was armed": the officials, the economists, the police), unless the words after
//     "that" read as the clause's own verb and object ("Groups that receive grants
//     say", "the office that deals with residents said", "a law that bans protests":
//     see subjectAfterThat), and in the sentence's subject the content ends before the
//     sentence's verb ("The ferry that officials said was the oldest sank": "was the
//     oldest"); a relative clause whole before a cue, its subject and a past, leaves the
//     cue to the phrase before it ("Officials that Ruiz backed said", "The firm that the
//     mayor hired said": the officials, the firm); a verb of thinking or hoping in such a clause has its content so too ("a
//     plan that Ruiz hopes can help", "a step they believe could unify the party", up to
//     the end of its clause; not "feel" before a participle, "a theory he felt compelled
//     to dispel");
//     and whether an unattributed quotation is a scare quote or a
//     quoted name or title (a title-case name after a preposition, an article's headline
//     before its byline, words after "report", "film" or another title word unless the
//     first is in lower case: "the report “was not good”" quotes a clause); a quotation
//     of one or two words set inside a clause content, the clause going on after it past
//     a space and not with "and", "but" or another word that opens a clause, after a
//     cue in its sentence, is part of the indirect speech ("said she “respects” Marek and …",
//     "would give a “major speech” in Halden"), as PolNeAR counts a content direct only
//     where a mark opens or closes it and BASIL's annotators read such a word as the
//     outlet's; such a word is counted with the indirect speech, in the own voice ([Own]),
//     and its span is Reported and Marked ([Span.Marked]), which is how to find it. The
//     decision reads the quotation's sentence alone (mixedAt, English only): a cue before
//     it (among the 40 words before, not across a semicolon, not in a relative clause
//     its comma has closed: "Marek, who said little, watched the “reform” fail") with a
//     subject pronoun after it, or "that", a finite verb or no preposition but an
//     infinitive's "to" between them; "according to" in the sentence; or a trailing
//     ", <cue>" at its end. One that ends its clause ("was “reckless.”", "“unfair” and"),
//     follows its cue right away ("accused “outside groups” of"), a preposition after the
//     cue ("praised Marek for “standing firm”"), a mention word ("said the word “reckless”
//     fit") or a naming verb ("called the plan “reckless” in a speech"), reads as a title or
//     repeats words quoted before stays a quotation.
//   - combat.go: verbs of attacking (attack, hit, fire, shoot, strike, slam, blast, defend)
//     report speech only in their figurative sense. They are acts of force, with no
//     speaker, no content and no cue of a quotation after them, when a weapon heads a
//     phrase after "with", "from" or "using"; for attack, hit, fire, shoot and strike
//     also when a target noun (settlements, positions, bases, infrastructure, buildings,
//     vehicles) heads the object or the passive subject, or the object is a place named
//     with its kind ("the Darnel Region"); and when an armed force is the subject or the
//     passive agent, unless a noun of words, a text, a decision or a plan heads the
//     object ("the army attacked the report" reports words), or an adverb of bodily
//     force goes with the verb. A judgment or reason after the object ("as …", "for its
//     rules", "over …"), a participle of speech after a comma, "verbally", or a person, a
//     role or a body as the passive agent keep the sense of words ("the union slammed the
//     hospital", "the schools were attacked by the minister"). The noun "attack" after a
//     modifier of force ("a missile attack") or with a target after "on" is no speech
//     noun, and "attacks" right after a modifier of force, a number or an adjective of
//     nationality is that noun ("Missile attacks hit …", "Twenty-six attacks"). A people
//     in the plural for subject ("the Peruvians") is an armed force unless words, a
//     person or a body are attacked; a one-word name is a place for it, and for a
//     country, only where the text writes the name as a place ("in Mirsk", "shelling of
//     Mirsk"). "Defend" is an act of force only with a country, an armed force, a people
//     or "defenders" for subject and a target, a place or "itself" for object ("troops
//     defend the town", "Chile will defend itself"; "the army defended the general" is
//     words). The subject of a verb before "to" is the subject ("troops continued to
//     defend the town").
//   - resolve.go, gender.go, plausible.go, canonical.go: a source that is no noun phrase
//     that can speak gives no speaker (a bare singular in lower case naming no person,
//     group, body or record: "so far", "according to law", "common knowledge"; the
//     imperative "let"); pronouns resolved to the nearest subject of a matching gender
//     (first names and titles tell it, where known) that can speak, not the first word of
//     the content the pronoun is the source of ("Reform is needed, he says") nor a phrase
//     before it set off by a comma ("Far from it, it insists"), and for "he" or "she"
//     neither a one-word name of unknown kind that the text writes after an article as a
//     modifier ("the Halden vote": a company's; not a word of a person's name the text
//     gives in full) nor a listed place ("Beijing said …; he added" is no one's) unless a title or a
//     known given name shows a person ("Mr. Holland"), or no speaker rather than a wrong
//     one; nonperson.go: no person is a capitalized word opening its sentence that the text
//     writes in lower case elsewhere ("Men carried …" beside "the men"; not the last name
//     of a person named before, "Young" after "Lena Young"), a capitalized plural opening
//     its sentence that is no known given name ("Crowds gathered …"), nor, for "he" or
//     "she", a name without a title or known given name whose last word the text writes in
//     lower case ("the Halden Harbor Festival"), nor a capitalized word opening its
//     sentence that the text never capitalizes inside one, no known given name, title,
//     role or word of a body's name, with a preposition other than "of", a determiner, a
//     subject pronoun or a complementizer right after it ("Born in Halden, …", "Along the
//     road …"), unless a reporting verb follows its prepositional phrase ("Okafor on
//     Monday said"), nor, in the last resort, a name with no title or known given name
//     right after a lower-case "the", "a", "an", "in", "at" or "near" ("the Halden Zone",
//     "at Kessler Landing"; after in, at or near a name with a possessive after it,
//     written family name first or holding a known given name stays a person); gender.go:
//     a name's gender is read from its words after its titles but its surname, name
//     particles after the first word skipped ("Nadira Al Haddad" is no man by "Al");
//     canonical.go, names.go: a one-word speaker that opens a person's name written at its
//     own position with a middle initial is that name, and a capital I. or A. in a name
//     run is a middle initial unless a regnal or war word stands before it ("World War
//     I.", "King Charles I.") or it ends its sentence before a new clause's verb; "it" and "they" stand only for a subject
//     or a speaker, "you" for no one named (the reader, or the one addressed); a
//     possessive that owns a plural subject of the cue verb is not its source ("his
//     cousins talk": no speaker); "I" and "we" outside quotations are the author's ([Segmenter.Author]) or no
//     one's; descriptions resolved to the person or organization they stand for ("the
//     governor" to the governor named before, "the agency" to the agency; of several
//     persons named with the title, the nearest when it is titled in the description's
//     sentence or the two before it or the description has words of its own ("the
//     Chinese president", "the new king"), else the one that is a sentence's subject in
//     those sentences, the latest first, else the one named most often in the last 200
//     names (the latest 16 mentions under each surname; a surname alone counting for the
//     full name it ends, with or without an Arabic article, opens in family-name-first
//     order or holds as a paternal surname, not for a namesake of another first name or
//     gender): "the president" in a story that follows President Voss abroad is
//     Ms. Voss, not "Ivo Brenk, its president", named in passing; a title after vice,
//     deputy, prime, chief, assistant or associate is another office, held only by a
//     description that says so ("the vice president"; a bare "the justice" is a chief or
//     an associate justice too), and a role in apposition that is the object of a
//     preposition after its first noun is no one's ("a senator allied with the
//     president"; but "the head of state and president"); a
//     description
//     of an office no one named holds, "the Texas governor", to the person the last two
//     paragraphs speak of when that person, a person by a title or a known given name,
//     is their only subject and speaker and has no title or role of another office, no
//     possessive, "of", "and" or "or" follows the description, and the nearest word of
//     the office before it in those paragraphs (the same word or its abbreviation, "ex-"
//     or "co-" before it too), if any, is a title or role of a name with that person's
//     last name (among its titles, in apposition, or in lower case right before it) or
//     heads a sentence's subject, a noun phrase, that stood for that person:
//     "Pedro Varga met the governor" and "Varga wants to be governor" set him apart from
//     the office; an office held in the past ("Lena Okafor, the former president",
//     "former President Okafor", "the late governor") is not the bare description's ("the
//     president"), only one that says so ("the former president"); a headline's bare
//     title in lower case ("…, minister says") is the one person the text names with that
//     title qualified ("Defence Minister Ivo Marek") when no one holds it bare; a
//     description of a document, "the report", "the Halden survey", to the person or body
//     the text ties the document to in the last three paragraphs: an
//     author named in its phrase ("a survey by Lena Varga", "Lena Varga's survey"), the
//     speaker or subject whose words it carries ("said in a statement", "In a letter, …")
//     or who issued it ("released a survey", not "asked her to prepare the report"), or
//     what it stood for as its sentence's subject, a capitalized word before the noun
//     held by that name or its initials ("the HRA poll" of the Halden Research
//     Association); a mention that ties it to no one ("citing a survey", "was cited in
//     the report", "read the report") is passed over, and with no tie the description
//     stays as written); and each speaker's
//     one canonical name in the document, whether quoted or reported (the fullest form,
//     titles and offices left out: "Secretary of State Ana Ruiz", "Ms. Ruiz" and
//     "Ruiz" are "Ana Ruiz"; a title's place or office joined to it by "of", "for" or
//     "to", an "and" inside it, is the title's ("Ambassador to the Valdora Republic Tomas
//     Brell", "High Representative for Trade and Fisheries Policy Tomas Brell"), the name
//     beginning at a known given name, else after the place's last word of a body's name
//     ("Secretary for Administration Mei Lam Chan Wai-ling"), else the last two words of
//     three or more (four after "the") that are no listed place, or the last of two after
//     a listed place ("President of Portugal Varga"), and with no such guess after a
//     possessive in the body ("Head of Valdora's Port Authority"); an office written capitalized
//     before "of" and its body, "Head" or "Commander", is a title there ("Deputy Head of
//     the President's Office Ivo Marek" is "Ivo Marek", and "according to Head of the
//     Halden Port Administration Oleh Varek" runs to the name), its holder told apart by
//     a known given name or a body's word only ("Head of Halden Harbor Operations" is
//     kept whole), though neither is a title elsewhere ("the Head of State" alone, "Head Start");
//     an office not told apart from a
//     name is kept whole, not cut to its last word ("Minister of Foreign Affairs",
//     "Director General of the Valdora Trade Agency"); a role in lower case with its "for"
//     or "of" keeps its phrase, for its holder speaks, not the one it names ("a lawyer for
//     Ana Ruiz", "the director of the Halden Port Authority"), unless a known given name
//     begins a name after the place ("the mayor of Halden Anatoly Marn" is "Anatoly
//     Marn"); a spokesperson's words are the voice of the one named after "for" or "of"
//     ("a spokesperson for the Halden Port Authority" is "Halden Port Authority"), and so
//     are a channel's or a digest's of the name after "of" ("the press service of the
//     Interior Ministry" is "Interior Ministry", a headline's "Digest of Harbor Command"
//     is "Harbor Command"; not "an account of the Battle of Halden"); a one-word name that begins one titled person's name is
//     that person: "spokesperson Li Wei" and "Li" are "Li Wei", a title or role in lower
//     case of the language's lists marking a person as a capitalized one does ("harbor
//     analyst Oskar Pell" and "Oskar" are "Oskar Pell"; no place's name is keyed so); the
//     capitals "FM" and "DM" are titles as "PM" is; a person's name, surely one by its
//     form, is not stretched to a body's longer name that ends with it ("Tom Okoro" is not
//     "Halden Foundation Tom Okoro"); a first name that is a
//     listed place or a known given name is the person named in full before it when no
//     mention gives that person an office, or when "he" or "she" comes next ("Jordan
//     Haddad, 15," and "Jordan" are "Jordan Haddad"), but the place when "it" comes next
//     or the person is an official ("Foreign Minister Jordan Haddad", "Jordan said");
//     a place's or body's possessive before a person's name too, as headlines write it:
//     "Ukraine's Zelenskiy" is "Zelenskiy", while "Russia's Defense Ministry" keeps it;
//     a bare last name with "he" or "she" after it is the person the document first names
//     in full with it, whether or not that full name speaks ("Lena Varga and her brother
//     were fined … Varga said she"), when that name's first name or a pronoun after it
//     gives the same gender ("Ruiz said she" is not Tomas Ruiz, and not Nadia Okonkwo's
//     "Okonkwo said he") and it is not written family name first ("Zhang Wei"); a group named by a plural noun for
//     people and "of", "for", "in" or "at" before a name is its own canonical name,
//     neither the person or place inside it nor a longer form of that name: "Critics of
//     Ms. Ruiz" is not "Ana Ruiz", nor "Ana Ruiz" "Critics of Ana Ruiz", and so is a
//     phrase with a participle in -ing after a noun for people and a name after it ("A
//     senior official traveling with Mr. Kerry" is not John Kerry; but a participle
//     before a role is the title's: "chief operating officer Ivo Marek" is Ivo Marek);
//     nor is one
//     described by a name a longer form of it: "Halden Watch" is not "a co-founder of
//     Halden Watch"); a title before a title's possessive stays in the body's name
//     ("Prosecutor General's Office").
//   - resolve.go (clauseSource), plausible.go: a source phrase that is a headline's
//     clause (a capitalized subject, then a lower-case word in -ed, a past that is never
//     a noun, or in -s that is no plural of a noun for persons or a body, then its object:
//     "Governor visits Halden ferry yards") gives its subject where the cue is a verb
//     coordinated after a comma or a colon after the clause ("…, warns of a long
//     winter"), the name a relative "who" after it is about, and otherwise no speaker; a
//     one-word subject must be a title, a body, an acronym, a listed place or a person the
//     text names in full. After its cue a past right after a plural counts too ("says
//     militias shelled the port"); plural
//     compounds ("rights groups", "news agency") and participles before a time or a body
//     ("released Sunday", "armed forces") are no clause. A lower-case phrase headed by a
//     noun of a toll ("casualties reported") is no source, nor a short
//     one headed by a noun of time without a participle in it ("the day", "20 years",
//     "these days"; "a report released last month" is a source). A source that names a record
//     (data, information, figures, statistics or numbers of, from or gathered by someone)
//     is that someone's, named by that phrase's own core name and joined by its last word
//     to no person the text names in full (after a record's noun a name is a body's far
//     more often than a person's); "numbers of" counts and names no one, and a closing
//     time ("this week") is no part of the name.
//   - resolve.go (bareTitle, titleHolders): a title alone as a speaker, written as such
//     ("President: …", "President says …"), is the one person the text names with that
//     title before a name, outside quotations and title-cased headlines ("President of
//     Soloria Ana Voss" too). A title after vice, deputy, prime, former and the like is
//     another office and not read; a title qualified in other words (a capitalized word
//     other than a function word, a possessive, a body's or role's noun, a year earlier
//     in its sentence: "Senate President", "Soloria President", "In 1999, President …")
//     names a holder who is never chosen but makes another holder ambiguous. Two holders,
//     or one named by one word only, give none; with none, a capitalized title right
//     before a colon in the text's first paragraph names no one, and elsewhere it stays
//     as written. "The president", courtesy titles and titles that name one person (Pope)
//     are left as they were.
//   - cueverb.go: a listed verb right after a word that would make it a noun is read as a
//     verb where its form and neighbors say so. A past after a relative "that" following a
//     noun ("a placard that said, “…”") has for source the phrase before "that" when its
//     head can carry words (a name, a role, a group, a sign, a document), found back over
//     phrases of place and a participle with its particle ("holding up placards that
//     said"); a phrase with a verb inside it, or no such head, gives no source. A document
//     the subject issued or wrote in gives that subject. A base that is also a noun, after
//     an infinitive's "to" (not after "only to") or a modal and adverbs, is a verb only
//     with "that", a colon, or a comma and a quotation right after it ("to counter that",
//     "would only reply:"). Before an infinitive of saying that follows another verb's
//     object, the source depends on that verb: after a verb of causing (prompt, lead,
//     force, get, encourage …) the object speaks; after a request or permission (ask,
//     urge, invite, allow, call on …) or an infinitive of purpose ("used the address to
//     vow") the words are the asker's, what the asker wants said; after any other verb
//     there is no source. The content of such an infinitive's cue ends before ", and" and
//     a past of saying with a content of its own.
//   - cueverb.go, attribute.go: a paragraph that opens with a quotation goes on quoting
//     the speaker of an inverted cue after an exclamation ("“…!” shouted Ana Ruiz."), not
//     after a question, whose next quotation is most often the answer. A paragraph ending
//     with a colon after a verb no list knows introduces the next paragraph's quotation
//     only when the verb presents words (listed, explained, went on, summed up, replied
//     …), or gives them out with a noun of saying as its object (issued a statement,
//     posted a note, sent a letter); finding, burning or passing on a letter does not. He,
//     she and they before a verb of speech do not stand for a thing that displays words
//     (signs, banners, placards, blackboards, slogans, messages), but may for headlines,
//     reports, documents, clothes named by their color and a board of people.
//   - names.go, resolve.go: a name that opens its paragraph before a colon and that
//     attribution reads as a rubric, not a speaker (a site, a plant, an act done to a
//     place; see rubricSpeaker), is a topic: neither "he" nor "she" stands for it, there
//     or wherever the text names it again (it may still be "it").
//   - resolve.go: "they" stands for a body, a group or a plural (the government, the
//     police, the council, a family, the spokesmen), never for a description headed by a
//     singular count noun in lower case (the committee chair, a spokeswoman, one of his
//     aides); when the nearest subject or quoted speaker it would take is such a
//     description, the pronoun has no speaker rather than a name further back. Plurals in a
//     vowel and -ys ("attorneys", "envoys") are plurals; a possessive before a singular
//     head is none ("the company's lawyer").
//   - phrase.go, resolve.go: a sentence that opens with "As", "While", "Whereas",
//     "Although" or "Though" and a clause with a verb of its own, set off by a comma, has
//     its subject after the comma; the opening clause's subject is still an antecedent,
//     after the sentence's own. An opening phrase without a verb ("As a retired senator,
//     …"), a subordinator with a comma right after it ("Though, Ruiz said, …") and a name
//     before its apposition are read as before. The subject of a plural verb made of
//     coordinated noun phrases is read whole ("Journalists and analysts say") only when
//     both halves can be sources: the word is a lower-case "and"; the phrase after it is
//     headed by a word naming one who can speak, not a pronoun or "you"; the phrase before
//     it, ending in lower case, ends in a plural or a noun for a person, role or group,
//     not a clause's verb ("Ruiz quit and aides say", "the truce holds and officials
//     say"); and the two are not one referent ("the president and father figure").
//     Otherwise the last phrase alone is the subject.
//   - phrase.go, resolve.go: a participle clause that opens its sentence, set off by a
//     comma ("Having announced the ruling,", "Arguing that …,", "While insisting …,"), has
//     no subject of its own: its verb's source is the main clause's subject after the
//     comma, never the clause's first word ("Having"), taken only when it can speak and
//     its verb is active; otherwise there is no speaker ("Assuming prices hold, the bill
//     will rise"). A passive participle ("Asked about …", "Having been told …") keeps its
//     own reading, and "Having said that," (or "this", "all that", "so") is a connective
//     with no source.
//   - attribute.go: a sentence right after a quotation ending in a question mark ("“…?”
//     Ruiz asked.") introduces no quotation in a later paragraph, most often the answer,
//     someone else's; in the question's own paragraph the asker may answer it. It is
//     decided from the quotation marks alone, so a segmenter that wants only some voices
//     decides alike. A cue before a colon whose object is a document or a saying with
//     its author named, by a possessive ("read out Dimitrov's letter:") or after "from" or
//     "by" ("read a letter from Ivo Dimitrov:"), gives the quotation to that author only
//     when the verb passes words on (read, quote, cite, hand out, release, circulate,
//     publish, post, reprint); after a verb that answers or judges the words ("answered
//     Dimitrov's letter:", "rejected the mayor's statement:") the quotation is the
//     subject's own, and with no author named ("read out the letter:") the subject stays
//     the speaker.
//   - resolve.go, phrase.go: a coordinated subject ("Dockers and pilots met") is what
//     "they" stands for, whole, its canonical name joined in byte order as a coordinated
//     source's is; its first conjunct is an antecedent of he, she or it only ("The mayor
//     and his aides met. He said"). With no whole (a pronoun in it, halves that are not
//     both sources, or a count in digits, "Pilots and 40 dockers", a share rather than a
//     whole; a count in words is no share, "Ruiz and three aides"), "they" stands for no
//     one there rather than a conjunct. A body's name with "and" ("National Health and
//     Family Planning Commission") is one subject. A sentence that opens with a
//     quantifier or a number, at most three modifiers, a plural and a verb the language
//     knows (a form of be, have or do, a modal, a listed verb, a past or a word in -ed
//     that its clause goes on after, an adverb in -ly or "also", "still" and the like
//     before it) has that phrase for subject ("Several residents left the city and said
//     …" is theirs, not the city's), an antecedent of "they", not of "it"; before a noun
//     of time, an adverb in -ly, a preposition, an adverb such as "later" or "further",
//     or a participle that ends its clause ("All things considered,") the quantifier
//     opens an adverbial, and the subject is sought after it, as before.
//   - canonical.go: a name that opens with a listed Spanish given name and ends with two
//     surnames, the father's then the mother's ("Andrés Calvo Ibarra"), is that person by
//     its paternal surname alone ("Mr. Calvo", "Calvo said") as by the last word, and is
//     surely a person's name; a second given name ("José María Calvo") or an English
//     middle name is no surname; in a name of four words the second is a given name,
//     listed or not ("Luis Octavio Calvo Vega"). The order is the Spanish one: in a Portuguese or
//     Filipino name the father's surname comes last, and the middle word then keys a
//     maternal surname.
//   - gender.go, canonical.go: a title that tells a gender ("Mr.", "Mrs.", "Ms.", "Miss",
//     and the honorifics of other languages whose gender is known) never gives a speaker
//     the full name of a person whose given name is of the other gender; among several
//     people with that surname the choice is among those of the title's gender or of
//     unknown gender, and with none left the surname stays as written. Gender comes from
//     titles and from lists of common given names written for framediff: English-language
//     news names, Ukrainian, Russian and Spanish names in their usual English spellings,
//     and the given names of other languages that international news most often prints
//     (German, French, Italian, Greek, Turkish, Arabic, Persian, Hebrew, Japanese, Polish
//     and others: Olaf, Alexis, Recep, Naftali, Shinzo, Andrzej) (names that are also
//     common capitalized words or places, Roman, Salvador, Mercedes, Santiago, and the
//     first halves of compound Arabic names, Abdel, left out; those whose gender differs
//     by language, Jean, Andrea, Kim, or that English gives both sexes, Jackie, Ashley, Dana,
//     known as given names of no gender). A one-word name
//     followed by "he" or "she" of the other gender
//     does not join a person whose given name tells the gender. A speaker written "he"
//     or "she" takes no fuller name of the other gender ("President Obama … he said",
//     where the text names "Michelle Obama" in full, is Obama), and of several fuller
//     names of a surname written alone takes the one whose given name has the pronoun's
//     gender ("he" for "Brandt" beside Tomas and Maria Brandt is Tomas Brandt; not
//     "Auma Brandt", whose given name tells none). resolve.go: a pronoun stands for no
//     surname written alone without a title that the courtesy titles before it ("Mr.",
//     "Mrs.", "Ms.", "Miss"; "Mr. and Mrs. Brandt" give both) give the other gender only,
//     with no fuller name of the pronoun's, or, with no such titles, whose fuller names
//     all give the other gender ("he" is not Garvey where the text has named only Kate
//     Garvey); the search goes on to the subjects and quotations' speakers before it,
//     and when such a subject or speaker was passed over it stops there, with no
//     speaker, instead of taking a name further back that is neither (see antecedentOf).
//     A surname written with a title of office ("President Garvey") names a person of a
//     gender the title does not tell, so that surname then keeps a pronoun of either
//     gender.
//   - phrase.go, names.go, resolve.go: the capitalized word after a courtesy title ("Mr.",
//     "Mrs.", "Ms.", "Miss") is a surname whatever else the word may be ("Mr. Many",
//     "Ms. Rose", "Mr. Little", "Mr. He"), and keeps its capital in the canonical name; a
//     speaker that is a courtesy title alone is none, and so is "the many" or "the few"
//     (a quantifier before its noun: "the many proposed amendments"); a one-word name of
//     either kind whose given name has the other gender is no antecedent of "he" or
//     "she" ("Tom" for "she"). Adjectives of nationality before a person's given name
//     are no part of the canonical name ("Chinese American Margaret Chin" is Margaret
//     Chin). A last name or initials that more than 64 names of a text share name none
//     of them: each speaker keeps its own name, and the work stays linear in the text.
//   - names.go: Delegate, Assemblyman, Assemblywoman, Assemblymember, Councilman,
//     Councilwoman, Councilmember, Alderman and Alderwoman, capitalized before a name, are
//     titles as "Rep." and "Sen." are, with no determiner before them and no word of
//     an organization's name in the capitalized run after them ("the Delegate Assembly"
//     is a body); in lower case they are roles.
//   - names.go: a plural common noun that opens its sentence before a word of the name
//     of a person named before, and that the text writes in lower case elsewhere (as
//     it is or in the singular), and that is no word of a person's name named before, is
//     no word of that name ("Examples Lin gave …" after "the economist Lin Weiqing" is
//     Lin Weiqing's, where "example" stands in lower case; a common word told by the
//     rest of the text, after Mikheev 1999).
//   - names.go, resolve.go: a name set off by commas after a description whose head is a
//     role or title of the language in lower case, a determiner or a possessive opening
//     it, holds that role as a name with the role after it does ("The mayor, Ana Ruiz,
//     …", "Its spokesman, Ivo Marek, …": "the mayor" later is Ana Ruiz), when a comma, a
//     dash or the sentence's end closes the name and the description is no preposition's
//     or participle's object after a person's singular noun ("A spokesman for the mayor,
//     Ivo Marek," is the spokesman), nor deep in a phrase that opens the sentence with a
//     participle, "unlike" or a preposition ("After meeting the governor, Ana Ruiz, who
//     …, said": the subject; but "When the country's president, Ana Ruiz, declared …"
//     and "After the governor, Ana Ruiz, left" are appositions); the description itself
//     is that name, not an earlier holder of the role ("The departing prime minister,
//     Hazem el-Brandt, did not say" after "The new prime minister, Ivo Marek"). Holders
//     are still told apart by the role's head alone: "the military spokesman" may take a
//     police spokesman named later (a known limit). gender.go: "Jean Marie" is a man's
//     name written without its hyphen as often as a woman's, so "Jean Marie Salomon" has
//     no known gender; other middle names keep theirs ("Jean Pierre Marek", "Ashley
//     Marie Cole").
//   - reported.go, phrase.go, lang_en.go: a subject pronoun with "’ve" or "’d" written
//     onto it ("they’ve", "we’d", "she’d") is the pronoun, the subject of the verb after
//     it and resolved as the pronoun alone is; "’s" after a pronoun before a past form is
//     "has" when "that" or a clause follows the form ("He’s said he will run", "She’s
//     argued the town will need one"), else a passive ("He’s expected to run", "He’s
//     reported missing"); after "it’s", and for a verb that needs its addressee (tell,
//     inform, notify, remind, assure, reassure) with none before the content, it is a
//     passive whose content is no one's, as the uncontracted one's is ("it’s understood
//     the talks will resume", "she’s told the port will close"; but "she’s told them
//     that …", "he’s ordered that …"). "It’s" is read so even where "it" is a body that
//     has said it ("The firm lost money. It’s announced it will cut jobs" is no one's):
//     a known limit.
//   - reported.go, attribute.go: a quotation attributed inside another's content ("Ruiz
//     said the mayor called the sale “a scandal”", "…, adding that Marek had called it
//     “…”", "According to Ruiz, Marek called …") keeps its frame in that content: the
//     clause that opens the content with the quotation's own source and cue is what Ruiz
//     reports, no longer dropped as the quotation's attribution (and so counted as the
//     outlet's words); not a frame whose source stands elsewhere, after a subordinator
//     ("said as much when he wrote: “…”"), with a participle for cue, or after the
//     content's first piece. The quotation's source is the inner verb's subject, a common
//     noun too ("the mayor"; the phrase reader takes none after a verb for the subject of
//     the next), unless either verb is a participle or commas or dashes set the phrase
//     off, where the quotation is a naming verb's or an utterance after "that", a comma
//     or a dash ("told the dockers, “…”", "had lamented – “…”"); the
//     outer source keeps a quotation that is the inner verb's object ("said the agency
//     advised “a second look”"), one of manner or time after a naming verb ("called the
//     police “right away”"), or one in its verb phrase ("said the navy would
//     maintain its “place at sea”").
//   - reported.go, phrase.go: a connective adverb alone before its sentence's subject
//     ("Nonetheless", "Nevertheless", "Indeed", "Therefore"; connectives) is no content
//     of an attribution whose subject and its apposition follow ("Nonetheless, the port's
//     chief, Ana Ruiz, vowed …" had "Nonetheless" for content), but opens one whose words
//     go on ("Hence the delay, Ruiz said"); a sentence that opens with "Let's" or "Let
//     us" is an imperative, without a subject for its verbs after "and" ("Let's wake up
//     and urge the council to …" gave "Let's wake up" for source).
//   - reported.go: "that", a finite form of "be" and a participle after the medium or the
//     addressee of a verb of saying open that noun's relative clause when the verb's own
//     "that" follows it ("Ruiz wrote in a note that was mailed to the board that …" had
//     "was mailed to the board that …" for content); without one it stays a content, as
//     "that" may be a demonstrative ("told reporters that was expected"). A trailing
//     attribution reads past such a clause after the medium's phrase ("The port will
//     close, Ruiz wrote in a note that was mailed to the board." had the relative clause
//     for content and lost the one before), not after "to" ("appeals to a crowd that has
//     …"). A relative clause with "which" after a trailing attribution's medium is no
//     content either, unless a verb of saying is in it.
//   - attribute.go: a reporting verb's bare form after "have", "has" or "had" is no verb
//     (a perfect takes a participle): "all have direct roots in the strike that began …"
//     had "direct" for verb; a past spelled as the bare form is ("has forecast that …",
//     "have hit back"), and so is a verb whose clause follows ("The pilots we have say
//     the channel is safe": "have" ends a relative clause).
//   - attribute.go, contents.go: a reporting verb that is also a noun, in -s, after a name
//     and an aside set off by commas is the name's verb ("Ivo Marek, a port consultant,
//     notes the port will close"; see asideSubject); its bare form there may be a noun's
//     modifier in a list ("— clerks of the Court, mayors, state guild heads —").
//
// The word lists are in lang.go (the classes) and lang_en.go (English, with every verb's
// inflections generated from its base form); Spanish, Russian and French have reporting
// verbs, pronouns and cues too.
//
// # Sources
//
// The kinds of reporting verbs follow Bergler (1992, "The evidential analysis of reported
// speech") and Krestel, Bergler & Witte (2008, "Minding the source: automatic tagging of
// reported speech in newspaper articles", LREC); what counts as an attribution (source,
// cue and content, contents of thinking and intending, contents without a source) follows
// Pareti (2015, "Attribution: a computational approach", PhD thesis, Edinburgh) and PolNeAR
// (Newell, Margolin & Ruths 2018, "An attribution relations corpus for political news",
// LREC). The Gender Gap Tracker (Asr et al. 2021, "The Gender Gap Tracker", PLOS ONE)
// reports speaker accuracy 0.86 for its rule-based attribution on its own news; the rules
// here are written for framediff, none taken from these works' code.
//
// # Measured
//
// On PolNeAR's training split (840 articles; the rules were chosen on the half of the
// articles whose FNV-1a hash of the name is even, and the other half is reported beside
// it; `go test ./framing/voices -run PolNeAR -v`), and on BASIL's development set (`-run
// BASIL`): see the README's section on voices for the figures, which the tests hold as
// floors.
//
// # Limits
//
// Attribution is by rule, from word lists and the order of words: no parser, no model.
// Contents whose cue is a noun with another sense than speech and no possessor ("support
// for", "the attack on"), an adjective outside the stance list, or an action PolNeAR
// counts as a cue ("voted for", "named him") are not found; nor are attributions across
// sentences other than a paragraph that goes on quoting. A quoted claim's speaker is named as the
// text names it: spelling variants across documents ("Zelensky", "Zelenskyy") are not
// merged here; framing's JoinSpeakerNames joins spellings of a full name by [SurnameKey]
// and [GivenNameKey] ("Volodymyr Zelenskyy", "Volodymyr Zelensky"), and a surname alone
// into such a full name.
package voices
