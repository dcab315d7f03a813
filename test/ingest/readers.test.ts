import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readFeed } from '../../src/ingest/read-feed.ts';
import { readJsonDocument, readJsonLines } from '../../src/ingest/read-records.ts';
import { readTextArticle } from '../../src/ingest/read-text.ts';

test('text: the article text is the input unchanged, id is the base name', () => {
  const text = '  Headline\r\n\r\nBody with “quotes” and trailing space \n';
  const a = readTextArticle('/data/a/story.txt', 'story.txt', text, 'utf-8');
  assert.equal(a.text, text);
  assert.equal(a.id, 'story.txt');
  assert.equal(a.format, 'text');
});

test('jsonl: records become articles; broken lines are issues with line numbers', () => {
  const input = [
    JSON.stringify({
      id: 'r1',
      title: 'Port strike ends',
      published: '2026-03-01',
      outlet: 'Wire',
      url: null,
      text: 'Dock workers returned.',
    }),
    '{"id": "r2", "text": ',
    '',
    JSON.stringify({ id: 'r3', title: 'No body' }),
    JSON.stringify(['not', 'an', 'object']),
    JSON.stringify({ id: 7, published: '26-FEB-1987', text: 'Numeric id and odd date.' }),
    JSON.stringify({ id: 'r7', url: 'https://wire.example/7' }),
  ].join('\n');
  const batch = readJsonLines('exports/feed.jsonl', 'feed.jsonl', input, 'utf-8');
  assert.deepEqual(
    batch.articles.map((a) => [a.id, a.title, a.published, a.outlet, a.source]),
    [
      ['r1', 'Port strike ends', '2026-03-01', 'Wire', 'exports/feed.jsonl#1'],
      ['r3', 'No body', null, null, 'exports/feed.jsonl#4'],
      ['7', null, '1987-02-26', null, 'exports/feed.jsonl#6'],
    ],
  );
  assert.equal(batch.articles[1]!.text, 'No body', 'a title-only record is a short article');
  assert.deepEqual(
    batch.issues.map((i) => [i.code, i.input.line]),
    [
      ['HEARSAY_E_JSON_RECORD', 2],
      ['HEARSAY_E_JSON_RECORD', 5],
      ['HEARSAY_E_NO_TEXT', 7],
    ],
  );
});

test('jsonl: a title and a summary without a body make a short article', () => {
  const record = { id: 's1', title: 'Port strike ends', summary: 'Dock workers returned on Friday.' };
  const batch = readJsonLines('s.jsonl', 's.jsonl', JSON.stringify(record), 'utf-8');
  assert.deepEqual(batch.issues, []);
  assert.equal(batch.articles[0]!.text, 'Port strike ends\n\nDock workers returned on Friday.');
  assert.equal(batch.articles[0]!.title, 'Port strike ends');
});

test('jsonl: a record with html instead of text is extracted', () => {
  const html =
    '<html><head><title>T</title></head><body><nav>Home | World</nav><article><h1>Talks resume</h1><p>The two delegations met on Tuesday in Geneva and agreed to meet again next month, officials said.</p><p>“We made progress,” the chief negotiator told reporters after the session, adding that the talks would continue.</p></article></body></html>';
  const batch = readJsonLines('x.jsonl', 'x.jsonl', JSON.stringify({ id: 'h1', html }), 'utf-8');
  assert.equal(batch.issues.length, 0);
  assert.equal(batch.articles.length, 1);
  assert.match(batch.articles[0]!.text, /We made progress/);
  assert.doesNotMatch(batch.articles[0]!.text, /Home \| World/);
});

