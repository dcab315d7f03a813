/**
 * Provenance end to end on the invented cases (test/fixtures/invented-cases/<case>/): transcripts
 * in formats the four real White House cases do not use (a translated ministry briefing, a
 * parliamentary record, a time-stamped caption file, a Q./A. interview, an unlabelled speech with
 * a byline, an interpreted press conference), each with reports in several outlet styles and a
 * distractor about another event. Each case runs exactly as `npm run eval:provenance` runs the
 * real ones: `hearsay analyze <case>/articles` with no hint (the primary must be found), scored by
 * ../shared/eval/provenance/score_case.py, same figures.
 *
 * Held out: the cases in HELD_OUT. Rules were tuned on the dev cases only; `--show-misses` never
 * prints the held-out cases' misses. qa-interview-2026 was held out first: its primary_found
 * figure (false) prompted the "Q." / "A." rule of primary detection (its misses were never read),
 * so it became dev data, and two cases written after the tuning (a hearing record, a TV
 * interview) joined the held-out part; their first figures are the unseen ones.
 *
 * The third round added five formats (a lobby-style briefing, a translated government press
 * conference, a town hall, a podcast, a floor record); the podcast and the floor record were held
 * out before their first run. The podcast's first figures (quotes 0.894, speakers 0.952, verdicts
 * 0.133, primary not found) stood unchanged after that round's fixes, so the lead read why (a host
 * named only in the blurb, whose turns end without question marks, left the dialogue without a
 * questioner) and it became dev data.
 *
 * The fourth round added four formats (a minister's doorstop interview, a public inquiry's
 * line-numbered hearing transcript, a central bank's press conference, a campaign rally speech
 * with stage directions); the central bank's press conference and the rally were held out before
 * their first run. First figures (quotes, speakers, verdicts, altered caught, primary found):
 * central bank 1.0, 0.950, 0.923, 3/3, found; rally 0.955, 1.0, 0.923, 3/3, found; the dev
 * doorstop 0.960, 1.0, 0.933, 4/5, found; the dev inquiry 0.718, 0.929, 0.143, 0/4, not found.
 * After that round's rules (line-numbered and court records, witness lines, examiners, office
 * labels, "if" → "when", a subject cut) the dev cases read doorstop 1.0, 1.0, 1.0, 5/5 and
 * inquiry 1.0, 0.960, 1.0, 4/4; the two held-out ones, run once at the end, were unchanged.
 *
 * Stories (issue #8): tabloid, op-ed and translated reports that quote a transcript in a clause or
 * two were left out of its story (stories pair accuracy, dev: doorstop 0.533, inquiry 0.733,
 * midday 0.733, podcast 0.533, town hall 0.533). A report left alone that shares two or more
 * 4-word runs of one speaker's quoted words with one story's member, within days, now joins it:
 * all five 1.0, every other figure unchanged. Held out, run once at the end (misses not read):
 * rally 0.733 → 1.0, central bank 0.733 → 1.0, floor record 0.533 unchanged, the rest 1.0 as before.
 *
 * The fifth round added four formats (a select committee's evidence session with numbered
 * questions, a public agency's briefing call headed "Name – Role" like an earnings call, a joint
 * press conference of two leaders, one through an interpreter, a radio talkback hour with
 * callers); the joint press conference and the talkback hour were held out before their first
 * run. First figures (quotes, speakers, verdicts, altered caught, primary found; on the gold as
 * corrected after the first run, where a contraction written out was first labelled a paraphrase
 * against the house convention): held out, joint press conference 1.0, 0.957, 1.0, 4/4, found;
 * talkback 0.884, 0.947, 1.0, 4/4, found; dev select committee 0.979, 0.913, 0.933, 4/5, found;
 * dev agency call 0.722, 0.692, 0.154, 0/3, not found. After that round's rules (committee
 * question numbers, "Name – Role" heading lines and the call's operator, "General Manager" an
 * office, a role named between commas as a pronoun's antecedent, "we" put as another party) the
 * dev cases read select committee 1.0, 0.957, 1.0, 5/5 and agency call 1.0, 1.0, 1.0, 3/3, both
 * found; the two held-out ones, run once at the end (misses not read), were unchanged: joint
 * press conference 1.0, 0.957, 1.0, 4/4; talkback 0.884, 0.947, 1.0, 4/4 (below the 0.95 goal
 * for quotes and speakers).
 *
 * The sixth round added four formats aimed at the weakest families (a House subcommittee hearing
 * printed by the GPO with a panel of three witnesses, a House floor debate from the Congressional
 * Record, a television call-in with callers and a council leader on the line, a Senate estimates
 * hearing with an "In Attendance" list); the estimates hearing was held out before its first run.
 * First figures (quotes, speakers, verdicts, altered caught, primary found, stories pairs): held
 * out, estimates 0.902, 0.957, 1.0, 3/3, found, 1.0; dev hearing 0.885, 0.926, 0.889, 4/5,
 * found, 1.0; dev floor debate 0.879, 0.737, 0.800, 3/3, found, 1.0; dev call-in 0.815, 0.864,
 * 0.786, 3/4, found, 1.0. After that round's rules (a member's state in a record label, a
 * header's WITNESSES list, a phone-in's callers and presenter, a passage starting at its first
 * word kept in step, a conditional clause's negation kept to it, an office title as a role the
 * primary names, a caller's given name as her gender, a carried-over quote given to the primary
 * speaker its sentence names, a possessor before a label's name, a role before a colon, an
 * unlisted "a top engineer") the dev cases read hearing 1.0, 0.963, 0.944, 4/5; floor debate 1.0,
 * 0.955, 1.0, 3/3; call-in 1.0, 1.0, 0.929, 3/4 (all found, stories 1.0). Held out, run once at
 * the end (misses not read): estimates 0.902, 0.957 → 1.0 (speakers), 1.0, 3/3; every older
 * held-out figure unchanged (senate hearing speakers 0.809, floor record stories 0.533, talkback
 * quotes 0.884 and speakers 0.947 still below the goals).
 *
 * The seventh round added four shapes no case had (a foreign ministers' joint press availability
 * with consecutive interpretation, a moderator and each delegation's press; a governor's wildfire
 * briefing handing over to a fire chief and a director, with "(crosstalk)" and an interpreter
 * note; a hearing typed with surname-only labels and "Chair:", the witnesses introduced in the
 * chair's prose; a televised mayoral debate with two moderators, rebuttals and "[applause]");
 * the press availability was held out before its first run. First figures (quotes, speakers,
 * verdicts, altered caught, primary found, stories pairs): held out, press availability 1.0, 1.0,
 * 1.0, 4/4, found, 1.0; dev wildfire briefing 1.0, 0.963, 0.923, 4/4, found, 1.0; dev
 * surname-label hearing 0.900, 0.944, 0.917, 4/4, found, 1.0; dev debate 0.871, 0.852, 0.933,
 * 4/4, found, 1.0. After that round's rules (witnesses the chair introduces in prose, a header's
 * "Moderators:" list, a colon lead-in after any verb and a short predicate, "X's answer?" before
 * a quote, chief / councilwoman / moderator as offices, a pronoun's slot kept to its anchor's
 * clause) the dev cases read briefing 1.0, 1.0, 1.0; hearing 1.0, 1.0, 1.0; debate 1.0, 0.929,
 * 1.0 (all 4/4, found, stories 1.0; the debate's two misses: "The businessman:", a role neither
 * the report nor the transcript gives the candidate, and "X's housing pitch:", whose noun is one
 * of speech only in a minor WordNet sense). Held out, run once at the end (misses not read): the
 * press availability and every older held-out figure unchanged.
 *
 * The eighth round added four shapes no case had (a background call by two anonymous officials,
 * "SENIOR ADMINISTRATION OFFICIAL:" and "SECOND SENIOR ADMINISTRATION OFFICIAL:", reported as "a
 * senior official", "a second official", "the first official"; a minister's written statement
 * with notes to editors; a council committee's stenographic record, labels on lines of their own,
 * numbered lines wrapped mid-sentence, page and certificate lines; a Sunday panel of a host and
 * three guests with crosstalk and laughter), reports in British single quotes, spaced guillemets
 * and nested quotes; the panel was held out before its first run. First figures (quotes,
 * speakers, verdicts, altered caught, primary found, stories pairs): held out, panel 0.938, 1.0,
 * 0.941, 4/5, found, 1.0; dev background call 0.933, 0.704, 0.706, 2/4, found, 1.0; statement
 * 0.958, 0.809, 0.867, 4/4, found, 1.0; council record 0.921, 0.959, 1.0, 3/3, found, 1.0. A fifth
 * dev case, a ministry's web page with bold labels and site chrome (scored on the text the
 * pipeline reads of it, written by invented-case-text.ts), read 1.0 throughout at its first run.
 * After that round's rules (a byline over single-quoted first-person quotes is no speech, a
 * presiding chair, certificate lines, "Response times would rise, he said", a speech verb past a
 * comma, "The mayor's answer:", a copula lead-in after a role, ordinal and "same" unnamed
 * sources, "an official on the call", "never" for "not") the dev cases read background call 1.0,
 * 1.0, 0.941, 4/4 (its miss: words put in "the same official"'s mouth judged no_primary, a role
 * being unattributed); statement and council record 1.0 throughout. Held out, run once at the end
 * (misses not read): the panel unchanged; senate estimates quotes 0.902 → 1.0, floor record
 * speakers 0.905 → 0.952; every other held-out figure unchanged.
 *
 * The ninth round added four shapes no case had (a premier's office transcript laid out as an
 * HTML table, labels without colons in each row's first cell; a ministry's press release as the
 * primary, its officials quoted inside it; a newspaper's live blog of a press conference,
 * timestamped entries beside ordinary reports; an assembly committee's transcript copied out of
 * a PDF, lines broken mid-sentence, a word hyphenated over a line end, a running header and a page
 * number mid-turn); the live blog was held out before its first run. First figures (quotes,
 * speakers, verdicts, altered caught, primary found, stories pairs): held out, live blog 1.0,
 * 0.875, 0.875, 2/3, found, 1.0; dev table transcript 0.765, 1.0, 0.385, 2/4, found, 1.0; press
 * release 1.0, 0.929, 0.182, 0/4, not found, 1.0; PDF transcript 0.867, 0.903, 0.909, 3/3, found,
 * 1.0. After that round's rules (a table row's or a definition list's capitalised label cell
 * before words gets a bold label's colon; a press release, by its release line and its end mark
 * or press contact, is a primary though it quotes and attributes; "quoted its chief scientist,
 * Name, as saying"; in hard-wrapped text a label after a sentence end opens a turn; a turn's page
 * number and running header are nobody's words; a word hyphenated over a line end is one term)
 * the three dev cases read 1.0 throughout (found, stories 1.0). Held out, run once at the end
 * (misses not read): the live blog unchanged; every older held-out figure unchanged.
 *
 * The tenth round added four shapes no case had (a briefing whose labels are full names in mixed
 * case on lines of their own, the reporters named inline, "Q (Name, Outlet):"; a captioning
 * service's export, "00:02:07 Speaker 3:", the names only in a speaker key; a newspaper's web
 * page of a Q&A interview, bold questions and unlabelled answers; a prime minister's two press
 * conferences on two days of one summit, each its own primary); the named-label briefing was held
 * out before its first run. First figures (quotes, speakers, verdicts, altered caught, primary
 * found, stories pairs): held out, named-label briefing 0.769, 1.0, 0.933, 3/4, found, 1.0; dev
 * caption export 0.789, 1.0, 0.800, 3/5, found, 1.0; Q&A web page 0.774, 1.0, 0.167, 0/5, not
 * found, 1.0; two-day summit 1.0, 1.0, 1.0, 6/6, found, 1.0. A fifth dev case, written after the
 * round's rules, a three-way televised debate (surname labels, interruptions cut off by a dash and
 * resumed, "[CROSSTALK]" and "(LAUGHTER)" lines, a blog splicing two turns into one quote), read
 * 1.0, 0.967, 1.0, 4/4, found, 1.0 at its first run (its miss: "X's big idea was no better. '…,'
 * she said", a pronoun whose antecedent is a possessor, left to the attribution work). After that
 * round's rules (a captioning service's numbered voices named by the key above the turns, a key's
 * "Speaker 4: Reporters" a header field; a moderator labelled by name who opens by handing the
 * floor on, calls the questions and answers none; an interview printed as Q&A without labels, read
 * from its title's cue and its grammar; a figure opening the quote put in the place of the
 * passage's) the dev cases read caption export 1.0, 1.0, 1.0, 5/5 (a filler tidied away relabelled
 * a paraphrase, the shared convention); Q&A web page 1.0, 1.0, 1.0, 5/5, found; summit 1.0
 * throughout; debate unchanged. Held out, run once at the end (misses not read): the named-label
 * briefing unchanged (0.769, 1.0, 0.933, 3/4); radio talkback quotes 0.884 → 1.0; every other
 * held-out figure unchanged.
 *
 * The eleventh round wrote four dev look-alikes of the shapes whose held-out cases still missed
 * a goal (their files never opened): a Senate committee hearing ("THE CHAIR:" and "CHAIRWOMAN X:"
 * for one chair, "SEN. X:" members, three witnesses the chair introduces one sentence each); a
 * senator's floor speech posted by her office (no labels, "Her remarks as delivered are below"),
 * with two other senators' floor speeches of the same week as distractors, each its own story; a
 * Sunday panel of a host and four guests, reported with subtle changes; a department's briefing
 * typed with two-word names in mixed case on lines of their own and "Q (Name, Outlet):". First
 * figures (quotes, speakers, verdicts, altered caught, primary found, stories pairs): hearing
 * 0.938, 1.0, 1.0, 5/5, found, 1.0; floor speech 0.818, 0.944, 0.222, 0/4, not found, 0.762;
 * panel 0.912, 0.808, 0.625, 2/5, found, 1.0; briefing 0.722, 1.0, 0.923, 3/4, found, 1.0. After
 * that round's rules (a witness introduced "…, Executive Director of …" ends at the comma, and
 * "second" / "third" witnesses; an office's "remarks are below" lead names the speaker of an
 * unlabelled speech; a byline line is no story content; a one-label text that reads as a report
 * is no transcript; a recap's capitals kicker is no subject; a broadcast header's "Segment:"; a
 * two-word name line not in common use, and once where such names repeat; a press officer's
 * longer opening that introduces the officials and announces the questions; "fairly confident"
 * a hedge; "next year" → "this year" time-changed; a subject cut that is only the aligner taking
 * a repeat) the dev cases read hearing 1.0 throughout; floor speech 1.0, 0.962, 1.0, 4/4, found,
 * 1.0 (its miss: 'Her bill would also require insurers "…," a change consumer groups … have
 * sought', the appositive after the quote taken for its speaker); panel and briefing 1.0
 * throughout. Held out, run once at the end (misses not read): the named-label briefing quotes
 * 0.769 → 1.0 (verdicts 0.933 and 3/4 unchanged); TV interview quotes 0.944 → 1.0; senate hearing
 * (0.955 / 0.952), floor record stories 0.533, Sunday panel verdicts 0.941 and 4/5 unchanged.
 *
 * Round 17 (issue #7) wrote two dev look-alikes of held-out shapes (their files never opened): a
 * live blog of a health press conference beside the ministry's transcript, a wire story and an
 * op-ed (heat-emergency-live-blog); a radio interview with a guest minister, a union leader on the
 * line, callers and an interruption, reported by the guest's title (rail-strike-radio-interview).
 * First figures: live blog 1.0, 0.929, 1.0, 3/3; radio 1.0, 0.905, 0.923, 1/2 (all found, pairs
 * 1.0). After that round's rules (a portfolio before an office must be in the holder's title, so
 * "the Transport Secretary" is no union's general secretary; "Chief Harbour Officer" is one title;
 * a thousands comma opens no quantity subject; "Dr" titles "the doctor"; "last year" → "two years
 * ago" time-changed) both read 1.0 throughout. Held out, run once at the end (misses not read):
 * measles live blog speakers 0.875 → 0.958 (verdicts 0.875 and 2/3 unchanged); radio phone-in
 * speakers 0.947 and TV interview 0.941 unchanged.
 *
 * Round 18 (issue #7) had a new writer, with other habits, write four dev cases of the weak shapes:
 * a state representative's floor speech in the House's closed captions (">> Rep. X:", a stand-in
 * chair and a clerk), its reports each mentioning the week's second floor debate, beside two
 * distractor floor speeches of that week (the colleague who questions her, the day before, on the
 * same bill; the other bill's sponsor) (groundwater-meter-floor-week); a county's outbreak
 * briefing ("Dr. X, County Health Officer:", "Question from the floor:") reported by a live blog
 * newest entry first, with subtle alterations (a day moved, a range to its upper bound, cases made
 * deaths, "we recommend that … see" made "must see") (legionella-live-blog); a radio phone-in timed
 * line by line, labels by first name, callers by "Name, Town:" or "Town caller:", reports quoting
 * callers and the host (sea-wall-phone-in); a briefing with "Q (Tom, Daily Courant):" labels whose
 * reporters' papers alter the answers they got (tunnel-closure-reporters-briefing). First figures
 * (quotes, speakers, verdicts, altered caught; all primaries found, pairs 1.0): floor 0.750, 0.933,
 * 0.800, 1/2; outbreak 0.743, 0.923, 0.538, 1/4; phone-in 0.917, 0.864, 1.0, 2/3; briefing 0.973,
 * 0.944, 1.0, 3/3. After that round's rules (the ">>" caption mark; "Name, Office:" in ordinary
 * case; callers by name and town, or town, are questioners; "Question from the floor:"; a stand-in
 * chair before a surname and the clerk keep procedure; "he" never an articled name ("the
 * Courant"); a headline's closing "told" is passive; "Sutton-on-Sea" whole before a role noun; a
 * restrictive clause cut after "any"/"every" + noun) they read floor 1.0, 0.960, 0.867, 2/2 (left:
 * a headline quote after "X's bill clears the House:", no speaker; the colleague's speech the day
 * before judged unsupported, as a short report dated a day from the primary is undecided); outbreak
 * 0.977, 1.0, 1.0, 4/4 (a quote after "who called them"); phone-in 0.957, 0.909, 1.0, 2/3 (two
 * short headline fragments, "says Haven councillor"); briefing 0.973, 1.0, 1.0, 3/3. Held out,
 * run once at the end (misses not read): every figure unchanged.
 *
 * Round 19 (issue #7) first fixed the dev cases still below goal where the cause was general: a
 * figure kept with its unit but carried onto the other clause's action ("inspect within ten days
 * and repair within three" → "ten days to repair"; tv-call-in 3/4 → 4/4); a capitalised common
 * noun after a determiner ("this Committee") swapped as a common noun (house-rail 4/5 → 5/5); a
 * headline's "says Place councillor" with no article is the role, not the place (sea-wall speakers
 * 0.909 → 0.955). Left: mayoral debate ("The businessman:", "X's housing pitch:", as in round 7),
 * groundwater ("X's bill clears the House:", and a distractor dated a day before the primary, inside
 * the one-day tolerance), house-rail "a top engineer", sea-wall's headline fragments (no speech cue
 * beside "agency boss") and "…, MPs told" after an agency. Then a new writer wrote three shapes no
 * case had: an ombudsman's statement read aloud as one labelled turn of unlabelled paragraphs, a
 * press officer chairing the questions (dev); a minister's live Q&A on a social platform, a
 * moderator reading questions and users' handles as labels (dev); a bilingual council's verbatim
 * record, a French speaker's turns each followed by "INTERPRETER:" (held out before its first run).
 * First figures (quotes, speakers, verdicts, altered caught, primary found, pairs): held out,
 * council 0.960, 0.708, 1.0, 4/4, found, 1.0; dev ombudsman 0.909, 0.900, 0.824, 2/6, found, 1.0
 * (one of the six then relabelled verbatim by the house convention: a fragment opening on "I" whose
 * condition before it is left out); dev live Q&A 1.0, 0.957, 0.933, 3/4, found, 1.0. After the
 * round's rules ("Name, role in lower case:" labels; "PRESS OFFICER:" chairs; "Trust" heads a body;
 * "remind" reports speech; a third party opening the clause put as "we" is actor-changed; a
 * repeated word aligned where the quote's run keeps step) the dev cases read ombudsman 0.984,
 * 0.903, 0.944, 3/5 (left: "by the end of May" beside "wants", no speech cue; a newsletter's "she"
 * whose antecedent is a possessor role named later, taken for the sign-up line's "Subscribe") and
 * live Q&A 1.0 throughout. Held out, run once at the end (misses not read): the council unchanged;
 * every older held-out figure unchanged.

 *
 * Round 20 (issue #7) added four formats no case had, as the officials publish them: a European
 * Parliament-style plenary verbatim report ("President. –", "Name (Group). –", "Name, Member of
 * the Commission. –", a blue-card question and answer, a speech in French tagged "(FR)" and its
 * "[Interpretation]" paragraphs) (ep-plenary-rail-rights, dev); a governor's press conference
 * transcribed by a third-party service, "[Governor Name] (00:41)" on lines of their own,
 * "[Reporter 1]", "[inaudible 00:02:31]" (governor-bracket-transcript, dev); a state court of
 * appeal's oral argument, a caption block, "THE COURT:", "JUSTICE X:", counsel (appeal-court-
 * argument, held out); a Security Council meeting record, "The President (spoke in French):",
 * "Mr. Surname (Country) (spoke in Spanish):", a briefer named in full only in the invitation
 * (security-council-meeting-record, held out). Both held-out cases were put in HELD_OUT before
 * their first run. First figures (quotes, speakers, verdicts, altered caught, primary found,
 * pairs): held out, court 0.877, 0.960, 0.684, 4/4, found, 0.600; Security Council 0.966, 0.679,
 * 0.882, 3/3, found, 1.0; dev plenary 0.769, 0.950, 0.100, 0/7, not found, 1.0; dev governor
 * 0.792, 0.947, 0.368, 1/5, found, 1.0 (one gold label then corrected to the house convention: a
 * main clause quoted without the condition before it is verbatim). After the round's rules (the
 * "Name (Group). –" record label, the bare office the sitting's chair; a language code after a
 * label; a bracketed name on its own line with a time after it, "Reporter 2" a questioner,
 * "[Applause]" no name; a live blog entry's time before a colon lead-in; a wire dateline's day and
 * month without a year dating a report against the primary; a state verb's simple present no
 * schedule, "we'll have" → "we have" tense-changed) the dev cases read plenary 1.0, 1.0, 0.950,
 * 6/7, found (left: the fragment "before 2030" for "before 2028", two words the primary lacks, is
 * retrieved nowhere) and governor 1.0 throughout; every other dev case unchanged. Held out, run once
 * at the end (misses not read): court 0.877, 0.960, 0.842, 4/4, found, 0.600 (verdicts 0.684 →
 * 0.842; once merged with the round's dev-case rules below: speakers 1.0, verdicts 0.789, 3/4 —
 * why not read, it is held out); Security Council 0.966, 0.679, 1.0, 3/3, found, 1.0 (verdicts 0.882 → 1.0; speakers
 * still far below goal). One writer wrote all four, so the held-out distractors, dated only by a
 * wire dateline, share the dev ones' habit. Every older case, dev and held out, unchanged.
 *
 * Round 20 (issue #7) fixed the dev cases still below goal where the cause was general: a
 * sign-up line's imperative ("Subscribe at …") is no antecedent of "she", and the owner of a
 * sentence's possessed subject ("The X Ombudsman's report …") is; a quoted predicate opening on a
 * finite auxiliary is words however short, in prose; a verb of requiring ("wants") frames a quoted
 * phrase as its person subject's; a report dated the day before its primary whose lead tells an
 * earlier day is another event; a role named by its field in the primary ("engineer" /
 * "Engineering"); a headline's unattributed quote takes the body's one voice; "boss" a leader noun.
 * Dev: ombudsman 0.968, 0.900, 0.941, 2/5 → 1.0, 1.0, 1.0, 5/5; groundwater speakers 0.960 →
 * 1.0, verdicts 0.867 → 1.0; house-rail speakers 0.963 → 1.0; sea-wall quotes 0.957 → 0.979,
 * speakers 0.955 → 1.0, 2/3 → 3/3; every other dev case unchanged. Left: the mayoral debate's
 * "The businessman:" and "X's housing pitch:" (0.929, as in round 7). Held out, run once at the
 * end (misses not read): every figure unchanged.
 *
 * Round 21 (issue #7) had a new writer add four formats no case had, as officials publish them: a
 * city council's verbatim transcript ("MAYOR X:", "COUNCILMEMBER X:", "CITY CLERK:" calling public
 * commenters, one "MS. X (through an interpreter):", the members listed under "Councilmembers" in
 * the header, a clerk's colophon) (council-vending-public-comment, dev); an intergovernmental
 * commission's meetings coverage, speakers in capitals with office and country summarised in the
 * third person with a few sentences quoted, two delegations only "The representative of X"
 * (waters-commission-meetings-coverage, dev); a legislative committee's deposition, "BY MR. X:"
 * sections, Q./A. lines, objections, "THE WITNESS:" (procurement-deposition, held out); a foreign
 * paper's interview published as a translated Q&A, "Nordposten:" / "Solheim:" labels
 * (translated-minister-interview, held out). Both held-out cases were put in HELD_OUT before their
 * first run. First figures (quotes, speakers, verdicts, altered caught, primary found, pairs):
 * held out, deposition 0.980, 0.875, 1.0, 4/4, found, 1.0; translated Q&A 0.889, 0.900, 1.0,
 * 5/5, found, 1.0; dev council 0.889, 0.893, 0.842, 5/6, found, 1.0; dev meetings coverage 1.0,
 * 0.708, 0.118, 0/4, not found, 1.0. After the round's rules (a meetings coverage's head and
 * "* *** *" foot make a release; "Name, Minister for X of the Netherlands, speaking as Chair, said"
 * past the article before a place; a label giving an elected office is no moderator; a plural
 * title heads a name list; city / town clerks; "X's line of the day:" and "X's pitch:"; an
 * irregular past opening a colon lead-in; "Surname of the <body> said"; place adverbs as scope
 * words; "Transcript prepared by …" ends the record) both dev cases read 1.0 throughout, found,
 * and the mayoral debate's speakers 0.929 → 0.964 (left: "The businessman:", a role neither text
 * gives the candidate); every other dev case unchanged. Held out, run once at the end (misses not
 * read): both new cases unchanged (deposition 0.980, 0.875; translated Q&A 0.889, 0.900, both
 * below the goals); every older held-out figure unchanged. The deposition's swearing-in line,
 * reworded for a while to another standard form ("called as a witness …, having been duly sworn,
 * testified as follows:"), left its witness unnamed (speakers 0.458, before and after the rules).
 *
 * Round 22 (issue #7) had a new writer add four records of meetings and hearings, as officials
 * publish them: an intergovernmental council's provisional verbatim record ("The President:" giving
 * the floor to "the representative of Norway", "Mr. Surname (Country):" labels, "(spoke in
 * Portuguese)", the secretariat's head by office), reported by country ("Norway's delegate", "the
 * UK's man on the council"), beside the same council's session six months before
 * (eel-council-verbatim-record, dev); a state supreme court's oral argument ("CHIEF JUSTICE X:",
 * "JUSTICE X:", counsel, an "APPEARANCES:" block), beside two reports of the same court's argument
 * the next day, their own story (rental-ban-supreme-court-argument, dev); a bilingual provincial
 * Hansard's question period ("(spoke in French):" then "(Interpretation)"), a French-language paper
 * quoting the originals (regional-assembly-bilingual-hansard, held out); a member's floor speech in
 * the Congressional Record ("The SPEAKER pro tempore.", "Mrs. NAME.", a colleague's "Will the
 * gentlewoman yield?"), beside two reports of her speech a week before (congressional-record-lock-
 * speech, held out). Both held-out cases were put in HELD_OUT before their first run. First
 * figures (quotes, speakers, verdicts, altered caught, primary found, pairs): held out, Hansard
 * 1.0, 0.788, 0.913, 5/7, found, 0.429; Congressional Record 1.0, 0.917, 0.933, 4/5, found, 0.571;
 * dev council 0.877, 0.969, 1.0, 8/8, found, 0.524; dev court 0.921, 0.743, 0.682, 4/6, found, 1.0
 * (0.912, 0.839, 0.682 on the gold corrected after that run to the house convention for hearings:
 * the justices' questions and the presiding chief justice's turns are no primary quotes, though
 * reports quote them from the record). After the round's rules (a court's chief justice, and a
 * council's president whose turns give the floor, preside; "APPEARANCES:" a header field; "Chief
 * Justice" one title; a named asker's quoted words judged in the asker's turns; someone the primary
 * never gives the floor to, in a report of another event or story, no_primary unless word for word;
 * a tag after the quote over a colon that only set the scene; "the owners' attorney"; "the British
 * delegate … he said"; a delegate named by country is the speaker the record labels with it; "I
 * have to say X" quotes X whole; one wire's reports whose datelines are further apart than the
 * fresh-coverage window are two occasions; a sitting's date line closing on its hour dates the
 * record) the dev cases read council 1.0 throughout, found, pairs 1.0; court 1.0, 1.0, 0.909, 4/6,
 * found, 1.0 (left: "Certainly not" for "Probably not", aligned to another "not" of the same turn;
 * "for twenty years", a three-word fragment whose figure changed, retrieved nowhere); every other
 * dev case, eval:provenance, eval:stories and the invented story sets' dev parts unchanged. One
 * writer wrote all four, so the held-out distractors share the dev ones' habits (a wire's dateline
 * its only date); and while checking the house conventions the writer saw, by accident, one line of
 * a held-out spec (the Security Council record's president label, whose turns are its president's
 * quotes) before writing the president rule (which asks that a turn give the floor, as a head of
 * state's "THE PRESIDENT:" turns do not).
 * Held out, run once at the end (misses not read): Hansard speakers 0.788 → 0.818, pairs 0.429 →
 * 0.619 (quotes 1.0, verdicts 0.913, 5/7 unchanged); Congressional Record pairs 0.571 → 1.0 (1.0,
 * 0.917, 0.933, 4/5 unchanged); appeal court quotes 0.877 → 0.943, verdicts 0.789 → 0.895; Senate
 * hearing speakers 0.952 → 1.0; Security Council speakers 0.679 → 0.826, but quotes 0.966 → 0.902
 * and verdicts 1.0 → 0.941 (why not read; the label line the writer saw suggests the president
 * rule, the two writers' conventions for a president's procedural turns differing); every other
 * held-out figure unchanged. Means over the 20 held-out cases: quotes 0.976 → 0.976, speakers 0.926 →
 * 0.937, verdicts 0.958 → 0.960, pairs 0.907 → 0.938, altered caught 66/73, all found.
 *
 * Round 23 (issue #7) had a new writer add four formats no case had, as they are published: a
 * mayor's live video update in the platform's automatic captions (a time line over each lower-case,
 * unpunctuated caption line, no labels: the city engineer she hands over to, the reporters'
 * questions from the room and the answers told apart only by the words), beside the council's vote
 * three weeks before to repaint the same bridge (carrow-bridge-auto-captions, dev; build_gold.py's
 * "switch" lines give its speaker changes); a Commons committee's clause-by-clause study printed
 * as its Evidence ("Mrs. Name (Riding, Party):" then "Mrs. Name:", an official labelled by a long
 * post, "[Translation]", amendments and recorded divisions in brackets), reported by party, seat
 * and role, beside the same committee's hearing of fire chiefs two weeks before
 * (battery-bill-clause-by-clause, dev); a government's memorandum of a telephone call ("THE
 * PRESIDENT:" / "PRIME MINISTER X:", "[inaudible]", "[REDACTED]", "[crosstalk]", a caution that it
 * is no verbatim transcript), beside the prime minister's news conference at home the next day
 * (icebreaker-telcon-memorandum, held out); a judge's sentencing remarks (numbered paragraphs, no
 * label, spoken to the defendant), beside the verdict at the same court eight weeks before
 * (flood-grant-sentencing-remarks, held out). Both held-out cases were put in HELD_OUT before
 * their first run. First figures (quotes, speakers, verdicts, altered caught, primary found,
 * pairs): held out, memorandum 0.946, 0.923, 0.813, 3/4, found, 1.0; sentencing remarks 0.750,
 * 0.933, 0.200, 0/4, not found, 1.0; dev captions 0.449, 0.950, 0.150, 0/6, not found, 1.0; dev
 * committee 0.983, 0.897, 0.900, 3/4, found, 1.0. After the round's rules (a caption track read as
 * a transcript: its host the person its title names before a colon or a verb, the floor passed on
 * by a hand-over by name that a thanks answers, by a question put to someone by title or name, and
 * back by the host's closing thanks; the stretches of a turn between its spoken lines give the
 * primary no terms; a source without capitals marks no sentence start; "MP" an office; a witness's
 * long post in a label's brackets; a seat before an office, and an irregular past, in a colon
 * lead-in; a name the index knows, of a known gender, set off after a role with its phrase) the dev
 * cases read captions 0.993, 0.986, 1.0, 6/6, found, 1.0 (left: a question from the room put to no
 * one, "how much is it going to cost", kept in the mayor's turn; "Corrigan said the council had
 * asked …, but '…'" given to the council) and committee 1.0 throughout, 4/4, found, 1.0; every
 * other dev case, eval:provenance, eval:attribution and the seeds unchanged. Held out, run once at
 * the end (misses not read):
 * both new cases unchanged (memorandum 0.946, 0.923, 0.813, 3/4, found; sentencing remarks 0.750,
 * 0.933, 0.200, 0/4, not found; why not read: it is held out); every older held-out figure
 * unchanged. Means over the 22 held-out cases: quotes 0.966, speakers 0.932, verdicts 0.924, pairs
 * 0.943, altered caught 69/81, found 21/22 (the 20 older ones: 0.978, 0.933, 0.966, 0.938, 66/73,
 * all found, as before).
 *
 * Still in round 23 (issue #7), after the sentencing remarks' primary was measured not found, a
 * helper wrote two dev cases of its class (a document one person reads out or hands to the press,
 * no label, the speaker named only under the title), without reading that case: a maritime
 * regulator's merger decision read aloud by its chair, in numbered paragraphs under "Decision read
 * by the Chair of the Authority, Name, place, date", reported by name and role, by title only ("the
 * chair of the authority … she said"), by surname and "the regulator's chief", beside the same
 * chair's words when the inquiry opened five months before (ferry-merger-decision-read-aloud, dev);
 * an auditor-general's statement to the press in plain prose under "STATEMENT TO THE PRESS", a
 * heading and a "Name, Auditor-General" signature line, reported as "Auditor-General Name", "the
 * watchdog", "Ms Surname", beside the health minister opening one of the audited hospitals two
 * months before (auditor-general-press-statement, dev). First figures (quotes, speakers, verdicts,
 * altered caught, primary found, pairs): decision 0.800, 0.750, 0.250, 0/3, not found, 1.0;
 * statement 0.786, 1.0, 0.182, 0/2, not found, 1.0. After the rules ("read by" heads of a text
 * read out, the office before the name set off by commas; a signature line of a full name and
 * nothing but an office; "<decision|ruling|statement> read by" and "statement to the press" mark an
 * official text; "chair" a person's role noun) they read decision 1.0, 0.944, 1.0, 3/3, found, 1.0
 * (left: "The head of the maritime regulator sank the … deal … and told the companies they '…'",
 * whose role phrase the walk back from "told" runs past the finite verb "sank") and statement 1.0,
 * 1.0, 0.909, 2/2, found, 1.0 (left: "none of the others" for "none of the remaining eight", called
 * altered, gold paraphrase); every other dev case, eval:provenance, eval:stories and the seeds
 * unchanged. Held out, run once at the end (misses not read): every figure unchanged, the
 * sentencing remarks still 0.750, 0.933, 0.200, 0/4, not found (why not read: it is held out; these
 * rules do not reach it). Means over the 22 held-out cases as before.
 *
 *   node eval/invented-cases.ts [--part dev|heldout|all] [--show-misses] [--case NAME]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { requireShared } from '../scripts/shared-data.ts';
import { analyze, partOf, scoreCase } from './pair-harness.ts';

/** Cases never tuned on: their figures are the honest ones. */
const HELD_OUT = new Set([
  'appeal-court-argument-2026',
  'bilingual-council-interpreter-2026',
  'campaign-rally-2026',
  'central-bank-press-conference-2026',
  'congressional-record-lock-speech-2026',
  'floor-speech-2026',
  'flood-grant-sentencing-remarks-2026',
  'fm-press-availability-2026',
  'icebreaker-telcon-memorandum-2026',
  'joint-press-conference-2026',
  'measles-live-blog-2026',
  'named-reporters-briefing-2026',
  'procurement-deposition-2026',
  'radio-phone-in-2026',
  'regional-assembly-bilingual-hansard-2026',
  'senate-estimates-2026',
  'security-council-meeting-record-2026',
  'senate-hearing-2026',
  'sunday-panel-2026',
  'translated-minister-interview-2026',
  'tv-interview-2026',
  'un-press-conference-2026',
]);

