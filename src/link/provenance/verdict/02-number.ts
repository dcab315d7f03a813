import { ordinalDayWord } from '../../../nlp/number-words.ts';
import {
  hasSense,
  isListedInMainSense,
  isMainlyNoun,
  lemmasOf,
  WORDNET_MAX_SENSES,
} from '../../../nlp/wordnet/wordnet.ts';
import { isStateNounOf } from '../../../nlp/wordnet/derivation.ts';
import { matchTerms, type SegmentAlignment } from '../alignment/align.ts';
import { sameValue } from '../alignment/match.ts';
import type { Term } from '../terms.ts';
import { quoteTermsOf, regionTermsOf, type Rule, textOf, windowRangeOf } from './rule.ts';
import { standInEachOthersPlace } from './13-roles-swapped.ts';
import { frequencyOfFigure, frequencyOfSegment } from './frequency-evidence.ts';

/** Numbers and dates: a figure the primary never gives, or one put where the primary has another. */
export const numberChanged: Rule = ({ alignment, quoteText, primaryNumbers, articleText }) => {
  const out: string[] = [];
  for (const seg of alignment.segments) {
    const said = articleText(seg.candidate.article);
    if (frequencyOfSegment(seg, alignment.quote, quoteText, said) === 'other') {
      out.push('verdict.number-changed: the quote states another frequency than the passage');
      continue;
    }
    const region = regionTermsOf(seg).filter((t) => t.num !== null);
    const regionNums = new Set(region.map((t) => t.num));
    // A figure closing the quote where the passage has another the same number of words past the
    // last anchor stands in its place ("in the autumn of 2028" → "… of 2026"), though no word after
    // it anchors the pair, and the passage may give the report's figure elsewhere (a date line).
    // So does one opening it where the passage has another as many words before the first anchor
    // ("Two schools will stay closed" → "Three schools …"): the figure is what the quote opens on.
    for (const edge of [edgeFigureOf(seg, alignment.quote), openingFigureOf(seg, alignment.quote)]) {
      if (!edge) continue;
      region.push(edge);
      regionNums.add(edge.num);
    }
    // "both" counts two, as "the two" does ("both sides" / "the two sides"); the quote may open on it.
    const { from, to } = windowRangeOf(seg);
    if (seg.candidate.terms.slice(from, to).some((t) => t.norm === 'both')) regionNums.add('2');
    // A decade named in words is that decade in figures ("the sixties" = "the 1960s", "the '60s").
    for (const t of seg.candidate.terms.slice(from, to))
      for (const n of decadeFiguresOf(t.norm)) regionNums.add(n);
    // (Read over the whole passage: "June the third" closes past the quote's "June 3rd" window.)
    const days = ordinalDaysOf(seg.candidate.terms);
    for (const day of days.values) regionNums.add(day);
    // The tens of "twenty-third" read as a figure of their own are part of the day.
    for (let k = region.length - 1; k >= 0; k--) if (days.tens.has(region[k]!)) region.splice(k, 1);
    const quoteNums = new Set(quoteTermsOf(seg, alignment.quote).map((t) => t.num));
    for (const t of quoteTermsOf(seg, alignment.quote)) {
      if (
        t.num === null ||
        regionNums.has(t.num) ||
        regionNums.has(cardinal(t.num)) ||
        [...regionNums].some((n) => sameValue(n!, t.num!))
      )
        continue;
      // A frequency restated ("every three months" → "four times a year") keeps its figure.
      const frequency = frequencyOfFigure(
        seg,
        alignment.quote,
        t,
        quoteText,
        articleText(seg.candidate.article),
      );
      if (frequency === 'same') continue;
      if (frequency === 'other') {
        out.push(`verdict.number-changed: "${textOf(quoteText, t)}" states another frequency`);
        continue;
      }
      // The passage's own figure the report replaced comes first: "12 percent" → "20 percent".
      const other = region.find((r) => !quoteNums.has(r.num) && sameKindOfNumber(r.num!, t.num!));
      if (other) out.push(`verdict.number-changed: "${other.norm}" → "${textOf(quoteText, t)}"`);
      else if (!primaryNumbers.has(t.num))
        out.push(
          `verdict.number-not-in-primary: "${textOf(quoteText, t)}" is a figure the primary never gives`,
        );
    }
  }
  return out;
};

