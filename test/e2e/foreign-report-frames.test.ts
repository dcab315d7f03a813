/**
 * Reports in German and French quoting an English primary, end to end: each invented transcript
 * and a report go through `hearsay analyze … --primary` (the CLI's own `main`, in process). The
 * report's frame ("erklärte", "a déclaré", "laut", "selon", "so der Minister") must give the quote
 * to the transcript's speaker, so the quote is checked and not `no_primary`.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { analyzeWithPrimary } from '../helpers/analyze-with-primary.ts';

const work = mkdtempSync(join(tmpdir(), 'hearsay-foreign-frames-'));
after(() => rmSync(work, { recursive: true, force: true }));

const TRANSCRIPT = `Remarks by Minister Ines Kalder on the river ports

MINISTER KALDER: Good morning. The northern lock will be rebuilt within two summers. We will not raise the harbour fees this winter.
`;

async function verdictsOf(
  name: string,
  report: string,
): Promise<{ speaker: string | null; verdict: string }[]> {
  const d = await analyzeWithPrimary(join(work, name), TRANSCRIPT, report);
  return d.quotes
    .filter((q) => q.article === 'report.txt' && q.kind === 'direct')
    .map((q) => ({ speaker: q.speaker?.name ?? null, verdict: q.provenance?.verdict ?? 'none' }));
}

const REPORTS: [string, string, string[]][] = [
  [
    'german-colon',
    `Hafenpläne vorgestellt\n\nDie Verkehrsministerin Ines Kalder erklärte am Montag: „The northern lock will be rebuilt within two summers.“ Die Gebühren blieben gleich.\n`,
    ['verbatim'],
  ],
  [
    'german-inverted',
    `Hafenpläne vorgestellt\n\n„We will not raise the harbour fees this winter“, sagte Ministerin Ines Kalder am Montag in Bremen.\n`,
    ['verbatim'],
  ],
  [
    'german-so',
    `Hafenpläne vorgestellt\n\nMinisterin Ines Kalder sprach am Montag in Bremen. „The northern lock will be rebuilt within three summers“, so die Ministerin.\n`,
    ['altered'],
  ],
  [
    'french-a-declare',
    `Les ports fluviaux\n\nLa ministre des Transports, Ines Kalder, a déclaré : « We will not raise the harbour fees this winter. »\n`,
    ['verbatim'],
  ],
  [
    'french-inverted',
    `Les ports fluviaux\n\n« The northern lock will be rebuilt within two summers », a affirmé la ministre Ines Kalder lundi.\n`,
    ['verbatim'],
  ],
  [
    'french-selon',
    `Les ports fluviaux\n\nSelon la ministre Ines Kalder, « we will raise the harbour fees this winter ».\n`,
    ['altered'],
  ],
];

for (const [name, report, expected] of REPORTS) {
  test(`a ${name} frame gives the quote to the transcript's speaker, and it is checked`, async () => {
    const got = await verdictsOf(name, report);
    assert.deepEqual(
      got.map((g) => g.verdict),
      expected,
      JSON.stringify(got),
    );
    assert.ok(
      got.every((g) => g.speaker === 'Ines Kalder'),
      JSON.stringify(got),
    );
  });
}

test('an English report is read as before: no foreign frame where the words are English', async () => {
  const got = await verdictsOf(
    'english',
    `River ports\n\nMinister Ines Kalder said on Monday: “The northern lock will be rebuilt within two summers.”\n`,
  );
  assert.deepEqual(got, [{ speaker: 'Ines Kalder', verdict: 'verbatim' }]);
});
