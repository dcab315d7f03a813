/**
 * Venue carrying (src/extract/quotes/carry-venues.ts): the index by paragraph and speaker gives
 * the answer of the pairwise search it replaced, and reads each draft a few times, not once per
 * other draft (issue #10: a text of thousands of quotes by one speaker).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { carryVenues, type VenueDraft } from '../../src/extract/quotes/carry-venues.ts';
import type { SpeakerRef } from '../../src/extract/speakers/frame.ts';
import type { Venue } from '../../src/extract/venues.ts';

function speaker(name: string, entity: string | null): SpeakerRef {
  return { start: 0, end: 0, name, entity, type: null, surface: name } as SpeakerRef;
}

function keyOf(r: SpeakerRef | null): string | null {
  return r ? (r.entity ?? `name:${r.name}`) : null;
}

/** The definition, draft by draft: the first other draft of the paragraph and speaker with a venue. */
function carryPairwise(drafts: VenueDraft[]): void {
  drafts.sort((x, y) => x.start - y.start);
  const interview = new Map<string, Venue>();
  for (const d of drafts) {
    const key = keyOf(d.speaker);
    if (key === null) continue;
    if (d.venue) {
      if (d.venue.interview && !interview.has(key)) interview.set(key, d.venue);
      continue;
    }
    const near = drafts.find(
      (o) => o !== d && o.venue && o.paragraph === d.paragraph && keyOf(o.speaker) === key,
    );
    if (near?.venue) d.venue = { ...near.venue, rule: 'venue.same-paragraph' };
    else if (interview.has(key)) d.venue = { ...interview.get(key)!, rule: 'venue.carried-interview' };
  }
}

test('venue carrying by index gives the pairwise answer', () => {
  const speakers = [null, speaker('Ann Lee', 'e1'), speaker('Ann', 'e1'), speaker('Bo Ma', null)];
  const draftArb = fc.record({
    start: fc.nat(40),
    speaker: fc.constantFrom(...speakers),
    venue: fc.option(
      fc.record({
        venue: fc.constantFrom('CNN', 'Le Monde'),
        rule: fc.constant('venue.named'),
        interview: fc.boolean(),
      }),
      { freq: 3 },
    ),
    paragraph: fc.constantFrom(0, 10, 20),
  });
  fc.assert(
    fc.property(fc.array(draftArb, { maxLength: 20 }), (drafts) => {
      const a = structuredClone(drafts);
      const b = structuredClone(drafts);
      carryVenues(a);
      carryPairwise(b);
      assert.deepEqual(a, b);
    }),
  );
});

test('4,000 quotes of one speaker, none with a venue: each draft is read a few times, not 4,000', () => {
  let reads = 0;
  const ann = speaker('Ann Lee', 'e1');
  const drafts = Array.from({ length: 4000 }, (_, i): VenueDraft => {
    let venue: Venue | null = null;
    const read = <T>(value: T): T => (reads++, value);
    return Object.defineProperties(
      { start: i },
      {
        speaker: { get: () => read(ann), enumerable: true },
        paragraph: { get: () => read(0), enumerable: true },
        venue: { get: () => read(venue), set: (v: Venue | null) => (venue = v), enumerable: true },
      },
    ) as VenueDraft;
  });
  carryVenues(drafts);
  assert.ok(drafts.every((d) => d.venue === null));
  assert.ok(reads < 10 * drafts.length, `${reads} reads of ${drafts.length} drafts`);
});
