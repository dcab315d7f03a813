/**
 * Positions: actor × issue × story. Every sentence of a quote, transcript turn or piece of
 * reported speech whose speaker speaks for a known party is a statement; its stance is read from
 * its wording (stance.ts), its issue discovered by clustering the key words of all
 * statements (issues.ts). Statements of one actor on one issue in one story make one
 * position, dated by the story, so the same actor on the same issue in a later story shows as a
 * second, later position. Pure and deterministic: inputs are read in id and offset order.
 */
import type { Position, Stance } from '../../model/analysis.ts';
import type { Article } from '../../model/article.ts';
import type { EntityIndex } from '../../model/entity.ts';
import { type Quote, quotesByArticle } from '../../model/quote.ts';
import type { QuotedSpan, Span } from '../../model/span.ts';
import type { Story } from '../../model/story.ts';
import { STANCES } from '../../model/analysis.ts';
import { lookupGazetteer } from '../../nlp/gazetteer.ts';
import { splitSentences } from '../../nlp/sentences.ts';
import { tokenize } from '../../nlp/tokens.ts';
import { referenceOf } from '../dates/expressions.ts';
import { makePartyResolver, type PartyResolver } from './actors.ts';
import { discoverIssues, GENERAL_ISSUE, type KeyTerms, keyTermsOf } from './issues.ts';
import { readStance, type StanceReading } from './stance.ts';
import { subjectCandidates } from './subjects.ts';

/** A fragment shorter than this many words states no position ("he said", "a good idea"). */
const MIN_STATEMENT_WORDS = 4;
/** A statement without a topic of its own takes the one of a statement at most this far before it. */
const MAX_ANAPHORA_CHARS = 400;
/** A summary longer than this many words is cut, with an ellipsis. */
const MAX_SUMMARY_WORDS = 24;

export interface Statement extends QuotedSpan {
  actor: string;
  stance: Stance;
}

/** A statement with the story it belongs to (`article:<id>` for an article of no story). */
type PlacedStatement = Statement & { story: string };

export function buildPositions(
  articles: readonly Article[],
  quotes: readonly Quote[],
  stories: readonly Story[],
  entities: EntityIndex,
): Position[] {
  const found = findPositionStatements(articles, quotes, entities);
  const byId = new Map(articles.map((a) => [a.id, a]));
  const keys = found.statements.map((s) => statementKeyTerms(byId.get(s.article)!, s, found.people));
  return groupPositions(articles, stories, found, keys);
}

/** The statements positions are made of, and the name words left out of their key terms. */
export interface PositionStatements {
  statements: Statement[];
  people: Set<string>;
}

/**
 * The first corpus part: who states a stance where (parties are known corpus-wide). Stories are
 * not needed yet: they only place each statement, when `groupPositions` groups them.
 */
export function findPositionStatements(
  articles: readonly Article[],
  quotes: readonly Quote[],
  entities: EntityIndex,
  readings: ReadonlyMap<string, SpanReadings> = new Map(),
): PositionStatements {
  const byId = new Map(articles.map((a) => [a.id, a]));
  return { statements: statementsOf(quotes, byId, entities, readings), people: nameWords(entities) };
}

/** Each span's stance, keyed `start:end`; null for a span that states nothing (`isStatement`). */
export type SpanReadings = Map<string, StanceReading | null>;

/**
 * The per-article part of finding statements: the reading of every span `statementsOf` may ask
 * about, whoever turns out to hold it: each sentence part inside one of the article's `quotes`,
 * and each sentence outside them. A pure function of the article, so it runs on worker threads.
 */
export function readStatementSpans(article: Article, quotes: readonly Quote[]): SpanReadings {
  const out: SpanReadings = new Map();
  const read = (span: Span | null): void => {
    if (span !== null) readingAt(article, span, out);
  };
  const sentences = splitSentences(article.text).filter((s) => !isChrome(article, s));
  for (const q of quotes) {
    for (const s of sentences) {
      if (s.end <= q.start || s.start >= q.end) continue;
      read(trimmed(article.text, Math.max(s.start, q.start), Math.min(s.end, q.end)));
    }
  }
  for (const s of sentences) {
    if (quotes.some((q) => q.start < s.end && q.end > s.start)) continue;
    read(trimmed(article.text, s.start, s.end));
  }
  return out;
}

