/**
 * Positions: actor × issue × story. Every sentence of a quote, transcript turn or piece of
 * reported speech whose speaker speaks for a known party is a statement; its stance is read from
 * its wording (position-stance.ts), its issue discovered by clustering the key words of all
 * statements (position-issues.ts). Statements of one actor on one issue in one story make one
 * position, dated by the story, so the same actor on the same issue in a later story shows as a
 * second, later position. Pure and deterministic: inputs are read in id and offset order.
 */
import type { Position, Stance } from '../model/analysis.ts';
import type { Article } from '../model/article.ts';
import type { EntityIndex } from '../model/entity.ts';
import type { Quote } from '../model/quote.ts';
import type { QuotedSpan, Span } from '../model/span.ts';
import type { Story } from '../model/story.ts';
import { STANCES } from '../model/analysis.ts';
import { splitSentences } from '../nlp/sentences.ts';
import { tokenize } from '../nlp/tokens.ts';
import { referenceOf } from './date-expressions.ts';
import { makePartyResolver } from './position-actors.ts';
import { discoverIssues, keyTermsOf } from './position-issues.ts';
import { readStance } from './position-stance.ts';

/** A fragment shorter than this many words states no position ("he said", "a good idea"). */
const MIN_STATEMENT_WORDS = 4;
/** A summary longer than this many words is cut, with an ellipsis. */
const MAX_SUMMARY_WORDS = 24;

interface Statement extends QuotedSpan {
  actor: string;
  story: string;
  stance: Stance;
}

export function buildPositions(
  articles: readonly Article[],
  quotes: readonly Quote[],
  stories: readonly Story[],
  entities: EntityIndex,
): Position[] {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const storyOf = new Map<string, Story>();
  for (const s of stories) for (const a of s.articles) storyOf.set(a, s);
  const statements = statementsOf(quotes, byId, storyOf, entities);
  const keys = statements.map((s) =>
    keyTermsOf(byId.get(s.article)!.text, s.start, s.end, excludedWords(s.actor)),
  );
  const { issues, issueOf } = discoverIssues(keys);

  const groups = new Map<string, { issue: number; items: Statement[] }>();
  statements.forEach((s, i) => {
    const issue = issueOf[i]!;
    if (issue < 0) return;
    const key = `${s.actor}\u0000${issue}\u0000${s.story}`;
    const g = groups.get(key) ?? { issue, items: [] };
    g.items.push(s);
    groups.set(key, g);
  });
  const positions: Position[] = [];
  for (const g of groups.values()) {
    const first = g.items[0]!;
    const stance = stanceOf(g.items);
    const best = g.items.find((s) => s.stance === stance)!;
    const story = stories.find((s) => s.id === first.story);
    positions.push({
      id: '',
      actor: first.actor,
      issue: issues[g.issue]!.label,
      stance,
      summary: summaryOf(best.text),
      date: story ? storyDate(story, byId) : (byId.get(first.article)?.published?.slice(0, 10) ?? null),
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
 * The statements of the quotes: each sentence part inside a quote whose speaker has a party, as
 * long as it says something (a few words, not a question). A quote nested in a longer one of the
 * same speaker (a partial quote inside reported speech) adds nothing: the longer one is kept.
 */
function statementsOf(
  quotes: readonly Quote[],
  byId: Map<string, Article>,
  storyOf: Map<string, Story>,
  entities: EntityIndex,
): Statement[] {
  const parties = makePartyResolver([...byId.values()], entities);
  const sentencesOf = new Map<string, Span[]>();
  const out: Statement[] = [];
  const sorted = [...quotes].sort(
    (a, b) => compare(a.article, b.article) || a.start - b.start || b.end - a.end,
  );
  for (const q of sorted) {
    const article = byId.get(q.article);
    const actor = parties.partyOf(q.speaker);
    if (article === undefined || actor === null) continue;
    let sentences = sentencesOf.get(article.id);
    if (sentences === undefined) {
      sentences = splitSentences(article.text);
      sentencesOf.set(article.id, sentences);
    }
    for (const s of sentences) {
      if (s.end <= q.start || s.start >= q.end) continue;
      const span = trimmed(article.text, Math.max(s.start, q.start), Math.min(s.end, q.end));
      if (span === null || isCovered(out, article.id, actor, span)) continue;
      const text = article.text.slice(span.start, span.end);
      if (text.endsWith('?') || tokenize(text).length < MIN_STATEMENT_WORDS) continue;
      const { stance } = readStance(article.text, span.start, span.end);
      const story = storyOf.get(article.id)?.id ?? `article:${article.id}`;
      out.push({ article: article.id, ...span, text, actor, story, stance });
    }
  }
  return out;
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
  return words.length <= MAX_SUMMARY_WORDS ? words.join(' ') : `${words.slice(0, MAX_SUMMARY_WORDS).join(' ')} …`;
}

/** The words naming the actor, left out of the issue terms. */
function excludedWords(actor: string): Set<string> {
  return new Set(tokenize(actor).map((t) => t.norm));
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
