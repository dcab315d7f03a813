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
import { findDateExpressions, referenceOf } from './date-expressions.ts';
import { clauseAround, contentWords, sentencesOf } from './timeline-clause.ts';

/**
 * Two clauses with the same date tell the same event when they share this many content words
 * (names, nouns, verbs of four letters or more): one shared word is often only the place or the
 * speaker, two already pin the event ("Crimea … referendum").
 */
const SHARED_WORDS_FOR_SAME_EVENT = 2;

interface Entry {
  item: TimelineItem;
  /** The first clause's content words; not grown by merges, so entries do not snowball. */
  words: Set<string>;
}

export function buildTimeline(articles: readonly Article[], stories: readonly Story[]): TimelineItem[] {
  const entries: Entry[] = [];
  const byDate = new Map<string, Entry[]>();
  const sorted = [...articles].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const article of sorted) {
    const reference = referenceOf(article.published);
    const sentences = sentencesOf(article.text);
    for (const [from, to] of contentRanges(article)) {
      for (const expr of findDateExpressions(article.text, reference, from, to)) {
        const clause = clauseAround(article.text, sentences, expr.start, expr.end);
        const evidence: QuotedSpan = {
          article: article.id,
          start: clause.start,
          end: clause.end,
          text: article.text.slice(clause.start, clause.end),
        };
        addEvent(entries, byDate, expr.date, evidence);
      }
    }
  }
  for (const story of stories) {
    const event = storyEvent(story, articles);
    if (event) entries.push({ item: event, words: new Set() });
  }
  return entries.map((e) => e.item).sort((a, b) => compare(a.date, b.date) || compare(a.label, b.label));
}

function addEvent(entries: Entry[], byDate: Map<string, Entry[]>, date: string, evidence: QuotedSpan): void {
  const words = contentWords(evidence.text);
  const sameDate = byDate.get(date) ?? [];
  const same = sameDate.find((e) => shared(e.words, words) >= SHARED_WORDS_FOR_SAME_EVENT);
  if (same) {
    const duplicate = same.item.evidence.some(
      (ev) => ev.article === evidence.article && ev.start === evidence.start,
    );
    if (!duplicate) same.item.evidence.push(evidence);
    return;
  }
  const entry = { item: { date, label: evidence.text, evidence: [evidence] }, words };
  entries.push(entry);
  byDate.set(date, [...sameDate, entry]);
}

/** A story happened when its first article appeared; undated stories have no place on it. */
function storyEvent(story: Story, articles: readonly Article[]): TimelineItem | null {
  const members = articles.filter((a) => story.articles.includes(a.id));
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

function shared(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const w of b) if (a.has(w)) n++;
  return n;
}

const pad = (n: number): string => String(n).padStart(2, '0');
const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
