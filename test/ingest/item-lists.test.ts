import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isItemList } from '../../src/ingest/boilerplate/shapes.ts';

/** A site's menu, sections or tags are short items between separators; a headline is not. */
test('menus, section bars and tag lines are item lists', () => {
  for (const line of [
    'Politics  |  War  |  Economy  |  Opinion',
    'Geneva · Bern · Vienna',
    'HOME   POLITICS   CULTURE   VIDEO   STORE',
    'Economy  ›  World Trade  ›  Ports',
    'Faith • Family • Freedom',
  ])
    assert.equal(isItemList(line), true, line);
});

test('a headline with a place or a site after a bar is no item list', () => {
  for (const line of [
    'Remarks by the Harbour Minister at the Ferry Forum | Kelmore',
    'Minister signs ferry deal · Harbour Herald',
    'Ferry deal signed after talks run through the night',
    'Trams, parks and libraries: how the new levy hits the east side',
  ])
    assert.equal(isItemList(line), false, line);
});
