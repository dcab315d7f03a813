/**
 * Paragraph-initial labels of interview and briefing transcripts ("Question: …", "Q:", "A:",
 * "Aurel Brannik: …"). Interviewer labels mark the questions; answer labels the interviewee's
 * turns; other `Word:` line starts are captions and chrome, not speakers.
 */
export interface TranscriptLabel {
  label: string;
  role: 'question' | 'answer' | 'not-a-speaker';
  example: string;
}

function labels(role: TranscriptLabel['role'], words: string, example: string): TranscriptLabel[] {
  return words.split(',').map((label) => ({ label, role, example }));
}

export const TRANSCRIPT_LABELS: readonly TranscriptLabel[] = [
  ...labels(
    'question',
    'q,question,interviewer,journalist,reporter,moderator,host,correspondent',
    'Question: Has there been any response?',
  ),
  ...labels('question', 'presenter,anchor,audience member,press,media', 'Journalist: What comes next?'),
  // A conference call's operator hands the floor to each questioner and states nothing.
  ...labels('question', 'operator', 'Operator: The next question is from Ysolde Venn of the Marsh Courier.'),
  // A press officer chairs an office's briefing: opens it, calls each question and closes it; the
  // officials answer.
  ...labels('question', 'press officer', 'PRESS OFFICER: First question, please.'),
  // A phone-in's callers put the questions the guest answers ("CALLER (IVO, HARBOURSIDE):").
  ...labels('question', 'caller,listener,viewer', 'CALLER: Will the ferry run on Sundays?'),
  ...labels('answer', 'a,answer,reply,response', 'A: We are ready for any outcome.'),
  // A court record's witness speaking out of turn: the person sworn in, whom the record names.
  ...labels('answer', 'the witness,witness', 'THE WITNESS: May I add something?'),
  ...labels(
    'not-a-speaker',
    'photo,photos,image,picture,video,credit,caption,source,sources,tags,tag,topics',
    'Photo: Reuters',
  ),
  ...labels(
    'not-a-speaker',
    'related,read more,read also,also read,see also,more,update,updated,note,editor’s note',
    'Read more: The summit in numbers',
  ),
  ...labels(
    'not-a-speaker',
    "editor's note,posted,published,date,time,location,place,email,e-mail,tel,phone,fax",
    'Published: 9 November 2025',
  ),
  // A court reporter's certificate closes the record with its date and signature lines.
  ...labels('not-a-speaker', 'dated,signed,reported by,transcribed by', 'Dated: March 5, 2026'),
  ...labels(
    'not-a-speaker',
    'subject,subjects,title,by,file,pictured,watch,listen,share,advertisement,sponsored,warning',
    'Watch: the full interview',
  ),
  ...labels(
    'not-a-speaker',
    'disclaimer,contact,address,website,category,section,keywords,summary,highlights',
    'Summary: talks stalled',
  ),
  ...labels(
    'not-a-speaker',
    'background,context,analysis,opinion,exclusive,breaking,live,comments,follow',
    'Background: the treaty expires in 2026',
  ),
  // A hearing record's header lists who attended: a list of names, not a turn.
  ...labels(
    'not-a-speaker',
    'present,also present,members present,absent,in attendance,attending,witnesses,staff present',
    'Present: Senators Ivo Sarn and Tove Quorvell.',
  ),
  // A court record's header names counsel and whom each argued for.
  ...labels(
    'not-a-speaker',
    'appearances,appearances of counsel',
    'APPEARANCES: Ivo Sarn, for the appellant.',
  ),
  // A broadcast's header lists who asks and who answers ("Moderators: Ilsa Varn, Harbour TV; …").
  ...labels(
    'not-a-speaker',
    'moderators,hosts,presenters,panelists,panellists,candidates,guests,interviewers',
    'Moderators: Ilsa Varn, Harbour TV; Ivo Sarn, The Ledger.',
  ),
  // The kind of document, in a title line ("Interview: Minister Ilsa Varn on the harbour").
  ...labels(
    'not-a-speaker',
    'interview,transcript,remarks,statement,speech,briefing,press briefing,press conference,readout,full text,excerpt,excerpts',
    'Interview: Minister Ilsa Varn on the harbour',
  ),
  // A broadcast transcript's header names the part of the programme ("Segment: The ferry strike").
  ...labels(
    'not-a-speaker',
    'segment,topic,show,programme,program,episode,air date,aired,broadcast',
    'Segment: The ferry strike',
  ),
];

