import type { Article } from '../../model/article.ts';
import type { Quote } from '../../model/quote.ts';
import { SPEECH_VERBS } from '../../nlp/lexicons/speech-verbs.ts';
import { TRANSCRIPT_LABEL_ROLES } from '../../nlp/lexicons/transcript-labels.ts';
import { normalizeWord, type Token, tokenAtOrAfter, tokenize } from '../../nlp/tokens.ts';
import { dateOfDateline, findDateline } from '../../nlp/dateline.ts';
import { ENGLISH_MONTH_NAMES, ENGLISH_WEEKDAY_NAMES } from '../../nlp/lexicons/calendar-words.ts';
import { type EventDay, readEventDay } from './event-day.ts';
import { findLookAheads } from './look-ahead.ts';
import { findOtherNews } from './round-up.ts';
import { findSpelledNumbers } from './spelled-numbers.ts';
import { findTallies } from './tally.ts';
import { toDayNumber } from '../../nlp/day-number.ts';
import { isSentenceInitial } from '../../nlp/sentences.ts';

/**
 * Per-article features for story clustering: what an article is about (content terms), who and
 * what it names (capitalised terms, numbers), when (dates), who speaks and where (speakers,
 * interview venues), and which word sequences it shares verbatim with others (shingles). One
 * regex tokenisation per article, no POS tagging: cheap enough for a newsroom feed.
 */
/** `interview`: "in an interview with X", "X host"; `told`: "told X" (may be one wire of many). */
export type VenueKind = 'interview' | 'told';

export interface StoryFeatures {
  id: string;
  /** Content term → count. Terms are lower-cased, stemmed lightly, stop words dropped. */
  terms: Map<string, number>;
  /** Capitalised words not at a sentence start (normalised): people, places, organisations. */
  names: Set<string>;
  /**
   * Numbers written with digits ("160", "2014", "19") or spelled out as ten and over (read as their
   * digits, spelled-numbers.ts), and tallies as "low-high" ("70-79", tally.ts).
   */
  numbers: Set<string>;
  /** Publication date as days since 1970-01-01, or null. */
  publishedDay: number | null;
  /**
   * The day of the year a wire dateline gives ("LISBON, April 21 (…) -"), 1–365, or null: a
   * pasted wire story keeps its dateline's month and day though its dated metadata is lost.
   */
  datelineDayOfYear: number | null;
  /** The wire that dateline names ("(Meridian Press Agency)"), lower-cased, or null. */
  datelineWire: string | null;
  /** The day the lead puts the event on (event-day.ts), or null when undated. */
  eventDay: number | null;
  /** Whether a time word of the lead named that day ("on Tuesday", "yesterday"). */
  eventDayStated: boolean;
  /** A day the lead sets apart as background, before its event's (event-day.ts), or null. */
  eventBackgroundDay: number | null;
  /** The outlet, lower-cased, or null when unknown. */
  outlet: string | null;
  /** Surnames (normalised last word) of people the article attributes speech to. */
  speakers: Set<string>;
  /** Outlets the article says an interview was given to, normalised, with how it says so. */
  venues: Map<string, VenueKind>;
  /**
   * Hashes of word 6-grams, sorted, each once: shared ones mean shared wording (a quote, a
   * syndicated paragraph). A typed array, not a Set: most hashes are boxed numbers in a Set, and
   * every article keeps its shingles until the pairs are scored.
   */
  shingles: Uint32Array;
  /**
   * Hashes of word QUOTE_GRAM_WORDS-grams inside the article's quotes (a report's quotes, or a
   * transcript's turns), each with its speaker's entity id, sorted, each once: a report that quotes
   * four or five words of a transcript shares no 6-word shingle with it, yet the same speaker's
   * same quoted words are the surest sign of one occasion.
   */
  quoteGrams: Uint32Array;
  /** Number of content tokens, for length normalisation. */
  length: number;
  /** Terms of the headline and lead (the first LEAD_CHARS of content): what the event is. */
  lead: Set<string>;
}

/**
 * Function words and news filler that say nothing about which event an article reports.
 * Rows are grouped by kind; each group's comment gives an example of what it removes.
 */