/**
 * The passage's figure at the quote's closing figure's place: the quote's last term is a figure no
 * word anchors, as many terms past the last anchor as the passage's figure is past it, in the
 * same clause.
 */
function edgeFigureOf(seg: SegmentAlignment, quote: readonly Term[]): Term | null {
  const last = seg.anchors[seg.anchors.length - 1];
  const t = quote[seg.to - 1];
  if (!last || !t || t.num === null || seg.support.has(seg.to - 1)) return null;
  const p = seg.candidate.terms[last.p + (seg.to - 1 - last.q)];
  if (!p || p.num === null || p.clause !== seg.candidate.terms[last.p]!.clause) return null;
  return cardinal(p.num) === cardinal(t.num) ? null : p;
}

/**
 * The passage's figure at the quote's opening figure's place: the quote's first term is a figure
 * no word anchors, as many terms before the first anchor as the passage's figure is before it, in
 * the same clause (edgeFigureOf's mirror).
 */
function openingFigureOf(seg: SegmentAlignment, quote: readonly Term[]): Term | null {
  const first = seg.anchors[0];
  const t = quote[seg.from];
  if (!first || !t || t.num === null || seg.support.has(seg.from)) return null;
  const p = seg.candidate.terms[first.p - (first.q - seg.from)];
  if (!p || p.num === null || p.clause !== seg.candidate.terms[first.p]!.clause) return null;
  return cardinal(p.num) === cardinal(t.num) ? null : p;
}

/** A day written as an ordinal ("August 1st" / "Aug. 1") is the same figure: its cardinal. */
/** The tens a decade is named by in words ("sixties"): "twenties" … "nineties". */
const DECADE_WORDS: ReadonlyMap<string, number> = new Map(
  ['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'].map(
    (w, k) => [w, (k + 2) * 10],
  ),
);

/** The figures a decade word stands for ("sixties" → "60s", "1960s", "2060s"); none for other words. */
function decadeFiguresOf(norm: string): string[] {
  const tens = DECADE_WORDS.get(norm);
  return tens === undefined ? [] : [`${tens}s`, `19${tens}s`, `20${tens}s`];
}

function cardinal(n: string): string {
  return n.replace(/(?<=\d)(?:st|nd|rd|th)$/u, '');
}

/** How near its month an ordinal day word stands: "the first of June", "June the first". */
const DAY_MONTH_REACH = 2;

/**
 * The days named by ordinal words beside a month ("the first of June" gives "1", as "1 June" or
 * "June 1st" would): a day of the month in words is the same figure as in digits.
 */
function ordinalDaysOf(terms: readonly Term[]): { values: string[]; tens: Set<Term> } {
  const values: string[] = [];
  const tens = new Set<Term>();
  terms.forEach((t, i) => {
    let day = ordinalDayWord(t.norm);
    if (day === null) return;
    // "twenty third" as two words: the tens read as a figure before the ordinal unit.
    const before = terms[i - 1];
    const tensOf = before && day < 10 && (before.num === '20' || before.num === '30') ? before : null;
    if (tensOf) day += Number(tensOf.num);
    const near = terms.slice(Math.max(0, i - DAY_MONTH_REACH - (tensOf ? 1 : 0)), i + DAY_MONTH_REACH + 1);
    if (day > 31 || !near.some((x) => x.num?.startsWith('month:'))) return;
    values.push(String(day));
    if (tensOf) tens.add(tensOf);
  });
  return { values, tens };
}

function sameKindOfNumber(a: string, b: string): boolean {
  return a.startsWith('month:') === b.startsWith('month:');
}

/** Punctuation between a figure and the next word that ends the figure's phrase. */
const PHRASE_BREAK = /[,;:.!?()\u2013\u2014]/u;

