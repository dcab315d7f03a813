import type { Article } from '../../model/article.ts';
import type { EntityType } from '../../model/entity.ts';
import type { Span } from '../../model/span.ts';
import { isGazetteerSpelling, lookupGazetteer } from '../../nlp/gazetteer.ts';
import { LOWER_CASE_REGIONS } from '../../nlp/lexicons/countries.ts';
import { nameSkeleton, phraseSkeleton } from '../../nlp/names.ts';
import { classifyRun, longestGazetteer, type RawMention, type RunContext } from './classify.ts';
import { findDatedEvents, findPlaceNamedEvents } from './events.ts';
import { findAdministrations, findRoleNouns, markGlosses, titleBeforeRun } from './phrases.ts';
import { findRuns, type Run } from './runs.ts';
import { indexWordsByStart, type Word, wordsOf } from './words.ts';

/**
 * The rule-and-lexicon recogniser for one article, in passes:
 * 1. words and capitalised runs of the text, each chrome range a segment of its own (a "Read next"
 *    rail still names real people and places, but no run crosses into or out of chrome);
 * 2. runs in body lines → typed mentions (classify.ts), with lower-case titles before them;
 * 3. runs in headline lines → only names the body or the gazetteer knows (title case says nothing);
 * 4. single words that are the family name of a person named in the article → that person;
 * 5. role nouns, place-named events and agreements, administrations, glosses (phrases.ts).
 */
export function recognizeMentions(article: Article): RawMention[] {
  const words = articleWords(article);
  const texts = words.map((w) => w.text);
  const ctx: RunContext = {
    words,
    texts,
    lowerWords: lowerCaseForms(words),
    byStart: indexWordsByStart(words),
  };
  const runs = findRuns(words);
  const mentions: RawMention[] = [];
  for (const run of runs) if (!words[run.from]!.headline) mentions.push(...bodyRunMentions(ctx, run));
  const known = knownNames(article.text, mentions);
  for (const run of runs)
    if (words[run.from]!.headline) mentions.push(...headlineRunMentions(ctx, run, known));
  retypeSurnames(article.text, mentions, known);
  mentions.push(...findRoleNouns(ctx));
  mentions.push(...findLowerCaseRegions(ctx));
  mentions.push(...findChannelHandles(article.text));
  mentions.push(...findPlaceNamedEvents(ctx, mentions));
  mentions.push(...findDatedEvents(ctx));
  mentions.push(...findAdministrations(ctx, mentions));
  markGlosses(article.text, mentions);
  return dedupe(mentions);
}

/**
 * The forms the article writes in lower case. Only a run of common capitals asks, a few times an
 * article: asks are answered by a scan of the words (a comparison each) until the scans have
 * cost about what a set of every lower-case form would (an insertion each, hashing a new string,
 * is tens of comparisons); only an article that asks on past that gets the set.
 */
function lowerCaseForms(words: readonly Word[]): { has(norm: string): boolean } {
  let forms: Set<string> | null = null;
  let scanned = 0;
  const budget = SCANS_PER_INSERTION * words.length;
  return {
    has(norm) {
      if (forms === null && scanned < budget) {
        for (let i = 0; i < words.length; i++) {
          const w = words[i]!;
          if (!w.cap && w.norm === norm) {
            scanned += i + 1;
            return true;
          }
        }
        scanned += words.length;
        return false;
      }
      if (forms === null) {
        forms = new Set<string>();
        for (const w of words) if (!w.cap) forms.add(w.norm);
      }
      return forms.has(norm);
    },
  };
}

/**
 * Word comparisons a scan may spend per word of the article before the set is built. On Reuters
 * two articles in three asked more than the three scans once allowed, and building their sets was
 * most of this check's time; their asks (a dozen at most, usually) scan for less.
 */
const SCANS_PER_INSERTION = 32;

