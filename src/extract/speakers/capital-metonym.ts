/**
 * A capital that speaks stands for its country's government: in "Moscow dismissed the claims" or
 * "Washington warned" no city says anything. When the article itself names that government by its
 * seat (the Kremlin, the White House, Downing Street), the speaker is that seat's entity, so one
 * government is one speaker across "Moscow said" and "the Kremlin said". When the article names
 * no seat the capital stays: the text gives nothing better, and a seat it never mentions would be
 * a guess from world knowledge.
 */
import type { Entity } from '../../model/entity.ts';
import { lookupCountryWord, lookupGazetteer } from '../../nlp/gazetteer.ts';
import type { CountryRow } from '../../nlp/lexicons/countries.ts';
import { METONYMS } from '../../nlp/lexicons/metonyms.ts';
import type { Frame } from './frame.ts';

/**
 * What a seat stands for when it is the government as a whole: its head (a presidency, a prime
 * minister, a chancellor, a leadership), not one ministry or a legislature ("Pentagon", "Capitol
 * Hill", "Quai d’Orsay" stand for a part and never answer for the capital).
 */
const HEAD_OF_GOVERNMENT = /\b(?:presidency|prime minister|chancellor|leadership)$/u;

/** Seat names by country, read off the metonym table: the country is the first word of what it stands for. */
const SEATS_OF = new Map<CountryRow, string[]>();
for (const m of METONYMS) {
  if (!HEAD_OF_GOVERNMENT.test(m.standsFor)) continue;
  const country = lookupCountryWord(m.standsFor.split(' ')[0]!);
  if (!country) continue;
  SEATS_OF.set(country, [...(SEATS_OF.get(country) ?? []), m.name]);
}

/**
 * speaker.capital-as-government: the seat entity the article names for the government of the
 * capital `e` is the seat of, or null when `e` is no capital or the article names no such seat.
 */
export function findGovernmentSeat(frame: Frame, e: Entity): Entity | null {
  if (e.type !== 'place') return null;
  const seats = seatsOfCapital(e.name);
  for (const seat of seats) {
    const found = frame.entities.resolve(frame.articleId, seat);
    if (found && found.mentions.some((m) => m.article === frame.articleId)) return found;
  }
  return null;
}

/** Seat names of the country whose capital `name` is, none for a place that is no capital; memoised. */
const SEATS_OF_PLACE = new Map<string, readonly string[]>();
function seatsOfCapital(name: string): readonly string[] {
  let seats = SEATS_OF_PLACE.get(name);
  if (seats === undefined) {
    const hit = lookupGazetteer(name);
    seats = hit?.kind === 'capital' && hit.country ? (SEATS_OF.get(hit.country) ?? []) : [];
    SEATS_OF_PLACE.set(name, seats);
  }
  return seats;
}
