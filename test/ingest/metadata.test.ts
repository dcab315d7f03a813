import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { detectBoilerplate } from '../../src/ingest/boilerplate.ts';
import { findCredits } from '../../src/ingest/metadata/credits.ts';
import { findDates } from '../../src/ingest/metadata/dates.ts';
import { nameFromSlug, outletFromName } from '../../src/ingest/metadata/outlets.ts';
import { inferTextMetadata, type TextMetadata } from '../../src/ingest/metadata.ts';
import { MONTHS, TIMESTAMP_WORDS } from '../../src/nlp/lexicons/calendar-words.ts';
import { NEWS_OUTLETS, OUTLET_NAME_WORDS } from '../../src/nlp/lexicons/news-outlets.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'scraped');

function metadataOf(text: string): TextMetadata {
  return inferTextMetadata(text, detectBoilerplate(text));
}

describe('inferTextMetadata on scraped fixtures', () => {
  for (const slug of readdirSync(FIXTURES)) {
    const text = readFileSync(join(FIXTURES, slug, 'source.txt'), 'utf8');
    const expected = JSON.parse(readFileSync(join(FIXTURES, slug, 'expected.json'), 'utf8')).metadata;
    test(`${slug}: title, date, outlet and credits`, () => {
      const got = metadataOf(text);
      assert.deepEqual(
        { title: got.title, published: got.published, outlet: got.outlet, credited: got.credited },
        expected,
        slug,
      );
      for (const field of ['title', 'published', 'outlet'] as const) {
        assert.equal(field in got.rules, got[field] !== null, `${slug}: rule recorded for ${field}`);
      }
      assert.equal('credited' in got.rules, got.credited.length > 0, `${slug}: rule recorded for credits`);
    });
  }
});

describe('publication date', () => {
  test('dates in the story are not publication dates', () => {
    const text =
      'Treaty talks resume in Geneva\n\nThe treaty, signed on 5 February 2010, expires on February 5, 2026, officials said.\n\nThe next round is set for 2026-03-01.';
    assert.equal(metadataOf(text).published, null);
  });

  test('a byline dateline in the head gives the date', () => {
    const text =
      'Treaty talks resume in Geneva\nBy Jana Novak | November 9, 2025\n\nThe treaty, signed on 5 February 2010, expires next year.';
    const got = metadataOf(text);
    assert.equal(got.published, '2025-11-09');
    assert.equal(got.rules.published, 'text.head-dateline');
  });

  test('a city dateline before the story gives the date', () => {
    const text =
      'GENEVA, Nov. 9, 2025 — Treaty talks resumed on Sunday after a pause of eight months, diplomats said.\n\nMore talks follow.';
    assert.equal(metadataOf(text).published, '2025-11-09');
  });

  test('a footer stamp gives the date', () => {
    const text =
      'Treaty talks resume\n\nDiplomats met on Sunday, the ministry said, after a long pause in the talks.\n\n09.11.2025';
    const got = metadataOf(text);
    assert.equal(got.published, '2025-11-09');
    assert.equal(got.rules.published, 'text.timestamp');
  });

  const dates: [string, string[]][] = [
    ['on November 9, 2025 and Nov. 10 2025', ['2025-11-09', '2025-11-10']],
    ['9 November 2025; the 3rd of March 2024', ['2025-11-09', '2024-03-03']],
    ['2025-11-09T13:48:00Z', ['2025-11-09']],
    ['13:48 09.11.2025 •', ['2025-11-09']],
    ['12/25/2025 and 25/12/2025', ['2025-12-25', '2025-12-25']],
    ['9 ноября 2025 г.', ['2025-11-09']],
    ['in June 2024, on Sunday, 31.02.2025, 1.2.3', []],
  ];
  for (const [text, isos] of dates) {
    test(`findDates: ${text}`, () => {
      const found = findDates(text);
      assert.deepEqual(
        found.map((d) => d.iso),
        isos,
      );
      for (const d of found) assert.match(text.slice(d.start, d.end), /\d/);
    });
  }
});

describe('outlet', () => {
  const cases: [string, string | null, string | null][] = [
    [
      'Story text.\nDiscover more from The Daily Example | Politics, Business\nSubscribe to get the latest posts sent to your email.',
      'The Daily Example',
      'text.discover-more',
    ],
    ['Story text.\n© 2025 Lakeside Herald. All rights reserved.', 'Lakeside Herald', 'text.copyright'],
    [
      'Story text.\n© 2024 Harbourside Media Ltd  ·  Privacy  ·  Terms',
      'Harbourside Media Ltd',
      'text.copyright',
    ],
    ['Story text.\n© Nordmarker Tageblatt 2023', 'Nordmarker Tageblatt', 'text.copyright'],
    [
      'Story text.\nCopyright Valley Courier, 2019-2024. All rights reserved.',
      'Valley Courier',
      'text.copyright',
    ],
    [
      'Story text.\nread more in our Telegram-channel https://t.me/the_lakeside_herald',
      'Lakeside Herald',
      'text.channel-plug',
    ],
    ['Story text.\nFollow us on X https://x.com/MetroPulseNews', 'Metro Pulse News', 'text.channel-plug'],
    [
      'LONDON (Reuters) - Shares fell on Monday, traders said.\nMore text.',
      'Reuters',
      'text.dateline-agency',
    ],
    ['The minister spoke on Telegram https://t.me/minister_office yesterday, aides said.', null, null],
  ];
  for (const [text, outlet, rule] of cases) {
    test(`outlet of ${JSON.stringify(text.slice(-40))}`, () => {
      const got = metadataOf(text);
      assert.equal(got.outlet, outlet);
      assert.equal(got.rules.outlet ?? null, rule);
    });
  }

  test('slugs become readable names, known ones canonical', () => {
    assert.equal(nameFromSlug('The_International_Review'), 'International Review');
    assert.equal(nameFromSlug('rt_russian'), 'RT Russian');
    assert.equal(nameFromSlug('reuters'), 'Reuters');
    assert.equal(nameFromSlug('KyivIndependent'), 'Kyiv Independent');
  });
});

