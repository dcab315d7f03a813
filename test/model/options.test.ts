import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { OptionsSchema } from '../../src/model/options-schema.ts';
import { makeOptions } from '../../src/model/options.ts';

/** Either the options built or the fact that they were refused. */
function outcome(build: () => unknown): unknown {
  try {
    return { ok: build() };
  } catch {
    return 'refused';
  }
}

test('no overrides give the defaults, each time a fresh primaryOverrides', () => {
  const a = makeOptions();
  assert.deepEqual(a, OptionsSchema.parse({}));
  assert.equal(a.indirect, true);
  a.primaryOverrides['s1'] = 'a1';
  assert.deepEqual(makeOptions().primaryOverrides, {});
});

test('overrides are taken, unknown keys dropped, wrong kinds refused with the option named', () => {
  const o = makeOptions({ semantic: true, maxDocumentBytes: 5, primaryOverrides: { s: 'a' } });
  assert.equal(o.semantic, true);
  assert.equal(o.maxDocumentBytes, 5);
  assert.deepEqual(o.primaryOverrides, { s: 'a' });
  assert.equal('colour' in makeOptions({ colour: 'red' } as never), false);
  assert.throws(() => makeOptions({ documentBudgetMs: 0 }), /documentBudgetMs/);
  assert.throws(() => makeOptions({ maxContainerBytes: 1.5 }), /maxContainerBytes/);
  assert.throws(() => makeOptions({ indirect: 'no' } as never), /indirect/);
  assert.throws(() => makeOptions({ primaryOverrides: { s: 1 } } as never), /primaryOverrides/);
});

test('makeOptions and the zod schema agree on any override', () => {
  const anyValue = fc.oneof(
    fc.constant(undefined),
    fc.constant(null),
    fc.boolean(),
    fc.integer({ min: -3, max: 3 }),
    fc.constantFrom(0.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 60, 1e6),
    fc.string({ maxLength: 3 }),
    fc.array(fc.string({ maxLength: 2 }), { maxLength: 2 }),
    fc.constantFrom(new Map(), new Date(0), Object.create(null) as object),
    fc.dictionary(fc.string({ maxLength: 2 }), fc.string({ maxLength: 2 }), { maxKeys: 2 }),
    fc.dictionary(fc.string({ maxLength: 2 }), fc.integer(), { minKeys: 1, maxKeys: 2 }),
  );
  const keys = [
    'semantic',
    'indirect',
    'primaryOverrides',
    'maxDocumentBytes',
    'documentBudgetMs',
    'maxContainerBytes',
    'other',
  ];
  fc.assert(
    fc.property(fc.dictionary(fc.constantFrom(...keys), anyValue, { maxKeys: 4 }), (overrides) => {
      assert.deepEqual(
        outcome(() => makeOptions(overrides as never)),
        outcome(() => OptionsSchema.parse(overrides)),
      );
    }),
    { numRuns: 2000 },
  );
});
