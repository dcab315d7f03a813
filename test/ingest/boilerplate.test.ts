import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { isSettingsLine } from '../../src/ingest/boilerplate/02-markup-leftovers.ts';
import { isCaptchaLine } from '../../src/ingest/boilerplate/03-captcha.ts';
import { isRecordIdLine } from '../../src/ingest/boilerplate/04-record-ids.ts';
import { isShareBar } from '../../src/ingest/boilerplate/05-share-bars.ts';
import { alternation } from '../../src/ingest/boilerplate/patterns.ts';
import { carriesContent, isTimestampLine, looksLikeHeadline } from '../../src/ingest/boilerplate/shapes.ts';
import { detectBoilerplate } from '../../src/ingest/boilerplate.ts';
import { BOILERPLATE_KINDS, type Boilerplate } from '../../src/model/article.ts';
import { CHROME_PHRASES, PHOTO_CREDIT_LABELS, SHARE_WORDS } from '../../src/nlp/lexicons/chrome.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'scraped');

interface Expected {
  chrome: { text: string; kind: string; skipFirst?: boolean }[];
  content: string[];
}

function loadFixtures(): { slug: string; text: string; expected: Expected }[] {
  return readdirSync(FIXTURES).map((slug) => ({
    slug,
    text: readFileSync(join(FIXTURES, slug, 'source.txt'), 'utf8'),
    expected: JSON.parse(readFileSync(join(FIXTURES, slug, 'expected.json'), 'utf8')) as Expected,
  }));
}

function occurrences(text: string, needle: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) out.push(i);
  return out;
}

/** Characters of `[start, end)` that are letters or digits and lie inside some range. */
function coverage(
  text: string,
  ranges: Boilerplate[],
  start: number,
  end: number,
): { covered: number; total: number } {
  let covered = 0;
  let total = 0;
  for (let i = start; i < end; i++) {
    if (!/[\p{L}\p{N}]/u.test(text[i]!)) continue;
    total++;
    if (ranges.some((r) => r.start <= i && i < r.end)) covered++;
  }
  return { covered, total };
}

function assertWellFormed(label: string, text: string, ranges: Boilerplate[]): void {
  let last = 0;
  for (const r of ranges) {
    assert.ok(r.start >= last, `${label}: ranges sorted and disjoint at ${r.start}`);
    assert.ok(r.end > r.start && r.end <= text.length, `${label}: range inside the text`);
    assert.ok((BOILERPLATE_KINDS as readonly string[]).includes(r.kind), `${label}: kind ${r.kind}`);
    assert.match(r.rule, /^chrome\./, `${label}: rule named`);
    last = r.end;
  }
}

describe('detectBoilerplate on scraped fixtures', () => {
  for (const { slug, text, expected } of loadFixtures()) {
    const ranges = detectBoilerplate(text);

    test(`${slug}: ranges are sorted, disjoint and inside the text`, () =>
      assertWellFormed(slug, text, ranges));

    test(`${slug}: every chrome line is marked with its kind`, () => {
      for (const chrome of expected.chrome) {
        const at = occurrences(text, chrome.text);
        assert.ok(at.length > 0, `${slug}: fixture lacks ${JSON.stringify(chrome.text)}`);
        for (const start of chrome.skipFirst ? at.slice(1) : at) {
          const end = start + chrome.text.length;
          const { covered, total } = coverage(text, ranges, start, end);
          assert.equal(covered, total, `${slug}: ${JSON.stringify(chrome.text)} marked`);
          const kinds = ranges.filter((r) => r.start < end && r.end > start).map((r) => r.kind);
          assert.ok(
            kinds.includes(chrome.kind as Boilerplate['kind']),
            `${slug}: ${chrome.text} is ${chrome.kind}, got ${kinds}`,
          );
        }
      }
    });

    test(`${slug}: content and quotes are never marked`, () => {
      for (const content of expected.content) {
        const at = occurrences(text, content);
        assert.ok(at.length > 0, `${slug}: fixture lacks ${JSON.stringify(content)}`);
        const { covered } = coverage(text, ranges, at[0]!, at[0]! + content.length);
        assert.equal(covered, 0, `${slug}: content marked: ${JSON.stringify(content)}`);
      }
      if (expected.chrome.length === 0)
        assert.deepEqual(ranges, [], `${slug}: a clean article has no chrome`);
    });
  }
});

describe('chrome detectors by shape', () => {
  const cases: [string, (line: string) => boolean, string[], string[]][] = [
    [
      'widget settings',
      isSettingsLine,
      ['buttons=(Accept !) days=(20)', 'theme=dark position="bottom" delay=300'],
      ['x = 3 is the answer', 'Turnout=high, officials said'],
    ],
    [
      'captcha sums',
      isCaptchaLine,
      ['3 + 4 =', 'What is 7 + 2?', 'seven + 2 =', 'Сколько будет 5 + 3?'],
      ['3 + 4 = 7 in any base', '2024 + 1'],
    ],
    [
      'record ids',
      isRecordIdLine,
      ['News ID 200143', 'Article ID: 58-1122', 'Код материала: 8812'],
      ['ID cards will be issued in 2025'],
    ],
    [
      'share bars',
      isShareBar,
      ['Facebook Twitter WhatsApp Email', 'Share on Facebook', 'ВКонтакте Одноклассники Telegram'],
      ['Facebook fined again', 'Telegram'],
    ],
    [
      'timestamps',
      isTimestampLine,
      [
        '22:30',
        '13:48 09.11.2025 •',
        'Published: 14 March 2024, 09:12',
        'Updated 2 hours ago',
        '12:40, 3 октября 2024',
      ],
      ['March 17.', 'May 6765', 'DEC7  --     --', '04/09/87 03/09/87', 'Net 1.2 mln vs 0.9 mln', '1987'],
    ],
    [
      'headlines',
      looksLikeHeadline,
      ['Harbour council votes to keep the old ferry', 'Minister’s interview with the Daily Example.'],
      [
        'He said so. Then he left.',
        'the council voted',
        '22:30',
        'A budget for the harbour, the schools and the roads,',
      ],
    ],
  ];
  for (const [name, is, yes, no] of cases) {
    test(`${name}: recognised`, () => {
      for (const line of yes) assert.ok(is(line), `${name}: ${line}`);
    });
    test(`${name}: prose rejected`, () => {
      for (const line of no) assert.ok(!is(line), `${name}: ${line}`);
    });
  }

  test('content guard: quotes and reporting verbs are content', () => {
    assert.ok(carriesContent('“We will rebuild it properly,” the mayor added'));
    assert.ok(carriesContent('Подписывайтесь, заявил министр'));
    assert.ok(carriesContent('«Мы понимаем, что жители устали ждать»'));
    assert.ok(!carriesContent('By clicking "Accept", you agree to cookies'));
    assert.ok(!carriesContent('Subscribe to get the latest posts sent to your email.'));
  });
});