export const TRANSCRIPT_LABEL_ROLES: ReadonlyMap<string, TranscriptLabel['role']> = new Map(
  TRANSCRIPT_LABELS.map((l) => [l.label, l.role]),
);

/**
 * Labels of people in the room who are not the officials: the audience, the crowd. Their turns
 * are interjections, never the official's statement ("AUDIENCE MEMBER: Four more years!").
 */
export const INTERJECTION_LABELS: readonly TranscriptLabel[] = [
  ...labels('question', 'audience,audience members,crowd,reporters,participants', 'AUDIENCE: (Applause.)'),
  ...labels(
    'question',
    'unidentified speaker,unidentified reporter,unidentified male,unidentified female,voice',
    'VOICE: Can you hear us?',
  ),
  // A parliament's members calling out together ("Hon. Members: Hear, hear!").
  ...labels(
    'question',
    'hon. members,hon members,honourable members,honorable members,some hon. members,an hon. member,members',
    'Hon. Members: Hear, hear!',
  ),
  // The chair of a house calls the next member and keeps order; a record's chair states no policy.
  ...labels(
    'question',
    'mr speaker,madam speaker,mr. speaker,mr deputy speaker,madam deputy speaker,the speaker,the deputy speaker,the presiding officer',
    'Mr Speaker: Order. Questions to the Prime Minister.',
  ),
  // A floor record's stand-in chair, whose turns open with "The SPEAKER pro tempore."
  ...labels(
    'question',
    'the speaker pro tempore,the president pro tempore,the acting president pro tempore',
    'The SPEAKER pro tempore. The member is recognized for five minutes.',
  ),
  // The clerk reads the bill's title and calls the roll: procedure, never a member's words.
  ...labels(
    'question',
    'clerk,the clerk,reading clerk,the reading clerk,city clerk,county clerk,town clerk,deputy clerk,the city clerk',
    'Clerk: Senate Bill 9, concerning ferry fares.',
  ),
];

/**
 * Offices of a house's stand-in chair that a caption or a web transcript prints before the
 * holder's surname ("Speaker Pro Tem Roe:", "President Pro Tempore Sarn:"): the turn is the
 * chair's, who calls members and puts the question.
 */
export const PRESIDING_OFFICES: readonly string[] = [
  'speaker pro tem',
  'speaker pro tempore',
  'president pro tem',
  'president pro tempore',
  'deputy speaker',
  'presiding officer',
];

/**
 * Words that stand before a surname in an official transcript's turn label and are not part of
 * the name ("MS. ARDEN:", "SECRETARY VOSS:", "SURGEON GENERAL KELDA:"). Offices in
 * titles-and-offices.ts are stripped too; these are the honorifics and the offices transcripts
 * print that the prose lexicon does not need.
 */
export interface LabelTitle {
  title: string;
  example: string;
}

function titles(words: string, example: string): LabelTitle[] {
  return words.split(',').map((title) => ({ title, example }));
}

export const LABEL_TITLES: readonly LabelTitle[] = [
  ...titles('mr,ms,mrs,miss,mx,dr,prof,professor,sir,dame,lord,lady', 'MS. ARDEN: Thank you all.'),
  ...titles('rev,reverend,father,rabbi,imam,judge,justice,hon,honorable', 'REV. OKAFOR: Let us begin.'),
  ...titles('rt hon,right hon,right honourable,honourable,shri,smt,shrimati,sri', 'The Rt Hon Ilsa Varn MP'),
  ...titles(
    'surgeon general,director,administrator,commissioner,coordinator',
    'DIRECTOR VALE: Good morning.',
  ),
  ...titles(
    'chair,chairman,chairwoman,deputy,acting,under secretary,assistant,ranking member',
    'CHAIR ROWE: The meeting is open.',
  ),
  ...titles(
    'governor,gov,mayor,senator,sen,representative,rep,leader,speaker',
    'GOVERNOR TALL: We are ready.',
  ),
  ...titles('admiral,adm,colonel,col,captain,capt,major,lieutenant,sergeant', 'ADMIRAL KEEL: Next slide.'),
  ...titles('press secretary,spokesperson,spokesman,spokeswoman,secretary', 'SECRETARY VOSS: Thank you.'),
  ...titles(
    'first lady,first gentleman,vice president,president,prime minister',
    'THE PRESIDENT: Thank you.',
  ),
];

