import { lemmasOf, synsetsOf } from './wordnet.ts';
import { countsIn } from './counts.ts';
import { glossOf, isExtremeSense } from './intensity.ts';
import { dataLine } from './relations.ts';

/**
 * WordNet groups adjectives in clusters: a head ("small") and satellites similar to it ("tiny",
 * "minute"). Two satellites of one head are near-synonyms, two steps apart, unless one of them is
 * the head's sense pushed to an extreme: its definition says so ("frigid": extremely cold, beside
 * "chilly"), and that is the difference between a synonym and a hardened word.
 */

export type ClusterRelation = 'same-grade' | 'stronger' | 'weaker';

/** The head synset a satellite is similar to ("&" pointer), or null for a head or a non-adjective. */
function headOf(id: string): string | null {
  const f = dataLine(id).split(' ');
  if (f[2] !== 's') return null;
  let at = 4 + 2 * parseInt(f[3]!, 16);
  const pointers = Number(f[at]);
  at++;
  for (let k = 0; k < pointers; k++, at += 4) if (f[at] === '&') return `a:${f[at + 1]}`;
  return null;
}

function adjectiveSenses(word: string, maxSenses: number): string[] {
  return lemmasOf(word, 'a').flatMap((l) => [...synsetsOf(l, 'a', maxSenses)]);
}

/**
 * How `to` stands to `from` when a sense of each is a satellite of one cluster head: of the same
 * grade, or stronger or weaker by its gloss; null when they share no head.
 */
export function clusterRelation(from: string, to: string, maxSenses: number): ClusterRelation | null {
  const a = adjectiveSenses(from, maxSenses);
  const b = adjectiveSenses(to, maxSenses);
  for (const x of a) {
    const head = headOf(x);
    if (head === null) continue;
    for (const y of b) {
      if (y === x || headOf(y) !== head) continue;
      // "double" (twice as great) and "triple" are satellites of "multiple", but two values.
      if (!isSameSet(countsIn(glossOf(x)), countsIn(glossOf(y)))) continue;
      const ex = isExtremeSense(x);
      const ey = isExtremeSense(y);
      return ex === ey ? 'same-grade' : ey ? 'stronger' : 'weaker';
    }
  }
  return null;
}

function isSameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === b.size && [...a].every((x) => b.has(x));
}