/** The reading of a span, from `known` when read already (and kept there); null when it states nothing. */
function readingAt(article: Article, span: Span, known: SpanReadings): StanceReading | null {
  const key = `${span.start}:${span.end}`;
  let reading = known.get(key);
  if (reading === undefined) {
    // A statement says something: a few words, not a question. One tokenising serves that test
    // and the stance reading (each tokenised the span).
    const said = article.text.slice(span.start, span.end);
    const tokens = said.endsWith('?') ? [] : tokenize(article.text, span.start, span.end);
    reading =
      tokens.length >= MIN_STATEMENT_WORDS ? readStance(article.text, span.start, span.end, tokens) : null;
    known.set(key, reading);
  }
  return reading;
}

/**
 * The per-statement part: the key terms of one statement of `article`, without the words naming
 * its actor or any person (`people`). A pure function of the article, so it runs on worker threads.
 */
export function statementKeyTerms(
  article: Article,
  statement: Pick<Statement, 'start' | 'end' | 'actor'>,
  people: ReadonlySet<string>,
): KeyTerms {
  return keyTermsOf(article.text, statement.start, statement.end, excludedWords(statement.actor, people));
}

/** The second corpus part: issues discovered over every statement's key terms, and the positions. */
export function groupPositions(
  articles: readonly Article[],
  stories: readonly Story[],
  found: PositionStatements,
  keys: readonly KeyTerms[],
): Position[] {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const storyOf = new Map<string, Story>();
  for (const s of stories) for (const a of s.articles) storyOf.set(a, s);
  const statements = found.statements.map((s): PlacedStatement => ({
    ...s,
    story: storyOf.get(s.article)?.id ?? `article:${s.article}`,
  }));
  const { issues, issueOf } = discoverIssues(keys);
  inheritIssues(statements, issueOf);

  const groups = new Map<string, { issue: number; items: PlacedStatement[] }>();
  // A statement with no good issue is kept, under "general", so its evidence is not lost.
  const labels = [...issues.map((x) => x.label), GENERAL_ISSUE];
  statements.forEach((s, i) => {
    const issue = issueOf[i]! < 0 ? labels.length - 1 : issueOf[i]!;
    const key = `${s.actor}\u0000${issue}\u0000${s.story}`;
    const g = groups.get(key) ?? { issue, items: [] };
    g.items.push(s);
    groups.set(key, g);
  });
  // The first story of each id, as a search of the list would find it.
  const storyById = new Map<string, Story>();
  for (const s of stories) if (!storyById.has(s.id)) storyById.set(s.id, s);
  // Each story dated once: its positions (one per actor and issue) all share its date.
  const dates = new Map<Story, string | null>();
  const dateOf = (story: Story): string | null => {
    if (!dates.has(story)) dates.set(story, storyDate(story, byId));
    return dates.get(story)!;
  };
  const positions: Position[] = [];
  for (const g of groups.values()) {
    const first = g.items[0]!;
    const stance = stanceOf(g.items);
    const best = g.items.find((s) => s.stance === stance)!;
    const story = storyById.get(first.story);
    positions.push({
      id: '',
      actor: first.actor,
      issue: labels[g.issue]!,
      stance,
      summary: summaryOf(best.text),
      date: story ? dateOf(story) : (byId.get(first.article)?.published?.slice(0, 10) ?? null),
      evidence: g.items.map(({ article, start, end, text }) => ({ article, start, end, text })),
    });
  }
  positions.sort(
    (a, b) =>
      compare(a.issue, b.issue) ||
      compare(a.actor, b.actor) ||
      compare(a.date ?? '', b.date ?? '') ||
      compare(a.evidence[0]!.article, b.evidence[0]!.article) ||
      a.evidence[0]!.start - b.evidence[0]!.start,
  );
  positions.forEach((p, i) => (p.id = `position-${i + 1}`));
  return positions;
}

