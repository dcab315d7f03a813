import assert from 'node:assert/strict';
import { test } from 'node:test';
import { speakerOfText } from '../helpers/quotes-of.ts';

/**
 * "the department's director of marine safety, Hollis Tallack, cautioned …": a role with its "of"
 * phrase, then the name set off by commas, is the name's description, and the name the subject,
 * when the name opens with a given name or the article names that person elsewhere, though the
 * given name is not one the gazetteer lists. Every name and sentence is invented for these tests.
 */
const BEFORE =
  'Ferry safety rules were tightened on Tuesday. Labour MP Tessa Ormond said the change was overdue. "It took too long," Ms. Ormond said.\n\n';

test('the name after a role with its phrase is the subject, and the antecedent of a later "he"', () => {
  const text = `${BEFORE}But the department's director of marine safety, Hollis Tallack, cautioned that inspections take time. The department could "inspect most ferries in a month," he said. Mr. Tallack spoke after the vote.`;
  assert.equal(speakerOfText(text, 'inspect most ferries', { kind: 'direct' }), 'Hollis Tallack');
});