/**
 * Letters after a name in a header that say an office or an honour, never part of the name
 * ("The Hon Ilsa Varn MP, Prime Minister", "Sir Ivo Sarn KC"): a name read from the header ends
 * before them.
 */
export const POST_NOMINALS: readonly { letters: string; example: string }[] = [
  ...'mp,mep,mla,msp,mha,mpp,td,kc,qc,pc,kcb,kcmg,gcmg,cmg,cbe,obe,mbe,ao,ac,jp,dl,frs'
    .split(',')
    .map((letters) => ({ letters, example: 'The Hon Ilsa Varn MP, Prime Minister' })),
];

/**
 * Notes a transcript puts beside a label when the words are an interpreter's ("ZELMAN (via
 * interpreter):", "[Zelman] (interpreted):"). The words are still the labelled speaker's.
 */
export const INTERPRETATION_NOTES: readonly { note: string; example: string }[] = [
  { note: 'interpreted', example: 'PRESIDENT ORVA (interpreted): Thank you.' },
  { note: 'as interpreted', example: 'PRESIDENT ORVA (as interpreted): Thank you.' },
  { note: 'via interpreter', example: 'ORVA (via interpreter): Thank you.' },
  { note: 'through an interpreter', example: 'ORVA (through an interpreter): Thank you.' },
  { note: 'through interpreter', example: 'ORVA (through interpreter): Thank you.' },
  { note: 'through a translator', example: 'ORVA (through a translator): Thank you.' },
  { note: 'translated', example: 'ORVA (translated): Thank you.' },
  { note: 'in english', example: 'ORVA (in English): Thank you.' },
];

/**
 * The first words of a title line that name the speaker of an unlabelled text: an official
 * speech or statement is published under "Remarks by <office> <name> on …" and its body is
 * that one person's words. A readout is not on this list: it reports a call, in the third person.
 */
export const SPEECH_TITLE_HEADS: readonly { head: string; example: string }[] = [
  { head: 'remarks by', example: 'Remarks by Mayor Ilsa Varn on the River Plan' },
  { head: 'remarks of', example: 'Remarks of Governor Ilsa Varn at the Harbour Forum' },
  { head: 'remarks as prepared for delivery by', example: 'Remarks as Prepared for Delivery by Ilsa Varn' },
  { head: 'prepared remarks by', example: 'Prepared Remarks by Director Ilsa Varn' },
  { head: 'statement by', example: 'Statement by Secretary Ilsa Varn on the Flood' },
  { head: 'statement from', example: 'Statement from Senator Ilsa Varn' },
  { head: 'statement of', example: 'Statement of Ilsa Varn before the Committee' },
  { head: 'address by', example: 'Address by Premier Ilsa Varn to the Nation' },
  { head: 'speech by', example: 'Speech by Minister Ilsa Varn at the Summit' },
  { head: 'keynote address by', example: 'Keynote Address by Ilsa Varn' },
  { head: 'testimony of', example: 'Testimony of Ilsa Varn before the Senate' },
  { head: 'lecture by', example: 'Lecture by Professor Ilsa Varn at the Academy' },
  // A line under the title that says who delivered it, with the verb of delivery.
  { head: 'speech delivered by', example: 'Speech delivered by Premier Ilsa Varn at the Forum' },
  { head: 'speech given by', example: 'Speech given by Minister Ilsa Varn in Tarn' },
  { head: 'remarks delivered by', example: 'Remarks delivered by Mayor Ilsa Varn' },
  { head: 'address delivered by', example: 'Address delivered by President Ilsa Varn' },
  { head: 'address given by', example: 'Address given by Governor Ilsa Varn' },
  { head: 'lecture delivered by', example: 'Lecture delivered by Ilsa Varn' },
  { head: 'delivered by', example: 'Delivered by Minister Ilsa Varn, 3 March' },
  { head: 'as delivered by', example: 'As delivered by Minister Ilsa Varn' },
  // A text one person reads aloud on an office's behalf: a decision, a ruling, a judgment's summary.
  { head: 'read by', example: 'Read by Commissioner Ilsa Varn, 4 June' },
  { head: 'statement read by', example: 'Statement read by Ombudsman Ilsa Varn' },
  { head: 'decision read by', example: 'Decision read by the Registrar of the Board, Ilsa Varn' },
  { head: 'ruling read by', example: 'Ruling read by Judge Ilsa Varn' },
  { head: 'judgment read by', example: 'Judgment read by Justice Ilsa Varn' },
  { head: 'summary read by', example: 'Summary read by the President of the Court, Ilsa Varn' },
];

