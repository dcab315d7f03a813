import type { Span } from '../../model/span.ts';
import {
  END_LINE,
  INTERJECTION_LABELS,
  INTERPRETATION_NOTES,
  PRESIDING_OFFICES,
  TRANSCRIPT_LABEL_ROLES,
  type TranscriptLabel,
} from '../../nlp/lexicons/transcript-labels.ts';
import { titleLength, wordsOf } from './label-names.ts';
import { lineNumberLength } from '../../nlp/line-numbers.ts';
import { mayNamePerson } from '../../nlp/wordnet/people.ts';
import { lemmasOf, taggedSenseCount, type WordnetPos } from '../../nlp/wordnet/wordnet.ts';
import { isGivenName } from '../../nlp/gazetteer.ts';
import { OUTLET_NAME_WORDS } from '../../nlp/lexicons/news-outlets.ts';

/**
 * The speaker label that opens a transcript paragraph, in the forms officials publish:
 * `NAME:`, `MS. SURNAME:`, `THE PRESIDENT:`, `Question:` / `Answer:`, a bare `Q` set off by
 * several spaces or a no-break space, `NAME (via interpreter):`, `[Name] (interpreted):`, a time
 * stamp or a printed line number before the label, and an upper-case label ending in a full stop
 * instead of a colon.
 */
export interface LabelHit {
  paragraph: Span;
  /** The label as a name: brackets, interpretation note and trailing full stop removed. */
  label: string;
  /** The label's words in the text. */
  labelSpan: Span;
  /** Where the spoken words start (after the label, its colon and the space after it). */
  textStart: number;
  role: LabelRole;
  /** Ended by a full stop, not a colon: only a speaker label when the colon form is seen too. */
  fullStop: boolean;
  /**
   * The office before a name note ("The Prime Minister" of "The Prime Minister (Ilsa Varn):"):
   * later turns labelled with the office alone are that person's.
   */
  office?: string;
  /** The person a note names after a question or answer label ("HOST (MIRIAM OSEI):"). */
  person?: string;
  /**
   * No colon: set off by a dash ("MINISTER VARN — …") or standing alone on its line, the words in
   * the paragraphs after it. A speaker label only when it opens two paragraphs or more.
   */
  unmarked?: boolean;
  /**
   * Numbered as a question ("Q113 Chair:"): a committee's evidence record numbers the members'
   * questions, not the witnesses' answers, so the label is a questioner's.
   */
  numberedQuestion?: boolean;
  /**
   * A heading line "Name – Note" whose note names no person's office, only a body ("Lydia Park –
   * Harbour Ledger"): someone speaking for an outlet or firm, who asks when their turn ends in "?".
   */
  affiliated?: boolean;
  /** A legislature's record label ("Ms. ROE.", RECORD_LABEL): its shape alone makes it a label. */
  record?: boolean;
}

export type LabelRole = TranscriptLabel['role'] | 'named';

/** Longest label read as a speaker name ("Minister of Foreign Affairs Aurel Brannik" is six words). */
const MAX_LABEL_WORDS = 6;
/** Characters of a paragraph looked at for a label: a time stamp, a long title and a note fit. */
const LABEL_WINDOW = 140;

/**
 * A time stamp before the label ("[00:14:07] HOST:", "10:02 AM — MAYOR VANE:"): recordings are
 * transcribed with the time each turn starts, which is not part of the label.
 */
const TIMESTAMP_PREFIX =
  /^[[(]?\d{1,2}:\d{2}(?::\d{2})?(?:[\s\u00a0]?[AaPp]\.?[Mm]\.?)?[\])]?(?:[\s\u00a0]*[-–—|][\s\u00a0]*|[\s\u00a0]+)/u;
/**
 * An opening quotation mark before an upper-case label (`"WALLACE: Let's start …`): a news
 * article quoting a transcript excerpt opens each paragraph with a quotation mark, as any quotation
 * running over paragraphs does. The mark is the article's, not part of the label.
 */
