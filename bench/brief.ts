/**
 * The brief at scale: an invented dossier of N articles (stories of 10 reports around a primary,
 * 20 judged quotes per report, claims, positions, timeline) rendered as Markdown and HTML, then
 * the HTML page opened in Debian's Chromium when it is installed. Prints render ms, size, and the
 * browser's time to the load event, at 100, 500 and 1,000 articles, so growth shows: rendering
 * must stay linear and a 500-article brief must open fast.
 * Run: node bench/brief.ts [--sizes 100,500,1000] [--keep]  (--keep leaves the pages and prints where)
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Dossier } from '../src/model/dossier.ts';
import { type Quote, VERDICTS } from '../src/model/quote.ts';
import { renderHtml } from '../src/report/html.ts';
import { renderMarkdown } from '../src/report/markdown.ts';

const CHROMIUM = '/usr/bin/chromium';
const STORY_SIZE = 10;
const QUOTES_PER_REPORT = 20;
const sizesArg = process.argv.indexOf('--sizes');
const SIZES = sizesArg > 0 ? process.argv[sizesArg + 1]!.split(',').map(Number) : [100, 500, 1000];

/** A deterministic generator, so every run measures the same dossier. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

const WORDS =
  'the minister said harbour treaty grain duties river talks border fund railway council permit season'.split(
    ' ',
  );

function sentence(r: () => number, n = 14): string {
  const words = Array.from({ length: n }, () => WORDS[Math.floor(r() * WORDS.length)]!);
  const text = words.join(' ');
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}

function dossierOf(articles: number): Dossier {
  const r = random(articles);
  const d: Dossier = {
    version: 1,
    generator: { name: 'hearsay', version: 'bench' },
    articles: [],
    quotes: [],
    entities: [],
    stories: [],
    claims: [],
    positions: [],
    timeline: [],
    issues: [],
  };
  for (let i = 0; i < articles; i++) {
    const text = Array.from({ length: 30 }, () => sentence(r)).join(' ');
    d.articles.push({
      id: `a${i}.txt`,
      source: `a${i}.txt`,
      format: 'text',
      text,
      title: `Article ${i} <b>title</b>`,
      published: `2031-0${1 + (i % 9)}-1${i % 10}`,
      outlet: `Outlet ${i % 40}`,
      url: null,
      byline: null,
      encoding: 'utf-8',
      credited: [],
      boilerplate: [{ start: 0, end: 20, kind: 'share', rule: 'bench' }],
      contentHash: String(i),
      duplicateOf: null,
      syndicated: [],
      metadataRules: {},
    });
  }
  for (let s = 0; s * STORY_SIZE < articles; s++) {
    const members = d.articles.slice(s * STORY_SIZE, (s + 1) * STORY_SIZE);
    const primary = members[0]!;
    d.stories.push({
      id: `story-${s}`,
      title: `Story ${s}`,
      articles: members.map((a) => a.id),
      primary: primary.id,
      primaryConfidence: 0.9,
    });
    for (const report of members.slice(1)) {
      for (let q = 0; q < QUOTES_PER_REPORT; q++) {
        const start = Math.floor(r() * (report.text.length - 120));
        const pStart = Math.floor(r() * (primary.text.length - 120));
        const quote: Quote = {
          id: `${report.id}#${q}`,
          article: report.id,
          start,
          end: start + 100,
          text: report.text.slice(start, start + 100),
          kind: 'direct',
          speaker: { name: `Speaker ${Math.floor(r() * 60)}`, entity: null },
          cue: null,
          venue: null,
          rule: 'bench',
          speakerRule: null,
          provenance: {
            verdict: VERDICTS[Math.floor(r() * VERDICTS.length)]!,
            primary: [
              {
                article: primary.id,
                start: pStart,
                end: pStart + 100,
                text: primary.text.slice(pStart, pStart + 100),
              },
            ],
            score: r(),
            added: [],
            dropped: [],
            substituted: [],
            reasons: ['verdict.bench: "a" → "b"'],
            confidence: r(),
          },
        };
        d.quotes.push(quote);
      }
    }
  }
  const span = (a: number) => ({
    article: `a${a}.txt`,
    start: 0,
    end: 30,
    text: d.articles[a]!.text.slice(0, 30),
  });
  for (let c = 0; c < articles; c++) {
    d.claims.push({
      id: `claim-${c}`,
      subject: `subject ${c}`,
      kind: 'percent',
      statements: [0, 1, 2].map(() => ({
        ...span(Math.floor(r() * articles)),
        value: 19,
        unit: '%',
        hedge: null,
        subject: 's',
      })),
      agree: r() < 0.2 ? false : r() < 0.5 ? true : null,
    });
    d.timeline.push({ date: `2031-0${1 + (c % 9)}`, label: `Event ${c}`, evidence: [span(c)] });
  }
  const positions = Array.from({ length: articles }, (_, p) => ({
    actor: `Actor ${p % 30}`,
    issue: `issue ${p % 12}`,
    stance: ['demand', 'red_line', 'offer', 'condition', 'rejection', 'assessment'][p % 6]!,
    summary: `summary ${p}`,
    date: `2031-${String(1 + (p % 12)).padStart(2, '0')}-01`,
    evidence: [span(p)],
  }));
  d.positions = positions as unknown as Dossier['positions'];
  return d;
}

function time<T>(fn: () => T): [T, number] {
  const t0 = performance.now();
  const out = fn();
  return [out, performance.now() - t0];
}

async function loadMs(file: string): Promise<number | null> {
  if (!existsSync(CHROMIUM)) return null;
  const { chromium } = await import('playwright-core');
  const profile = mkdtempSync(join(tmpdir(), 'hearsay-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const t0 = performance.now();
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    return performance.now() - t0;
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

const dir = mkdtempSync(join(tmpdir(), 'hearsay-brief-bench-'));
try {
  console.log('articles\tquotes\tmd ms\thtml ms\thtml MB\tchromium load ms');
  for (const n of SIZES) {
    const d = dossierOf(n);
    const [, mdMs] = time(() => renderMarkdown(d));
    const [html, htmlMs] = time(() => renderHtml(d));
    const file = join(dir, `brief-${n}.html`);
    writeFileSync(file, html);
    const load = await loadMs(file);
    console.log(
      [
        n,
        d.quotes.length,
        mdMs.toFixed(0),
        htmlMs.toFixed(0),
        (html.length / 2 ** 20).toFixed(1),
        load === null ? 'n/a (no chromium)' : load.toFixed(0),
      ].join('\t'),
    );
  }
} finally {
  if (process.argv.includes('--keep')) console.log(`pages kept in ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}
