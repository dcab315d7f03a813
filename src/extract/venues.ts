import type { Span } from '../model/span.ts';
import { lookupGazetteer } from '../nlp/gazetteer.ts';
import { LetterPairs, letterPairsOf } from '../nlp/letter-pairs.ts';
import { NOT_NAME_WORDS } from '../nlp/lexicons/function-words.ts';
import { MEDIA_HEADS } from '../nlp/lexicons/organizations.ts';
import type { Frame } from './speakers/frame.ts';

/** Where a statement was made: an outlet, a platform or an occasion, and the rule that read it. */
export interface Venue {
  venue: string;
  rule: string;
  /** Interviews and outlet statements carry to the speaker's later quotes in the article. */
  interview: boolean;
}

/** A capitalised name of up to five words, optionally after "the" ("the Financial Times", "Agence France-Presse"). */
const NAME = String.raw`((?:the\s+)?[\p{Lu}][\p{L}\p{N}&.’'-]*(?:\s+(?:of\s+|the\s+|de\s+|and\s+|&\s+)?[\p{Lu}][\p{L}\p{N}&.’'-]*){0,4})`;

interface VenuePattern {
  rule: string;
  interview: boolean;
  re: RegExp;
  /**
   * Words of which the pattern's match must contain one, exactly as written (the patterns are
   * case-sensitive): a sentence holding none is not scanned. Every sentence of a quote or clause is
   * read against each pattern, and most hold none of these words.
   */
  needs: readonly string[];
  example: string;
}

export const VENUE_PATTERNS: readonly VenuePattern[] = [
  {
    rule: 'venue.interview-with',
    interview: true,
    re: new RegExp(
      String.raw`\binterviews?\b(?:\s+(?:published|broadcast|aired|released|given|granted))?(?:\s+\p{Ll}+day)?\s+(?:with|to|on|by|for)\s+` +
        NAME,
      'u',
    ),
    needs: ['interview'],
    example: 'in an interview with Le Monde',
  },
  {
    rule: 'venue.told',
    interview: true,
    re: new RegExp(String.raw`\btold\s+` + NAME, 'u'),
    needs: ['told'],
    example: 'told Interfax',
  },
  {
    rule: 'venue.on-outlet',
    interview: true,
    re: new RegExp(
      String.raw`\b(?:said|says|told|speaking|spoke|appearing|interviewed|remarked|stated|commented|asked)\s+on\s+` +
        NAME,
      'u',
    ),
    needs: [
      'said',
      'says',
      'told',
      'speaking',
      'spoke',
      'appearing',
      'interviewed',
      'remarked',
      'stated',
      'commented',
      'asked',
    ],
    example: 'said on CBS',
  },
  {
    rule: 'venue.outlet-interview',
    interview: true,
    re: new RegExp(String.raw`\b(?:a|an|the)\s+` + NAME + String.raw`\s+interview\b`, 'u'),
    needs: ['interview'],
    example: 'in a CBS interview',
  },
  {
    rule: 'venue.published-by',
    interview: false,
    re: new RegExp(
      String.raw`\b(?:article|op-ed|column|essay|piece|post|letter|statement)\s+(?:published|posted|written|printed|run)\s+(?:by|in|on)\s+` +
        NAME,
      'u',
    ),
    needs: ['published', 'posted', 'written', 'printed', 'run'],
    example: 'in an article published by Time Magazine',
  },
  {
    rule: 'venue.wrote-in',
    interview: false,
    re: new RegExp(String.raw`\b(?:wrote|writing|written)\s+(?:in|for|on)\s+` + NAME, 'u'),
    needs: ['wrote', 'writing', 'written'],
    example: 'wrote in the Financial Times',
  },
  {
    rule: 'venue.post-on',
    interview: false,
    re: new RegExp(
      String.raw`\b(?:in|on)\s+an?\s+(?:post|message|video|statement|broadcast)\s+on\s+` + NAME,
      'u',
    ),
    needs: ['post', 'message', 'video', 'statement', 'broadcast'],
    example: 'in a post on Telegram',
  },
  // A German or French report's interview ("im Interview mit dem Spiegel", "gegenüber der Zeit",
  // "dans un entretien au Monde", "au micro de France Inter"): its outlet after the article.
  {
    rule: 'venue.foreign-interview',
    interview: true,
    re: new RegExp(
      String.raw`(?:\b(?:Interview|Gespräch)\s+mit|\bgegenüber)\s+(?:der|dem|den)\s+` + NAME,
      'u',
    ),
    needs: ['Interview', 'Gespräch', 'gegenüber'],
    example: 'im Interview mit dem Spiegel',
  },
  {
    rule: 'venue.foreign-interview',
    interview: true,
    re: new RegExp(
      String.raw`\b(?:(?:entretien|interview|entrevue)\s+(?:accordée?\s+)?(?:au|à\s+la|à|avec)|au\s+micro\s+de)\s+` +
        NAME,
      'u',
    ),
    needs: ['entretien', 'interview', 'entrevue', 'micro'],
    example: 'dans un entretien au Monde',
  },
  {
    rule: 'venue.occasion',
    interview: false,
    re: /\b(?:at|during)\s+(?:a|an|the)\s+((?:joint\s+|weekly\s+|daily\s+)?(?:press\s+|news\s+)?(?:conference|briefing)|summit|rally|forum|hearing)\b/u,
    needs: ['conference', 'briefing', 'summit', 'rally', 'forum', 'hearing'],
    example: 'at a news conference',
  },
];

