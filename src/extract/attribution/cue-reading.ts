/**
 * Whether a cue word is a word of a name: many cue words are nouns as often as verbs, and a
 * capitalised one inside a sentence in ordinary case is part of a name ("United States", "the
 * State Department", "U.S.", "the Harbour Report Office"), never a speech act, so it is no cue.
 * In a headline or a slogan in title case a capital says nothing, and those cues stay. (A model
 * feature reading the word before the cue, determiner, possessive, pronoun, auxiliary, was tried:
 * PolNeAR dev recall at precision 0.85 moved within the retraining noise, so it was left out.)
 *
 * Cues by construction were tried too (commit 2e62fe1, reverted): a word outside the lexicon whose
 * WordNet sense is communication, cognition or feeling, read as a cue before "that", "whether", a
 * colon or an infinitive, with the complement and the meaning as features. Over two shuffling
 * seeds, dev recall at P ≥ 0.85 moved by -0.001 to +0.009 and held-out recall by -0.012 to +0.002,
 * lower on average in every variant (verbs only, without the infinitive; with topic prepositions
 * dev P fell to 0.82), at +12–20% extraction CPU: the new cues' false positives cost what their
 * finds gain. The complement and meaning as features of the lexicon's cues alone moved dev by
 * +0.005/+0.003 and held-out by -0.001/-0.002 (two seeds); a cue word after an article or
 * possessive with no complement read as a noun ("the state", "a call") and dropped moved dev by
 * +0.002/-0.005 and held-out by +0.007/0.000. Neither kept. Round 20 tried it again for a lower
 * threshold (a cue after the, a, an, his, its, their, our, your, my not followed by "that", dropped):
 * dev recall at P ≥ 0.85 0.7418 @ 0.8506 against 0.7386 @ 0.8512 for the default seed, 0.7404 against
 * 0.7409 for SEED=777, and the recall reachable at any threshold fell (0.7468 against 0.7505 at -23):
 * noise again, not kept.
 */

import { isCapitalised } from '../../nlp/letter-case.ts';
import type { Sentence } from '../speakers/frame.ts';

/**
 * A sentence in title case or capitals (a headline, a slogan): more than this share of its longer
 * words are capitalised, so a capital says nothing about a name there. 0.6 took a short sentence
 * full of names ("Delegates from the United States met the minister on Tuesday.") for a headline.
 */
const TITLE_CASE_SHARE = 0.75;
/** Words shorter than this ("a", "of", "to") stay lower case in titles; they are not counted. */
const MIN_TITLE_WORD_LENGTH = 4;

/** A word of masked quotation (speakers/frame.ts). */
const MASKED = /^x+$/u;

function isTitleCased(s: Sentence): boolean {
  let long = 0;
  let capitalised = 0;
  for (const t of s.tokens) {
    // Quoted words are masked to x's (speakers/frame.ts): their case is unknown here.
    if (t.text.length < MIN_TITLE_WORD_LENGTH || MASKED.test(t.text)) continue;
    long++;
    if (isCapitalised(t.text)) capitalised++;
  }
  return long > 0 && capitalised > TITLE_CASE_SHARE * long;
}

/** Characters after which a capital starts a new sentence or quotation, not a name. */
const FRESH_START = /[:“"‘'(—–-]\s*$/u;

/**
 * Token `k` of `s` is a word of a name: capitalised inside a sentence in ordinary case, not right
 * after a colon, dash, bracket or opening quotation mark (which may start a sentence of its own).
 */
export function isNameWord(text: string, s: Sentence, k: number): boolean {
  if (k === 0) return false;
  const tok = s.tokens[k]!;
  if (!isCapitalised(tok.text)) return false;
  // A run of capitals is a heading set in caps ("HE'S BEEN CALLED OUT — He's …"), not a name.
  if (isAllCaps(tok.text) && isAllCaps(s.tokens[k - 1]!.text)) return false;
  const before = text.slice(s.tokens[k - 1]!.end, tok.start);
  // Read last: few cue words are capitalised, so few sentences are scanned for title case.
  return !FRESH_START.test(before) && !isTitleCased(s);
}

/** Two or more letters, none lower case ("CALLED"; not "U" of "U.S."). */
function isAllCaps(word: string): boolean {
  return word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase();
}
