/**
 * The timeline of a dossier: every dated event the articles mention, each with the clauses that
 * state it as evidence, plus each story as an event at the date of its earliest article.
 *
 * An event is a date and the clause around it. The same event told by several articles (or twice
 * in one) becomes one entry with evidence from each: entries merge when their dates are equal and
 * their clauses share enough content words. Pure and deterministic: articles are read in id
 * order, expressions in text order, and the result is sorted by date, then label.
 */
import type { QuotedSpan } from '../model/span.ts';
import type { Article } from '../model/article.ts';
import type { TimelineItem } from '../model/analysis.ts';
import type { Story } from '../model/story.ts';
import { findDateExpressions, referenceOf } from './dates/expressions.ts';
import { clauseAround, contentWords, sentencesOf } from './dates/clause.ts';

/**
 * Two clauses with the same date tell the same event when they share this many content words
 * (names, nouns, verbs of four letters or more): one shared word is often only the place or the
 * speaker, two already pin the event ("Crimea … referendum").
 */
const SHARED_WORDS_FOR_SAME_EVENT = 2;

/** A date one article states, with the clause around it and that clause's content words. */
export interface DatedClause {
  date: string;
  evidence: QuotedSpan;
  words: Set<string>;
}

/**
 * The per-article part of the timeline: every dated clause of one article outside its chrome, in
 * text order. A pure function of the article, so it runs on the worker threads.
 */
export function findDatedClauses(article: Article): DatedClause[] {
  const out: DatedClause[] = [];
  const reference = referenceOf(article.published);
  const sentences = sentencesOf(article.text);
  for (const [from, to] of contentRanges(article)) {
    for (const expr of findDateExpressions(article.text, reference, from, to)) {
      const clause = clauseAround(article.text, sentences, expr.start, expr.end);
      const text = article.text.slice(clause.start, clause.end);
      out.push({
        date: expr.date,
        evidence: { article: article.id, start: clause.start, end: clause.end, text },
        words: contentWords(text),
      });
    }
  }
  return out;
}

/**
 * The timeline of `articles`; `dated` (optional) holds each article's `findDatedClauses`, in the
 * order of `articles`, when a caller found them already (on worker threads).
 */
export function buildTimeline(
  articles: readonly Article[],
  stories: readonly Story[],
  dated: readonly (readonly DatedClause[])[] = articles.map(findDatedClauses),
): TimelineItem[] {
  const entries: TimelineItem[] = [];
  const byDate = new Map<string, DateEvents>();
  const order = articles.map((a, i) => ({ id: a.id, i })).sort((a, b) => compare(a.id, b.id));
  for (const { i } of order) {
    for (const clause of dated[i]!) addEvent(entries, byDate, clause);
  }
  // Each article's positions, so a story finds its members without scanning every article.
  const positions = new Map<string, number[]>();
  articles.forEach((a, i) => positions.set(a.id, [...(positions.get(a.id) ?? []), i]));
  for (const story of stories) {
    const event = storyEvent(story, membersOf(story, articles, positions));
    if (event) entries.push(event);
  }
  return entries.sort((a, b) => compare(a.date, b.date) || compare(a.label, b.label));
}

/**
 * The events of one date, with an index from each content word to the events whose first
 * clause has it (ascending): the first clause's words are not grown by merges, so entries do not
 * snowball. A report of a busy day meets only the events sharing its words, not every event of
 * that day, which grew with the corpus squared.
 */
interface DateEvents {
  items: TimelineItem[];
  byWord: Map<string, number[]>;
}

function addEvent(entries: TimelineItem[], byDate: Map<string, DateEvents>, clause: DatedClause): void {
  const { date, evidence, words } = clause;
  let events = byDate.get(date);
  if (!events) byDate.set(date, (events = { items: [], byWord: new Map() }));
  const at = firstSharing(events.byWord, words, SHARED_WORDS_FOR_SAME_EVENT);
  if (at !== null) {
    const same = events.items[at]!;
    const duplicate = same.evidence.some(
      (ev) => ev.article === evidence.article && ev.start === evidence.start,
    );
    if (!duplicate) same.evidence.push(evidence);
    return;
  }
  const item = { date, label: evidence.text, evidence: [evidence] };
  const n = events.items.length;
  events.items.push(item);
  entries.push(item);
  for (const w of words) {
    const list = events.byWord.get(w);
    if (list) list.push(n);
    else events.byWord.set(w, [n]);
  }
}

/**
 * The first event (lowest number) whose words include `need` of `words`, or null. Exact for
 * `need` 2: an event in two lists is in one that is not the longest, so the other lists are
 * counted and the longest only searched for events they hold; counting stops at the best found.
 */
function firstSharing(byWord: ReadonlyMap<string, number[]>, words: Set<string>, need: 2): number | null {
  const lists: number[][] = [];
  for (const w of words) {
    const list = byWord.get(w);
    if (list) lists.push(list);
  }
  if (lists.length < need) return null;
  lists.sort((a, b) => a.length - b.length);
  const longest = lists.pop()!;
  const count = new Map<number, number>();
  let best = Infinity;
  for (const list of lists) {
    for (const e of list) {
      if (e >= best) break;
      const c = (count.get(e) ?? 0) + 1;
      count.set(e, c);
      if (c >= need) best = e;
    }
  }
  for (const [e, c] of count) if (c === 1 && e < best && holds(longest, e)) best = e;
  return best === Infinity ? null : best;
}

/** Whether the ascending `list` holds `n` (binary search). */
function holds(list: readonly number[], n: number): boolean {
  let [lo, hi] = [0, list.length - 1];
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] === n) return true;
    if (list[mid]! < n) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** The story's articles in the order of `articles`, as a filter of them would give. */
function membersOf(
  story: Story,
  articles: readonly Article[],
  positions: ReadonlyMap<string, number[]>,
): Article[] {
  const at = new Set<number>();
  for (const id of story.articles) for (const i of positions.get(id) ?? []) at.add(i);
  return [...at].sort((a, b) => a - b).map((i) => articles[i]!);
}

/** A story happened when its first article appeared; undated stories have no place on it. */
function storyEvent(story: Story, members: readonly Article[]): TimelineItem | null {
  const dates = members.map((a) => referenceOf(a.published)).filter((r) => r !== null);
  const days = dates.map((r) => `${r.year}-${pad(r.month)}-${pad(r.day)}`).sort();
  if (days.length === 0) return null;
  const evidence: QuotedSpan[] = [];
  for (const a of members) {
    // The headline, where the text carries it, is the span that shows what the story is.
    const at = a.title ? a.text.indexOf(a.title) : -1;
    if (a.title && at >= 0) {
      evidence.push({ article: a.id, start: at, end: at + a.title.length, text: a.title });
    }
  }
  return { date: days[0]!, label: story.title, evidence };
}

/** The article's text minus its chrome: dates in cookie banners and "Read next" rails are noise. */
function contentRanges(article: Article): [number, number][] {
  const chrome = [...article.boilerplate].sort((a, b) => a.start - b.start);
  const ranges: [number, number][] = [];
  let at = 0;
  for (const b of chrome) {
    if (b.start > at) ranges.push([at, b.start]);
    at = Math.max(at, b.end);
  }
  if (at < article.text.length) ranges.push([at, article.text.length]);
  return ranges;
}

const pad = (n: number): string => String(n).padStart(2, '0');
const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