/**
 * The statements: each sentence part inside a quote whose speaker has a party, as long as it says
 * something (a few words, not a question); and a stance whose subject is a party ("Kyiv will not
 * recognize …", "Nordic governments have proposed …"), in a quote (the party as the speaker
 * describes it) or in the outlet's narration. A quote nested in a longer one of the same speaker
 * (a partial quote inside reported speech) adds nothing: the longer one is kept.
 */
function statementsOf(
  quotes: readonly Quote[],
  byId: Map<string, Article>,
  entities: EntityIndex,
  readings: ReadonlyMap<string, SpanReadings>,
): Statement[] {
  const parties = makePartyResolver([...byId.values()], entities, quotes);
  const out: Statement[] = [];
  const seen = new Set<string>();
  const add = (article: Article, span: Span, actor: string, stance: Stance): void => {
    const key = `${actor}\u0000${article.id}\u0000${span.start}\u0000${span.end}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({
      article: article.id,
      ...span,
      text: article.text.slice(span.start, span.end),
      actor,
      stance,
    });
  };
  const quotesOf = quotesByArticle(quotes);
  for (const article of [...byId.values()].sort((a, b) => compare(a.id, b.id))) {
    const known = readings.get(article.id) ?? new Map<string, StanceReading | null>();
    const sentences = splitSentences(article.text).filter((s) => !isChrome(article, s));
    const mine = (quotesOf.get(article.id) ?? []).sort((a, b) => a.start - b.start || b.end - a.end);
    for (const q of mine) {
      const actor = isRelayed(q.text) ? null : parties.partyOf(q.speaker);
      if (actor === null) continue;
      for (const s of sentences) {
        if (s.end <= q.start || s.start >= q.end) continue;
        const span = trimmed(article.text, Math.max(s.start, q.start), Math.min(s.end, q.end));
        const reading = span === null ? null : readingAt(article, span, known);
        if (span === null || reading === null || isCovered(out, article.id, actor, span)) continue;
        add(article, span, actor, reading.stance);
        for (const subject of subjectParties(parties, article, span, reading)) {
          if (subject !== actor) add(article, span, subject, reading.stance);
        }
      }
    }
    // The outlet's own narration: only a stance whose subject is a party says who holds it.
    for (const s of sentences) {
      if (mine.some((q) => q.start < s.end && q.end > s.start)) continue;
      const span = trimmed(article.text, s.start, s.end);
      const reading = span === null ? null : readingAt(article, span, known);
      if (span === null || reading === null) continue;
      for (const subject of subjectParties(parties, article, span, reading))
        add(article, span, subject, reading.stance);
    }
  }
  return out;
}

/**
 * A statement with no key word of its own ("we reject it outright", "Kyiv will never accept
 * that") continues the topic of the statement just before it in the same article, when that one
 * is close: the pronoun or the ellipsis points back to it.
 */
function inheritIssues(statements: readonly Statement[], issueOf: number[]): void {
  const byArticle = new Map<string, number[]>();
  statements.forEach((s, i) => byArticle.set(s.article, [...(byArticle.get(s.article) ?? []), i]));
  for (const list of byArticle.values()) {
    const sorted = [...list].sort((a, b) => statements[a]!.start - statements[b]!.start || a - b);
    let last = -1;
    for (const i of sorted) {
      const s = statements[i]!;
      if (issueOf[i]! >= 0) {
        if (last < 0 || s.end >= statements[last]!.end) last = i;
        continue;
      }
      if (last >= 0 && s.start - statements[last]!.end <= MAX_ANAPHORA_CHARS) issueOf[i] = issueOf[last]!;
    }
  }
}

/**
 * Whether a quote carries its own reporting clause before any quotation mark ("… Varn said, “…”"):
 * its speaker relays someone else's words (a news agency, a colleague) and holds no stance by
 * them; the inner words are a quote of their own speaker.
 */
function isRelayed(text: string): boolean {
  const outer = text.split(/[“"«]/u)[0] ?? '';
  return /\p{Lu}[\p{L}’'-]+,?\s+(?:said|says|told|stated|added|declared|wrote)\b/u.test(outer);
}

/** The parties that are the subjects of stances their subjects hold, in text order. */
function subjectParties(
  parties: PartyResolver,
  article: Article,
  span: Span,
  reading: StanceReading,
): string[] {
  const out: string[] = [];
  for (const cue of reading.holderCues) {
    for (const c of subjectCandidates(article.text, span.start, cue.start)) {
      const party = parties.partyOfPhrase(article.id, c.start, c.end);
      if (party === null) continue;
      if (!out.includes(party)) out.push(party);
      break;
    }
  }
  return out;
}

/** Whether a sentence lies in the article's chrome (banners, rails), which states no position. */
function isChrome(article: Article, s: Span): boolean {
  return article.boilerplate.some((b) => b.start < s.end && b.end > s.start);
}

/** Whether an earlier statement of the same actor already covers this span. */
function isCovered(out: readonly Statement[], article: string, actor: string, span: Span): boolean {
  for (let i = out.length - 1; i >= 0 && out[i]!.article === article; i--) {
    const o = out[i]!;
    if (o.actor === actor && o.start <= span.start && o.end >= span.end) return true;
  }
  return false;
}

/** The span without surrounding space, quotation marks and dashes; null when nothing is left. */
function trimmed(text: string, start: number, end: number): Span | null {
  const edge = /[\s"'“”‘’«»—–-]/u;
  while (start < end && edge.test(text[start]!)) start++;
  while (end > start && edge.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}

/**
 * The stance of a group: the commonest stance other than assessment (an assessment only when all
 * are), ties going to the more specific stance in the order of STANCES.
 */
function stanceOf(items: readonly Statement[]): Stance {
  const counts = new Map<Stance, number>();
  for (const s of items) if (s.stance !== 'assessment') counts.set(s.stance, (counts.get(s.stance) ?? 0) + 1);
  let best: Stance = 'assessment';
  for (const stance of STANCES) {
    const n = counts.get(stance) ?? 0;
    if (n > (counts.get(best) ?? 0)) best = stance;
  }
  return best;
}

function summaryOf(text: string): string {
  const words = text.replace(/\s+/gu, ' ').trim().split(' ');
  return words.length <= MAX_SUMMARY_WORDS
    ? words.join(' ')
    : `${words.slice(0, MAX_SUMMARY_WORDS).join(' ')} …`;
}

/**
 * The words naming the actor and any person or outlet, left out of the issue terms: the actor's
 * own words beside the shared set of names, not a copy of that set per statement (which grew
 * with the corpus squared).
 */
function excludedWords(actor: string, people: ReadonlySet<string>): Pick<ReadonlySet<string>, 'has'> {
  const own = new Set(tokenize(actor).map((t) => t.norm));
  return { has: (word) => own.has(word) || people.has(word) };
}

/**
 * Words of the names of people, outlets and countries (their seats of government included): who
 * speaks, where and for whom is not what it is about.
 */
function nameWords(entities: EntityIndex): Set<string> {
  const out = new Set<string>();
  for (const e of entities.entities) {
    const country = lookupGazetteer(e.name)?.country ?? null;
    if (e.type !== 'person' && e.type !== 'media' && country === null) continue;
    for (const n of [e.name, ...e.aliases]) {
      for (const t of tokenize(n)) if (/^\p{Lu}/u.test(t.text)) out.add(t.norm);
    }
  }
  return out;
}

/** A story's date: its earliest dated article, as the timeline dates it. */
function storyDate(story: Story, byId: Map<string, Article>): string | null {
  const days = story.articles
    .map((id) => referenceOf(byId.get(id)?.published ?? null))
    .filter((r) => r !== null)
    .map((r) => `${r.year}-${String(r.month).padStart(2, '0')}-${String(r.day).padStart(2, '0')}`)
    .sort();
  return days[0] ?? null;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
