/**
 * Issue 9: chrono-node against a hand parser for the timeline's date expressions, on invented
 * sentences (eval/dates/cases.ts). Three readers: chrono-node alone (casual English, precision
 * from what it marks certain), the shipped stage (chrono-node plus Hearsay's refinements,
 * src/analyze/dates/expressions.ts) and the hand parser (eval/dates/hand-parser.ts). A sentence
 * counts as right when the reader's dates equal the expected ones exactly, in order. The
 * decision and the last figures are in docs/dates.md.
 *
 *   node eval/dates.ts [--misses]      (npm run eval:dates)
 */
import * as chrono from 'chrono-node';
import { findDateExpressions, isoOf, referenceOf, type Reference } from '../src/analyze/dates/expressions.ts';
import { DATE_CASES } from './dates/cases.ts';
import { handParse } from './dates/hand-parser.ts';

type Reader = (text: string, ref: Reference | null) => string[];

/** chrono-node as it comes: relative results need a reference, so undated text gets none. */
const chronoAlone: Reader = (text, ref) => {
  const r0 = ref ?? { year: 2000, month: 1, day: 1 };
  const instant = new Date(Date.UTC(r0.year, r0.month - 1, r0.day, 12));
  const out: string[] = [];
  for (const r of chrono.en.casual.parse(text, { instant, timezone: 0 })) {
    const s = r.start;
    const relative = /relative|casual/i.test([...r.tags()].join(' ')) || !s.isCertain('year');
    if (relative && ref === null) continue;
    const [y, m, d] = [s.get('year')!, s.get('month')!, s.get('day')!];
    if (s.isCertain('day') || s.isCertain('weekday')) out.push(isoOf(y, m, d));
    else if (s.isCertain('month')) out.push(isoOf(y, m));
    else if (s.isCertain('year')) out.push(isoOf(y));
  }
  return out;
};

const shipped: Reader = (text, ref) => findDateExpressions(text, ref).map((e) => e.date);

const READERS: Record<string, Reader> = {
  'chrono-node alone': chronoAlone,
  'chrono-node + refinements (shipped)': shipped,
  'hand parser': handParse,
};

const showMisses = process.argv.includes('--misses');
const kinds = [...new Set(DATE_CASES.map((c) => c.kind))];
console.log(`date expressions: ${DATE_CASES.length} invented sentences (${kinds.join(', ')})\n`);
for (const [name, read] of Object.entries(READERS)) {
  const byKind = new Map<string, [number, number]>();
  let right = 0;
  const misses: string[] = [];
  for (const c of DATE_CASES) {
    const got = read(c.text, referenceOf(c.ref));
    const ok = JSON.stringify(got) === JSON.stringify(c.expected);
    if (ok) right++;
    else misses.push(`  ${c.kind}: ${c.text} [ref ${c.ref}] want ${c.expected} got ${got}`);
    const k = byKind.get(c.kind) ?? [0, 0];
    byKind.set(c.kind, [k[0] + (ok ? 1 : 0), k[1] + 1]);
  }
  const parts = kinds.map((k) => `${k} ${byKind.get(k)![0]}/${byKind.get(k)![1]}`);
  const accuracy = (right / DATE_CASES.length).toFixed(3);
  console.log(`${name}: accuracy ${accuracy} (${right}/${DATE_CASES.length}); ${parts.join(', ')}`);
  if (showMisses) console.log(misses.join('\n'));
}
