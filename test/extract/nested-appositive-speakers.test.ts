/**
 * A speaker's role appositive followed by a second insert before the verb, as meetings coverage
 * writes its speakers ("Name, Minister for X of Country, speaking as chair, said"): the place at
 * the end of the role ("of the Netherlands") is a preposition's object, not the subject, and the
 * role is read on its own length, not with the insert after it.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { speakerOfText as speakerOf } from '../helpers/quotes-of.ts';

test('a role ending in "of the <place>" and a participle insert after it leave the name the speaker', () => {
  const text =
    'The talks went on late. Mirela Stanek, Deputy Minister for Forests of the Czech Republic, speaking on behalf of the alpine group, said that fires had doubled. "Our rangers are stretched thin," she said.';
  assert.match(speakerOf(text, 'rangers are stretched') ?? '', /Stanek/u);
  assert.match(speakerOf(text, 'fires had doubled') ?? '', /Stanek/u);
});

test('a long office title with a body after "of the" and a capacity insert still gives the name', () => {
  const text =
    'Delegates met on Tuesday. Omar Haddad, Executive Director of the League of Coastal Towns, speaking in his capacity as rapporteur, said that the draft was weak. "We need numbers," he said.';
  assert.match(speakerOf(text, 'We need numbers') ?? '', /Haddad/u);
});