const QUOTED_TURN_OPENER = /^["“](?=\p{Lu}[\p{Lu}.'’ -]{1,40}:)/u;
/**
 * The chevrons closed captions put where the speaker changes (">> REP. ROE: …", ">>> Next …"):
 * legislatures' and broadcasters' caption files mark each turn so, before the label or before the
 * words of an unnamed voice. The mark is the caption file's, not part of the label.
 */
const CAPTION_MARK = /^>{2,3}[\s\u00a0]*/u;
/** "A.M." / "p.m." / "AM" left after a stamp read without it. */
const MERIDIEM = /^[AaPp]\.?[Mm]\.?(?:[\s\u00a0]|$)/u;
/**
 * The bare reporter's `Q` (and its answer `A`) of White House style transcripts: the letter, then
 * a tab, a no-break space or two spaces and more ("Q    Thank you."), or a colon or full stop, or
 * nothing (the question follows on the next line). One plain space is a sentence ("A bridge …").
 */
const BARE_Q_OR_A = /^([QA])(?:[:.][\s\u00a0]*|[\t\u00a0][\s\u00a0]*| {2,}|$)(?=\S|$)/u;
/**
 * A reporter's `Q` set off by one plain space ("Q Mr. President, …"), as text whose runs of space
 * were collapsed prints it. Ambiguous alone ("Q Street"), so it is only read inside a text the
 * other labels already show to be a transcript (see readLooseQuestion).
 */
const LOOSE_Q = /^Q (?=[\p{Lu}(“"'‘])/u;
/**
 * `Words (note):` or `Words:`, the note an interpretation remark, the words a name or a role (a
 * reporter's note may hold a name and a long outlet: "Question (Ivo Sarn, Harbour Evening Post):", a
 * committee's witness a post, a branch and a department: "Mr. Ivo Sarn (Chief Inspector, Harbour
 * Works Branch, Ministry of Ports and Fisheries):"). A
 * parliamentary record puts two notes after a member's name, the seat and the party ("Mr Ian Roe
 * (Harbourside) (Lab):"), or an interpretation note after a name note: a second note is allowed.
 */
const COLON_LABEL =
  /^(\[?[\p{L}][\p{L}\p{N}.'’\- ]{0,60}?\]?)(?:[\s\u00a0]*\(([^()]{1,90})\))?(?:[\s\u00a0]*\(([^()]{1,30})\))?[\s\u00a0]?[:：](?:[\s\u00a0]+|$)/u;
/**
 * A long office before a name, as presidential and ministerial records print their officials
 * ("Deputy Chief of Staff of the Presidential Office – Presidential Press Secretary Ivo Sarn:"):
 * capitalised words, the small words of an office, a dash between two offices; longer than
 * COLON_LABEL's names run.
 */
const LONG_OFFICE_LABEL =
  /^(\p{Lu}[\p{L}'’.-]*(?:[ \u00a0]+(?:\p{Lu}[\p{L}'’.-]*|of|the|for|and|[–—]))+)[:：](?:[\s\u00a0]+|$)/u;
/** Words of the name closing a long office label: a given and a family name, up to a compound one. */
const MIN_CLOSING_NAME_WORDS = 2;
const MAX_CLOSING_NAME_WORDS = 4;
/** Whether a head holds a colon at all: COLON_LABEL cannot match without one. */
const HAS_COLON = /[:：]/;
/** `UPPER CASE WORDS. ` — a label with a full stop in place of its colon ("PRESIDENT ORVA.  Well, …"). */
const FULL_STOP_LABEL =
  /^((?:\p{Lu}{2,4}\.[\s\u00a0]+)?\p{Lu}[\p{Lu}'’-]+(?:[ \u00a0]\p{Lu}[\p{Lu}'’-]+){0,4})\.[\s\u00a0]+(?=\S)/u;
/**
 * A surname as a record prints it in capitals: two capitals or more, an apostrophe inside
 * ("O'BRIEN"), and the small letters of a prefix kept as the family writes it ("McKENZIE",
 * "LaHOOD", "DeSAULNIER").
 */
const CAPITAL_SURNAME = String.raw`(?:Mc|Mac|La|Le|De|Di|Da|Du|Van|Von)?\p{Lu}(?:['’]?\p{Lu})+[\p{Lu}'’-]*`;
const WHOLE_CAPITAL_SURNAME = new RegExp(`^${CAPITAL_SURNAME}$`, 'u');
/**
 * A hearing record's label: a title in ordinary case, the surname in capitals, a full stop
 * ("Senator OCHOA.", "Mr. BROWN.", "The CHAIRMAN."), the chair of a floor debate with the Latin
 * of a stand-in ("The SPEAKER pro tempore."). Legislatures print their records so; prose never
 * writes a surname in capitals behind a title, so the shape alone makes it a label. Members who
 * share a surname are told apart by their state ("Mr. BROWN of Ohio."): the state is the
 * record's note, not the label, which is the member as other labels and reports name him.
 */
const RECORD_LABEL = new RegExp(
  String.raw`^((?:\p{Lu}\p{Ll}+\.?[ \u00a0]){1,3}${CAPITAL_SURNAME}(?:[ \u00a0]${CAPITAL_SURNAME}){0,2}(?:[ \u00a0]pro[ \u00a0]tempore)?)(?:[ \u00a0]of(?:[ \u00a0]\p{Lu}\p{Ll}+){1,3})?\.[\s\u00a0]+(?=\S)`,
  'u',
);
/**
 * The question number a committee's evidence record prints before each member's question ("Q27
 * Chair:", "Q28 Tamsin Caddock:"); the witnesses' answers carry none. It is the record's, not the
 * label's.
 */
const QUESTION_NUMBER = /^Q\d{1,4}[ \u00a0]+(?=\p{Lu})/u;
/**
 * A heading line of its own, a name, a dash and what the person is ("Kenneth Obi – General
 * Manager", "Lydia Park – Harbour Ledger"), as earnings calls and public bodies' call transcripts
 * head each turn: two to four capitalised words (a name's particles too), a spaced dash, a note of
 * capitalised words with the small words of an office or a body, no sentence's closing mark.
 */
const NAME_NOTE_LINE_LABEL =
  /^(\p{Lu}[\p{L}.'’-]*(?:[ \u00a0](?:\p{Lu}[\p{L}.'’-]*|de|da|di|del|van|von|der|la|le)){1,3})[ \u00a0]+[–—-][ \u00a0]+(\p{Lu}[\p{L}\p{N}.'’&-]*(?:,?[ \u00a0]+(?:[\p{Lu}\p{N}][\p{L}\p{N}.'’&-]*|of|for|and|the|at|on|&)){0,9})[\s\u00a0]*$/u;
/**
 * A parliament's verbatim report in the European style: the speaker's name, the political group
 * in brackets and what the speaker is after a comma, a full stop and a dash, then the speech
 * ("Ana Roe (Greens/EFA). – Madam President, …", "Ivo Sarn, Member of the Commission. – …",
 * "Ana Roe, on behalf of the Greens/EFA Group. – …", "President. – The debate is closed."). Prose
 * closes no sentence with a dash after its full stop, so the shape is the record's.
 */