describe('credited sources', () => {
  const cases: [string, string[]][] = [
    ['According to NordaOnline, the minister spoke on Monday.', ['NordaOnline']],
    ['According to Petrova, the talks were useful.', []],
    ['According to Maria Santos, the talks were useful.', []],
    ['According to the minister, talks go on. According to reports, they stalled.', []],
    ['according to Interfax, which cited port officials', ['Interfax']],
    ['citing the daily Morning Ledger, the agency said', ['Morning Ledger']],
    ['The Valley Times reported on Friday that the plant will close.', ['The Valley Times']],
    ['Yesterday Bloomberg reported the deal.', ['Bloomberg']],
    ['McDonald reported the fault to his manager.', []],
    ['Как сообщает «Вечерний курьер», сделка закрыта.', ['Вечерний курьер']],
    ['По данным ТАСС, переговоры продолжатся.', ['TASS']],
    ['As reported by the Harbour News, the ferry will stay.', ['Harbour News']],
  ];
  for (const [text, names] of cases) {
    test(`credits in ${JSON.stringify(text)}`, () => {
      assert.deepEqual(
        findCredits(text, []).map((c) => c.name),
        names,
      );
    });
  }

  test('a credit inside chrome is not read', () => {
    const text = 'Story.\nAccording to DailyPulse, subscribe now';
    const start = text.indexOf('According');
    assert.deepEqual(
      findCredits(text, [{ start, end: text.length, kind: 'subscription', rule: 'test' }]),
      [],
    );
  });

  test('outlet shape: brands, media words and domains are outlets, surnames are not', () => {
    assert.equal(outletFromName('TechPulse'), 'TechPulse');
    assert.equal(outletFromName('Harbour News'), 'Harbour News');
    assert.equal(outletFromName('example-news.com'), 'example-news.com');
    assert.equal(outletFromName('DeSantis'), null);
    assert.equal(outletFromName('MacArthur'), null);
    assert.equal(outletFromName('Press'), null);
    assert.equal(outletFromName('AP'), 'Associated Press');
  });
});

describe('news-outlets lexicon', () => {
  test('every outlet row has an example naming it or an alias', () => {
    for (const o of NEWS_OUTLETS) {
      const names = [o.name, ...o.aliases].map((n) => n.toLowerCase());
      assert.ok(
        names.some((n) => o.example.toLowerCase().includes(n)),
        `${o.name}: ${o.example}`,
      );
    }
  });
  test('every outlet word appears in its example', () => {
    for (const w of OUTLET_NAME_WORDS) assert.ok(w.example.toLowerCase().includes(w.word), w.word);
  });
});

describe('calendar-words lexicon', () => {
  test('every month row’s example names the month and parses to it', () => {
    for (const row of MONTHS) {
      const found = findDates(row.example);
      assert.equal(found.length, 1, row.example);
      assert.equal(Number(found[0]!.iso.slice(5, 7)), row.month, row.example);
    }
  });
  test('every timestamp word group’s example uses one of its words', () => {
    for (const group of TIMESTAMP_WORDS) {
      const words = group.example.toLowerCase().split(/[^\p{L}]+/u);
      assert.ok(
        group.words.some((w) => words.includes(w)),
        group.example,
      );
    }
  });
});

describe('title above the chrome', () => {
  test('a section label right above the headline is the page’s, not the title', () => {
    const text =
      'Press Office\nStatement by the Harbour Minister on the Northern Ferry Contract\nMay 3, 2024\n\nThe minister said the contract would be signed in June.';
    assert.equal(metadataOf(text).title, 'Statement by the Harbour Minister on the Northern Ferry Contract');
  });

  test('a headline of a few words keeps its line when nothing longer follows', () => {
    const text =
      'Ferry Deal Signed\n\nMay 3, 2024\n\nThe minister said the contract would be signed in June.';
    assert.equal(metadataOf(text).title, 'Ferry Deal Signed');
  });

  test('a menu of short items is never the title', () => {
    const text =
      'Watch Live  |  Weather  |  Traffic  |  Harbour On Your Side\n\nMay 3, 2024\n\nThe minister said the contract would be signed in June.';
    assert.equal(metadataOf(text).title, null);
  });
});
