import { lemmasOf, synsetsOf } from './wordnet.ts';
import { lexFileOf } from './relations.ts';

/**
 * "Get back into the stadium" is "return to the stadium": "back" with a goal turns a verb of
 * arrival into "come back", which WordNet joins to "return". WordNet lists "get back" only as
 * *recover* and *take revenge* (with an object: "get back the money"), so the phrase is read through
 * the verb's motion sense instead, and only where a goal or nothing follows "back": with an object
 * the verb is the other "get back", and "return" (give back) would be the opposite act.
 */

/** WordNet's lexicographer file of verbs of motion (verb.motion). */
const VERB_MOTION = 38;
/** Senses of the verb read, as many as synonymy reads (a common verb's motion sense is seldom first). */
const MOTION_SENSES = 8;

let comeSenses: ReadonlySet<string> | null = null;

/** The motion senses of "come": {come}, {arrive, get, come}, {come, come_up} (approach) … */
function motionSensesOfCome(): ReadonlySet<string> {
  comeSenses ??= new Set(synsetsOf('come', 'v', Infinity).filter((id) => lexFileOf(id) === VERB_MOTION));
  return comeSenses;
}

/**
 * `word` is a verb other than "come" that one of its common senses files with "come" as a verb of
 * motion: "got" ({arrive, get, come}: reach a destination), "arriving". Not "go" ({travel, go, move}
 * holds no "come"): "moved back to March" is postponed, not returned.
 */
export function isArrivalVerb(word: string): boolean {
  const lemmas = lemmasOf(word.toLowerCase(), 'v');
  if (lemmas.length === 0 || lemmas.includes('come')) return false;
  const come = motionSensesOfCome();
  return lemmas.some((l) => synsetsOf(l, 'v', MOTION_SENSES).some((id) => come.has(id)));
}

/** Words after "back" that name where to: a goal, so "back" is a direction, not a particle with an object. */
const GOAL = new Set(['to', 'into', 'onto', 'in', 'inside', 'home', 'toward', 'towards']);

/**
 * A verb of arrival, "back" and a goal read as "come back …" ("get back into" → "come back into"),
 * or null. `after` is the text that follows the phrase: where the phrase ends on "back", a goal
 * word or the end of a clause (punctuation, nothing) must come next, never an object.
 */
export function comeBackReading(phrase: string, after: string): string | null {
  const words = phrase.trim().toLowerCase().split(/\s+/);
  if (words.length < 2 || words.length > 3 || words[1] !== 'back') return null;
  if (words.length === 3 ? !GOAL.has(words[2]!) : !endsOrGoes(after)) return null;
  return isArrivalVerb(words[0]!) ? ['come', ...words.slice(1)].join(' ') : null;
}

function endsOrGoes(after: string): boolean {
  const rest = after.trimStart();
  if (rest === '' || /^[.,;:!?)\]—–"”'’]/u.test(rest)) return true;
  const next = /^\p{L}+/u.exec(rest)?.[0].toLowerCase();
  return next !== undefined && GOAL.has(next);
}
