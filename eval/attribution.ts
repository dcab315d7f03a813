/**
 * Speaker attribution on real news: two sets of 60 quotations each drawn at random from Hearsay's
 * own output on the Reuters-21578 export, each labelled by reading its context: the speaker as the
 * text names them (a person, a body, or an unnamed source such as "a union leader"), and whether
 * the span is a real quotation or a scare quote / nickname / quoted term.
 *
 * - dev (eval/attribution-dev.json): annotated by the engineers who develop the attribution rules,
 *   who then fixed rules while looking at its misses. Its figures are OPTIMISTIC.
 * - heldout (eval/attribution-heldout.json): drawn with a different seed (articles shuffled with
 *   mulberry32 seed 0x5eed2, one random direct quote from each article that has any, dev articles
 *   excluded, first 60 kept), labelled before any rule was changed, and never used to choose a
 *   rule. Its figure is the honest one: do not look at its misses while tuning rules.
 *
 * Both samples only hold spans the extractor already found, so quote recall is not measured.
 * Only ids, offsets and labels are stored; the Reuters text is read from ../shared at run time.
 * The pipeline path is the library's: read the JSONL records, prepare the articles, build the
 * entity index over them (per set), extract quotes.
 *
 * PolNeAR dev and a held-out part of PolNeAR train are scored too (eval/polnear.ts): quote
 * recall (direct and all), precision and speaker accuracy, by the data's own scorer.
 *
 *   node eval/attribution.ts [--set dev|heldout|polnear-dev|polnear-heldout|all]   (default all)
 *   prints, per set, speaker accuracy, quote precision and the misses (Reuters; held-out misses
 *   are only counted), or the scorer's figures (PolNeAR)
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { buildEntityIndex } from '../src/extract/entities.ts';
import { extractQuotes } from '../src/extract/quotes.ts';
import { prepareArticle } from '../src/ingest/ingest.ts';
import { readJsonLines } from '../src/ingest/read-records.ts';
import type { Quote } from '../src/model/quote.ts';
import { requireShared } from '../scripts/shared-data.ts';
import { POLNEAR_SETS, type PolnearSet, reportPolnear } from './polnear.ts';

/** One labelled item: a quotation span of an article, who said it, and whether it is a quote at all. */
interface DevItem {
  article: string;
  start: number;
  end: number;
  /** The speaker as named in the text; an unnamed source keeps its words ("a union leader"); null for none. */
  speaker: string | null;
  isQuote: boolean;
}

/** The labelled sets, by the name `--set` takes. */
const SETS = { dev: './attribution-dev.json', heldout: './attribution-heldout.json' } as const;
type SetName = keyof typeof SETS;

/** The sets chosen by `--set dev|heldout|polnear-dev|polnear-heldout|all` (default all), or exit 2. */
function chooseSets(argv: readonly string[]): (SetName | PolnearSet)[] {
  const at = argv.indexOf('--set');
  const value = at === -1 ? 'all' : argv[at + 1];
  if (value === 'all') return ['dev', 'heldout', ...POLNEAR_SETS];
  if (value === 'dev' || value === 'heldout') return [value];
  const polnear = POLNEAR_SETS.find((p) => p === value);
  if (polnear) return [polnear];
  process.stderr.write(
    `--set expects dev, heldout, polnear-dev, polnear-heldout or all, got ${JSON.stringify(value)}\n`,
  );
  process.exit(2);
}

const chosen = chooseSets(process.argv.slice(2));
const isReuters = (name: SetName | PolnearSet): name is SetName => name in SETS;
const itemsOf = new Map(
  chosen
    .filter(isReuters)
    .map((name) => [
      name,
      JSON.parse(readFileSync(new URL(SETS[name], import.meta.url), 'utf8')) as DevItem[],
    ]),
);
const corpus = requireShared('corpora/reuters21578.jsonl.gz');
const batch =
  itemsOf.size > 0
    ? readJsonLines(corpus, 'reuters21578.jsonl', gunzipSync(readFileSync(corpus)).toString('utf8'), 'utf-8')
    : { articles: [] };

/** Quotes and texts of the articles a set names, with the entity index built over that set only. */
function extractSet(items: readonly DevItem[]): {
  quotesOf: Map<string, Quote[]>;
  textOf: Map<string, string>;
} {
  const wanted = new Set(items.map((i) => i.article));
  const articles = batch.articles.filter((r) => wanted.has(r.id)).map(prepareArticle);
  const entities = buildEntityIndex(articles);
  return {
    quotesOf: new Map(articles.map((a) => [a.id, extractQuotes(a, entities)])),
    textOf: new Map(articles.map((a) => [a.id, a.text])),
  };
}

