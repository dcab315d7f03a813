import { areOppositeAdjectives, lexFileOf } from '../../../nlp/wordnet/relations.ts';
import { isMainlyNoun, lemmasOf, synsetsOf } from '../../../nlp/wordnet/wordnet.ts';
import { evidenceOfRewording, isCloseRendering } from './08-wording-without-evidence.ts';
import { shareWordPercent } from '../../../nlp/number-words.ts';
import { type Rule } from './rule.ts';

/** Punctuation that ends the phrase a quote's last matched word stands in. */
const PHRASE_END = /[,;:.!?()\u2013\u2014]/u;

/** Most words of the speaker's phrase after the last matched word compared with the quote's ending. */
const CLOSING_MAX_WORDS = 5;

/**
 * The quote's closing words put for the words the speaker said in their place: "the grant will
 * not be widened to newer boilers" → "… widened to businesses", "keep lorries out of the streets
 * near hospitals" → "… out of the streets across the county". The gaps between matched words are compared as rewordings; the
 * quote's end has no matched word after it to close a gap, so a report could swap the object or
 * the place that ends a sentence unseen. Compared with the passage's words right after the last
 * matched one, up to the end of their phrase: with no synonymy linking the two, and head nouns of
 * other kinds in their main WordNet senses (a dwelling and a firm, an institution and a place),
 * another thing is named. Rewordings of one kind ("flutter" / "bet", "at this time" / "at
 * present") and adverbs ("online" / "on the internet") are the report's to choose. A translation
 * rewords freely and is left alone, as the wording rule leaves it.
 */
export const closingWordsReplaced: Rule = ({ alignment, diff, quoteText, articleText, translated }) => {
  if (translated || !isCloseRendering(alignment, diff)) return [];
  const seg = alignment.segments[alignment.segments.length - 1];
  if (!seg || seg.to !== alignment.quote.length) return [];
  const q = alignment.quote;
  // The last content word matched: a light word may be matched anywhere ("a" of "in a row" to
  // the "a" of "a year" further on).
  const last = Math.max(-1, ...[...seg.support.keys()].filter((k) => !alignment.quote[k]!.light));
  if (last < seg.from) return [];
  const tail = q.slice(last + 1, seg.to);
  if (!tail.some((t) => !t.light) || tail.some((t) => t.num !== null)) return [];
  const terms = seg.candidate.terms;
  const pText = articleText(seg.candidate.article);
  const lastP = seg.support.get(last)!.p;
  // Words matched further on in the passage: the quote is reordered, not ended early.
  if ([...seg.support.values()].some((m) => m.p > lastP && !terms[m.p]!.light)) return [];
  const said: number[] = [];
  for (let p = lastP + 1; p < terms.length && said.length < CLOSING_MAX_WORDS; p++) {
    if (PHRASE_END.test(pText.slice(terms[p - 1]!.end, terms[p]!.start))) break;
    said.push(p);
  }
  if (!said.some((p) => !terms[p]!.light) || said.some((p) => terms[p]!.num !== null)) return [];
  // Past the phrase the speaker went on: the quote's last words would stand for more than it.
  const end = said[said.length - 1]!;
  if (end + 1 < terms.length && !PHRASE_END.test(pText.slice(terms[end]!.end, terms[end + 1]!.start)))
    return [];
  // Shown and compared from the first content word on each side ("newer boilers" → "businesses").
  const fromStart = terms[said.find((p) => !terms[p]!.light)!]!.start;
  const toStart = tail.find((t) => !t.light)!.start;
  const from = pText.slice(fromStart, terms[end]!.end);
  const to = quoteText.slice(toStart, tail[tail.length - 1]!.end);
  // A share closing the phrase without "of" ("closer to a third" → "closer to a quarter") is a figure.
  const shares = [from, to].map((s) => shareWordPercent(s.match(/\p{L}+$/u)?.[0] ?? ''));
  if (shares[0] !== null && shares[1] !== null && shares[0] !== shares[1])
    return [`verdict.number-changed: "${from}" → "${to}" (another share closing the quote)`];
  if (evidenceOfRewording(from, to) !== null || !namesOtherKind(from, to)) return [];
  return [`verdict.wording-changed: "${from}" → "${to}" (the quote's closing words put for the speaker's)`];
};

