import { IRREGULAR_BASE } from '../../../nlp/lexicons/irregular-forms.ts';
import { lemmasOf } from '../../../nlp/wordnet.ts';
import type { Term } from '../terms.ts';
import { type Rule, textOf } from './rule.ts';

/**
 * The one an act was done to made the one who did it: "our allies have been briefed" → "we have
 * been briefed by our allies". In a passive clause the subject undergoes the act and "by" names
 * who does it, so a noun the passage put before a passive verb (with no "by" of its own) and the
 * report puts after "by" at that same verb has changed role, though every word is the speaker's.
 */
export const patientMadeAgent: Rule = ({ alignment, quoteText }) => {
  const quote = alignment.quote;
  for (const seg of alignment.segments) {
    const terms = seg.candidate.terms;
    const matches = [...seg.support.values()];
    for (const verb of matches) {
      if (verb.kind !== 'same' && verb.kind !== 'inflection') continue;
      if (!isPassiveAt(terms, verb.p) || terms[verb.p + 1]?.norm === 'by') continue;
      const agent = agentAfter(quote, verb.q);
      if (agent === null) continue;
      const said = seg.support.get(agent);
      if (!said || said.p >= verb.p || !sameClause(terms, said.p, verb.p)) continue;
      return [
        `verdict.roles-swapped: "${textOf(quoteText, quote[agent]!)}" underwent "${textOf(quoteText, quote[verb.q]!)}" in the passage; the report makes it the doer`,
      ];
    }
    // Two nouns kept in their order while the voice between them changed ("the council was sued by
    // the company" → "the council sued the company"): the one sued now sues.
    const nouns = matches
      .filter(
        (m) =>
          (m.kind === 'same' || m.kind === 'inflection') && !quote[m.q]!.light && quote[m.q]!.num === null,
      )
      .sort((x, y) => x.q - y.q);
    for (let i = 0; i < nouns.length; i++) {
      for (let j = i + 1; j < nouns.length; j++) {
        const a = nouns[i]!;
        const b = nouns[j]!;
        if (a.p >= b.p) continue;
        if (passiveWithAgent(quote, a.q, b.q) === passiveWithAgent(terms, a.p, b.p)) continue;
        if (!sameClause(terms, a.p, b.p)) continue;
        return [
          `verdict.roles-swapped: "${textOf(quoteText, quote[a.q]!)}" and "${textOf(quoteText, quote[b.q]!)}" kept their order across a change of voice`,
        ];
      }
    }
  }
  return [];
};

/** Forms of "be" that make a participle after them passive ("were briefed", "have been told"). */
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am']);
/** Words a passive may hold between "be" and its participle ("were all briefed", "was not told"). */
const PASSIVE_INSERT_MAX = 2;

/** A past participle after a form of "be", only adverbs or negations between. */
export function isPassiveAt(terms: readonly Term[], p: number): boolean {
  const word = terms[p]?.norm ?? '';
  if (!(/(?:ed|en)$/.test(word) || IRREGULAR_BASE.has(word)) || lemmasOf(word, 'v').length === 0)
    return false;
  for (let j = p - 1; j >= Math.max(0, p - 1 - PASSIVE_INSERT_MAX); j--) {
    if (BE_FORMS.has(terms[j]!.norm)) return true;
    if (!terms[j]!.neg && lemmasOf(terms[j]!.norm, 'r').length === 0) return false;
  }
  return false;
}

/** Light words a "by" phrase opens with before its noun ("by our allies", "by the two boards"). */
const AGENT_LIGHT_MAX = 2;

/** The first content word of a "by" phrase right after the verb at `q`, or null. */
function agentAfter(quote: readonly Term[], q: number): number | null {
  if (quote[q + 1]?.norm !== 'by') return null;
  for (let k = q + 2; k < quote.length && k <= q + 2 + AGENT_LIGHT_MAX; k++)
    if (!quote[k]!.light) return quote[k]!.num === null ? k : null;
  return null;
}

/** No clause boundary between two passage terms. */
function sameClause(terms: readonly Term[], a: number, b: number): boolean {
  return terms[a]!.clause === terms[b]!.clause;
}

/** Most words between "by" and a noun of its phrase ("by the water company"). */
const AGENT_PHRASE_MAX = 3;

/** "by" opens the phrase term `k` is in: up to three words before it, no verb between. */
function byBefore(terms: readonly Term[], k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - AGENT_PHRASE_MAX); j--) {
    if (terms[j]!.norm === 'by') return true;
    if (BE_FORMS.has(terms[j]!.norm) || terms[j]!.neg) return false;
  }
  return false;
}

/**
 * A passive verb strictly between two terms whose "by" phrase, right after it, holds the second:
 * "X was signed by Y" (not "X will restore it by the start of Y", a "by" of time after an active verb).
 */
function passiveWithAgent(terms: readonly Term[], first: number, second: number): boolean {
  if (!byBefore(terms, second)) return false;
  for (let j = first + 1; j < second; j++)
    if (isPassiveAt(terms, j) && terms[j + 1]?.norm === 'by' && second - (j + 1) <= AGENT_PHRASE_MAX)
      return true;
  return false;
}

/**
 * Two nouns crossing because one side is passive with its agent and the other active ("The
 * contract was signed by the council" → "The council signed the contract"): the voice changed,
 * the roles did not. `first`/`second` are the nouns in the quote's order; in the passage they
 * stand the other way round.
 */
export function isVoiceChange(
  quote: readonly Term[],
  passage: readonly Term[],
  first: { q: number; p: number },
  second: { q: number; p: number },
): boolean {
  const quotePassive = passiveWithAgent(quote, first.q, second.q);
  const passagePassive = passiveWithAgent(passage, second.p, first.p);
  return quotePassive !== passagePassive;
}
