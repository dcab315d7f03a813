import { type Mention, mentionEndingAt } from './clause.ts';
import { type Frame, gapBetween, type Sentence } from './frame.ts';

/** Longest appositive read between a name and its verb ("Pell, a long-serving government spokesman, said"). */
const MAX_APPOSITIVE_WORDS = 12;

/**
 * The subject before an appositive: in "Pell, a government spokesman, said" the words between
 * the two commas describe the name before them, so the speaker is that name. The appositive must
 * start with a determiner or "who" and hold no other comma, which keeps lists ("Moscow, Kyiv,
 * said") and clauses out. `k` is the last token of the appositive (just before ", said").
 */
export function findAppositiveSubject(frame: Frame, s: Sentence, k: number): Mention | null {
  for (let open = k; open > 0 && k - open < MAX_APPOSITIVE_WORDS; open--) {
    const gap = gapBetween(frame, s, open - 1, open);
    if (!/^\s*,\s*$/u.test(gap)) {
      if (/[,;:()“”"«»]/u.test(gap)) return null;
      continue;
    }
    const first = s.tokens[open]!.norm;
    if (!/^(a|an|the|who|whose|his|her|its|their|now|then|also|both|one)$/u.test(first)) return null;
    const m = mentionEndingAt(frame, s, open - 1);
    return m && m.kind !== 'pronoun' ? m : null;
  }
  return null;
}