const argv = process.argv.slice(2);
const part = partOf(argv);
const showMisses = argv.includes('--show-misses');
const only = argv.includes('--case') ? argv[argv.indexOf('--case') + 1] : undefined;
const scorer = join(requireShared('eval/provenance'), 'score_case.py');
const cases = join(import.meta.dirname, '..', 'test', 'fixtures', 'invented-cases');
const work = mkdtempSync(join(tmpdir(), 'hearsay-eval-invented-'));

async function runCase(name: string, heldOut: boolean): Promise<void> {
  const dir = join(cases, name);
  const dossier = await analyze(work, [join(dir, 'articles'), '--quiet']);
  console.log(`\n## case ${name} (${heldOut ? 'held-out' : 'dev'})`);
  if (!dossier) {
    console.log('analyze failed');
    return;
  }
  const file = join(work, `case-${name}.json`);
  writeFileSync(file, JSON.stringify(dossier));
  const gold = join(dir, 'gold.json');
  // A case of web pages is scored on the text the pipeline reads of them (invented-case-text.ts).
  const texts = existsSync(join(dir, 'text')) ? join(dir, 'text') : join(dir, 'articles');
  console.log(scoreCase(scorer, file, gold, texts));
  if (showMisses && !heldOut) {
    const script = join(import.meta.dirname, 'invented-case-misses.py');
    const misses = execFileSync('python3', [script, scorer, file, gold, texts], { encoding: 'utf8' }).trim();
    if (misses) console.log(`\nmisses:\n${misses}`);
  }
}

try {
  const names = readdirSync(cases, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== 'specs' && (!only || d.name === only))
    .map((d) => d.name)
    .sort();
  for (const name of names) {
    const heldOut = HELD_OUT.has(name);
    if (part === 'all' || (part === 'heldout') === heldOut) await runCase(name, heldOut);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