/** Web addresses: their words are paths and hosts, not names (channel handles are read apart). */
const URL_PATTERN = /\bhttps?:\/\/\S+|\bwww\.\S+/gu;
/** Hosts whose first path segment is a channel or account name ("t.me/Some_Channel"). */
const CHANNEL_URL =
  /\b(?:t\.me|twitter\.com|x\.com|instagram\.com|facebook\.com|youtube\.com|tiktok\.com|vk\.com)\/@?([\p{L}\p{N}_.]*[\p{Lu}_][\p{L}\p{N}_.]*)/gu;
const LOWER_CASE_REGION_WORDS = new Set(LOWER_CASE_REGIONS.map((r) => r.word));

function urlSpans(text: string): Span[] {
  return [...text.matchAll(URL_PATTERN)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** Channel and account names in social-media links, as outlets ("t.me/Daily_Brief"). */
function findChannelHandles(text: string): RawMention[] {
  const out: RawMention[] = [];
  // Every host is "t.me" or ends in ".com", then "/": a text without either has no link to scan for.
  if (!text.includes('.com/') && !text.includes('t.me/')) return out;
  for (const m of text.matchAll(CHANNEL_URL)) {
    const start = m.index + m[0].length - m[1]!.length;
    out.push({
      start,
      end: start + m[1]!.replace(/[._]+$/u, '').length,
      type: 'media',
      rule: 'media.channel-handle',
    });
  }
  return out;
}

/** Regions written in lower case ("the eurozone"). */
function findLowerCaseRegions(ctx: RunContext): RawMention[] {
  return ctx.words
    .filter((w) => !w.cap && LOWER_CASE_REGION_WORDS.has(w.norm))
    .map((w) => ({
      start: w.start,
      end: w.end,
      type: 'place' as const,
      rule: 'gazetteer.lower-case-region',
    }));
}

/** Words of the article outside links; each segment (body, or one chrome range) starts a new sentence and run. */
function articleWords(article: Article): Word[] {
  let out: Word[] = [];
  const urls = urlSpans(article.text);
  const segments = [
    ...contentSegments(article.text.length, [...article.boilerplate, ...urls]),
    ...article.boilerplate.flatMap((b) => contentSegments(b.end, [{ start: 0, end: b.start }, ...urls])),
  ].sort((a, b) => a.start - b.start);
  for (const seg of segments) {
    const words = wordsOf(article.text, seg.start, seg.end);
    if (words[0] !== undefined) words[0] = { ...words[0], gap: `\n${words[0].gap}`, sentenceStart: true };
    // The first segment's array is taken as it is (most words are the body's, read first); a
    // spread of a huge array overflows the stack, so later ones are pushed word by word.
    if (out.length === 0) out = words;
    else for (const word of words) out.push(word);
  }
  return out;
}

/** The complement of the boilerplate ranges in [0, length). */
function contentSegments(length: number, boilerplate: readonly Span[]): Span[] {
  const sorted = [...boilerplate].sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  let at = 0;
  for (const b of sorted) {
    if (b.start > at) out.push({ start: at, end: b.start });
    at = Math.max(at, b.end);
  }
  if (at < length) out.push({ start: at, end: length });
  return out;
}

/** A body run's mentions, plus the role and person a lower-case title before it makes. */
function bodyRunMentions(ctx: RunContext, run: Run): RawMention[] {
  const found = classifyRun(ctx, run);
  const title = titleBeforeRun(ctx, run);
  const first = found[0];
  if (title === null || first === undefined || first.start !== ctx.words[run.from]!.start) return found;
  if (first.type === 'person' || first.rule.startsWith('gazetteer.')) return found;
  const role: RawMention = {
    start: ctx.words[title.from]!.start,
    end: ctx.words[title.to - 1]!.end,
    type: 'person',
    rule: 'role.title',
  };
  return [role, { ...first, type: 'person', rule: 'person.titled' }, ...found.slice(1)];
}

/** Skeletons of the names the body mentions, with their types; persons add their family name. */
function knownNames(text: string, mentions: readonly RawMention[]): Map<string, EntityType> {
  const known = new Map<string, EntityType>();
  for (const m of mentions) {
    if (!m.rule.startsWith('role.')) known.set(phraseSkeleton(text.slice(m.start, m.end)), m.type);
  }
  for (const m of mentions) {
    if (m.type !== 'person' || m.rule.startsWith('role.')) continue;
    const family = text.slice(m.start, m.end).split(/\s+/u).pop()!;
    known.set(nameSkeleton(family), 'person');
  }
  return known;
}

/** Longest known or gazetteer names inside a headline run; other capitalised words are skipped. */
function headlineRunMentions(
  ctx: RunContext,
  run: Run,
  known: ReadonlyMap<string, EntityType>,
): RawMention[] {
  const { words } = ctx;
  const out: RawMention[] = [];
  // Each word's skeleton once: a phrase's skeleton is its words' skeletons, the empty ones left
  // out (word texts hold no space or dash), so the up-to-five phrases at each word share them.
  const skeletons = words.slice(run.from, run.to).map((w) => nameSkeleton(w.text));
  let i = run.from;
  while (i < run.to) {
    let matched = 0;
    for (let n = Math.min(run.to - i, 5); n >= 1 && matched === 0; n--) {
      const key = skeletons
        .slice(i - run.from, i - run.from + n)
        .filter((k) => k.length > 0)
        .join(' ');
      const type = known.get(key);
      const gaz = type === undefined && n === 1 ? longestGazetteer(words, i, run.to) : null;
      if (type !== undefined) {
        out.push({ start: words[i]!.start, end: words[i + n - 1]!.end, type, rule: 'headline.known-name' });
        matched = n;
      } else if (gaz !== null) {
        const end = words[i + gaz.length - 1]!.end;
        out.push({ start: words[i]!.start, end, type: gaz.entry.type, rule: `gazetteer.${gaz.entry.kind}` });
        matched = gaz.length;
      }
    }
    i += Math.max(matched, 1);
  }
  return out;
}

/**
 * Single-word mentions that are the family name of a person the article names are that person.
 * So is a single word the gazetteer knows only as a spelling variant of a row ("Maley" of a
 * country "Mali", "Elise" of a palace "Elysee") when it is a word of a person's name the article
 * writes in full: the article's own spelling of its person outweighs a near-miss of the table.
 */
function retypeSurnames(text: string, mentions: RawMention[], known: ReadonlyMap<string, EntityType>): void {
  let personWords: Set<string> | null = null;
  for (const m of mentions) {
    if (m.type === 'person' || m.rule.startsWith('role.')) continue;
    const surface = text.slice(m.start, m.end);
    if (/\s/u.test(surface)) continue;
    if (m.rule.startsWith('gazetteer.')) {
      if (isGazetteerSpelling(surface)) continue;
      personWords ??= wordsOfPersonNames(text, mentions);
      if (!personWords.has(surface)) continue;
    } else if (lookupGazetteer(surface) !== null || known.get(nameSkeleton(surface)) !== 'person') continue;
    m.type = 'person';
    m.rule = 'person.surname';
  }
}

/** The words of the several-word person names the article writes ("Ana", "Berg" of "Ana Berg"). */
function wordsOfPersonNames(text: string, mentions: readonly RawMention[]): Set<string> {
  const words = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'person' || m.rule.startsWith('role.')) continue;
    const parts = text.slice(m.start, m.end).split(/\s+/u);
    if (parts.length >= 2) for (const w of parts) words.add(w);
  }
  return words;
}

/** One mention per span and type, in text order (the first of each kept). */
function dedupe(mentions: readonly RawMention[]): RawMention[] {
  const out: RawMention[] = [];
  // Sorted, the kept mentions of one span are the last ones kept: a copy is looked for among
  // them, with no key string per mention.
  for (const m of [...mentions].sort((a, b) => a.start - b.start || b.end - a.end)) {
    let copy = false;
    for (let k = out.length - 1; k >= 0 && out[k]!.start === m.start && out[k]!.end === m.end; k--)
      if (out[k]!.type === m.type) copy = true;
    if (!copy) out.push(m);
  }
  return out;
}
