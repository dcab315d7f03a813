import { BE_FORMS } from '../../../nlp/lexicons/function-words.ts';
import { IRREGULAR_BASE } from '../../../nlp/lexicons/irregular-forms.ts';
import { hasSense } from '../../../nlp/wordnet/wordnet.ts';
import type { TermMatch } from '../alignment/align.ts';
import type { Term } from '../terms.ts';
import { type Rule, textOf } from './rule.ts';

/**
 * Who does what, read from the voice at one verb both sides give. A participle followed by "by"
 * is passive with its agent ("land taken by the state", "was sued by the company"): the
 * noun after "by" did the act. So, at a verb matched on both sides:
 * - a noun the passage put before a passive verb with no "by" phrase, which the report puts after
 *   "by" at that verb, is made the doer ("the farmers have been warned" → "we have been warned by
 *   the farmers");
 * - the agent after "by" on one side, put as the object of that verb used actively on the other
 *   ("the town was sued by the company" → "the town sued the company"), is made the one acted on.
 * Voice changed with the nouns moved too ("… → the company sued the town") keeps the roles.
 */
export const patientMadeAgent: Rule = ({ alignment, quoteText }) => {
  const quote = alignment.quote;
  for (const seg of alignment.segments) {
    const terms = seg.candidate.terms;
    for (const verb of seg.support.values()) {
      if (verb.kind !== 'same' && verb.kind !== 'inflection') continue;
      if (!isParticiple(quote[verb.q]!) && !isParticiple(terms[verb.p]!)) continue;
      const qAgent = agentAfter(quote, verb.q);
      const pAgent = agentAfter(terms, verb.p);
      if (qAgent !== null && pAgent === null && isPassiveAt(terms, verb.p)) {
        const said = seg.support.get(qAgent);
        if (said && said.p < verb.p && terms[said.p]!.clause === terms[verb.p]!.clause)
          return [
            `verdict.roles-swapped: "${textOf(quoteText, quote[qAgent]!)}" underwent "${textOf(quoteText, quote[verb.q]!)}" in the passage; the report makes it the doer`,
          ];
      }
      const agentMadeObject =
        qAgent !== null && pAgent === null
          ? madeObject(quote, terms, verb, qAgent, seg.support, 'quote')
          : pAgent !== null && qAgent === null
            ? madeObject(quote, terms, verb, pAgent, seg.support, 'passage')
            : null;
      if (agentMadeObject !== null)
        return [
          `verdict.roles-swapped: "${textOf(quoteText, quote[agentMadeObject]!)}" is the doer of "${textOf(quoteText, quote[verb.q]!)}" on one side and the one it is done to on the other`,
        ];
    }
  }
  return [];
};

/**
 * The quote index of the agent of one side's passive, when the other side has it right after the
 * same verb used actively (its object), with a matched subject before that verb; else null.
 */
function madeObject(
  quote: readonly Term[],
  terms: readonly Term[],
  verb: TermMatch,
  agent: number,
  support: ReadonlyMap<number, TermMatch>,
  agentSide: 'quote' | 'passage',
): number | null {
  const byQuote = [...support.values()];
  const counterpart =
    agentSide === 'quote'
      ? support.get(agent)
      : byQuote.find((m) => m.p === agent && (m.kind === 'same' || m.kind === 'inflection'));
  if (!counterpart) return null;
  // The other side: its verb, its word of the agent, and whether that word is its object.
  const [other, v, at] =
    agentSide === 'quote' ? [terms, verb.p, counterpart.p] : [quote, verb.q, counterpart.q];
  if (isPassiveAt(other, v) || at <= v || at - v > OBJECT_MAX_DISTANCE) return null;
  if (other[at]!.clause !== other[v]!.clause) return null;
  const subject = byQuote.some((m) => {
    const i = agentSide === 'quote' ? m.p : m.q;
    return i < v && v - i <= OBJECT_MAX_DISTANCE && !other[i]!.light && other[i]!.clause === other[v]!.clause;
  });
  return subject ? counterpart.q : null;
}

/** Most words between a verb and its object's noun, or its subject's noun and it ("sued the water company"). */
const OBJECT_MAX_DISTANCE = 4;

/** Words a passive may hold between "be" and its participle ("were all warned", "was not told"). */
const PASSIVE_INSERT_MAX = 2;

/** A past participle: a verb ending "-ed"/"-en", or an irregular past form ("told", "seen"). */
function isParticiple(t: Term): boolean {
  return (/(?:ed|en)$/.test(t.norm) || IRREGULAR_BASE.has(t.norm)) && hasSense(t.norm, 'v');
}

/** A past participle after a form of "be", only adverbs or negations between. */
function isPassiveAt(terms: readonly Term[], p: number): boolean {
  if (!terms[p] || !isParticiple(terms[p])) return false;
  for (let j = p - 1; j >= Math.max(0, p - 1 - PASSIVE_INSERT_MAX); j--) {
    if (BE_FORMS.has(terms[j]!.norm)) return true;
    if (!terms[j]!.neg && !hasSense(terms[j]!.norm, 'r')) return false;
  }
  return false;
}

/** Most words between "by" and a noun of its phrase ("by the water company"). */
const AGENT_PHRASE_MAX = 3;

/** The first content word of a "by" phrase right after the participle at `v`, or null. */
function agentAfter(terms: readonly Term[], v: number): number | null {
  if (!terms[v] || !isParticiple(terms[v]) || terms[v + 1]?.norm !== 'by') return null;
  for (let k = v + 2; k < terms.length && k <= v + 1 + AGENT_PHRASE_MAX; k++)
    if (!terms[k]!.light) return terms[k]!.num === null ? k : null;
  return null;
}

/** A participle strictly between two terms whose "by" phrase holds the second: "X was signed by Y". */
function passiveWithAgent(terms: readonly Term[], first: number, second: number): boolean {
  for (let j = first + 1; j < second; j++) {
    if (terms[j + 1]?.norm !== 'by' || !isParticiple(terms[j]!)) continue;
    if (second - (j + 1) <= AGENT_PHRASE_MAX && !terms.slice(j + 2, second).some((t) => BE_FORMS.has(t.norm)))
      return true;
  }
  return false;
}

/**
 * Two nouns crossing because one side is passive with its agent and the other is not ("The
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
  return passiveWithAgent(quote, first.q, second.q) !== passiveWithAgent(passage, second.p, first.p);
}
