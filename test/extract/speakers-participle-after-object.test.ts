/**
 * A participle set off by a comma after its main clause is done by that clause's subject, never
 * by the object standing before the comma — a verb's or a preposition's, or an appositive or
 * conjunct of one (speakers/participle-object.ts). Invented sentences read through the whole
 * quote extractor.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { speakerOfText as speakerOf } from '../helpers/quotes-of.ts';

test('a preposition’s object before the comma is not the participle’s doer', () => {
  const got = speakerOf(
    'The quarry reopened in June. Both tenant associations sharpened their protest against Kelmore Aggregates, warning that the dust would close the school.',
    'dust would close the school',
  );
  assert.equal(got, 'Both tenant associations');
});

test('a conjunct of a preposition’s object is not the participle’s doer', () => {
  const got = speakerOf(
    'The quarry reopened in June. Some farmers want the blasting stopped in Harlow and Brellside, saying that their wells had run dry.',
    'wells had run dry',
  );
  assert.equal(got, 'Some farmers');
});

test('an appositive of a verb’s object is not the participle’s doer', () => {
  const got = speakerOf(
    'The quarry reopened in June. Mayor Ida Marsh dismissed her planning chief, Tom Verbeek, conceding that the permit had been granted too fast.',
    'permit had been granted',
  );
  assert.equal(got, 'Ida Marsh');
});

test('a participle after a relative clause is still its antecedent’s', () => {
  const got = speakerOf(
    'The quarry reopened in June. The mayor spoke for an engineer named Ana Lindqvist, who is running for the council and who met the crowd, praising “her patience with the residents.”',
    'her patience with the residents',
    { kind: 'direct' },
  );
  assert.equal(got, 'Ana Lindqvist');
});

test('the subject after an opening phrase’s place names is still the doer', () => {
  const got = speakerOf(
    'The quarry reopened in June. Speaking at a meeting in Dunmore, Ohio, Ida Marsh went after Tom Verbeek, calling him “a careless planner.”',
    'careless planner',
  );
  assert.equal(got, 'Ida Marsh');
});
