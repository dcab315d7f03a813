import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { decodeBytes } from '../../src/ingest/decode.ts';
import { parseSource } from '../../src/ingest/ingest.ts';
import { readSources, type Source } from '../../src/ingest/sources.ts';
import { sniffFormat } from '../../src/ingest/sniff.ts';
import type { Issue } from '../../src/model/issue.ts';
import { withTempDirAsync } from '../helpers/run-cli.ts';

/** Invented inputs for the faults of a hostile trial: each must be read or refused, quickly. */

async function collect(inputs: string[]): Promise<(Source | Issue)[]> {
  const out: (Source | Issue)[] = [];
  for await (const item of readSources(inputs)) out.push(item);
  return out;
}

const label = (item: Source | Issue) => ('code' in item ? item.code : item.origin);

const PARAGRAPH =
  'The council met on Tuesday to debate the budget. "We cannot spend what we do not have," the treasurer said after the vote.';

test('a folder with symlink loops is walked once: each file read once, the walk ends', async () => {
  await withTempDirAsync(async (dir) => {
    mkdirSync(join(dir, 'a', 'b'), { recursive: true });
    writeFileSync(join(dir, 'a', 'one.txt'), 'first file');
    writeFileSync(join(dir, 'a', 'b', 'two.txt'), 'second file');
    symlinkSync(join(dir, 'a'), join(dir, 'a', 'b', 'up')); // a/b/up → a: a loop
    symlinkSync(dir, join(dir, 'a', 'root')); // a/root → the top: another loop
    symlinkSync(join(dir, 'a', 'one.txt'), join(dir, 'alias.txt')); // a second name for one file
    const started = performance.now();
    const items = await collect([dir]);
    assert.ok(performance.now() - started < 5000);
    const names = items.map((i) => ('code' in i ? i.code : i.name)).sort();
    assert.deepEqual(names, ['one.txt', 'two.txt']);
  });
});

test('an unreadable sub-folder is one issue and its siblings are read', async (t) => {
  if (process.getuid?.() === 0) {
    t.skip('root reads every folder; test/cli/hostile-cli.test.ts covers this as an unprivileged user');
    return;
  }
  await withTempDirAsync(async (dir) => {
    mkdirSync(join(dir, 'locked'));
    writeFileSync(join(dir, 'locked', 'hidden.txt'), 'never read');
    writeFileSync(join(dir, 'open.txt'), 'read me');
    chmodSync(join(dir, 'locked'), 0o000);
    try {
      const items = await collect([dir]);
      assert.deepEqual(items.map(label), ['HEARSAY_E_UNREADABLE', join(dir, 'open.txt')]);
    } finally {
      chmodSync(join(dir, 'locked'), 0o755);
    }
  });
});

test('a gzip bomb is refused while inflating, without inflating it whole', async () => {
  await withTempDirAsync(async (dir) => {
    // 256 MB of one letter: ~250 KB compressed; a text document may hold 10 MB.
    const bomb = gzipSync(Buffer.alloc(256 * 1024 * 1024, 'a'), { level: 9 });
    writeFileSync(join(dir, 'bomb.txt.gz'), bomb);
    writeFileSync(join(dir, 'fine.txt.gz'), gzipSync(PARAGRAPH));
    const before = process.memoryUsage().rss;
    const items = await collect([join(dir, 'bomb.txt.gz'), join(dir, 'fine.txt.gz')]);
    const grew = process.memoryUsage().rss - before;
    assert.deepEqual(items.map(label), ['HEARSAY_E_TOO_LARGE', join(dir, 'fine.txt.gz')]);
    assert.match((items[0] as Issue).detail, /unzipped.*over the 10\.0 MB limit/);
    assert.ok(grew < 128 * 1024 * 1024, `RSS grew by ${(grew / 1e6).toFixed(0)} MB`);
  });
});

const RSS_091 = `<?xml version="1.0" encoding="ISO-8859-1"?>
<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN"
  "http://my.netscape.com/publish/formats/rss-0.91.dtd">
<rss version="0.91"><channel><title>Harbour News</title>
<item><title>Port vote delayed</title><description>${PARAGRAPH}</description></item>
</channel></rss>`;

/** Ten levels of ten: expanded, the entity would be 10^9 copies of its text. */
function entityBombFeed(): string {
  let entities = '<!ENTITY e0 "boom">';
  for (let i = 1; i <= 9; i++) entities += `<!ENTITY e${i} "${`&e${i - 1};`.repeat(10)}">`;
  return `<?xml version="1.0"?>
<!DOCTYPE feed [${entities}]>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Wire &e9;</title>
<entry><title>Budget row</title><content type="html">${PARAGRAPH} &amp;e9;</content></entry></feed>`;
}

