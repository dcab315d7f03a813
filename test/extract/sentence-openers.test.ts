/**
 * A sentence's first word is capitalised for the sentence, not for a name: adverbs, prepositions,
 * durations and dateline months opening it are never the speaker (speakers/common-opener.ts), and
 * a dateline's bracketed agency is no subject (speakers/sentence-subject.ts). Invented sentences,
 * each with a look-alike whose capital is a name and must stay one.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findFallbackSource } from '../../src/extract/attribution/source.ts';
import { readCueAt } from '../helpers/cue-at.ts';

/** The source the rules give the cue word `word`: the event's speaker, else the fallback's. */
function sourceAt(text: string, word: string): string | null {
  const { a, index, token } = readCueAt(text, word, 'openers');
  const s = a.frame.sentences[index]!;
  const event = a.eventAt(index, token);
  if (event?.speaker) return event.speaker.name;
  return findFallbackSource(a, s, token, event)?.speaker.name ?? null;
}

const OPENER_CASES: { name: string; text: string; cue: string; speaker: RegExp }[] = [
  {
    name: 'a duration opening a time phrase',
    text: 'The pier reopened. Hours later, Orla Brandt returned the favour, telling reporters that it was safe.',
    cue: 'telling',
    speaker: /Brandt/u,
  },
  {
    name: 'a preposition opening a gerund phrase',
    text: 'The pier reopened. Besides praising the builders, Orla Brandt insisted that the pier was safe.',
    cue: 'praising',
    speaker: /Brandt/u,
  },
  {
    name: 'a manner adverb opening a participle clause',
    text: 'The pier reopened. Hastily leaving the hall, Orla Brandt blamed the council and warned that the pier was unsafe.',
    cue: 'warned',
    speaker: /Brandt/u,
  },
  {
    name: 'a dateline month and its bracketed agency',
    text: 'Pier reopens. Aug 27 (Wirepost) - Mayor Orla Brandt on Saturday defended the pier, saying that it was safe.',
    cue: 'saying',
    speaker: /Brandt/u,
  },
  {
    name: 'an agency label opening a sentence split after the state abbreviation',
    text: 'Pier reopens. VELMAR, Ore. (Wirepost) - Mayor Orla Brandt toured the pier on Friday and said that it was safe.',
    cue: 'said',
    speaker: /Brandt/u,
  },
  {
    name: 'a dateline town the index does not know as a place, before its agency label',
    text: 'Pier reopens. Kelmore (Wirepost) – Mayor Orla Brandt will lead a council effort to portray the pier as safe.',
    cue: 'portray',
    speaker: /Brandt/u,
  },
  {
    name: 'an adverb leading a subordinate clause',
    text: 'The pier reopened. Shortly after the vote ended, Orla Brandt went further, saying that it was safe.',
    cue: 'saying',
    speaker: /Brandt/u,
  },
  {
    name: 'a count of time opening the sentence',
    text: 'The pier reopened. Five years earlier, Orla Brandt had refused to sign, half-joking to friends that it was unsafe.',
    cue: 'half-joking',
    speaker: /Brandt/u,
  },
  {
    name: 'a linking conjunction before a preposition and a gerund',
    text: 'The pier reopened. Yet by calling out the council on the cost, Orla Brandt took a role that was new to her.',
    cue: 'calling',
    speaker: /Brandt/u,
  },
  {
    name: 'a linking conjunction before a preposition of more words and a gerund',
    text: 'The pier reopened. And in addition to worrying that the pier was unsafe, Orla Brandt was hemmed in by her record.',
    cue: 'worrying',
    speaker: /Brandt/u,
  },
];

for (const c of OPENER_CASES)
  test(`${c.name} is not the speaker`, () => {
    const got = sourceAt(c.text, c.cue);
    assert.match(got ?? '', c.speaker, JSON.stringify(got));
  });

test('a surname ending in -ly before a verb stays the speaker', () => {
  const got = sourceAt('The pier reopened. Kelly insisted that the pier was safe.', 'insisted');
  assert.match(got ?? '', /^Kelly$/u, JSON.stringify(got));
});

test('a count opening the subject itself is kept with its words', () => {
  const got = sourceAt('The pier reopened. Four more insisted that the pier was safe.', 'insisted');
  assert.match(got ?? '', /Four/u, JSON.stringify(got));
});

test('a wh-word opening a clause is not the speaker', () => {
  const got = sourceAt(
    'The debate ended. Where the senators sought to outdo each other in saying how tough they would be, Orla Brandt spoke of jobs.',
    'saying',
  );
  assert.doesNotMatch(got ?? '', /Where/u, JSON.stringify(got));
});

test('a name opening a sentence with a bracketed note but no dash stays the subject', () => {
  const got = sourceAt(
    'The pier reopened. Orla Brandt (right) toured it on Friday and said that it was safe.',
    'said',
  );
  assert.match(got ?? '', /Brandt/u, JSON.stringify(got));
});

test('a surname before a subordinator stays the subject', () => {
  const got = sourceAt(
    'The pier reopened. Long after the vote, Long himself went further, saying that it was safe.',
    'saying',
  );
  assert.match(got ?? '', /Long/u, JSON.stringify(got));
});