/**
 * The figure kept but what it counts changed: "800 miles" → "800 kilometers", "every two days" →
 * "every two weeks". Read on the word right after a matched figure on each side: two content words
 * that do not match, the quote's one unsupported by the passage.
 */
export const numberUnitChanged: Rule = ({ alignment, diff, quoteText, articleText }) => {
  const out: string[] = [];
  for (const seg of alignment.segments) {
    const p = seg.candidate.terms;
    for (const m of seg.support.values()) {
      const qt = alignment.quote[m.q]!;
      if (qt.num === null || qt.num !== p[m.p]!.num) continue;
      const qNext = alignment.quote[m.q + 1];
      const pNext = p[m.p + 1];
      if (!qNext || !pNext || qNext.light || pNext.light || qNext.num !== null || pNext.num !== null)
        continue;
      if (m.q + 1 >= seg.to || matchTerms(qNext, pNext) !== null) continue;
      // A comma or a dash after the figure closes its phrase: the next word counts nothing
      // ("before 2030, provided that" → "before 2030, on condition that").
      const pText = articleText(seg.candidate.article);
      if (
        PHRASE_BREAK.test(quoteText.slice(qt.end, qNext.start)) ||
        PHRASE_BREAK.test(pText.slice(p[m.p]!.end, pNext.start))
      )
        continue;
      // A noun listed in the other's main WordNet sense counts the same things ("1.5 million
      // households" / "1.5 million homes": {household, house, home, …}); "tonnes" / "tons" are two units.
      if (isListedInMainSense(pNext.norm, qNext.norm) || isListedInMainSense(qNext.norm, pNext.norm))
        continue;
      // A noun of state and its adjective before a noun count the same ("1,200 vacancies" /
      // "1,200 vacant posts", and the other way round).
      if (
        countsStateByAdjective(pNext, qNext, alignment.quote[m.q + 2]) ||
        countsStateByAdjective(qNext, pNext, p[m.p + 2])
      )
        continue;
      // Two adjectives before a noun ("four minor deviations" / "four small departures") describe
      // what is counted, they are not it: the head noun after them is, and the wording rules judge them.
      if (isAdjectiveBeforeNoun(pNext, p[m.p + 2]) && isAdjectiveBeforeNoun(qNext, alignment.quote[m.q + 2]))
        continue;
      // The quote's word is its own (unsupported), or the source's word is left out: either way the
      // figure now counts something else ("five countries for Patriot batteries" → "five Patriot batteries").
      const matchedP = new Set([...seg.support.values()].map((x) => x.p));
      if (!diff.unsupported.has(m.q + 1) && matchedP.has(m.p + 1)) continue;
      // A modifier left out before the same noun ("115 million vaccine doses" → "115 million doses").
      if (isModifierDropped(seg.candidate.terms, m.p, seg.support.get(m.q + 1)?.p)) continue;
      const before = pText.slice(p[m.p]!.start, pNext.end);
      out.push(`verdict.number-counts-changed: "${before}" → "${quoteText.slice(qt.start, qNext.end)}"`);
    }
  }
  return out;
};

/**
 * An adjective or a past participle ("fallen", "toppled"), read first as no noun, with a content
 * word after it, the noun it describes.
 */
function isAdjectiveBeforeNoun(t: Term, after: Term | undefined): boolean {
  if (!after || after.light || after.num !== null || isMainlyNoun(t.norm)) return false;
  const participle = /(?:ed|en)$/.test(t.norm) && lemmasOf(t.norm, 'v').some((l) => l !== t.norm);
  return participle || hasSense(t.norm, 'a');
}

/** `noun` is the state `adjective` names, and a content word follows the adjective (what is so). */
function countsStateByAdjective(noun: Term, adjective: Term, after: Term | undefined): boolean {
  return (
    after !== undefined &&
    !after.light &&
    after.num === null &&
    isStateNounOf(noun.norm, adjective.norm, WORDNET_MAX_SENSES)
  );
}

