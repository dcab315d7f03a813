/**
 * Speaker constructions met on news nobody tuned on: "X quoted Y: …", a role phrase nested in
 * another's "of" phrase, a town's state set off by commas, an aside before a colon lead-in, a
 * quotation as a verb's object, a headline's speaker after the quotation and a colon, and an
 * outlet noun modified by a place ("the Tartu daily"). Each with a look-alike the rule must
 * leave alone. Invented sentences, read through the whole quote extractor with the real entity
 * index.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { speakerOfText } from '../helpers/quotes-of.ts';

function speakerOf(text: string, words: string): string | null {
  return speakerOfText(text, words, { indirect: false });
}

const CASES: readonly { name: string; text: string; words: string; speaker: RegExp | null }[] = [
  {
    name: '"X quoted Y:" gives the person quoted, not the outlet or its place',
    text: 'Bridge talks\n\nThe council met. The Tartu weekly quoted Saarvere: "Our town keeps its ferry pier."',
    words: 'keeps its ferry pier',
    speaker: /^Saarvere$/u,
  },
  {
    name: 'look-alike: a colon far from the object of "quoted" leaves the subject speaking',
    text: 'Bridge talks\n\nThe council met. Senator Ada Voss quoted Lincoln often, then said: "We must hold the line on spending."',
    words: 'hold the line',
    speaker: /Voss/u,
  },
  {
    name: 'a role nested in another role\'s "of" phrase: the outer role is the head',
    text: 'Contracts\n\nThe audit began. The attorney general of the state of New York said, "We are reviewing every contract signed last year."',
    words: 'every contract',
    speaker: /^The attorney general/iu,
  },
  {
    name: 'look-alike: a single role with an "of" place keeps its role',
    text: 'Contracts\n\nThe audit began. The mayor of Ames said, "We are reviewing every contract signed last year."',
    words: 'every contract',
    speaker: /^The mayor of Ames$/iu,
  },
  {
    name: "a town's state set off by commas is part of the place, not the subject",
    text: 'Road works\n\nThe storm closed the road. A spokesman for the mayor of Ames, Iowa, said, "The road will reopen on Monday after repairs."',
    words: 'reopen on Monday',
    speaker: /^A spokesman/iu,
  },
  {
    name: "look-alike: a person set off by commas after a role's object is the speaker",
    text: 'Road works\n\nThe storm closed the road. A spokesman for Mayor Ivo Lund, Tomas Reil, said, "The road will reopen on Monday after repairs."',
    words: 'reopen on Monday',
    speaker: /Tomas Reil/u,
  },
  {
    name: "an aside between commas does not hide the colon lead-in's subject",
    text: 'Budget\n\nPrime Minister Tunde Eluwa spoke first. Mr Nwankwo, to his credit, hit back at once: "This budget is a fraud on every taxpayer."',
    words: 'fraud on every taxpayer',
    speaker: /Nwankwo/u,
  },
  {
    name: 'look-alike: a long clause between the commas is no aside, the earlier speaker is not taken',
    text: 'Budget\n\nPrime Minister Tunde Eluwa spoke first. Nwankwo, who had waited for hours while the minister read out every line of the budget, was blunt: "This budget is a fraud on every taxpayer."',
    words: 'fraud on every taxpayer',
    speaker: null,
  },
  {
    name: "a quotation that is a verb's object belongs to the clause's subject",
    text: 'Storm\n\nChief Rosa Lopez described the storm damage in the valley. Governor Ellis thanked "the crews who worked through the night."',
    words: 'crews who worked',
    speaker: /Ellis/u,
  },
  {
    name: "look-alike: a name that is a preposition's object before the verb is not its subject",
    text: 'Storm\n\nChief Rosa Lopez described the storm damage in the valley. Aides to Governor Ellis thanked "the crews who worked through the night."',
    words: 'crews who worked',
    speaker: /^(?!.*Ellis)/u,
  },
  {
    name: 'a headline naming its speaker after the quotation and a colon',
    text: 'Farm bill "a disaster for every family farm": Brandt\n\nSenator Ivo Brandt spoke in the chamber on Tuesday about the farm bill.',
    words: 'disaster for every family farm',
    speaker: /Brandt/u,
  },
  {
    name: 'look-alike: a colon opening a list after the quotation names no speaker',
    text: 'Farm bill\n\nThe vote was close. The senators listed the "three worst parts of the bill": Lund, the tariff and the quota.',
    words: 'three worst parts',
    speaker: null,
  },
  {
    name: 'a place modifying an outlet noun is not the speaker: the outlet is',
    text: 'Bridge\n\nThe council met on Monday. "The bridge will stay closed until spring," the Tartu daily said.',
    words: 'stay closed until spring',
    speaker: /^the Tartu daily$/iu,
  },
  {
    name: 'look-alike: "daily" as an adverb between a name and its verb is still skipped',
    text: 'Bridge\n\nThe council met on Monday. "The bridge will stay closed until spring," Senator Ada Lund daily warned.',
    words: 'stay closed until spring',
    speaker: /Lund/u,
  },
];

for (const c of CASES) {
  test(c.name, () => {
    const got = speakerOf(c.text, c.words);
    if (c.speaker === null) assert.equal(got, null);
    else assert.match(got ?? '(none)', c.speaker);
  });
}