const DOTTED_DASH_LABEL =
  /^(\p{Lu}[\p{L}'’-]*(?:[ \u00a0](?:\p{Lu}[\p{L}'’-]*|de|da|di|del|van|von|der|la|le)){0,4})(?:[ \u00a0]*\(([^()]{1,40})\))?(?:,[ \u00a0]+([^.–—()]{1,80}?))?\.[ \u00a0]+[–—][ \u00a0]+(?=\S)/u;
/**
 * A time after a label on its own line ("[Governor Roe] (00:41)", "Ivo Sarn [01:02:13]"): a
 * transcription service notes when each turn starts after the name, as others do before it.
 */
const TRAILING_TIMESTAMP = /[ \u00a0]*[([]\d{1,2}:\d{2}(?::\d{2})?[)\]][\s\u00a0]*$/u;
/**
 * A name in square brackets on its own line ("[Governor Roe]", "[Reporter 2]"): a transcription
 * service brackets each speaker's name over their words, in any case.
 */
const BRACKETED_LINE_LABEL = /^(\[\p{Lu}[^[\]\n]{0,60}\])[\s\u00a0]*$/u;
/** `UPPER CASE WORDS — ` — a label set off by a dash ("MINISTER ORVA — Thank you.", "QUESTION – Why?"). */
const DASH_LABEL =
  /^((?:\p{Lu}{2,4}\.[\s\u00a0]+)?\p{Lu}[\p{Lu}'’-]+(?:[ \u00a0]\p{Lu}[\p{Lu}'’-]+){0,4})[\s\u00a0]+[–—][\s\u00a0]+(?=\S)/u;
/**
 * A paragraph that is only an upper-case label, no colon ("MINISTER ORVA", "Q (Harbour Times)"),
 * the turn in the paragraphs after it; a note after it as for colon labels.
 */
const LINE_LABEL =
  /^(\p{Lu}[\p{Lu}.'’-]*(?:[ \u00a0]\p{Lu}[\p{Lu}.'’-]*){0,5})(?:[\s\u00a0]*\(([^()]{1,30})\))?[\s\u00a0]*$/u;
/**
 * A paragraph that is only a name or a role in ordinary case, no colon ("Minister Ilsa Varn",
 * "Question (Harbour Radio)"): a web page that sets each speaker's name in bold on a line of its
 * own loses the bold with the markup. Capitalised words (and a name's particles), a note after
 * them as for colon labels; like LINE_LABEL, a speaker label only when it opens two paragraphs or
 * more, or is a question label.
 */
const TITLE_CASE_LINE_LABEL =
  /^(\p{Lu}[\p{L}.'’-]*(?:[ \u00a0](?:\p{Lu}[\p{L}.'’-]*|of|de|da|di|del|van|von|der|la|le)){0,5})(?:[\s\u00a0]*\(([^()]{1,40})\))?[\s\u00a0]*$/u;
/** A label's first word that makes it an office, not a name: "The Minister for Transport (Ilsa Varn):". */
const ROLE_OPENER = /^the[\s\u00a0]/iu;
/** A name in a note ("(Ilsa Varn)", "(Mr. Ilsa Varn)"): two to four capitalised words. */
const NAME_NOTE =
  /^(?:\p{Lu}\p{L}{0,3}\.?[\s\u00a0]+)?\p{Lu}[\p{L}'’-]+(?:[\s\u00a0]+\p{Lu}[\p{L}'’-]+){1,3}$/u;
/**
 * Closed-class words no speaker label holds: verbs, auxiliaries, prepositions and pronouns make a
 * clause of a headline kicker ("FIX IS IN:", "BACK TO WORK:"), while names and offices are nouns
 * ("THE PRESIDENT", "SECRETARY OF STATE ORVA" keeps its "of").
 */
const CLAUSE_WORDS =
  /^(?:is|are|was|were|be|been|being|am|has|have|had|will|would|can|could|may|might|must|shall|should|do|does|did|not|no|in|on|at|to|for|with|from|into|onto|over|out|up|down|off|about|after|before|against|behind|under|it|its|this|that|these|those|we|you|he|she|they|i|me|my|our|your|his|her|their|what|who|why|how|when|where|if|than|so|but|or|nor)$/u;
/**
 * A numbered voice ("Speaker 2", "SPEAKER 02", "Participant 3"): automatic transcription labels
 * the people it tells apart by number, not by name; a key in the header may name them
 * (speaker-key.ts).
 */
const NUMBERED_VOICE = /^(?:speaker|participant|voice)[ \u00a0]?\d{1,3}$/iu;

export function isNumberedVoice(label: string): boolean {
  return NUMBERED_VOICE.test(label);
}
/** Lower-case words a name may hold ("Ursula von der Leyen", "Lula da Silva"). */
const NAME_PARTICLES = /^(?:of|de|da|di|del|van|von|bin|al|la|le|der|dos|du)$/u;

const ROLES: ReadonlyMap<string, TranscriptLabel['role']> = new Map([
  ...TRANSCRIPT_LABEL_ROLES,
  ...INTERJECTION_LABELS.map((l) => [l.label, l.role] as const),
]);
const NOTES: ReadonlySet<string> = new Set(INTERPRETATION_NOTES.map((n) => n.note));

