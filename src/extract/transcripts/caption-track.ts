import type { Span } from '../../model/span.ts';
import { type NameInText, readTitledName, titleLength, wordsOf } from './label-names.ts';
import { findAnswerer } from './speech.ts';

/**
 * A video's automatic captions pasted as text: a title and the channel, then each caption line
 * under the time it starts at ("0:04", "1:02:33" on a line of their own), in lower case and
 * without punctuation, sentences broken wherever the line filled up, and no speaker labels. The
 * person the title names speaks; a change of voice shows only in the words: the speaker hands
 * the floor on by name ("let me pass it over to ines") and the other thanks them ("thank you
 * premier"), a reporter addresses a question to someone by title or name ("minister can you say
 * when"), the host closes ("right thank you all").
 */
export interface CaptionTurn {
  /** Null for a question from the room. */
  speaker: NameInText | null;
  /** Its caption lines, the times and sound tags between them left out. */
  lines: Span[];
}

/** A time on a line of its own, from the video's start ("0:04", "12:31", "1:02:33"). */
const CAPTION_TIME = /^(?:\d{1,2}:)?\d{1,2}:\d{2}$/u;
/** The same time opening its caption line, as some transcript panels copy it ("0:04 good morning"). */
const INLINE_TIME = /^(?:\d{1,2}:)?\d{1,2}:\d{2}[ \t\u00a0]+(?=\S)/u;
/** Cheap test before reading lines: some line opens on such a time. */
const ANY_TIME_LINE = /^[ \t]*(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[ \t\u00a0]|$)/mu;
/** A sound the captioner tags for no one's words ("[Music]", "[Applause]"). */
const SOUND_TAG = /^\[[^\]]*\]$/u;
/** Caption lines, each under its time, that make a caption track rather than a timed note or two. */
const MIN_CAPTION_LINES = 8;
/**
 * Longest median caption line: a caption is a few seconds of speech. A live blog's entries under
 * their times are paragraphs.
 */
const MAX_MEDIAN_CAPTION_CHARS = 60;
/** Share of caption lines that end without a stop: automatic captions carry no punctuation. */
const MIN_UNPUNCTUATED_SHARE = 0.7;
/** Header lines read for the title that names the speaker. */
const MAX_HEADER_LINES = 4;
/** Caption lines after a hand-over in which the new voice's thanks is looked for. */
const HANDOVER_REACH = 3;

/** Handing the floor on to a person named next ("hand it over to ines", "pass over to ana"). */
const HANDOVER = /\b(?:hand(?:ing)?|pass(?:ing)?|turn(?:ing)?)\s+(?:it\s+)?over\s+to\s+(\p{L}+)/u;
/** The new voice's first words thank the last ("thanks premier", "thank you governor"). */
const THANKS = /^(?:thanks|thank\s+you)\b/u;
/** The host's closing thanks to everyone, after another voice had the floor. */
const CLOSING =
  /^(?:(?:okay|ok|alright|all\s+right|right|well)\s+)?(?:thanks|thank\s+you)(?:\s+so\s+much)?\s+(?:everyone|everybody|all|folks)\b/u;
/** A question's opening word after the addressee's title or name ("premier will …", "ines could …"). */
const QUESTION_OPENERS: ReadonlySet<string> = new Set(
  'will would can could is are was were do does did have has should shall what how when why where who which'.split(
    ' ',
  ),
);
/**
 * A question running on to the next caption line: the next line opens on a conjunction ("… sign
 * it now / or wait for the audit"), or the line ends on a word no sentence ends on ("… ruled it
 * in or / out already").
 */
const QUESTION_GOES_ON = /^(?:or|and)\b/u;
const OPEN_ENDED = /\b(?:or|and|but|the|a|an|to|of|for|with|that|if)$/u;
/** Words after "over to" that are no name. */
const NOT_A_NAME: ReadonlySet<string> = new Set('the our my a an you him her them us everyone'.split(' '));

