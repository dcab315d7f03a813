import { PRONOUN_PERSONS } from '../../../nlp/lexicons/pronoun-persons.ts';
import { isCloseRendering } from './08-wording-without-evidence.ts';
import { referentNamedTerms } from './referent-named.ts';
import { type Rule, textOf } from './rule.ts';

/** The speaker's own side: "I", "we". */
const FIRST_PERSONS = new Set(['speaker', 'speakers']);

const PERSON = new Map(PRONOUN_PERSONS.flatMap((p) => p.forms.map((f) => [f, p.person] as const)));

/**
 * A pronoun of another person in the place of the source's ("we will pay" → "they will pay", "our
 * partners" → "their partners"): the words are the speaker's but the actor or target is another.
 * Read in the gaps between aligned words of a close rendering, where one side has a pronoun of one
 * person and the other of another, and neither is found elsewhere on the other side.
 */
export const pronounChanged: Rule = ({ alignment, diff, quoteText, articleText }) => {
  if (!isCloseRendering(alignment, diff)) return [];
  for (const seg of alignment.segments) {
    const p = seg.candidate.terms;
    const pText = articleText(seg.candidate.article);
    const matchedP = new Set([...seg.support.values()].map((m) => m.p));
    const referent = referentNamedTerms(seg, alignment.quote);
    const bounds = [
      { q: seg.from - 1, p: seg.regionFrom - 1 },
      ...seg.anchors,
      { q: seg.to, p: seg.regionTo },
    ];
    for (let k = 0; k + 1 < bounds.length; k++) {
      const a = bounds[k]!;
      const b = bounds[k + 1]!;
      const qPersons: { i: number; person: string }[] = [];
      for (let i = a.q + 1; i < b.q; i++) {
        const person = PERSON.get(alignment.quote[i]!.norm);
        if (person && !seg.support.has(i) && !referent.has(i)) qPersons.push({ i, person });
      }
      const pPersons: { i: number; person: string }[] = [];
      // Before the first and after the last anchor the passage is widened by the quote's own words
      // there: "They remain open" renders "We remain open" though "We" lies before the region.
      const first = k === 0 ? Math.max(0, seg.regionFrom - (b.q - seg.from)) : a.p + 1;
      const last = k + 2 === bounds.length ? Math.min(p.length, seg.regionTo + (seg.to - a.q - 1)) : b.p;
      for (let j = first; j < last; j++) {
        const person = PERSON.get(p[j]!.norm);
        if (person && !matchedP.has(j)) pPersons.push({ i: j, person });
      }
      // A named party put as the speaker's own, in its very slot, right before the same next word
      // ("Ana Ruiz's ministry has asked" → "Our ministry has asked"): a third party named is not the
      // speaker's side.
      if (qPersons.length === 1 && pPersons.length === 0 && FIRST_PERSONS.has(qPersons[0]!.person)) {
        const slot = b.p - 1;
        const named = slot >= first && slot < last && !matchedP.has(slot) ? p[slot] : undefined;
        if (named?.name && qPersons[0]!.i === b.q - 1) {
          const to = textOf(quoteText, alignment.quote[qPersons[0]!.i]!);
          return [`verdict.actor-changed: "${textOf(pText, named)}" → "${to}"`];
        }
      }
      if (qPersons.length !== 1 || pPersons.length !== 1) continue;
      if (qPersons[0]!.person === pPersons[0]!.person) continue;
      const from = textOf(pText, p[pPersons[0]!.i]!);
      const to = textOf(quoteText, alignment.quote[qPersons[0]!.i]!);
      return [`verdict.actor-changed: "${from}" → "${to}"`];
    }
  }
  return [];
};