/** The label opening the paragraph, or null when it opens with words of its own. */
export function readTurnLabel(text: string, paragraph: Span): LabelHit | null {
  const found = readLabel(text, paragraph);
  return found && { ...found, textStart: pastInterpretationNote(text, found.textStart, paragraph.end) };
}

/**
 * An interpretation note opening the words ("(As interpreted.)", "[Interpretation]"), or the code
 * of the language the speaker used ("(FR)", as a parliament's verbatim report marks a speech not
 * in the record's language): the transcriber's, not spoken.
 */
const OPENING_NOTE = /^[([]([^()[\]]{1,30})[)\]][\s\u00a0]*/u;
const LANGUAGE_CODE = /^\p{Lu}{2}$/u;

function pastInterpretationNote(text: string, at: number, end: number): number {
  const m = OPENING_NOTE.exec(text.slice(at, Math.min(end, at + 40)));
  if (!m || at + m[0].length >= end) return at;
  return isInterpretationNote(m[1]!) || LANGUAGE_CODE.test(m[1]!) ? at + m[0].length : at;
}

function readLabel(text: string, paragraph: Span): LabelHit | null {
  const head = text.slice(paragraph.start, Math.min(paragraph.end, paragraph.start + LABEL_WINDOW));
  const timed =
    (TIMESTAMP_PREFIX.exec(head) ?? QUOTED_TURN_OPENER.exec(head))?.[0].length ?? lineNumberLength(head);
  const stamp = timed + (CAPTION_MARK.exec(head.slice(timed))?.[0].length ?? 0);
  const numbered = QUESTION_NUMBER.exec(head.slice(stamp))?.[0].length ?? 0;
  if (numbered > 0) {
    const found = readTurnLabel(text, { start: paragraph.start + stamp + numbered, end: paragraph.end });
    return found && { ...found, paragraph, numberedQuestion: true };
  }
  const rest = head.slice(stamp);
  // A time line ("10:02 A.M."): the meridiem is the stamp's, not an "A." answer label.
  if (stamp > 0 && MERIDIEM.test(rest)) return null;
  const at = paragraph.start + stamp;
  const bare = BARE_Q_OR_A.exec(rest);
  if (bare) return hit(paragraph, bare[1]!, at, at + bare[0].length, false);
  const captioned =
    readCaptionLabel(paragraph, rest, at) ??
    readOfficeNameLabel(paragraph, rest, at) ??
    readNameOfficeLabel(paragraph, rest, at) ??
    readPlacedCallerLabel(paragraph, rest, at);
  if (captioned) return captioned;
  // Most paragraphs hold no colon in their head, and the label's lazy name part made each such
  // search try every length up to 60 before failing.
  const colon = HAS_COLON.test(rest) ? COLON_LABEL.exec(rest) : null;
  if (colon) {
    const raw = colon[1]!.trimEnd();
    const note = colon[2];
    if (note !== undefined && !isInterpretationNote(note)) return readNotedLabel(paragraph, colon, at);
    // A second note alone is no label form: "(interpreted) (Lab)" is no record's.
    if (colon[3] !== undefined && !isInterpretationNote(colon[3])) return null;
    const found = hit(paragraph, raw, at, at + colon[0].length, false);
    return found && isSpeakerLabel(found) ? found : null;
  }
  const long = HAS_COLON.test(rest) ? readLongOfficeLabel(paragraph, rest, at) : null;
  if (long) return long;
  // Before the line labels: "Mrs. ROE. Dr. Sarn." (the chair calling the next witness) is a
  // record label and two words, not a name in title case standing on its line.
  const record = RECORD_LABEL.exec(rest);
  if (record && isTitledCapitalName(record[1]!)) {
    const found = hit(paragraph, record[1]!, at, at + record[0].length, false);
    return found && isSpeakerLabel(found) ? { ...found, record: true } : null;
  }
  const dotted = readDottedDashLabel(paragraph, rest, at);
  if (dotted) return dotted;
  const own = text.slice(at, paragraph.end).replace(TRAILING_TIMESTAMP, '');
  const noted = readNameNoteLine(paragraph, own, at);
  if (noted) return noted;
  const bracketed = BRACKETED_LINE_LABEL.exec(own);
  if (bracketed) {
    const found = hit(paragraph, bracketed[1]!, at, paragraph.end, false);
    // "[Applause]", "[Crowd Cheers]": the transcriber's note of the room, not a name.
    if (found?.role === 'named' && !readsAsName(found.label)) return null;
    return found && isSpeakerLabel(found) ? { ...found, unmarked: true } : null;
  }
  const line = LINE_LABEL.exec(own);
  if (line && (line[2] === undefined || isInterpretationNote(line[2]) || labelRole(line[1]!) !== 'named')) {
    const found = hit(paragraph, line[1]!, at, paragraph.end, false);
    // A one-word capital line is as often a heading or a dateline ("WASHINGTON") as a surname.
    if (found?.role === 'named' && !found.label.includes(' ')) return null;
    return found && isSpeakerLabel(found) ? { ...found, unmarked: true } : null;
  }
  const titled = TITLE_CASE_LINE_LABEL.exec(own);
  if (titled && (titled[2] === undefined || labelRole(titled[1]!) !== 'named')) {
    const found = hit(paragraph, titled[1]!, at, paragraph.end, false);
    // One or two words in title case are a heading as often as a name ("Background", "Rail Strike"):
    // two count when they read as a person's name.
    if (found?.role === 'named' && found.label.split(' ').length < 3 && !isTwoWordName(found.label))
      return null;
    return found && isSpeakerLabel(found) ? { ...found, unmarked: true } : null;
  }
  const dash = DASH_LABEL.exec(rest);
  if (dash) {
    const found = hit(paragraph, dash[1]!, at, at + dash[0].length, false);
    return found && isSpeakerLabel(found) ? { ...found, unmarked: true } : null;
  }
  const stop = FULL_STOP_LABEL.exec(rest);
  if (stop) {
    const found = hit(paragraph, stop[1]!, at, at + stop[0].length, true);
    return found && isSpeakerLabel(found) ? found : null;
  }
  return null;
}