describe('chrome detection in context', () => {
  test('a repeated headline is marked at its repeats, never at the top', () => {
    const title = 'Council Backs New Harbour Plan';
    const text = `${title}\n\nThe council voted on Tuesday.\n\n${title}\n\nWork starts in May.\n`;
    const ranges = detectBoilerplate(text);
    assert.deepEqual(
      ranges.map((r) => [text.slice(r.start, r.end), r.kind]),
      [[title, 'repeated-headline']],
    );
    assert.ok(ranges[0]!.start > 0);
  });

  test('the caller’s title hint finds repeats when the text does not start with it', () => {
    const body = [
      'The council voted on Tuesday.',
      'The plan costs 4 million.',
      'Critics called it rushed.',
      'A vote on funds follows.',
      'Work starts in May.',
    ];
    const text = `Photo: Staff\n${body.join('\n')}\nHarbour plan backed\nThe mayor welcomed the vote.`;
    const ranges = detectBoilerplate(text, { title: 'Harbour plan backed' });
    assert.ok(
      ranges.some(
        (r) => r.kind === 'repeated-headline' && text.slice(r.start, r.end) === 'Harbour plan backed',
      ),
    );
  });

  test('a caption keeps its sentence, only the credit is marked', () => {
    const text = 'Body paragraph one.\nRescuers search the rubble in Hatay. Photo: AFP\nBody paragraph two.';
    const [range] = detectBoilerplate(text);
    assert.equal(text.slice(range!.start, range!.end), 'Photo: AFP');
  });

  test('a crosshead that looks like a rail heading is content when no items follow', () => {
    const text =
      'Intro paragraph.\nRelated\nThe reform follows the 2021 changes, which were widely debated in parliament over many months and years, with a long paragraph that is clearly story text and not a teaser of another story at all, as it runs on and on with detail after detail about budgets, staffing levels, regional hospitals and what the minister said about each of them in turn, until it is longer than any teaser would be.';
    const ranges = detectBoilerplate(text);
    assert.deepEqual(
      ranges.map((r) => text.slice(r.start, r.end)),
      ['Related'],
    );
  });

  test('lines of a hard-wrapped wire story are never chrome, whatever word they start with', () => {
    const text =
      'Shares in the group rose after the board said it would\nshare the proceeds with holders, and the close.\n    Subscribe\nto the new issue closes on Friday.\n Reuter\n';
    assert.deepEqual(detectBoilerplate(text), []);
  });

  test('white-space-only lines are not chrome', () => {
    assert.deepEqual(detectBoilerplate('A paragraph.\n\u00a0\n   \n\t\nAnother paragraph.'), []);
  });

  test('invariant: ranges are sorted, disjoint and inside any text', () => {
    const line = fc.oneof(
      fc.constantFrom(
        'Read next',
        '22:30',
        'Accept !',
        'Share this:',
        'Photo: AP',
        '3 + 4 =',
        'Subscribe',
        '“Quoted,” he said.',
      ),
      fc.string({ maxLength: 60 }),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), fc.constantFrom('\n', '\n\n', '\r\n'), (lines, sep) => {
        const text = lines.join(sep);
        assertWellFormed('generated', text, detectBoilerplate(text));
      }),
    );
  });
});

describe('chrome lexicon', () => {
  test('every phrase row matches its own example', () => {
    for (const row of CHROME_PHRASES) {
      const body = alternation([row.pattern]);
      const re =
        row.match === 'line'
          ? new RegExp(`^(?:${body})[\\s:!*?…]*$`, 'iu')
          : row.match === 'start'
            ? new RegExp(`^(?:${body})`, 'iu')
            : new RegExp(`(?:${body})`, 'iu');
      assert.match(row.example, re, `${row.rule}: ${row.example}`);
    }
  });

  test('every photo-credit label and share word has an example that uses it', () => {
    for (const row of PHOTO_CREDIT_LABELS) assert.match(row.example, new RegExp(`^(?:${row.pattern})`, 'iu'));
    for (const row of SHARE_WORDS) assert.ok(row.example.toLowerCase().includes(row.word), row.word);
  });

  test('strong phrase examples are marked when they stand in a page tail', () => {
    for (const row of CHROME_PHRASES.filter((r) => !r.needsNeighbour && r.match !== 'contains')) {
      const text = `A story paragraph ends here.\n\n${row.example}`;
      const ranges = detectBoilerplate(text);
      assert.ok(
        ranges.some((r) => r.kind === row.kind),
        `${row.rule}: ${row.example} → ${JSON.stringify(ranges)}`,
      );
    }
  });
});