const STOP_WORDS: ReadonlySet<string> = new Set(
  [
    // articles, pronouns, determiners: "the", "he", "their"
    ...'a an the this that these those it its he him his she her hers they them their we us our i me my you your'.split(
      ' ',
    ),
    ...'who whom whose which what when where why how there here all any both each few more most other some such'.split(
      ' ',
    ),
    // auxiliaries and modals: "has been", "would"
    ...'is are was were be been being am has have had having do does did will would shall should can could may might must'.split(
      ' ',
    ),
    // prepositions and conjunctions: "of", "although"
    ...'of in on at by for with about against between into through during before after above below to from up down out off over under'.split(
      ' ',
    ),
    ...'and or but if then else than so because as until while although though not no nor only own same too very just also'.split(
      ' ',
    ),
    // reporting and filler words every news story has: "said", "according"
    ...'said says say told tell according reported report reports news new year years one two time times like get got'.split(
      ' ',
    ),
    ...'now still even well back much many first last since per yet already around however later today yesterday week'.split(
      ' ',
    ),
    "s t don didn doesn isn wasn n't 's mr mrs ms dr prof sen rep gov gen".split(' '),
  ].flat(),
);

/** A word with a verb or "not" contracted onto it ("can't", "we're", "they'll"): a function word. */
const CONTRACTED = /(?:n['’]t|['’](?:re|ll|ve|m|d))$/u;

/** Weekday words mark time but not which week; month names are kept only inside dates. */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set([
  ...ENGLISH_WEEKDAY_NAMES,
  ...ENGLISH_MONTH_NAMES,
]);

/** Third-person and past forms of the speech verbs that report words: "said", "tells", "warned". */
const SPEECH_VERB = `(?:${SPEECH_VERBS.filter((v) => v.class === 'reports')
  .flatMap((v) => v.forms.slice(1, 3))
  .join('|')})`;
/** One to four capitalised words on one line, the shape of a person's or an outlet's name. */
const CAPITALISED_WORD = String.raw`\p{Lu}[\p{L}\p{N}'’&-]*(?:\.\p{L}+)*`;
const CAPITALISED_NAME = `${CAPITALISED_WORD}(?: ${CAPITALISED_WORD}){0,3}`;

/** "Ivan Petrov said", "said Ivan Petrov": the name next to a speech verb is the speaker. */
const SPEAKER_BEFORE_VERB = new RegExp(String.raw`(${CAPITALISED_NAME})\s+${SPEECH_VERB}\b`, 'gu');
const SPEAKER_AFTER_VERB = new RegExp(String.raw`\b${SPEECH_VERB},?\s+(${CAPITALISED_NAME})`, 'gu');
/** "Dana Holt: We are ready…" at a line start: a transcript's speaker label. */
const SPEAKER_LABEL_LINE = new RegExp(String.raw`^(${CAPITALISED_NAME}):\s+\S`, 'gmu');

/**
 * Where an interview was given. Reports of different interviews by one person share nearly all
 * their vocabulary; the outlet they credit is what tells them apart. `interview` patterns name the
 * interview itself; `told` patterns only say who the words were given to, which in event coverage
 * is often one wire among several ("told AFP"), so only `interview` venues can separate stories.
 */
const VENUE_PATTERNS: readonly {
  pattern: RegExp;
  kind: VenueKind;
  /** Upgrade to `interview` when the article speaks of an interview ("In an interview on Sunday"). */
  interviewInContext?: boolean;
  example: string;
}[] = [
  {
    pattern: new RegExp(String.raw`\binterview (?:with|to|on|for) (${CAPITALISED_NAME})`, 'gu'),
    kind: 'interview',
    example: 'in an interview with Radio Aurora',
  },
  {
    pattern: new RegExp(String.raw`\btold (${CAPITALISED_NAME}),? (?:in|during) an interview`, 'gu'),
    kind: 'interview',
    example: 'told Le Quotidien in an interview',
  },
  {
    pattern: new RegExp(
      `(${CAPITALISED_NAME}) (?:host|anchor|presenter|interviewer) ${CAPITALISED_WORD}`,
      'gu',
    ),
    kind: 'told',
    interviewInContext: true,
    example: 'Channel Nine host Ann Lee',
  },
  {
    pattern: new RegExp(String.raw`\b(?:told|speaking to|talking to) (${CAPITALISED_NAME})`, 'gu'),
    kind: 'told',
    example: 'she told Channel Nine',
  },
];