/**
 * Title heads of a question-and-answer transcript with one interviewee: the person after the head
 * gives every `A:` / `Answer:` turn ("Interview with Minister Ilsa Varn").
 */
export const INTERVIEW_TITLE_HEADS: readonly { head: string; example: string }[] = [
  { head: 'interview with', example: 'Interview with Minister Ilsa Varn' },
  { head: 'interview of', example: 'Interview of Governor Ilsa Varn by the Harbour Post' },
  { head: 'conversation with', example: 'A Conversation with Ilsa Varn' },
  { head: 'q&a with', example: 'Q&A with Senator Ilsa Varn' },
  { head: 'questions and answers with', example: 'Questions and Answers with Ilsa Varn' },
  { head: 'press conference by', example: 'Press Conference by Premier Ilsa Varn' },
  { head: 'press conference with', example: 'Press Conference with Premier Ilsa Varn' },
  { head: 'exchange with', example: 'Exchange with Reporters by Ilsa Varn' },
];

/**
 * Notes a court or inquiry transcript puts after a witness's name on the line that calls them
 * ("MR IVO SARN (affirmed)", "DR ILSA ORVA, sworn"): from there the "A." answers are theirs.
 */
export const WITNESS_NOTES: readonly { note: string; example: string }[] = [
  { note: 'sworn', example: 'MS ILSA ORVA (sworn)' },
  { note: 'affirmed', example: 'MR IVO SARN (affirmed)' },
  { note: 'recalled', example: 'MR IVO SARN (recalled)' },
  { note: 'duly sworn', example: 'Ilsa Orva, duly sworn' },
  { note: 'further affirmed', example: 'MR IVO SARN (further affirmed)' },
  { note: 'further sworn', example: 'MS ILSA ORVA (further sworn)' },
  { note: 'continued', example: 'MR IVO SARN (continued)' },
];

/**
 * A line that closes an official transcript: what follows is page furniture, never speech
 * ("END 9:15 A.M. EST", "###", a government press office's "ENDS"), and the colophon a clerk's
 * office signs it with ("Transcript prepared by the Town Clerk's staff.").
 */
export const END_LINE =
  /^(?:(?:END|ENDS|###|-\s*30\s*-|\(END\)|END OF TRANSCRIPT)(?:[\s\u00a0]+\d{1,2}:\d{2}.*)?|Transcript (?:prepared|produced|compiled) by\b.*)$/u;

/**
 * Title-case words of transcript headers that follow a name and end it ("Press Gaggle by
 * President Vell Orrin Aboard the Night Train", "Remarks by Mayor Ivo Sarn En Route to Tarn"):
 * capitalised in a headline, they are not part of anyone's name. Prepositions, conjunctions and
 * determiners (function-words.ts) end a name too.
 */
export const HEADER_STOP_WORDS: readonly { word: string; example: string }[] = [
  { word: 'aboard', example: 'Press Gaggle by Mayor Ivo Sarn Aboard the Harbour Ferry' },
  { word: 'en', example: 'Remarks by Mayor Ivo Sarn En Route to Tarn' },
  { word: 'following', example: 'Remarks by Mayor Ivo Sarn Following the Storm' },
  { word: 'ahead', example: 'Remarks by Mayor Ivo Sarn Ahead of the Vote' },
  { word: 'prior', example: 'Remarks by Mayor Ivo Sarn Prior to Departure' },
  { word: 'vs', example: 'Debate: Ivo Sarn vs Tilde Varga' },
];