test('an RSS 0.91 feed with its DOCTYPE is read as a feed, not as one junk article', () => {
  const bytes = new TextEncoder().encode(RSS_091);
  assert.equal(sniffFormat(bytes), 'rss');
  const parsed = parseSource({ origin: 'old.xml', name: 'old.xml', bytes, format: 'rss' });
  assert.deepEqual(
    parsed.raw.map((a) => [a.title, a.outlet]),
    [['Port vote delayed', 'Harbour News']],
  );
});

test('XML entities declared in a DOCTYPE are never expanded (billion laughs)', () => {
  const bytes = new TextEncoder().encode(entityBombFeed());
  assert.equal(sniffFormat(bytes), 'atom');
  const started = performance.now();
  const parsed = parseSource({ origin: 'bomb.xml', name: 'bomb.xml', bytes, format: 'atom' });
  assert.ok(performance.now() - started < 2000);
  assert.equal(parsed.raw.length, 1);
  assert.ok(parsed.raw[0]!.text.length < 1000, `text of ${parsed.raw[0]!.text.length} chars`);
  // A DOCTYPE too long for the sniffed head still names the root element.
  const long = `<?xml version="1.0"?><!DOCTYPE rss [${'<!ENTITY x "y">'.repeat(500)}]><rss></rss>`;
  assert.equal(sniffFormat(new TextEncoder().encode(long)), 'rss');
});

test('HTML nested 2,000 deep is read in well under a second, flattened, with a warning', () => {
  const depth = 2000;
  const html = `<html><head><title>Budget</title></head><body>${'<div><span>'.repeat(depth)}<p>${PARAGRAPH}</p><p>${PARAGRAPH}</p>${'</span></div>'.repeat(depth)}</body></html>`;
  const started = performance.now();
  const parsed = parseSource({
    origin: 'deep.html',
    name: 'deep.html',
    bytes: new TextEncoder().encode(html),
    format: 'html',
  });
  const ms = performance.now() - started;
  assert.ok(ms < 5000, `${ms.toFixed(0)} ms`); // minutes before the depth guard
  assert.deepEqual(
    parsed.issues.map((i) => i.code),
    ['HEARSAY_W_FLATTENED_HTML'],
  );
  assert.equal(parsed.raw[0]!.text, `${PARAGRAPH}\n\n${PARAGRAPH}`);
  assert.equal(parsed.raw[0]!.title, 'Budget');
});

test('an ordinary page is not flattened', () => {
  const html = `<html><body><article>${'<div>'.repeat(30)}<p>${PARAGRAPH}</p><p>${PARAGRAPH}</p>${'</div>'.repeat(30)}</article></body></html>`;
  const parsed = parseSource({
    origin: 'p.html',
    name: 'p.html',
    bytes: new TextEncoder().encode(html),
    format: 'html',
  });
  assert.deepEqual(parsed.issues, []);
});

test('UTF-16LE Cyrillic without a BOM is read as text, not refused as binary', () => {
  const text =
    'Премьер-министр заявил: «Мы не отступим». Переговоры продолжатся в среду, сообщили в правительстве.';
  const bytes = new Uint8Array(Buffer.from(text, 'utf16le'));
  const parsed = parseSource({
    origin: 'ru.txt',
    name: 'ru.txt',
    bytes,
    format: sniffFormat(bytes) as 'text',
  });
  assert.deepEqual(parsed.issues, []);
  assert.equal(parsed.raw[0]!.text, text);
  assert.equal(parsed.raw[0]!.encoding, 'utf-16le');
});

test('a page with one invalid byte is read with U+FFFD and a warning naming the byte', () => {
  const head = Buffer.from(`<html><body><p>${PARAGRAPH} Caf`);
  const bytes = new Uint8Array(
    Buffer.concat([head, Buffer.from([0xe9]), Buffer.from(` “crème”.</p><p>${PARAGRAPH}</p></body></html>`)]),
  );
  const parsed = parseSource({ origin: 'page.html', name: 'page.html', bytes, format: 'html' });
  assert.deepEqual(
    parsed.issues.map((i) => i.code),
    ['HEARSAY_W_REPLACED_BYTES'],
  );
  assert.match(parsed.issues[0]!.detail, new RegExp(`first at byte ${head.length}\\b`));
  assert.ok(parsed.raw[0]!.text.includes('Caf\uFFFD “crème”'));
});

test('a legacy single-byte file is still decoded as its charset, not as broken UTF-8', () => {
  const bytes = new Uint8Array(
    Buffer.from('Le ministre a déclaré : « Nous irons jusqu’au bout. » Très bien.', 'latin1'),
  );
  const decoded = decodeBytes(bytes);
  assert.ok(decoded.ok && decoded.legacy && decoded.replaced === undefined);
});