/**
 * The quote's opening words put for the words the speaker said in their place, the rest of the
 * sentence quoted as said: "Landlords will pay for the new meters" → "Hospitals will pay for …",
 * "young farmers may claim the grant" → "old farmers may claim …". The mirror of the closing
 * words: a quote's start has no matched word before it to close a gap, so its subject could be
 * swapped unseen. Compared with the passage's words right before the first matched content word,
 * back to the start of their phrase: with no synonymy linking the two, head nouns of other kinds
 * in their main senses, or adjectives of opposite poles, name another party. In a translation only
 * the opposite pole is read: other nouns may be the translator's.
 */
export const openingWordsReplaced: Rule = ({ alignment, diff, quoteText, articleText, translated }) => {
  if (!isCloseRendering(alignment, diff)) return [];
  const seg = alignment.segments[0];
  if (!seg || seg.from !== 0) return [];
  const q = alignment.quote;
  const first = Math.min(...[...seg.support.keys()].filter((k) => !q[k]!.light));
  if (!Number.isFinite(first) || first <= seg.from) return [];
  const head = q.slice(seg.from, first);
  if (head.some((t, k) => !t.light && seg.support.has(seg.from + k))) return [];
  if (!head.some((t) => !t.light) || head.some((t) => t.num !== null)) return [];
  const terms = seg.candidate.terms;
  const pText = articleText(seg.candidate.article);
  const firstP = seg.support.get(first)!.p;
  // Words matched earlier in the passage: the quote is reordered, not opened on other words.
  if ([...seg.support.values()].some((m) => m.p < firstP && !terms[m.p]!.light)) return [];
  const said: number[] = [];
  let p = firstP - 1;
  for (; p >= 0 && said.length < CLOSING_MAX_WORDS; p--) {
    if (PHRASE_END.test(pText.slice(terms[p]!.end, terms[p + 1]!.start))) break;
    said.unshift(p);
  }
  // Before the phrase the speaker said more: the quote's first words would stand for more than it.
  if (said.length === 0 || (p >= 0 && !PHRASE_END.test(pText.slice(terms[p]!.end, terms[p + 1]!.start))))
    return [];
  const saidContent = said.filter((k) => !terms[k]!.light);
  const headContent = head.filter((t) => !t.light);
  if (saidContent.length === 0 || saidContent.some((k) => terms[k]!.num !== null)) return [];
  // Shown and compared from the first content word to the last on each side ("Landlords" →
  // "Hospitals", the light "will" after them matched).
  const from = pText.slice(terms[saidContent[0]!]!.start, terms[saidContent[saidContent.length - 1]!]!.end);
  const to = quoteText.slice(headContent[0]!.start, headContent[headContent.length - 1]!.end);
  if (evidenceOfRewording(from, to) !== null) return [];
  const opposite =
    saidContent.length === 1 &&
    headContent.length === 1 &&
    areOppositeAdjectives(terms[saidContent[0]!]!.norm, headContent[0]!.norm, OPPOSITE_SENSES);
  // A translator finds other nouns for one party, but the opposite pole is no rendering of it.
  if (!opposite && (translated || !namesOtherKind(from, to))) return [];
  return [`verdict.actor-changed: "${from}" → "${to}" (the quote's opening words put for the speaker's)`];
};

/** Senses of each adjective searched for opposite poles. */
const OPPOSITE_SENSES = 3;

/** The main WordNet sense's lexicographer file of a phrase's last word, read as a noun; or null. */
function headNounKind(phrase: string): number | null {
  const head = phrase.toLowerCase().match(/\p{L}+$/u)?.[0] ?? '';
  if (!isMainlyNoun(head)) return null;
  const lemma = lemmasOf(head, 'n')[0];
  const sense = lemma === undefined ? undefined : synsetsOf(lemma, 'n', 1)[0];
  return sense === undefined ? null : lexFileOf(sense);
}

/** Both phrases end on nouns, of other kinds in their main senses. */
function namesOtherKind(from: string, to: string): boolean {
  const a = headNounKind(from);
  const b = headNounKind(to);
  return a !== null && b !== null && a !== b;
}
