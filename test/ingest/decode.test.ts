import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeBytes, findDeclaredCharset, normalizeCharset } from '../../src/ingest/decode.ts';

const enc = new TextEncoder();
const SAMPLE = 'Minister said: “We are ready.” Россия — 19%';

test('UTF-8 without BOM decodes exactly', () => {
  const d = decodeBytes(enc.encode(SAMPLE));
  assert.ok(d.ok);
  assert.equal(d.text, SAMPLE);
  assert.equal(d.encoding, 'utf-8');
  assert.equal(d.legacy, false);
});

test('UTF-8 with BOM: the mark is not part of the text', () => {
  const d = decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...enc.encode(SAMPLE)]));
  assert.ok(d.ok);
  assert.equal(d.text, SAMPLE);
});

test('UTF-16 LE and BE with BOM', () => {
  const le = Buffer.from(`\uFEFF${SAMPLE}`, 'utf16le');
  const dle = decodeBytes(le);
  assert.ok(dle.ok);
  assert.equal(dle.text, SAMPLE);
  assert.equal(dle.encoding, 'utf-16le');
  const be = Buffer.from(le).swap16();
  const dbe = decodeBytes(be);
  assert.ok(dbe.ok);
  assert.equal(dbe.text, SAMPLE);
  assert.equal(dbe.encoding, 'utf-16be');
});

test('UTF-16 LE without BOM is recognised by its NUL pattern', () => {
  const d = decodeBytes(Buffer.from('Plain English text about a summit in Geneva.', 'utf16le'));
  assert.ok(d.ok);
  assert.equal(d.text, 'Plain English text about a summit in Geneva.');
});

test('Windows-1251 Cyrillic is detected without a declaration', () => {
  const russian =
    'Министр иностранных дел заявил журналистам, что переговоры продолжаются, но не так быстро, как хотелось бы. ' +
    'По его словам, стороны обменялись предложениями по восстановлению прямого авиасообщения.';
  const bytes = new Uint8Array(new TextEncoder().encode(russian).length);
  // Encode to cp1251 through a reverse map of the decoder (Node has no cp1251 encoder).
  const table = new Map<string, number>();
  const dec = new TextDecoder('windows-1251');
  for (let b = 0; b < 256; b++) table.set(dec.decode(new Uint8Array([b])), b);
  const cp = Uint8Array.from([...russian].map((ch) => table.get(ch)!));
  assert.ok(bytes.length > cp.length);
  const d = decodeBytes(cp);
  assert.ok(d.ok, 'decoded');
  assert.equal(d.encoding, 'windows-1251');
  assert.equal(d.text, russian);
  assert.equal(d.legacy, true);
});

test('Windows-1252 Western text is detected', () => {
  const text = 'The café owner said the “crème brûlée” sold out — prices rose 5 % in Zürich and Málaga.';
  const table = new Map<string, number>();
  const dec = new TextDecoder('windows-1252');
  for (let b = 0; b < 256; b++) table.set(dec.decode(new Uint8Array([b])), b);
  const bytes = Uint8Array.from([...text].map((ch) => table.get(ch)!));
  const d = decodeBytes(bytes);
  assert.ok(d.ok);
  assert.equal(d.text, text);
  assert.equal(d.encoding, 'windows-1252');
});

test('a declared charset wins over detection', () => {
  const dec = new TextDecoder('windows-1251');
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) table.set(dec.decode(new Uint8Array([b])), b);
  const html = '<html><head><meta charset="windows-1251"></head><body><p>Привет, мир</p></body></html>';
  const bytes = Uint8Array.from([...html].map((ch) => table.get(ch)!));
  assert.equal(findDeclaredCharset(bytes), 'windows-1251');
  const d = decodeBytes(bytes, findDeclaredCharset(bytes));
  assert.ok(d.ok);
  assert.equal(d.text, html);
});

test('almost-UTF-8 with one broken sequence is read with U+FFFD and names its byte offset', () => {
  const good = enc.encode('Varga said “no” — ');
  const bytes = new Uint8Array([...good, 0xe2, 0x28, 0xa1, ...enc.encode(' and more text')]);
  const d = decodeBytes(bytes);
  assert.ok(d.ok);
  assert.equal(d.encoding, 'utf-8');
  assert.ok(d.text.startsWith('Varga said “no” — \uFFFD'));
  assert.ok(d.text.endsWith(' and more text'));
  assert.equal(d.replaced?.firstOffset, good.length);
});

test('UTF-16 Cyrillic without a byte-order mark is decoded, not refused as binary', () => {
  const text = 'Министр сказал: «Мы продолжим переговоры». Встреча назначена на 12 мая.\n';
  const le = new Uint8Array(Buffer.from(text, 'utf16le'));
  const be = new Uint8Array(Buffer.from(text, 'utf16le').swap16());
  for (const [bytes, label] of [
    [le, 'utf-16le'],
    [be, 'utf-16be'],
  ] as const) {
    const d = decodeBytes(bytes);
    assert.ok(d.ok, label);
    assert.equal(d.encoding, label);
    assert.equal(d.text, text);
  }
});

test('binary content is refused', () => {
  const d = decodeBytes(
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]),
  );
  assert.equal(d.ok, false);
  assert.match((d as { detail: string }).detail, /binary/);
});

test('charset names normalise to WHATWG labels', () => {
  assert.equal(normalizeCharset('CP1251'), 'windows-1251');
  assert.equal(normalizeCharset('ISO-8859-1'), 'windows-1252');
  assert.equal(normalizeCharset('UTF8'), 'utf-8');
  assert.equal(normalizeCharset('x-unknown'), null);
});
