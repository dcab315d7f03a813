import type { Dossier } from '../model/dossier.ts';

/** Characters gathered before a piece is handed on: few writes, and no piece near the dossier's size. */
const CHUNK_CHARS = 1 << 16;

/**
 * The dossier JSON of `renderJson`, byte for byte, in pieces: each item of a top-level list is
 * serialised on its own, so neither the whole text nor the serialiser's view of it is ever held
 * at once (a 20,000-article dossier is some 200 MB of text, twice that as it is written out).
 */
export function* renderJsonChunks(dossier: Dossier): Generator<string> {
  let buffer = '{';
  let first = true;
  for (const [key, value] of Object.entries(dossier)) {
    // JSON.stringify leaves out what JSON cannot say in an object.
    if (value === undefined || typeof value === 'function' || typeof value === 'symbol') continue;
    buffer += `${first ? '' : ','}\n  ${JSON.stringify(key)}: `;
    first = false;
    if (!Array.isArray(value) || value.length === 0) {
      buffer += indent(JSON.stringify(value, null, 2), '  ');
      continue;
    }
    buffer += '[';
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      // In a list, what JSON cannot say becomes null.
      const text =
        item === undefined || typeof item === 'function' || typeof item === 'symbol'
          ? 'null'
          : listItemJson(item);
      buffer += `${i === 0 ? '' : ','}\n    ${text}`;
      if (buffer.length >= CHUNK_CHARS) {
        yield buffer;
        buffer = '';
      }
    }
    buffer += '\n  ]';
  }
  yield `${buffer}${first ? '}' : '\n}'}\n`;
}

/**
 * An item of a top-level list as the dossier nests it: its lines 4 spaces in. Serialised inside
 * two lists, the serialiser indents it so itself, where indenting its text after was a second
 * pass over most of the dossier's characters.
 */
function listItemJson(item: unknown): string {
  const nested = JSON.stringify([[item]], null, 2);
  return nested.slice(NESTED_OPEN.length, -NESTED_CLOSE.length);
}

const NESTED_OPEN = '[\n  [\n    ';
const NESTED_CLOSE = '\n  ]\n]';

/** JSON strings carry no raw line breaks, so every line break is one of the layout's. */
function indent(text: string, by: string): string {
  return text.replaceAll('\n', `\n${by}`);
}