/** Words a venue match may begin with that are not outlets ("told The …" keeps "The" out). */
const VENUE_LEADING_NOISE = /^(?:the|a|an|in|during|his|her|their)\s+/iu;

/** Word n-gram length for shingles: six words in a row are rarely shared by chance. */
const SHINGLE_WORDS = 6;
/**
 * Word n-gram length inside quotes: reports cut quotes to a clause ("won't close the gap"), and
 * only quoted words count, so a shorter run is still the speaker's own wording.
 */
const QUOTE_GRAM_WORDS = 4;

/**
 * Headline and first sentence or two: news puts who, what, where and when up front, while the
 * body drifts into background shared by every event on the subject. ECB+ and BASIL: 200 and 400
 * within 0.01 at weight 1.5 (400 kept ECB+ at its best).
 */
const LEAD_CHARS = 400;

/**
 * `text` with every character inside one of `ranges` (any order, may overlap) made a space, by
 * slices: an array of one-character strings per article was most of this stage's garbage.
 */
function blankRanges(text: string, ranges: readonly { start: number; end: number }[]): string {
  const sorted = [...ranges].sort((p, q) => p.start - q.start);
  let out = '';
  let done = 0;
  for (const { start, end } of sorted) {
    const from = Math.max(start, done);
    const to = Math.min(end, text.length);
    if (to <= from) continue;
    out += text.slice(done, from) + ' '.repeat(to - from);
    done = to;
  }
  return out + text.slice(done);
}

/** Characters at the head of a report where its byline stands. */
const BYLINE_HEAD_CHARS = 600;
/**
 * A byline line ("By Ilsa Varn | Politics", "By Ivo Sarn, Staff Writer"): a name and maybe a desk,
 * no sentence end ("By Sunday, the river had fallen." is prose).
 */
const BYLINE_LINE =
  /^[ \t]*By[ \t]+\p{Lu}[\p{L}.'’-]*(?:[ \t]+\p{Lu}[\p{L}.'’-]*){0,3}(?:[ \t]*[|,•·–—][^\n]{0,80}?)?(?<![.!?])[ \t]*$/gmu;

/**
 * Byline lines at the head: who wrote a report, not what it reports. A reporter covers one beat,
 * so her name is shared by her reports of other events that week (another senator's floor speech).
 */