/** Lower case, punctuation dropped, spaces collapsed: "U.S.  Trade\nMinister" → "us trade minister". */
function normalizeName(name: string): string {
  return name
    .toLowerCase()
    .replace(/['’]s\b/gu, '')
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .replace(/\s+/gu, ' ')
    .replace(CORPORATE_SUFFIX, '')
    .trim();
}

/** A company's legal suffix is not part of how the text names it ("Pacad Inc" ~ "Pacad"). */
const CORPORATE_SUFFIX = /\s(inc|corp|co|ltd|plc|ag|sa|nv)$/u;

/** An unnamed source keeps its determiner ("a spokesman", "the ministry official"). */
const UNNAMED = /^(a|an|one|the|some|two|three|several)\s/u;

/**
 * Whether the system's speaker is the labelled one: equal names; a surname alone when the other
 * side is the full name of that person ("Fujioka" ~ "Masao Fujioka", never "John Michael" ~
 * "Michael Luckey"); for an unnamed source, one phrase starting the other ("a spokesman" ~ "a
 * spokesman for the bank").
 */
function isSameSpeaker(gold: string | null, got: string | null): boolean {
  if (gold === null || got === null) return gold === got;
  const g = normalizeName(gold);
  const s = normalizeName(got);
  if (g === s) return true;
  if (UNNAMED.test(g)) return s.startsWith(g) || (UNNAMED.test(s) && g.startsWith(s));
  const gw = g.split(' ');
  const sw = s.split(' ');
  if (gw.at(-1) !== sw.at(-1)) return false;
  const [short, long] = gw.length <= sw.length ? [gw, sw] : [sw, gw];
  return short.every((w) => long.includes(w));
}

/** The extracted quote overlapping the item most, if any. */
function findQuote(item: DevItem, quotes: readonly Quote[]): Quote | null {
  let best: Quote | null = null;
  let bestOverlap = 0;
  for (const q of quotes) {
    const overlap = Math.min(q.end, item.end) - Math.max(q.start, item.start);
    if (overlap > bestOverlap) {
      best = q;
      bestOverlap = overlap;
    }
  }
  return best;
}

const pct = (n: number, d: number): string => (d === 0 ? 'n/a' : (n / d).toFixed(3));

/** Scores one set and prints its figures and misses. */
function reportSet(name: SetName, items: readonly DevItem[]): void {
  const { quotesOf, textOf } = extractSet(items);
  let real = 0;
  let correct = 0;
  let extracted = 0;
  let extractedReal = 0;
  const misses: string[] = [];
  for (const item of items) {
    const q = findQuote(item, quotesOf.get(item.article) ?? []);
    const where = `${item.article}[${item.start},${item.end}]`;
    const gist = (textOf.get(item.article) ?? '').slice(item.start, Math.min(item.end, item.start + 50));
    if (q) {
      extracted++;
      if (item.isQuote) extractedReal++;
      else misses.push(`${where} not a quotation, extracted (${q.rule}) “${gist}”`);
    }
    if (!item.isQuote) continue;
    real++;
    const got = q?.speaker?.name ?? null;
    if (q && isSameSpeaker(item.speaker, got)) correct++;
    else
      misses.push(
        `${where} want ${JSON.stringify(item.speaker)} got ${q ? JSON.stringify(got) : 'no quote'} ` +
          `(${q?.speakerRule ?? '-'}) “${gist.replace(/\s+/gu, ' ')}”`,
      );
  }
  console.log(
    `${name} set${' '.repeat(13 - name.length)}${SETS[name].slice(2)}: ${items.length} items, ${real} real quotations`,
  );
  if (name === 'dev') console.log('caution          tuned on by the engineers: an optimistic figure');
  else console.log('note             held out: the honest figure; do not tune on its misses');
  console.log(`speaker accuracy ${pct(correct, real)} (${correct}/${real})`);
  console.log(
    `quote precision  ${pct(extractedReal, extracted)} (${extractedReal}/${extracted} extracted spans)`,
  );
  console.log(`misses           ${misses.length}`);
  // Held-out misses are counted, never shown: reading them would make the set a tuning set.
  if (name === 'dev') for (const m of misses) console.log(`  ${m}`);
}

for (const [name, items] of itemsOf) {
  reportSet(name, items);
  console.log();
}
for (const name of chosen.filter((n) => !isReuters(n))) {
  reportPolnear(name);
  console.log();
}