interface Line extends Span {
  words: string;
}

/** The caption track's turns, or null when the text is no caption track or names no speaker. */
export function readCaptionTrack(text: string): CaptionTurn[] | null {
  if (!ANY_TIME_LINE.test(text)) return null;
  const lines = linesOf(text);
  const first = lines.findIndex((l) => CAPTION_TIME.test(l.words) || INLINE_TIME.test(l.words));
  if (first < 0) return null;
  const captions = readCaptionLines(lines.slice(first));
  if (!isCaptionTrack(captions)) return null;
  const header = lines.slice(0, first).filter((l) => l.words !== '');
  const host = findAnswerer(text, header.slice(0, MAX_HEADER_LINES)) ?? readTitleSpeaker(text, header);
  if (!host) return null;
  return splitVoices(text, captions, host, header);
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let at = 0;
  for (const raw of text.split('\n')) {
    const lead = raw.length - raw.trimStart().length;
    const words = raw.trim();
    lines.push({ start: at + lead, end: at + lead + words.length, words });
    at += raw.length + 1;
  }
  return lines;
}

/**
 * The caption lines from the first time on: each under its time or after it on the same line,
 * the time left out, sound tags and blank lines skipped; the track ends at the first line of
 * words without a time (a page's footer).
 */
function readCaptionLines(lines: readonly Line[]): Line[] {
  const captions: Line[] = [];
  let timed = false;
  for (const line of lines) {
    if (line.words === '' || SOUND_TAG.test(line.words)) continue;
    if (CAPTION_TIME.test(line.words)) {
      timed = true;
      continue;
    }
    const inline = timed ? null : INLINE_TIME.exec(line.words);
    if (!timed && !inline) break;
    timed = false;
    const cut = inline?.[0].length ?? 0;
    const words = line.words.slice(cut);
    if (!SOUND_TAG.test(words)) captions.push({ start: line.start + cut, end: line.end, words });
  }
  return captions;
}

