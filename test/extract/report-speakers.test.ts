import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { EntityType } from '../../src/model/entity.ts';
import { speakersIn } from './mention-index.ts';

/**
 * Speakers in reports of a transcript: offices, headline labels, newsroom credits. Every name,
 * place and sentence is invented.
 */
describe('speakers of the reports of a transcript', () => {
  const VARN: [string, EntityType, string[]] = ['Ilsa Varn', 'person', ['Varn', 'Ilsa Varn']];
  const KALE: [string, EntityType, string[]] = ['Arno Kale', 'person', ['Kale', 'Arno Kale']];

  test('an office ("the surgeon general") is the person the article names with it', () => {
    const text =
      'Surgeon General Ilsa Varn opened the clinic on Monday, and Mayor Arno Kale cut the ribbon.\n' +
      'Asked about the waiting lists, the surgeon general was blunt: “We are not done yet.”';
    assert.deepEqual(speakersIn(text, [VARN, KALE]), [['We are not done yet.', 'Ilsa Varn']]);
  });

  test('"the president" is the president the article names, not the last person who spoke', () => {
    const text =
      'President Ilsa Varn visited the port with Mayor Arno Kale. Kale said the visit went well.\n' +
      'The president was blunt: “No more tolls.”';
    assert.deepEqual(speakersIn(text, [VARN, KALE]), [['No more tolls.', 'Ilsa Varn']]);
  });

  test('headline labels: a topic after the name, and a quoted phrase in the claim; a place label is not a speaker', () => {
    const text =
      'Varn on the levy: “It stays.”\n\n' +
      'Varn: the treaty is “a bridge” to the north\n\n' +
      'Harbour: toll plan is “dead” say traders\n\n' +
      'Mayor Ilsa Varn spoke on Monday.';
    const found = speakersIn(text, [VARN, ['Harbour', 'place', ['Harbour']]]);
    assert.deepEqual(found.slice(0, 2), [
      ['It stays.', 'Ilsa Varn'],
      ['a bridge', 'Ilsa Varn'],
    ]);
    assert.ok(!found.some(([, who]) => who === 'Harbour'), JSON.stringify(found));
  });

  test('a desk credit, a wire and a capitalised plural are never the speaker', () => {
    const text =
      'By Harbour 9 Digital Team\n\n' +
      'Ports will reopen in May, officials said, according to Tarn Wire.\n\n' +
      'Harbour director Ilsa Varn laid out the timeline. “The locks open on May 2.”\n\n' +
      'Ships waiting at sea would be let in first, she said. “Nobody waits twice.”';
    assert.deepEqual(speakersIn(text, [VARN]), [
      ['The locks open on May 2.', 'Ilsa Varn'],
      ['Nobody waits twice.', 'Ilsa Varn'],
    ]);
  });

  test('"he" after a title read as a subject ("National harbour adviser …") is the person titled', () => {
    const text =
      'National harbour adviser Arno Kale spoke at the port on Friday.\n\n' +
      'It is too early, he said, “to open the northern locks.”';
    assert.deepEqual(speakersIn(text, [KALE]), [['to open the northern locks.', 'Arno Kale']]);
  });
});

describe('a caller known by a given name alone', () => {
  test('"he" is not the caller named "Edna", whatever type her entity was given', () => {
    const SARN: [string, EntityType, string[]] = ['Ivo Sarn', 'person', ['Sarn', 'Ivo Sarn']];
    const EDNA: [string, EntityType, string[]] = ['Edna', 'other', []];
    const text =
      'Transport Minister Ivo Sarn took calls on the ferry timetable on Thursday night.\n\n' +
      'Edna, from Portwick, rang in to tell him the Sunday boat had been cancelled four times.\n\n' +
      '“We have hired a fourth boat for the winter,” he said.';
    assert.deepEqual(speakersIn(text, [SARN, EDNA]), [
      ['We have hired a fourth boat for the winter,', 'Ivo Sarn'],
    ]);
  });
});

describe('live blog labels', () => {
  const VARN: [string, EntityType, string[]] = ['Ilsa Varn', 'person', ['Varn', 'Ilsa Varn']];
  const KALE: [string, EntityType, string[]] = ['Arno Kale', 'person', ['Kale', 'Arno Kale']];
  const BEFORE = 'Mayor Arno Kale spoke first. “We are ready,” he said.\n\n';

  test('a label naming the speaker after the body they speak for, in the possessive, is the speaker’s', () => {
    const text = `${BEFORE}The port authority’s Ilsa Varn: “We are not done yet.” Says the dredging goes on.`;
    assert.deepEqual(speakersIn(text, [VARN, KALE]).slice(1), [['We are not done yet.', 'Ilsa Varn']]);
  });
});

describe('a role before a colon', () => {
  test('"The Ohio Democrat pressed him:" is the member the article named so, as "the Ohio Democrat asked" is', () => {
    const ROE: [string, EntityType, string[]] = ['Tove Roe', 'person', ['Roe', 'Tove Roe']];
    const SARN: [string, EntityType, string[]] = ['Ivo Sarn', 'person', ['Sarn', 'Ivo Sarn']];
    const text =
      'Commissioner Ivo Sarn testified on Tuesday. Sen. Tove Roe, an Ohio Democrat, questioned him.\n\n' +
      'The Ohio Democrat pressed the commissioner: “Who signed the second invoice?”';
    assert.deepEqual(speakersIn(text, [ROE, SARN]), [['Who signed the second invoice?', 'Tove Roe']]);
  });
});

describe('an unnamed source no lexicon lists', () => {
  const KALE: [string, EntityType, string[]] = ['Arno Kale', 'person', ['Kale', 'Arno Kale']];
  const BEFORE = 'Mayor Arno Kale spoke first. “We are ready,” he said.\n\n';

  test('"a top engineer cautioned that" is that engineer, not the speaker of the paragraph before', () => {
    const text = `${BEFORE}By then, a top engineer cautioned that the old ferries “will not be retired until 2041”.`;
    assert.deepEqual(speakersIn(text, [KALE]).slice(1), [
      ['will not be retired until 2041', 'a top engineer'],
    ]);
  });

  test('a noun that mostly names no person stays no source', () => {
    const text = `${BEFORE}A case said the old ferries “will not be retired until 2041”.`;
    assert.notDeepEqual(speakersIn(text, [KALE]).slice(1), [['will not be retired until 2041', 'A case']]);
  });
});