test('json: an array of records, and a single object', () => {
  const arr = readJsonDocument(
    'a.json',
    'a.json',
    JSON.stringify([{ id: 'a', text: 'x' }, { text: 'y' }]),
    'utf-8',
  );
  assert.deepEqual(
    arr.articles.map((a) => a.id),
    ['a', 'a.json#2'],
  );
  const one = readJsonDocument('b.json', 'b.json', JSON.stringify({ id: 'b', text: 'z' }), 'utf-8');
  assert.equal(one.articles[0]!.id, 'b');
  const bad = readJsonDocument('c.json', 'c.json', '{"id": ', 'utf-8');
  assert.equal(bad.issues[0]!.code, 'HEARSAY_E_JSON_RECORD');
});

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Estoria Wire</title><link>https://wire.example</link>
<item><title>Minister open to talks</title><link>https://wire.example/1</link><guid>wire-1</guid>
<pubDate>Sat, 14 Mar 2026 09:30:00 GMT</pubDate><dc:creator>J. Park</dc:creator>
<description>Short teaser.</description>
<content:encoded><![CDATA[<p>The minister said on Saturday that talks would resume.</p><p>“We are ready,” she told the agency.</p>]]></content:encoded></item>
<item><title>Port strike ends</title><link>https://wire.example/2</link>
<pubDate>Fri, 13 Mar 2026 18:00:00 GMT</pubDate><description>Dock workers returned to work on Friday after a week-long strike.</description></item>
<item><title>Headline only</title><guid>wire-3</guid></item>
<item><guid>wire-4</guid></item>
</channel></rss>`;

test('rss: each item is an article; the channel title is the outlet', () => {
  const batch = readFeed('feeds/wire.xml', 'wire.xml', RSS, 'utf-8', 'rss');
  assert.deepEqual(
    batch.articles.map((a) => [a.id, a.title, a.published, a.outlet, a.url, a.byline]),
    [
      ['wire-1', 'Minister open to talks', '2026-03-14', 'Estoria Wire', 'https://wire.example/1', 'J. Park'],
      [
        'https://wire.example/2',
        'Port strike ends',
        '2026-03-13',
        'Estoria Wire',
        'https://wire.example/2',
        null,
      ],
      ['wire-3', 'Headline only', null, 'Estoria Wire', null, null],
    ],
  );
  assert.equal(batch.articles[2]!.text, 'Headline only', 'a headline-only item is a short article');
  assert.match(batch.articles[0]!.text, /talks would resume\.[\s\S]*“We are ready,” she told the agency\./);
  assert.equal(batch.articles[1]!.text, 'Dock workers returned to work on Friday after a week-long strike.');
  assert.deepEqual(
    batch.issues.map((i) => [i.code, i.input.item]),
    [['HEARSAY_E_NO_TEXT', 4]],
  );
});

test('atom: entries with alternate links and escaped HTML content', () => {
  const atom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Ministry News</title>
<entry><title>Statement on the treaty</title><link rel="alternate" href="https://mfa.example/s/1"/><link rel="edit" href="https://mfa.example/e/1"/>
<id>urn:mfa:1</id><published>2026-02-05T08:00:00Z</published><author><name>Press Office</name></author>
<content type="html">&lt;p&gt;The ministry notes that the treaty remains in force.&lt;/p&gt;</content></entry></feed>`;
  const batch = readFeed('m.atom', 'm.atom', atom, 'utf-8', 'atom');
  assert.equal(batch.issues.length, 0);
  const [a] = batch.articles;
  assert.equal(a!.id, 'urn:mfa:1');
  assert.equal(a!.url, 'https://mfa.example/s/1');
  assert.equal(a!.published, '2026-02-05');
  assert.equal(a!.outlet, 'Ministry News');
  assert.equal(a!.text, 'The ministry notes that the treaty remains in force.');
});

test('a feed with no items is an issue', () => {
  const batch = readFeed('x.xml', 'x.xml', '<rss><channel><title>x</title></channel></rss>', 'utf-8', 'rss');
  assert.equal(batch.articles.length, 0);
  assert.equal(batch.issues[0]!.code, 'HEARSAY_E_FEED');
});

test('feed titles escaped as HTML read as text: tags dropped, references decoded', () => {
  const feed = `<?xml version="1.0"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title type="html">Harbour&amp;nbsp;Desk</title>
<entry><id>a-1</id><title type="html">&lt;b&gt;Mayor&lt;/b&gt; backs&amp;nbsp;the plan</title>
<content type="html">&lt;p&gt;The mayor said the plan would go ahead.&lt;/p&gt;</content></entry>
<entry><id>a-2</id><title>Profits &lt; 5% &amp; falling</title><content>Plain text.</content></entry>
</feed>`;
  const batch = readFeed('feeds/a.xml', 'a.xml', feed, 'utf-8', 'atom');
  assert.deepEqual(
    batch.articles.map((a) => [a.id, a.title, a.outlet]),
    [
      ['a-1', 'Mayor backs the plan', 'Harbour Desk'],
      ['a-2', 'Profits < 5% & falling', 'Harbour Desk'],
    ],
  );
});

test('a JSONL record with a blank id gets the id a record without one gets', () => {
  const input = [
    JSON.stringify({ id: '', text: 'The council voted on Monday.' }),
    JSON.stringify({ id: '   ', text: 'The mayor spoke on Tuesday.' }),
    JSON.stringify({ text: 'The port reopened on Wednesday.' }),
  ].join('\n');
  const batch = readJsonLines('exports/x.jsonl', 'x.jsonl', input, 'utf-8');
  const ids = batch.articles.map((a) => a.id);
  assert.equal(ids.length, 3);
  assert.ok(
    ids.every((id) => id.trim() !== ''),
    `blank ids: ${JSON.stringify(ids)}`,
  );
  assert.equal(new Set(ids).size, 3);
});
