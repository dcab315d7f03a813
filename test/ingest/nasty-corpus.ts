import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * A generated corpus of nasty inputs (nothing is committed: each is made in a temporary folder).
 * Sizes are moderate so CI stays fast; each stands for a class (the 100 MB line is a 200 KB line, the 100,000-deep page is 100,000 deep).
 */
const GOOD =
  'The finance minister, Elena Varga, presented the budget on Tuesday. "We will not raise taxes this year," Varga told parliament.';

/** File name → contents. */
export function nastyInputs(): Record<string, Uint8Array | string> {
  let entities = '<!ENTITY e0 "lol">';
  for (let i = 1; i <= 9; i++) entities += `<!ENTITY e${i} "${`&e${i - 1};`.repeat(10)}">`;
  const para = (s: string) => `<p>${s}</p>`;
  return {
    'good.txt': GOOD,
    'binary.bin': new Uint8Array(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256)),
    'png.txt': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]),
    'nul-bytes.txt': `${GOOD}\0\0\0${GOOD}`,
    'long-line.txt': `${GOOD} `.repeat(Math.ceil((200 * 1024) / GOOD.length)),
    'deep.html': `<html><body>${'<div>'.repeat(100_000)}${para(GOOD)}${'</div>'.repeat(100_000)}</body></html>`,
    'entities.rss': `<?xml version="1.0"?><!DOCTYPE rss [${entities}]><rss><channel><title>&e9;</title><item><title>Budget</title><description>${GOOD} &e9;</description></item></channel></rss>`,
    'bomb.txt.gz': gzipSync(Buffer.alloc(64 * 1024 * 1024, 'a'), { level: 9 }),
    'invalid-utf8.txt': Buffer.concat([
      Buffer.from(`${GOOD} “Déjà vu” `),
      Buffer.from([0xc3, 0x28]),
      Buffer.from(' end.'),
    ]),
    'utf16-bom.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(GOOD, 'utf16le')]),
    'utf16-nobom.txt': Buffer.from(
      'Министр финансов Елена Варга заявила: «Налоги не вырастут». Бюджет представлен во вторник.',
      'utf16le',
    ),
    'utf16be-nobom.txt': Buffer.from(
      'Министр финансов заявил во вторник, что бюджет будет принят.',
      'utf16le',
    ).swap16(),
    'windows-1251.txt': Buffer.from(
      [
        0xcc, 0xe8, 0xed, 0xe8, 0xf1, 0xf2, 0xf0, 0x20, 0xe7, 0xe0, 0xff, 0xe2, 0xe8, 0xeb, 0x2c, 0x20, 0xf7,
        0xf2, 0xee, 0x20, 0xe1, 0xfe, 0xe4, 0xe6, 0xe5, 0xf2, 0x20, 0xe1, 0xf3, 0xe4, 0xe5, 0xf2, 0x20, 0xef,
        0xf0, 0xe8, 0xed, 0xff, 0xf2, 0x2e,
      ].concat(
        Array(8)
          .fill([
            0x20, 0xcc, 0xe8, 0xed, 0xe8, 0xf1, 0xf2, 0xf0, 0x20, 0xe7, 0xe0, 0xff, 0xe2, 0xe8, 0xeb, 0x2e,
          ])
          .flat(),
      ),
    ),
    'mixed-endings.txt': `${GOOD}\r\n${GOOD}\r${GOOD}\n\r\n${GOOD}\u2028${GOOD}\u0085end`,
    'invisible.txt': GOOD.replace('Elena', 'El\u200bena')
      .replace('Varga told', 'Var\u200dga\u200f told')
      .replace('"We', '\u2066"We\u2069'),
    'emoji.txt': `${GOOD} 👩‍⚕️🇺🇦 e\u0301\u0302\u0303 Z̷̢͎̈́a̵̛͓l̶̨̛g̸o̵ ${'🙂'.repeat(500)}`,
    'unbalanced-quotes.txt': `${GOOD} ${'“He said ‘no '.repeat(3000)} «» " " ' '`,
    'regex-worst.txt': [
      'a'.repeat(60_000) + '!',
      ' '.repeat(60_000) + 'x',
      '.'.repeat(30_000),
      'A '.repeat(30_000),
      'Mr. '.repeat(20_000),
      `${'(('.repeat(10_000)}${'))'.repeat(10_000)}`,
      `${'1,'.repeat(20_000)}5 percent`,
      `${'said that '.repeat(10_000)}`,
    ].join('\n'),
    'chrome-spam.html': `<html><body>${'<nav><a href="/x">Subscribe</a> | <a href="/y">Share</a></nav>'.repeat(2000)}${para(GOOD)}</body></html>`,
    'empty.txt': '',
    'records.jsonl': `${JSON.stringify({ id: 'r1', text: GOOD })}\n{"id": "broken"\n${'{'.repeat(10_000)}\n${JSON.stringify({ id: 'r2', text: 'x'.repeat(100) })}\n`,
  };
}

export function writeNastyCorpus(dir: string): string[] {
  const names: string[] = [];
  for (const [name, contents] of Object.entries(nastyInputs())) {
    writeFileSync(join(dir, name), contents);
    names.push(name);
  }
  return names;
}