/**
 * A long office label (LONG_OFFICE_LABEL) holding a title: the label is the name after its last
 * title word, the person the later turns name alone ("Ivo Sarn:").
 */
function readLongOfficeLabel(paragraph: Span, rest: string, at: number): LabelHit | null {
  const m = LONG_OFFICE_LABEL.exec(rest);
  if (!m) return null;
  const words = wordsOf(m[1]!, 0);
  const norms = words.map((w) => w.norm);
  let from = 0;
  for (let i = 0; i < norms.length;) {
    const title = titleLength(norms, i);
    i += Math.max(title, 1);
    if (title > 0) from = i;
  }
  const name = words.slice(from);
  if (from === 0 || name.length < MIN_CLOSING_NAME_WORDS || name.length > MAX_CLOSING_NAME_WORDS) return null;
  if (!name.every((w) => /^\p{Lu}/u.test(w.text))) return null;
  const found = hit(
    paragraph,
    rest.slice(name[0]!.start, name.at(-1)!.end),
    at + name[0]!.start,
    at + m[0].length,
    false,
  );
  return found && isSpeakerLabel(found) ? found : null;
}

/**
 * A European-style record label (DOTTED_DASH_LABEL). The label is the name; the group in
 * brackets and the words after the comma ("rapporteur", "on behalf of the Left Group",
 * "blue-card question") say what the member speaks as, not who. An office alone ("President.
 * –") is the sitting's presiding officer, who calls the speakers: a record names every member.
 */
function readDottedDashLabel(paragraph: Span, rest: string, at: number): LabelHit | null {
  const m = DOTTED_DASH_LABEL.exec(rest);
  if (!m) return null;
  const found = hit(paragraph, m[1]!, at, at + m[0].length, false);
  if (!found || found.role !== 'named' || !isSpeakerLabel(found)) return null;
  const norms = wordsOf(m[1]!, 0).map((w) => w.norm);
  if (titleLength(norms, 0) === norms.length) return { ...found, role: 'question' };
  // A name: two words at least, or one with the group's note ("Roe (ECR). –").
  return norms.length >= 2 || m[2] !== undefined ? found : null;
}

/**
 * Two title-case words that name a person, not a heading: a known given name first ("Jenna
 * Castellanos"), or two words of no common use ("Amara Lindqvist-Oduya"; WordNet may list a
 * surname as a famous bearer's, never tagged in running text), as a heading's are not ("Rail
 * Strike", "Further Reading").
 */
