import type { Article } from '../model/article.ts';
import type { Dossier } from '../model/dossier.ts';
import { VERDICTS, type Quote, type Verdict } from '../model/quote.ts';
import type { Story } from '../model/story.ts';

/**
 * Per story, the primary source and how faithfully each outlet reported it: the first thing a
 * brief shows. Pure data, shared by the Markdown and HTML briefs so both say the same thing.
 */

/** Reading order of verdicts: the reports a reader must see first are the ones that got it wrong. */
export const VERDICT_ORDER: readonly Verdict[] = [
  'altered',
  'unsupported',
  'paraphrase',
  'supported',
  'verbatim',
  'no_primary',
];

export interface OutletTally {
  outlet: string;
  articles: string[];
  counts: Record<Verdict, number>;
}

export interface StoryFidelity {
  story: Story;
  primary: Article | undefined;
  /** Outlets with the most altered and unsupported reports first. */
  outlets: OutletTally[];
  /** The story's judged report quotes: altered and unsupported first, then by article and offset. */
  reports: Quote[];
  /** Quotes of the story's reports with no verdict (no primary anywhere in the set). */
  unjudged: number;
}

export function storyFidelity(d: Dossier): StoryFidelity[] {
  const articles = new Map(d.articles.map((a) => [a.id, a]));
  const storyOf = new Map<string, Story>();
  for (const s of d.stories) for (const id of s.articles) storyOf.set(id, s);
  const quotesOf = new Map<string, Quote[]>();
  for (const q of d.quotes) {
    const story = storyOf.get(q.article);
    if (!story || q.article === story.primary) continue;
    const list = quotesOf.get(story.id);
    if (list) list.push(q);
    else quotesOf.set(story.id, [q]);
  }
  return d.stories.map((story) => {
    const quotes = quotesOf.get(story.id) ?? [];
    const reports = quotes.filter((q) => q.provenance).sort(compareReports);
    return {
      story,
      primary: story.primary ? articles.get(story.primary) : undefined,
      outlets: tallyOutlets(reports, articles),
      reports,
      unjudged: quotes.length - reports.length,
    };
  });
}

export function verdictRank(v: Verdict): number {
  return VERDICT_ORDER.indexOf(v);
}

function compareReports(a: Quote, b: Quote): number {
  return (
    verdictRank(a.provenance!.verdict) - verdictRank(b.provenance!.verdict) ||
    (a.article < b.article ? -1 : a.article > b.article ? 1 : 0) ||
    a.start - b.start
  );
}

function tallyOutlets(reports: Quote[], articles: Map<string, Article>): OutletTally[] {
  const tallies = new Map<string, OutletTally>();
  for (const q of reports) {
    const outlet = articles.get(q.article)?.outlet ?? q.article;
    let t = tallies.get(outlet);
    if (!t) {
      t = { outlet, articles: [], counts: emptyCounts() };
      tallies.set(outlet, t);
    }
    if (!t.articles.includes(q.article)) t.articles.push(q.article);
    t.counts[q.provenance!.verdict]++;
  }
  const unfaithful = (t: OutletTally) => t.counts.altered + t.counts.unsupported;
  return [...tallies.values()].sort(
    (a, b) => unfaithful(b) - unfaithful(a) || (a.outlet < b.outlet ? -1 : a.outlet > b.outlet ? 1 : 0),
  );
}

function emptyCounts(): Record<Verdict, number> {
  return Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>;
}

/**
 * Reports listed per story in a brief: the altered and unsupported ones come first, so a cap
 * trims the faithful tail; past it the brief gives counts (every quote is in `hearsay export`
 * and the JSON dossier). Keeps a 500-article brief a page a browser opens at once.
 */
export const REPORTS_LISTED_PER_STORY = 30;

export interface ListedReports {
  shown: Quote[];
  /** Verdicts of the reports left out, in reading order, with how many of each. */
  hidden: [Verdict, number][];
}

export function listedReports(f: StoryFidelity, limit = REPORTS_LISTED_PER_STORY): ListedReports {
  const rest = f.reports.slice(limit);
  const counts = emptyCounts();
  for (const q of rest) counts[q.provenance!.verdict]++;
  return {
    shown: f.reports.slice(0, limit),
    hidden: VERDICT_ORDER.filter((v) => counts[v] > 0).map((v) => [v, counts[v]]),
  };
}

/** `12 more reports (2 altered, 10 verbatim)`, or '' when none were left out. */
export function hiddenNote(hidden: ListedReports['hidden']): string {
  const total = hidden.reduce((n, [, c]) => n + c, 0);
  if (total === 0) return '';
  return `${total} more reports (${hidden.map(([v, c]) => `${c} ${v}`).join(', ')}) not listed here: \`hearsay export --what quotes\` has every one.`;
}