function findBylines(text: string): { start: number; end: number }[] {
  const head = text.slice(0, BYLINE_HEAD_CHARS);
  return [...head.matchAll(BYLINE_LINE)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** The day a report's lead puts its event on (event-day.ts), read as the clusterer reads it. */
export function eventDayOfReport(article: Article): EventDay {
  const text = getEventContent(article);
  const cut = text.slice(LEAD_CHARS).search(/\s/u);
  const lead = cut < 0 ? text : text.slice(0, LEAD_CHARS + cut);
  return readEventDay(tokenize(lead), LEAD_CHARS, toDayNumber(article.published), lead);
}

/** The article's readable content: text with boilerplate and bylines blanked (offsets kept), title in front. */
export function getStoryContent(article: Article): string {
  let text = article.text;
  const blank = [...article.boilerplate, ...findBylines(text)];
  if (blank.length > 0) text = blankRanges(text, blank);
  const title = article.title?.trim();
  if (title && !text.slice(0, title.length + 200).includes(title)) text = `${title}\n\n${text}`;
  return text;
}

/** The content as the event's features read it: a closing look-ahead to a later sitting blanked (look-ahead.ts). */
function getEventContent(article: Article): string {
  const text = getStoryContent(article);
  const ahead = findLookAheads(text);
  return ahead.length > 0 ? blankRanges(text, ahead) : text;
}

/** Light stemming: plural and possessive endings, so "offers"/"offer" and "Lohan's"/"Lohan" meet. */
export function stemTerm(norm: string): string {
  let w = norm.replace(/'s$/u, '').replace(/'$/u, '');
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is'))
    w = w.slice(0, -1);
  return w;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a over a string: a stable 32-bit hash for shingles, no crypto needed. */
export function hashString(s: string): number {
  return continueHash(FNV_OFFSET, s) >>> 0;
}

/** FNV-1a state `h` carried on over the characters of `s`. */
function continueHash(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h;
}

/** Tokens `from` to `to` (exclusive) hashed from `seed` on: a quote's words, keyed by its speaker. */
interface TokenRun {
  from: number;
  to: number;
  seed: number;
}

/**
 * The hash of every run of `words` normalised words within each of `runs` (by default the whole
 * token list from the FNV offset: as `hashString` gives for the words joined by spaces), fed word by
 * word: no joined string is built per word of every article. Sorted, each once.
 */
function hashShingles(
  tokens: readonly Token[],
  words: number = SHINGLE_WORDS,
  runs: readonly TokenRun[] = [{ from: 0, to: tokens.length, seed: FNV_OFFSET }],
): Uint32Array {
  let total = 0;
  for (const { from, to } of runs) total += Math.max(0, to - from - words + 1);
  const all = new Uint32Array(total);
  let at = 0;
  for (const { from, to, seed } of runs) {
    for (let i = from; i + words <= to; i++) {
      let h = continueHash(seed, tokens[i]!.norm);
      for (let k = 1; k < words; k++) h = continueHash(Math.imul(h ^ 0x20, FNV_PRIME), tokens[i + k]!.norm);
      all[at++] = h >>> 0;
    }
  }
  all.sort();
  let kept = 0;
  for (let i = 0; i < total; i++) if (i === 0 || all[i] !== all[i - 1]) all[kept++] = all[i]!;
  return all.slice(0, kept);
}

/**
 * Quote grams of an article's direct and transcript quotes (reported speech is not their words)
 * whose speaker is a resolved entity, each hashed with that entity's id: only the same person's
 * words meet. A speaker known only by a role ("a spokesman", "an administration official") may be
 * anyone, and stock phrases of unnamed officials of two events would meet.
 */
function hashQuoteGrams(tokens: readonly Token[], quotes: readonly Quote[], shift: number): Uint32Array {
  const runs: TokenRun[] = [];
  for (const q of quotes) {
    const entity = q.kind === 'indirect' ? null : q.speaker?.entity;
    if (!entity) continue;
    // The article's own tokens inside the quote's span: no second tokenisation.
    const from = tokenAtOrAfter(tokens, q.start + shift);
    const to = tokenAtOrAfter(tokens, q.end + shift);
    if (to - from >= QUOTE_GRAM_WORDS)
      runs.push({ from, to, seed: continueHash(FNV_OFFSET, `${entity}\u0000`) });
  }
  return hashShingles(tokens, QUOTE_GRAM_WORDS, runs);
}

/** The last word of a name, normalised: "Sergei Ivanov" and "Ivanov" meet as one speaker. */
function surnameOf(name: string): string | null {
  const words = name.split(/\s+/u).filter((w) => /\p{L}/u.test(w));
  const last = words[words.length - 1];
  if (!last) return null;
  const norm = stemTerm(normalizeWord(last).replace(/[.’']+$/u, ''));
  return norm.length > 1 && !STOP_WORDS.has(norm) && !CALENDAR_WORDS.has(norm) ? norm : null;
}

/** Speakers named next to speech verbs, plus the speakers other stages attributed quotes to. */
function collectSpeakers(text: string, quotes: readonly Quote[]): Set<string> {
  const out = new Set<string>();
  for (const re of [SPEAKER_BEFORE_VERB, SPEAKER_AFTER_VERB]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const s = surnameOf(m[1]!);
      if (s) out.add(s);
    }
  }
  SPEAKER_LABEL_LINE.lastIndex = 0;
  for (let m = SPEAKER_LABEL_LINE.exec(text); m !== null; m = SPEAKER_LABEL_LINE.exec(text)) {
    const s = TRANSCRIPT_LABEL_ROLES.has(normalizeWord(m[1]!)) ? null : surnameOf(m[1]!);
    if (s) out.add(s);
  }
  for (const q of quotes) {
    const s = q.speaker ? surnameOf(q.speaker.name) : null;
    if (s) out.add(s);
  }
  return out;
}

/** "In an interview on Sunday, …": the article is about an interview, so its `told` venues are too. */
const MENTIONS_INTERVIEW = /\binterview(?:ed)?\b/iu;

/**
 * Outlets named as the place of an interview, normalised ("Radio Aurora" → "radio aurora"). In an
 * article that speaks of an interview, its host/anchor outlets count as the interview's venue.
 */
export function collectVenues(text: string): Map<string, VenueKind> {
  const out = new Map<string, VenueKind>();
  const aboutInterview = MENTIONS_INTERVIEW.test(text);
  for (const { pattern, kind, interviewInContext } of VENUE_PATTERNS) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      const venue = normalizeWord(m[1]!.replace(VENUE_LEADING_NOISE, '').replace(/['’]s$/u, '')).trim();
      const words = venue.split(/\s+/u);
      if (venue.length < 2 || words.every((w) => STOP_WORDS.has(w) || CALENDAR_WORDS.has(w))) continue;
      const strength = interviewInContext && aboutInterview ? 'interview' : kind;
      if (!out.has(venue) || strength === 'interview') out.set(venue, strength);
    }
  }
  return out;
}

/** Features of one article; `quotes` (optional) are that article's quotes, for their speakers. */
export function getStoryFeatures(article: Article, quotes: readonly Quote[] = []): StoryFeatures {
  const text = getEventContent(article);
  const tokens = tokenize(text);
  const terms = new Map<string, number>();
  const names = new Set<string>();
  const numbers = new Set<string>();
  const lead = new Set<string>();
  // The dateline's city and wire are where the report was filed, not its event: no terms.
  const dateline = findDateline(text, LEAD_CHARS);
  // A round-up's items after its turn to other news are other events' (round-up.ts).
  const otherNews = findOtherNews(text);
  const end = otherNews < 0 ? text.length : otherNews;
  let length = 0;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    if (tok.start >= end) break;
    if (dateline && tok.start >= dateline.start && tok.start < dateline.end) continue;
    if (/^\p{N}+$/u.test(tok.norm)) {
      numbers.add(tok.norm.replace(/^0+(?=\d)/u, ''));
      continue;
    }
    const term = stemTerm(tok.norm);
    if (term.length < 2 || STOP_WORDS.has(term) || STOP_WORDS.has(tok.norm) || CONTRACTED.test(tok.norm))
      continue;
    length++;
    terms.set(term, (terms.get(term) ?? 0) + 1);
    if (tok.start < LEAD_CHARS) lead.add(term);
    if (/^\p{Lu}/u.test(tok.text) && !isSentenceInitial(text, tok.start)) names.add(term);
  }
  // A figure spelled out ("Sixty-one percent") keyed as its digits are (spelled-numbers.ts).
  for (const { index, keys } of findSpelledNumbers(tokens, end)) {
    const start = tokens[index]!.start;
    if (dateline && start >= dateline.start && start < dateline.end) continue;
    for (const key of keys) numbers.add(key);
  }
  // A vote's or a match's result as one key (tally.ts): the two counts together name it.
  for (const tally of findTallies(text, end, dateline ?? undefined)) numbers.add(tally);
  const articleQuotes = quotes.filter((q) => q.article === article.id);
  const publishedDay = toDayNumber(article.published);
  const eventDay = readEventDay(tokens, LEAD_CHARS, publishedDay, text);
  const monthDay = dateline ? dateOfDateline(text, dateline) : null;
  return {
    id: article.id,
    terms,
    names,
    numbers,
    publishedDay,
    datelineDayOfYear: monthDay ? dayOfYear(monthDay.month, monthDay.day) : null,
    datelineWire: monthDay?.wire ?? null,
    eventDay: eventDay.day,
    eventDayStated: eventDay.stated,
    eventBackgroundDay: eventDay.background,
    outlet: article.outlet?.trim().toLowerCase() || null,
    speakers: collectSpeakers(text, articleQuotes),
    venues: collectVenues(text),
    shingles: hashShingles(tokens),
    // Quote offsets are the article text's; the content has the same offsets after a prepended title.
    quoteGrams: hashQuoteGrams(tokens, articleQuotes, text.length - article.text.length),
    length,
    lead,
  };
}

/** Days before each month in a common year: a day of the year from a month and a day. */
const DAYS_BEFORE_MONTH = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

function dayOfYear(month: number, day: number): number {
  return DAYS_BEFORE_MONTH[month - 1]! + day;
}