/** The source's words between the figure and the quote's next word are content words only. */
function isModifierDropped(p: readonly Term[], figure: number, next: number | undefined): boolean {
  if (next === undefined || next <= figure + 1 || next > figure + 3) return false;
  return p.slice(figure + 1, next).every((t) => !t.light);
}

/**
 * Two figures of the passage, each put in the other's place ("2.5 percent for nurses and 6 percent
 * for porters" → "6 percent for nurses and 2.5 percent for porters"): every figure is the speaker's, but
 * what each one counts is swapped. Read as the roles rule reads nouns: the two cross in order, each
 * found once in the passage, each beside a word that stood beside the other and not beside itself
 * (a list reordered whole, "in 2019 and 2021", keeps its neighbours).
 */
export const figuresSwapped: Rule = ({ alignment, quoteText }) => {
  for (const seg of alignment.segments) {
    const terms = seg.candidate.terms;
    const once = (t: Term) => terms.filter((x) => x.num === t.num).length === 1;
    const figures = [...seg.support.values()]
      .filter((m) => alignment.quote[m.q]!.num !== null && once(terms[m.p]!))
      .sort((a, b) => a.q - b.q);
    for (let i = 0; i < figures.length; i++) {
      for (let j = i + 1; j < figures.length; j++) {
        const a = figures[i]!;
        const b = figures[j]!;
        if (a.p < b.p || terms[a.p]!.num === terms[b.p]!.num) continue;
        if (!standInEachOthersPlace(alignment.quote, terms, a, b)) continue;
        const x = textOf(quoteText, alignment.quote[a.q]!);
        const y = textOf(quoteText, alignment.quote[b.q]!);
        return [`verdict.number-changed: "${x}" and "${y}" stand in each other's place`];
      }
    }
  }
  return [];
};

/** Currency signs and words, by the currency they name ("£" and "pounds" are one). */
const CURRENCY_SIGNS: ReadonlyMap<string, string> = new Map([
  ['$', 'dollar'],
  ['£', 'pound'],
  ['€', 'euro'],
  ['¥', 'yen'],
]);
const CURRENCY_WORDS: ReadonlyMap<string, string> = new Map([
  ['dollar', 'dollar'],
  ['dollars', 'dollar'],
  ['pound', 'pound'],
  ['pounds', 'pound'],
  ['sterling', 'pound'],
  ['euro', 'euro'],
  ['euros', 'euro'],
  ['yen', 'yen'],
]);

/**
 * The currency a figure is given in: its sign right before it ("£40,000"), or a currency word
 * closing it or right after it ("2.4 million pounds", "500 dollars"); null for a bare figure.
 */
function currencyOf(text: string, terms: readonly Term[], i: number): string | null {
  const t = terms[i]!;
  const sign = CURRENCY_SIGNS.get(text[t.start - 1] ?? '');
  if (sign) return sign;
  const last = t.norm.split(' ').pop() ?? '';
  return CURRENCY_WORDS.get(last) ?? CURRENCY_WORDS.get(terms[i + 1]?.norm ?? '') ?? null;
}

/**
 * The figure kept, its currency changed: "£40,000" → "$40,000", "€3 billion" → "3 billion
 * dollars". A sum in another currency is another sum, as a length in another unit is another length.
 * Only where both sides name a currency: one left out says nothing of which.
 */
export const currencyChanged: Rule = ({ alignment, quoteText, articleText }) => {
  const out: string[] = [];
  for (const seg of alignment.segments) {
    const pText = articleText(seg.candidate.article);
    for (const m of seg.support.values()) {
      const qt = alignment.quote[m.q]!;
      if (qt.num === null || qt.num !== seg.candidate.terms[m.p]!.num) continue;
      const said = currencyOf(pText, seg.candidate.terms, m.p);
      const reported = currencyOf(quoteText, alignment.quote, m.q);
      if (said === null || reported === null || said === reported) continue;
      out.push(`verdict.number-currency-changed: ${said} → ${reported} ("${textOf(quoteText, qt)}")`);
    }
  }
  return out;
};
