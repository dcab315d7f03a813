import { type Rule } from './rule.ts';

/**
 * Words for every place, or every place but home: "abroad", "overseas", "everywhere".
 * Put for a place the speaker named, they say the claim of all such places.
 */
const GENERAL_PLACES = new Set([
  'abroad',
  'overseas',
  'elsewhere',
  'everywhere',
  'nationwide',
  'worldwide',
  'internationally',
  'across the country',
  'around the world',
  'all over the world',
]);

/** Most words of the named place a general word replaced ("in the European Economic Area"). */
const PLACE_MAX_WORDS = 5;

/**
 * A place the speaker named put as a word for every place ("pensioners in the Baltic states" →
 * "pensioners overseas", "shops in Leeds" → "shops nationwide"): what was said of the one is now
 * said of all of them.
 */
export const placeWidened: Rule = ({ diff }) => {
  const out: string[] = [];
  for (const [from, to] of diff.gapPairs) {
    const said = from.trim();
    const put = to
      .trim()
      .toLowerCase()
      .replace(/[.,;:!?]+$/u, '');
    if (!GENERAL_PLACES.has(put) || said.split(/\s+/).length > PLACE_MAX_WORDS) continue;
    // The named place: a capitalised word past the gap's first (which may open a sentence).
    if (!/(?:^|\s)\p{Lu}/u.test(said.replace(/^\S+/u, '')) && !/^\p{Lu}\p{Ll}/u.test(said)) continue;
    out.push(`verdict.scope-changed: "${said}" → "${to.trim()}" (a named place put as every place)`);
  }
  return out;
};
