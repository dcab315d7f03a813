import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { extractHtml } from '../../src/ingest/html/html.ts';
import { chromeRuleFor, classTokens } from '../../src/ingest/html/chrome.ts';
import {
  CHROME_CLASS_TOKENS,
  CHROME_LINE_OPENINGS,
  CREDIT_LINE_PATTERNS,
} from '../../src/ingest/html/chrome-lexicon.ts';
import { toIsoDate } from '../../src/ingest/html/date.ts';

const FIXTURES = new URL('../fixtures/html/', import.meta.url);

interface Expected {
  options: { url?: string };
  metadata: Record<'title' | 'byline' | 'published' | 'outlet' | 'url' | 'lang', string | null>;
  rules: Record<string, string>;
  text?: string;
  startsWith?: string;
  endsWith?: string;
  includes: string[];
  excludes: string[];
}

function loadFixture(slug: string): { html: string; expected: Expected } {
  const dir = new URL(`${slug}/`, FIXTURES);
  return {
    html: readFileSync(new URL('source.html', dir), 'utf8'),
    expected: JSON.parse(readFileSync(new URL('expected.json', dir), 'utf8')) as Expected,
  };
}

describe('extractHtml on fixture pages', () => {
  const slugs = readdirSync(FIXTURES).sort();
  test('the fixture folder holds the seven cases', () => {
    assert.deepEqual(slugs, [
      'cyrillic',
      'json-ld-news-article',
      'malformed',
      'news-with-chrome',
      'no-article',
      'open-graph-only',
      'time-datetime',
    ]);
  });
  for (const slug of slugs) {
    const { html, expected } = loadFixture(slug);
    const result = extractHtml(html, expected.options);
    test(`${slug}: metadata`, () => {
      for (const [field, value] of Object.entries(expected.metadata)) {
        assert.equal(result[field as keyof typeof expected.metadata], value, `${slug}: ${field}`);
      }
    });
    test(`${slug}: each field records its source`, () => {
      for (const [field, rule] of Object.entries(expected.rules)) {
        assert.equal(result.rules[field], rule, `${slug}: rules.${field}`);
      }
    });
    test(`${slug}: article text kept, chrome left out`, () => {
      if (expected.text !== undefined) assert.equal(result.text, expected.text, slug);
      if (expected.startsWith)
        assert.ok(result.text.startsWith(expected.startsWith), `${slug}: starts with body`);
      if (expected.endsWith) assert.ok(result.text.endsWith(expected.endsWith), `${slug}: ends with body`);
      for (const piece of expected.includes)
        assert.ok(result.text.includes(piece), `${slug}: includes ${piece}`);
      for (const piece of expected.excludes)
        assert.ok(!result.text.includes(piece), `${slug}: excludes ${piece}`);
    });
    test(`${slug}: text is tidy (no blank runs, no edge spaces)`, () => {
      assert.ok(!/\n{3,}/.test(result.text), slug);
      assert.equal(result.text, result.text.trim(), slug);
      for (const line of result.text.split('\n')) assert.equal(line, line.trim(), `${slug}: ${line}`);
    });
  }
});

/** A page long enough that Readability accepts it, around a given body. */
function page(body: string, head = ''): string {
  const filler = Array.from(
    { length: 5 },
    (_, i) =>
      `<p>Paragraph ${i + 1} of the report describes the committee hearing at length, with the testimony of several witnesses and the questions the members put to them about the proposed rules.</p>`,
  ).join('\n');
  return `<html><head>${head}</head><body><article>${body}\n${filler}</article></body></html>`;
}

describe('block layout', () => {
  test('<br> becomes a line break inside a paragraph; blocks are separated by a blank line', () => {
    const { text } = extractHtml(page('<p>First line of the address<br>Second line of the address</p>'));
    assert.ok(text.startsWith('First line of the address\nSecond line of the address\n\nParagraph 1'), text);
  });
  test('entities are decoded and inner white space collapsed', () => {
    const { text } = extractHtml(
      page('<p>Smith&nbsp;&amp;   Jones\n   said it&#8217;s &quot;final&quot;.</p>'),
    );
    assert.ok(text.startsWith('Smith & Jones said it’s "final".'), text);
  });
  test('adjacent paragraphs without white space between them do not run together', () => {
    const { text } = extractHtml(page('<p>The vote ended.</p><p>Members left.</p>'));
    assert.ok(text.startsWith('The vote ended.\n\nMembers left.'), text);
  });
});

