/**
 * "Outlet quoted her: «…»": the object of "quote" is whose words are relayed, also when a pronoun
 * in the object case names them, and that pronoun is never its own clause's subject (a pronoun is
 * free in its clause). A named outlet subject once took the quote through the colon lead-in's
 * predicate form. Invented sentences, read through the whole quote extractor.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { speakerOfText } from '../helpers/quotes-of.ts';

function speakerOf(text: string, words: string): string | null {
  return speakerOfText(text, words, { indirect: false });
}

const CASES: readonly { name: string; text: string; words: string; speaker: RegExp | null }[] = [
  {
    name: '"Outlet quoted her:" gives the woman named before, not the outlet',
    text: 'Harbour dues\n\nHarbourmaster Ilsa Varn spoke on Monday. Het Nieuwsblad quoted her: «The dues will rise in spring.»',
    words: 'dues will rise',
    speaker: /Varn/u,
  },
  {
    name: '"Outlet quoted him as saying" gives the man named before',
    text: 'Rail fares\n\nTransport chief Tomas Reil met unions on Friday. La Stampa quoted him as saying "fares will be frozen for a year".',
    words: 'fares will be frozen',
    speaker: /Reil/u,
  },
  {
    name: '"Outlet quoted the minister:" gives the minister, not the outlet',
    text: 'Schools\n\nThe cabinet met on Tuesday. Le Soir quoted the minister: «Every school will get a nurse.»',
    words: 'get a nurse',
    speaker: /minister/iu,
  },
  {
    name: 'a person who quotes someone else by name relays that name',
    text: 'Budget\n\nThe debate ran late. Senator Ada Voss quoted Okafor: "This budget is a fraud on every taxpayer."',
    words: 'fraud on every taxpayer',
    speaker: /Okafor/u,
  },
  {
    name: '"quoted its engineer, Name, as saying" gives the engineer named in apposition',
    text: 'Dam repairs\n\nThe water board issued a note on Monday. It quoted its chief engineer, Dr Lotte Baerg, as saying: "The spillway will be rebuilt by spring."',
    words: 'spillway will be rebuilt',
    speaker: /Baerg/u,
  },
  {
    name: '"quoted a spokesman, Name, as saying" gives the spokesman named in apposition',
    text: 'Rail strike\n\nTalks broke down late on Friday. The agency quoted a union spokesman, Eero Lahti, as saying "the trains will stop on Monday".',
    words: 'trains will stop',
    speaker: /Lahti/u,
  },
  {
    name: 'look-alike: a predicate lead-in with another verb keeps its subject',
    text: 'Budget\n\nThe debate ran late. Senator Ada Voss pressed the minister on the cost: "Who pays for this?"',
    words: 'Who pays',
    speaker: /Voss/u,
  },
];

for (const c of CASES) {
  test(c.name, () => {
    const got = speakerOf(c.text, c.words);
    if (c.speaker === null) assert.equal(got, null);
    else assert.match(got ?? '', c.speaker);
  });
}