function isTwoWordName(label: string): boolean {
  const words = label.split(' ');
  if (words.length !== 2) return false;
  if (isGivenName(words[0]!)) return true;
  return words.every((w) => w.split(/[-'’]/u).every((part) => !isWordInUse(part.toLowerCase())));
}

/**
 * Whether a label's words past its titles name someone: a known given name first, or a word of no
 * common use (a surname: "Governor Roe", "Ivo Sarn"), as a note of the room's words are not
 * ("Applause", "Crowd Cheers").
 */
function readsAsName(label: string): boolean {
  const words = label.split(' ');
  const norms = words.map((w) => w.toLowerCase());
  let i = 0;
  for (let n = titleLength(norms, i); n > 0 && i < norms.length; n = titleLength(norms, i)) i += n;
  const name = words.slice(i);
  if (name.length === 0) return false;
  if (isGivenName(name[0]!)) return true;
  return name.some((w) => w.split(/[-'’]/u).every((part) => !isWordInUse(part.toLowerCase())));
}

const PARTS_OF_SPEECH: readonly WordnetPos[] = ['n', 'v', 'a', 'r'];

/** A word of the language in running text: some sense of it is tagged in WordNet's concordance. */
function isWordInUse(word: string): boolean {
  return PARTS_OF_SPEECH.some((pos) => lemmasOf(word, pos).some((l) => taggedSenseCount(l, pos) > 0));
}

/**
 * A "Name – Note" heading line (NAME_NOTE_LINE_LABEL): the label is the name, the turn in the
 * paragraphs after it. A note holding a questioner's role ("– Reporter, Harbour Ledger") makes it
 * a question; a note in which no word can name a person ("– Harbour Ledger", "– Bayline Radio")
 * is an outlet or a firm, marked `affiliated`; an office ("– Chief Financial Officer") is a
 * speaker's. Like other unmarked labels it counts when it opens two paragraphs or more.
 */
function readNameNoteLine(paragraph: Span, line: string, at: number): LabelHit | null {
  const m = NAME_NOTE_LINE_LABEL.exec(line);
  // A closing mark makes it a sentence ("Cargo Volumes – Up Again."), not a heading.
  if (!m || /[.!?…][\s\u00a0]*$/u.test(line)) return null;
  const found = hit(paragraph, m[1]!, at, paragraph.end, false);
  if (!found || found.role !== 'named' || !isSpeakerLabel(found)) return null;
  const note = m[2]!.toLowerCase().split(/[\s\u00a0,]+/u);
  if (note.some((w) => labelRole(w) === 'question'))
    return { ...found, role: 'question', person: found.label, unmarked: true };
  // An outlet's word ("Herald", "Observer", "Radio") names a publication, though WordNet has a
  // person's sense for some of them; else a word that can name a person makes the note an office.
  const outlet = note.some((w) => OUTLET_WORDS.has(w));
  const office = !outlet && note.some((w) => !NOTE_SMALL_WORDS.has(w) && mayNamePerson(w));
  return { ...found, unmarked: true, ...(office ? {} : { affiliated: true }) };
}

const OUTLET_WORDS: ReadonlySet<string> = new Set(OUTLET_NAME_WORDS.map((w) => w.word));
/** Small words of an office's or a body's name in a heading note. */
const NOTE_SMALL_WORDS: ReadonlySet<string> = new Set(['of', 'for', 'and', 'the', 'at', 'on', '&']);

/**
 * A label with a note that is no interpreter's remark. Parliamentary records and press
 * conferences put one of three things there: the outlet or name of a reporter after a question
 * label ("Q (Reuters):"), the speaker's name after an office ("The Minister for Transport (Ilsa
 * Varn):", the name is the label), or a constituency or office after a name ("Mr Ian Roe
 * (Harbourside):"). Anything else is no label.
 */
function readNotedLabel(paragraph: Span, match: RegExpExecArray, at: number): LabelHit | null {
  const raw = match[1]!.trimEnd();
  const note = match[2]!;
  const length = match[0].length;
  const role = labelRole(cleanLabel(raw));
  if (role === 'question' || role === 'answer') {
    const found = hit(paragraph, raw, at, at + length, false);
    // "HOST (MIRIAM OSEI):": the note names the person in that role, whom later labels call by surname.
    if (found && NAME_NOTE.test(note.trim())) found.person = note.trim();
    return found;
  }
  if (role === 'not-a-speaker') return null;
  const name = note.trim();
  // "MIRIAM OSEI (HOST):", "EDNA (CALLER):": the note is the role, the label the person in it.
  if (labelRole(name) === 'question') {
    const found = hit(paragraph, raw, at, at + length, false);
    return found && isSpeakerLabel(found) ? { ...found, role: 'question', person: found.label } : null;
  }
  // The office is no name: the label is the name in the note, and its span is the note's words.
  const labelRaw = ROLE_OPENER.test(raw) && NAME_NOTE.test(name) ? name : raw;
  const labelAt = labelRaw === raw ? at : at + match[0].indexOf(name, raw.length);
  const found = hit(paragraph, labelRaw, labelAt, at + length, false);
  if (found && labelRaw !== raw) found.office = cleanLabel(raw);
  return found && isSpeakerLabel(found) ? found : null;
}

/**
 * A note after a label that says the words are an interpreter's: the listed notes, any note
 * speaking of interpreting or translating ("as translated", "via translator"), or the language
 * spoken ("in Spanish", "speaking French").
 */
function isInterpretationNote(raw: string): boolean {
  const note = raw.trim().replace(/\.$/u, '');
  if (NOTES.has(note.toLowerCase())) return true;
  if (/\b(?:interpret|translat)/iu.test(note)) return true;
  return /^(?:in|speaking|speaking in)[\s\u00a0]+\p{Lu}\p{Ll}+$/u.test(note);
}

/**
 * A line that closes the transcript ("END", "###"), also behind the time stamp a caption file
 * puts before every line ("[00:42:10] END").
 */
export function isEndLine(s: string): boolean {
  const stamp = TIMESTAMP_PREFIX.exec(s)?.[0].length ?? 0;
  return END_LINE.test(s.slice(stamp));
}

/**
 * A broadcast transcript's label: a name in capitals, a comma and what the person is, like a
 * caption on screen ("TOVE LINDQVIST, HARBOUR TV HOST:", "SEN. IVO SARN (D), TARN:"). The label
 * is the name; a description that holds a questioner's role makes the turn a question, the name
 * then the person later labels call by surname.
 */
const CAPTION_LABEL =
  /^(\p{Lu}[\p{Lu}.'’-]*(?:[ \u00a0]\p{Lu}[\p{Lu}.'’-]*){0,4})(?:[ \u00a0]\([\p{Lu}-]{1,3}\))?,[ \u00a0]+(\p{Lu}[\p{Lu}\p{N}.'’&\- ]{1,50}?):[\s\u00a0]+(?=\S)/u;

function readCaptionLabel(paragraph: Span, rest: string, at: number): LabelHit | null {
  const m = CAPTION_LABEL.exec(rest);
  if (!m) return null;
  const found = hit(paragraph, m[1]!, at, at + m[0].length, false);
  // A caption gives the full name; one capital word and a comma is a kicker ("YES, MINISTER:").
  if (!found || !found.label.includes(' ') || !isSpeakerLabel(found) || found.role !== 'named') return null;
  const described = m[2]!.toLowerCase().split(/[\s\u00a0]+/u);
  if (described.some((w) => labelRole(w) === 'question'))
    return { ...found, role: 'question', person: found.label };
  return found;
}

/**
 * An office, a comma and the holder's name ("Official Spokesperson, Shri Ivo Sarn:", "Deputy
 * Minister, Ms Tove Quorvell:"), as ministries print their briefings: the label is the name and
 * the office is kept, so that a later label with the office alone is the same person.
 */
const OFFICE_NAME_LABEL =
  /^((?:\p{Lu}[\p{L}.'’-]*[ \u00a0]){0,3}\p{Lu}[\p{L}.'’-]*),[ \u00a0]+((?:\p{Lu}[\p{L}.'’-]*[ \u00a0]){1,4}\p{Lu}[\p{L}.'’-]*):[\s\u00a0]+(?=\S)/u;

function readOfficeNameLabel(paragraph: Span, rest: string, at: number): LabelHit | null {
  const m = OFFICE_NAME_LABEL.exec(rest);
  if (!m) return null;
  const office = wordsOf(m[1]!, 0).map((w) => w.norm);
  const name = wordsOf(m[2]!, 0).map((w) => w.norm);
  // The first part ends in a title ("… Spokesperson"), the second holds two name words past its own.
  let i = 0;
  for (let n = titleLength(name, i); n > 0 && i < name.length; n = titleLength(name, i)) i += n;
  if (!office.some((_, k) => titleLength(office, k) === office.length - k) || name.length - i < 2)
    return null;
  const found = hit(paragraph, m[2]!, at + m[0].indexOf(m[2]!, m[1]!.length), at + m[0].length, false);
  if (!found || !isSpeakerLabel(found) || found.role !== 'named') return null;
  return { ...found, office: cleanLabel(m[1]!) };
}

/**
 * A name, a comma and the person's office in ordinary case ("Dr. Ivo Sarn, Chief Medical
 * Officer:", "Tove Quorvell, Deputy Mayor:", "Shri Ivo Sarn, OSD (PR):", "Ivo Sarn, ID programme
 * director:", "Ivo Sarn, programme lead:" in lower case), as health departments, councils and
 * ministries type their briefings: the label is the name, the office kept as for
 * OFFICE_NAME_LABEL. The office's last word names a person ("Officer", "Epidemiologist",
 * "Director") or is an office's initials; a place there is a caller's.
 */
const NAME_OFFICE_LABEL =
  /^((?:\p{Lu}[\p{L}.'’-]*[ \u00a0]){1,4}\p{Lu}[\p{L}.'’-]*),[ \u00a0]+(\p{L}[\p{L}.'’-]*(?:[ \u00a0]\p{L}[\p{L}.'’-]*){0,4})(?:[ \u00a0]\([^()]{1,20}\))?:[\s\u00a0]+(?=\S)/u;
/** An office written as its initials ("OSD", "CEO", "MP"), with or without a note after it ("OSD (PR)"). */
const OFFICE_INITIALS = /^\p{Lu}{2,5}$/u;
/**
 * Words that make the words after a name's comma a description in prose ("Ana Roe, who chairs
 * it:", "Ana Roe, a member of the board:"), not an office typed as a label in lower case ("Ana
 * Roe, ID programme director:").
 */
const PROSE_IN_OFFICE: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'who',
  'which',
  'that',
  'whose',
  'said',
]);

function readNameOfficeLabel(paragraph: Span, rest: string, at: number): LabelHit | null {
  const m = NAME_OFFICE_LABEL.exec(rest);
  if (!m) return null;
  const name = wordsOf(m[1]!, 0).map((w) => w.norm);
  const office = wordsOf(m[2]!, 0).map((w) => w.norm);
  let i = 0;
  for (let n = titleLength(name, i); n > 0 && i < name.length; n = titleLength(name, i)) i += n;
  const last = m[2]!.split(/[ \u00a0]/u).at(-1)!;
  if (name.length - i < 2 || !(mayNamePerson(office.at(-1)!) || OFFICE_INITIALS.test(last))) return null;
  if (office.some((w) => PROSE_IN_OFFICE.has(w))) return null;
  const found = hit(paragraph, m[1]!, at, at + m[0].length, false);
  if (!found || !isSpeakerLabel(found) || found.role !== 'named') return null;
  return { ...found, office: cleanLabel(m[2]!) };
}

/**
 * A member of the public as a phone-in or a town hall labels them: a given name and the place
 * they are calling from ("Joanne, Mablethorpe:", "Ivo in Tarnwick:", "Edna from Holt:"). Officials
 * are labelled by name or office, never by their town, so the turn is a caller's question.
 */
const PLACED_CALLER_LABEL =
  /^(\p{Lu}\p{Ll}+)(?:,|[ \u00a0]+(?:in|from))[ \u00a0]+(\p{Lu}[\p{L}'’-]*(?:[ \u00a0](?:\p{Lu}[\p{L}'’-]*|on|upon|le|by|in)){0,3}):[\s\u00a0]+(?=\S)/u;

function readPlacedCallerLabel(paragraph: Span, rest: string, at: number): LabelHit | null {
  const m = PLACED_CALLER_LABEL.exec(rest);
  if (!m || !isGivenName(m[1]!)) return null;
  const place = wordsOf(m[2]!, 0).map((w) => w.norm);
  if (place.some((w) => mayNamePerson(w) || labelRole(w) !== 'named')) return null;
  const found = hit(paragraph, m[1]!, at, at + m[0].length, false);
  return found && { ...found, role: 'question', person: found.label };
}

/** Whether a record label's words in ordinary case are all titles ("The", "Senator", "Mr."). */
function isTitledCapitalName(label: string): boolean {
  const words = wordsOf(label, 0);
  const lead = words.findIndex((w) => w.text === w.text.toUpperCase() || WHOLE_CAPITAL_SURNAME.test(w.text));
  const norms = words.map((w) => w.norm);
  let i = 0;
  for (let n = titleLength(norms, i); n > 0 && i < lead; n = titleLength(norms, i)) i += n;
  // "The PRESIDING OFFICER.": an office the label lexicon knows whole.
  if (lead > 0 && norms[0] === 'the' && labelRole(label) !== 'named') return true;
  if (lead <= 0 || i !== lead) return false;
  // "The CHAIRMAN.", "The PRESIDENT." name an office; "The NHS." opens a sentence about a body.
  return norms[0] !== 'the' || lead > 1 || titleLength(norms, 1) > 0;
}

/** The single-space `Q` of a collapsed transcript (LOOSE_Q), for a text already read as one. */
export function readLooseQuestion(text: string, paragraph: Span): LabelHit | null {
  const head = text.slice(paragraph.start, Math.min(paragraph.end, paragraph.start + LABEL_WINDOW));
  const m = LOOSE_Q.exec(head);
  return m ? hit(paragraph, 'Q', paragraph.start, paragraph.start + m[0].length, false) : null;
}

function hit(
  paragraph: Span,
  raw: string,
  at: number,
  textStart: number,
  fullStop: boolean,
): LabelHit | null {
  const label = cleanLabel(raw);
  if (label.length === 0) return null;
  const open = raw.startsWith('[') ? 1 : 0;
  const close = raw.endsWith(']') ? 1 : 0;
  return {
    paragraph,
    label,
    labelSpan: { start: at + open, end: at + raw.length - close },
    textStart,
    role: labelRole(label),
    fullStop,
  };
}

/** "[Orva]" → "Orva"; "PRESIDENT ORVA." → "PRESIDENT ORVA": the brackets and the dot are the transcriber's. */
function cleanLabel(raw: string): string {
  return raw
    .replace(/^\[|\]$/gu, '')
    .replace(/\.$/u, '')
    .replace(/[\s\u00a0]+/gu, ' ')
    .trim();
}

export function labelRole(label: string): LabelRole {
  const key = label.toLowerCase().replace(/\.$/u, '');
  const role = ROLES.get(key);
  if (role) return role;
  // "Reporter 2", "Audience Member 1": a transcriber numbers the voices of one role it tells apart.
  const numbered = /^(.+?) \d{1,2}$/u.exec(key);
  if (numbered && ROLES.has(numbered[1]!)) return ROLES.get(numbered[1]!)!;
  // "Additional question (Ezeudu):", "Follow-up question:", "Supplementary answer:": a turn noun
  // with a word or two before it that says which turn, not whose.
  const words = key.split(' ');
  const head = words.at(-1)!;
  if (words.length <= 3 && (TURN_NOUNS.has(head) || PUBLIC_NOUNS.has(head))) return ROLES.get(head)!;
  // "Speaker Pro Tem Roe:": the stand-in chair's office, then the holder's surname or name.
  if (
    PRESIDING_OFFICES.some((o) => key.startsWith(o + ' ') && key.split(' ').length - o.split(' ').length <= 2)
  )
    return 'question';
  // "Question from the floor:", "Question from the audience:": the turn noun, then whose it is.
  if (words.length <= 5 && TURN_NOUNS.has(words[0]!) && words[1] === 'from') return ROLES.get(words[0]!)!;
  return 'named';
}

/**
 * Members of the public named by where they are ("Leeds caller:", "Second listener:"): the words
 * before the noun say which caller, and a caller's turn is a question.
 */
const PUBLIC_NOUNS: ReadonlySet<string> = new Set(['caller', 'listener', 'viewer']);

/** Nouns that name a turn of a question-and-answer, not a person ("question", "answer"). */
const TURN_NOUNS: ReadonlySet<string> = new Set(['question', 'answer', 'reply', 'response']);

/** A speaker label: a known Q/A word, or a short name whose words are all capitalised. */
function isSpeakerLabel(h: LabelHit): boolean {
  if (h.role === 'not-a-speaker') return false;
  if (h.role !== 'named') return true;
  const words = h.label.split(' ');
  if (words.length > MAX_LABEL_WORDS) return false;
  // "By Ivo Sarn:", "BY MR. ROE:": a byline, or the lawyer examining a witness, never a speaker.
  if (words[0]!.toLowerCase() === 'by') return false;
  // "Speaker 2:", automatic transcription's label for a voice it cannot name (speaker-key.ts).
  if (isNumberedVoice(h.label)) return true;
  if (holdsClauseWord(h.label)) return false;
  return words.every((w) => /^\p{Lu}/u.test(w) || NAME_PARTICLES.test(w));
}

/**
 * Whether a label holds a clause word outside its titles: an office may be named with a
 * preposition ("UNDER SECRETARY ROE:"), or give its portfolio after "for" ("MINISTER FOR
 * HARBOURS:"), which is the title's word there, not a clause's.
 */
function holdsClauseWord(label: string): boolean {
  const norms = wordsOf(label, 0).map((w) => w.norm);
  let afterTitle = false;
  for (let i = 0; i < norms.length;) {
    const title = titleLength(norms, i);
    if (title > 0) i += title;
    else if (CLAUSE_WORDS.test(norms[i]!) && !(afterTitle && norms[i] === 'for')) return true;
    else i++;
    afterTitle = title > 0;
  }
  return false;
}

/** Whether a label is written in capitals ("MS. ARDEN"), the way official transcripts print names. */
export function isUpperCaseLabel(label: string): boolean {
  return /\p{Lu}{2}/u.test(label) && label === label.toUpperCase();
}