describe('transcripts laid out as tables and definition lists', () => {
  test("a row's capitalised first cell before a cell of words is a turn label", () => {
    const { text } = extractHtml(
      page(`<table><tr><th>Name</th><th>Words</th></tr>
        <tr><td>MAYOR OLSEN</td><td>The ferry will run all winter.</td></tr>
        <tr><td>Q</td><td><p>Who pays for it?</p></td></tr></table>`),
    );
    assert.match(text, /^MAYOR OLSEN: The ferry will run all winter\.$/mu);
    assert.match(text, /^Q:\n/mu);
    assert.match(text, /^Name Words$/mu, 'a title-case header row is no label');
  });
  test('a data table keeps its cells apart by a space, with no colon', () => {
    const { text } = extractHtml(
      page('<table><tr><td>GDP</td><td>2.3%</td></tr><tr><td>CPI</td><td>4.1</td></tr></table>'),
    );
    assert.match(text, /^GDP 2\.3%\nCPI 4\.1$/mu);
  });
  test('a capitalised term before its description is a turn label', () => {
    const { text } = extractHtml(
      page(
        '<dl><dt>MINISTER ROOS</dt><dd>We will publish the audit.</dd><dt>Budget</dt><dd>Four million.</dd></dl>',
      ),
    );
    assert.match(text, /^MINISTER ROOS:\nWe will publish the audit\.$/mu);
    assert.match(text, /^Budget\nFour million\.$/mu);
  });
});

describe('metadata precedence and fallbacks', () => {
  test('JSON-LD beats Open Graph, which beats plain meta tags', () => {
    const head = `
      <script type="application/ld+json">{"@type":"NewsArticle","headline":"From JSON-LD","datePublished":"2020-02-03"}</script>
      <meta property="og:title" content="From OG"><meta property="article:published_time" content="2020-01-01">
      <meta name="date" content="2019-12-31"><meta property="og:site_name" content="OG Site">`;
    const result = extractHtml(page('', head));
    assert.equal(result.title, 'From JSON-LD');
    assert.equal(result.published, '2020-02-03');
    assert.equal(result.outlet, 'OG Site');
    assert.deepEqual(
      [result.rules.title, result.rules.published, result.rules.outlet],
      ['html.json-ld', 'html.json-ld', 'html.og'],
    );
  });
  test('JSON-LD strings written with HTML character references are decoded; a bare ampersand stays', () => {
    const head = `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Council won&#8217;t meet: a Q&amp;A with R&D staff","author":{"@type":"Person","name":"Ana&nbsp;Lind"}}</script>`;
    const result = extractHtml(page('', head));
    assert.equal(result.title, 'Council won’t meet: a Q&A with R&D staff');
    assert.equal(result.byline, 'Ana Lind');
  });
  test('a social handle names an outlet only when it is a known one; the host is the last resort', () => {
    const handle = extractHtml(
      page(
        '',
        '<meta property="og:site_name" content="@harbourwire"><meta property="og:url" content="https://www.harbourwire.example/a">',
      ),
    );
    assert.equal(handle.outlet, 'harbourwire.example');
    assert.equal(handle.rules.outlet, 'html.url-host');
    const known = extractHtml(page('', '<meta name="twitter:site" content="@Reuters">'));
    assert.equal(known.outlet, 'Reuters');
    const named = extractHtml(
      page(
        '',
        '<meta property="og:site_name" content="Harbour Wire"><meta name="twitter:site" content="@reuters">',
      ),
    );
    assert.equal(named.outlet, 'Harbour Wire');
  });
  test('an unparseable date in a better source gives way to the next source', () => {
    const head = `<meta property="article:published_time" content="soon"><meta name="pubdate" content="2018-07-09">`;
    const result = extractHtml(page('', head));
    assert.equal(result.published, '2018-07-09');
    assert.equal(result.rules.published, 'html.meta');
  });
  test('the page URL resolves a relative canonical link and is the url of last resort', () => {
    const relative = extractHtml(page('', '<link rel="canonical" href="/a/b">'), {
      url: 'https://news.example/x',
    });
    assert.equal(relative.url, 'https://news.example/a/b');
    const bare = extractHtml(page(''), { url: 'https://news.example/x' });
    assert.deepEqual([bare.url, bare.rules.url], ['https://news.example/x', 'options.url']);
  });
  test('JSON-LD articleBody is taken when the page body holds only a stub', () => {
    const body = Array.from(
      { length: 6 },
      (_, i) => `Sentence group ${i} of the embedded article body, long enough.`,
    ).join('\n');
    const html = `<html><head><script type="application/ld+json">${JSON.stringify({
      '@type': 'ReportageNewsArticle',
      headline: 'Stub page',
      articleBody: body,
    })}</script></head><body><div id="app">Loading…</div></body></html>`;
    const result = extractHtml(html);
    assert.equal(result.rules.text, 'html.json-ld-body');
    assert.ok(
      result.text.startsWith(
        'Sentence group 0 of the embedded article body, long enough.\n\nSentence group 1',
      ),
    );
  });
});