function isCaptionTrack(captions: readonly Line[]): boolean {
  if (captions.length < MIN_CAPTION_LINES) return false;
  const lengths = captions.map((c) => c.words.length).sort((a, b) => a - b);
  if (lengths[Math.floor(lengths.length / 2)]! > MAX_MEDIAN_CAPTION_CHARS) return false;
  const open = captions.filter((c) => !/[.!?…]["”’)]*$/u.test(c.words)).length;
  return open / captions.length >= MIN_UNPUNCTUATED_SHARE;
}

/**
 * A video title that opens on the speaker with their title, before a colon or a dash ("Mayor
 * Ilsa Varn: bridge update", "Premier Ilsa Varn - live").
 */
function readTitleSpeaker(text: string, header: readonly Line[]): NameInText | null {
  for (const line of header.slice(0, MAX_HEADER_LINES)) {
    // A kicker in capitals before the title ("LIVE: Mayor Ilsa Varn …") is the channel's.
    const kicker = /^\p{Lu}{2,}:\s+/u.exec(text.slice(line.start, line.end))?.[0].length ?? 0;
    const from = line.start + kicker;
    const title = text.slice(from, line.end);
    const predicate = readTitledPredicate(title, from);
    if (predicate) return predicate;
    const head = /^(.+?)\s*(?::|\s[|–—-]\s)/u.exec(title);
    if (!head) continue;
    const words = wordsOf(head[1]!, from);
    if (
      titleLength(
        words.map((w) => w.norm),
        0,
      ) === 0
    )
      continue;
    // The whole head is the titled name: "Mayor Ilsa Varn", not "Budget update from the mayor".
    const name = readTitledName(words, 0);
    if (name && name.end === words.at(-1)!.end) return name;
  }
  return null;
}

/**
 * A video title that opens on the titled speaker and says what they do, in lower case ("Premier
 * Ilsa Varn gives an update on the floods", "Mayor Ilsa Varn announces …").
 */
function readTitledPredicate(title: string, from: number): NameInText | null {
  const words = wordsOf(title, from);
  if (
    titleLength(
      words.map((w) => w.norm),
      0,
    ) === 0
  )
    return null;
  const name = readTitledName(words, 0);
  // The name reader runs on over a colon ("Mayor Ilsa Varn: Harbour Bridge update"): that is the
  // colon form, read below.
  if (!name || /[:|–—]/u.test(title.slice(name.start - from, name.end - from))) return null;
  const next = words.find((w) => w.start >= name.end);
  const gap = next ? title.slice(name.end - from, next.start - from) : '';
  return next && /^\p{Ll}/u.test(next.text) && /^\s+$/u.test(gap) ? name : null;
}

/** The host's title words in the header line that names them ("mayor"), by which a reporter addresses them. */
function titleWordsOf(text: string, header: readonly Line[], host: NameInText): string[] {
  const line = header.find((l) => l.start <= host.start && host.end <= l.end);
  if (!line) return [];
  return wordsOf(text.slice(line.start, host.start), line.start).map((w) => w.norm);
}

function splitVoices(
  text: string,
  captions: readonly Line[],
  host: NameInText,
  header: readonly Line[],
): CaptionTurn[] {
  // The words a voice is addressed by: the host's title and given name, each handed-to name.
  const address = new Map<string, NameInText>();
  for (const w of titleWordsOf(text, header, host)) address.set(w, host);
  address.set(host.name.split(' ')[0]!.toLowerCase(), host);
  const turns: CaptionTurn[] = [];
  let speaker: NameInText | null = host;
  let handedTo: { person: NameInText; until: number } | null = null;
  let answerer: NameInText | null = null;
  for (let i = 0; i < captions.length; i++) {
    const line = captions[i]!;
    const words = line.words.toLowerCase();
    const [first, second] = words.split(/\s+/u);
    const addressed = first !== undefined ? address.get(first) : undefined;
    if (handedTo && i <= handedTo.until && THANKS.test(words)) {
      speaker = handedTo.person;
      handedTo = null;
    } else if (addressed && second !== undefined && QUESTION_OPENERS.has(second)) {
      speaker = null;
      answerer = addressed;
    } else if (
      speaker === null &&
      answerer &&
      !QUESTION_GOES_ON.test(words) &&
      !OPEN_ENDED.test(captions[i - 1]!.words.toLowerCase())
    ) {
      speaker = answerer;
      answerer = null;
    } else if (speaker !== host && CLOSING.test(words)) {
      speaker = host;
    }
    push(turns, speaker, line);
    if (speaker === null) continue;
    // The cue may run over into the next caption line ("pass it over to / ines our harbour master").
    const next = captions[i + 1];
    const reach = next ? `${line.words} ${next.words}` : line.words;
    const m = HANDOVER.exec(reach.toLowerCase());
    if (m && !NOT_A_NAME.has(m[1]!) && m.index < line.words.length) {
      const person = handedName(line, next, m);
      address.set(m[1]!, person);
      handedTo = { person, until: i + HANDOVER_REACH };
    }
  }
  return turns;
}

/** The handed-to person as the captions spell them, capitalised, with their place in the text. */
function handedName(line: Line, next: Line | undefined, m: RegExpExecArray): NameInText {
  const word = m[1]!;
  // Where the name sits in "line next": in the line, or past its end and the joining space.
  const inReach = m.index + m[0].length - word.length;
  const start =
    inReach < line.words.length ? line.start + inReach : next!.start + inReach - line.words.length - 1;
  return { name: word[0]!.toUpperCase() + word.slice(1), start, end: start + word.length };
}

function push(turns: CaptionTurn[], speaker: NameInText | null, line: Span): void {
  const last = turns.at(-1);
  if (last && last.speaker === speaker) last.lines.push({ start: line.start, end: line.end });
  else turns.push({ speaker, lines: [{ start: line.start, end: line.end }] });
}