/**
 * Each pattern's needed words as letter pairs: one pass over a sentence rules out most words
 * before an `includes` scan (33 of them per sentence cost more than the patterns themselves).
 */
const NEEDED_PAIRS: readonly (readonly number[][])[] = VENUE_PATTERNS.map((p) => p.needs.map(letterPairsOf));
const SENTENCE_PAIRS = new LetterPairs();

const MEDIA_HEAD_WORDS: ReadonlySet<string> = new Set(MEDIA_HEADS.map((m) => m.word));
const INTERVIEW_WORD = /\binterview/iu;
const CAPITALISED_RUN = /[\p{Lu}][\p{L}\p{N}&.’'-]*(?:\s+[\p{Lu}][\p{L}\p{N}&.’'-]*){0,3}/gu;

/**
 * The venue a sentence names for the statement it reports. Patterns are read on the masked text,
 * so words inside quotation marks never count. A "told" object that the entity index knows as a
 * person is an addressee, not a venue. Failing every pattern, a sentence that speaks of an
 * interview and names a news outlet gives that outlet ("In an interview, … CBS host …").
 */
export function findVenue(frame: Frame, sentence: Span): Venue | null {
  // Read once per sentence: each quotation of a sentence asks, and a sentence of thousands of
  // quotations (one long line of them) made the pattern scans quadratic.
  let read = venuesRead.get(frame);
  if (!read) venuesRead.set(frame, (read = new Map()));
  const key = `${sentence.start}:${sentence.end}`;
  let venue = read.get(key);
  if (venue === undefined) read.set(key, (venue = readVenue(frame, sentence)));
  return venue;
}

/** Venues already read, by frame and sentence span. */
const venuesRead = new WeakMap<Frame, Map<string, Venue | null>>();

function readVenue(frame: Frame, sentence: Span): Venue | null {
  const text = frame.masked.slice(sentence.start, sentence.end);
  SENTENCE_PAIRS.read(text);
  for (let k = 0; k < VENUE_PATTERNS.length; k++) {
    const p = VENUE_PATTERNS[k]!;
    const pairs = NEEDED_PAIRS[k]!;
    if (!p.needs.some((w, i) => SENTENCE_PAIRS.mayHold(pairs[i]!) && text.includes(w))) continue;
    const m = p.re.exec(text);
    if (!m) continue;
    if (p.rule === 'venue.occasion')
      return { venue: m[1]!.replace(/\s+/gu, ' '), rule: p.rule, interview: false };
    const name = cleanName(m[1]!);
    if (name.length === 0 || NOT_NAME_WORDS.has(name.split(/\s+/u)[0]!.toLowerCase())) continue;
    const at = sentence.start + m.index + m[0].lastIndexOf(m[1]!);
    const e = frame.entities.resolve(frame.articleId, name, at);
    if (e && (e.type === 'person' || e.type === 'place')) continue;
    return { venue: e?.type === 'media' ? e.name : name, rule: p.rule, interview: p.interview };
  }
  if (!INTERVIEW_WORD.test(text)) return null;
  for (const m of text.matchAll(CAPITALISED_RUN)) {
    const name = cleanName(m[0]);
    if (isOutletName(frame, name, sentence.start + m.index))
      return { venue: name, rule: 'venue.interview-outlet-in-sentence', interview: true };
  }
  return null;
}

/** "the Financial Times’s" → "Financial Times"; "CBS’s Face" → "CBS". */
function cleanName(raw: string): string {
  return raw
    .replace(/^the\s+/iu, '')
    .replace(/['’]s?\b.*$/u, '')
    .replace(/[.,]+$/u, '')
    .trim();
}

/** A news outlet by the gazetteer, the entity index, or a media head word ("Kyiv Post"). */
function isOutletName(frame: Frame, name: string, at: number): boolean {
  if (name.length === 0) return false;
  if (lookupGazetteer(name)?.kind === 'media') return true;
  if (frame.entities.resolve(frame.articleId, name, at)?.type === 'media') return true;
  const last = name.split(/\s+/u).at(-1)!.toLowerCase();
  return MEDIA_HEAD_WORDS.has(last) && name.includes(' ');
}