describe('robustness', () => {
  test('empty and non-article inputs give empty text', () => {
    for (const html of ['', '   ', '<html></html>', '<', '<!-- unclosed', '<script>var a = 1;</script>']) {
      assert.equal(extractHtml(html).text, '', JSON.stringify(html));
    }
  });
  test('pathologically deep nesting yields an empty result, not an exception', () => {
    const result = extractHtml(`<body>${'<div>'.repeat(30000)}<p>deep</p></body>`);
    assert.equal(typeof result.text, 'string');
  });
  test('never throws on arbitrary or tag-soup input', () => {
    const soup = fc
      .array(
        fc.constantFrom(
          '<p>',
          '</p>',
          '<div class="share">',
          '</div>',
          '<br>',
          '<b>',
          '</i>',
          'word ',
          '&amp;',
          '<',
          '>',
          '"',
        ),
        {
          maxLength: 60,
        },
      )
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(fc.string(), soup), (html) => {
        const result = extractHtml(html);
        assert.equal(typeof result.text, 'string');
      }),
      { numRuns: 200 },
    );
  });
});

describe('chrome lexicons', () => {
  test('every class-token row matches its example', () => {
    for (const row of CHROME_CLASS_TOKENS) assert.ok(classTokens(row.example).includes(row.token), row.token);
  });
  test('every reader-prompt row is recognised on its example', () => {
    for (const row of CHROME_LINE_OPENINGS) {
      assert.notEqual(chromeRuleFor(row.example, { title: null, byline: null }), null, row.example);
    }
  });
  test('every credit pattern matches its example', () => {
    for (const row of CREDIT_LINE_PATTERNS) assert.ok(row.pattern.test(row.example), row.example);
  });
  const prose: [string, string][] = [
    ['Shares of the shipping group rose 4 percent on Monday.', 'a word that starts like "share"'],
    [
      'Read more than forty pages of the report and you find the same claim.',
      'a long line opening with "read more"',
    ],
    ['By the end of the week the talks had collapsed.', 'a sentence opening with "by"'],
    ['Related parties must disclose their holdings under the new rules, the regulator said.', 'prose'],
    [
      'The minister said the vote would take place on 12 May 2024 at the earliest.',
      'a sentence holding a date',
    ],
  ];
  for (const [line, why] of prose) {
    test(`not chrome: ${why}`, () => assert.equal(chromeRuleFor(line, { title: null, byline: null }), null));
  }
  const chrome: [string, string][] = [
    ['Updated 10:01 pm PST, Tuesday, November 19, 2019', 'chrome.timestamp'],
    ['By Jane Roe and John Doe', 'chrome.byline'],
    ['https://news.example/story/123', 'chrome.url-line'],
    ['Photo: Jane Roe, AP', 'chrome.photo-credit'],
  ];
  for (const [line, rule] of chrome) {
    test(`chrome: ${rule} on "${line}"`, () =>
      assert.equal(chromeRuleFor(line, { title: null, byline: null }), rule));
  }
});

describe('toIsoDate', () => {
  const cases: [string, string | null][] = [
    ['2024-03-05T18:20:00-05:00', '2024-03-05'],
    ['2024-03-05', '2024-03-05'],
    ['20240417T093000', '2024-04-17'],
    ['Tue, 19 Nov 2019 10:00:00 GMT', '2019-11-19'],
    ['November 8, 2021, 11:40 PM', '2021-11-08'],
    ['Published 14 March 2024, 07:45 GMT', '2024-03-14'],
    ['17.04.2024', '2024-04-17'],
    ['2023-02-30', null],
    ['0001-01-01T00:00:00Z', null],
    ['soon', null],
  ];
  for (const [input, expected] of cases) test(input, () => assert.equal(toIsoDate(input), expected));
});
