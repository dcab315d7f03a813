/** firstTermTags runs compromise's tagger without its chunker: the same tags as nlp(word). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compromise, firstTermTags } from '../../src/nlp/compromise.ts';

test('firstTermTags gives the tags nlp(word) gives, and leaves the hook list as it was', () => {
  const nlp = compromise();
  const hooks = [...(nlp.world() as unknown as { hooks: string[] }).hooks];
  for (const word of ['subscribe', 'central', 'firmness', 'dockworkers', "don't", 'broadly', 'kessmark']) {
    const doc = nlp(word) as unknown as { docs: { tags: Set<string> }[][] };
    assert.deepEqual(firstTermTags(word), [...(doc.docs[0]?.[0]?.tags ?? [])], word);
  }
  assert.deepEqual((nlp.world() as unknown as { hooks: string[] }).hooks, hooks);
});
