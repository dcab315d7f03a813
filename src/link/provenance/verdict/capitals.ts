import { COUNTRIES } from '../../../nlp/lexicons/countries.ts';
import { nameSkeleton } from '../../../nlp/names.ts';
import { termize } from '../terms.ts';

/**
 * News names a government by its seat ("Moscow says", "talks with Beijing"), so a report that puts
 * the capital where the speaker named the country keeps the actor: "Russia has launched" →
 * "Moscow has launched". Another country's capital is another actor ("Russia" → "Kyiv").
 */

/** A capital's name by its transliteration skeleton ("Kiev" is "Kyiv") → its country's place key. */
const COUNTRY_OF_CAPITAL: ReadonlyMap<string, string> = new Map(
  COUNTRIES.flatMap((c) => (c.capital ? [[nameSkeleton(c.capital), `place:${c.name.toLowerCase()}`]] : [])),
);

/** The place key of the country whose capital `word` names, or null. */
export function countryOfCapital(word: string): string | null {
  return COUNTRY_OF_CAPITAL.get(nameSkeleton(word.trim())) ?? null;
}

/** `capital` is one word naming the capital of the country `country` names ("Kiev", "Ukraine"). */
export function isCapitalOf(capital: string, country: string): boolean {
  const key = countryOfCapital(capital);
  return key !== null && termize(country).some((t) => t.keys.includes(key));
}
