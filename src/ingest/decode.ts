import chardet from 'chardet';

/**
 * Bytes → string. Order of evidence: byte-order mark, then strict UTF-8, then a charset the
 * document declares, then statistical detection among the legacy charsets news sites still use.
 * A file that is *almost* UTF-8 (valid multi-byte sequences and a broken one) is refused rather
 * than guessed, because re-decoding it as Windows-1252 would silently corrupt the good part.
 */
export type Decoded =
  | {
      ok: true;
      text: string;
      encoding: string;
      legacy: boolean;
      /** Set when broken UTF-8 sequences were replaced by U+FFFD: how many, and the first byte offset. */
      replaced?: { count: number; firstOffset: number };
    }
  | { ok: false; detail: string };

/** Legacy charsets we accept from detection or declaration (names as WHATWG TextDecoder knows them). */
const LEGACY_CHARSETS: ReadonlySet<string> = new Set([
  'windows-1251', // Cyrillic: Russian and Ukrainian sites
  'windows-1252', // Western European; also what "iso-8859-1" means on the web
  'iso-8859-2',
  'iso-8859-5',
  'iso-8859-7',
  'iso-8859-9',
  'koi8-r',
  'koi8-u',
  'windows-1250',
  'windows-1253',
  'windows-1254',
  'windows-1256',
  'shift_jis',
  'euc-jp',
  'euc-kr',
  'gb18030',
  'big5',
]);

/** chardet's names → WHATWG labels. */
const CHARDET_ALIASES: Readonly<Record<string, string>> = {
  'ISO-8859-1': 'windows-1252',
  'ISO-8859-2': 'iso-8859-2',
  'ISO-8859-5': 'iso-8859-5',
  'ISO-8859-7': 'iso-8859-7',
  'ISO-8859-9': 'iso-8859-9',
  'KOI8-R': 'koi8-r',
  Shift_JIS: 'shift_jis',
  'EUC-JP': 'euc-jp',
  'EUC-KR': 'euc-kr',
  GB18030: 'gb18030',
  Big5: 'big5',
};

/** Share of control characters (other than tab/newline/CR/FF) above which bytes are not text. */
const MAX_CONTROL_SHARE = 0.02;
/** How much of the head is inspected for binary content and declared charsets. */
const HEAD_BYTES = 8192;

export function decodeBytes(bytes: Uint8Array, declared?: string | null): Decoded {
  const bom = decodeByBom(bytes);
  if (bom) return bom;
  const utf16 = detectBomlessUtf16(bytes);
  if (utf16) return decodeWith(bytes, utf16, false);
  if (isBinary(bytes)) return { ok: false, detail: 'binary content (NUL or control bytes), not text' };
  try {
    return {
      ok: true,
      text: new TextDecoder('utf-8', { fatal: true }).decode(bytes),
      encoding: 'utf-8',
      legacy: false,
    };
  } catch {
    // not UTF-8: fall through to declared or detected legacy charsets
  }
  const label = normalizeCharset(declared ?? null);
  if (label && label !== 'utf-8') return decodeWith(bytes, label, true);
  if (isMostlyUtf8(bytes)) return decodeLossyUtf8(bytes, firstBrokenUtf8(bytes).offset);
  const detected = normalizeCharset(chardet.detect(bytes));
  if (detected && detected !== 'utf-8') return decodeWith(bytes, detected, true);
  return { ok: false, detail: 'not valid UTF-8 and no legacy charset could be detected' };
}

/** A WHATWG label we support for a charset name from a document or a detector, else null. */
export function normalizeCharset(name: string | null): string | null {
  if (!name) return null;
  const mapped = CHARDET_ALIASES[name] ?? name.trim().toLowerCase();
  if (mapped === 'utf8' || mapped === 'utf-8') return 'utf-8';
  if (mapped === 'cp1251' || mapped === 'win-1251') return 'windows-1251';
  if (mapped === 'iso-8859-1' || mapped === 'latin1' || mapped === 'us-ascii' || mapped === 'cp1252')
    return 'windows-1252';
  return LEGACY_CHARSETS.has(mapped) ? mapped : null;
}

/** The charset an HTML or XML head declares (`<meta charset>`, http-equiv, `<?xml encoding>`). */
export function findDeclaredCharset(bytes: Uint8Array): string | null {
  const head = latin1(bytes.subarray(0, HEAD_BYTES));
  const meta = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  if (meta) return meta[1]!;
  const xml = /<\?xml[^>]+encoding\s*=\s*["']([\w-]+)["']/i.exec(head);
  return xml ? xml[1]! : null;
}

export function latin1(bytes: Uint8Array): string {
  return new TextDecoder('latin1').decode(bytes);
}

function decodeByBom(bytes: Uint8Array): Decoded | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeWith(bytes, 'utf-8', false);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeWith(bytes, 'utf-16le', false);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeWith(bytes, 'utf-16be', false);
  return null;
}

/**
 * A page that is UTF-8 but for a few broken sequences (a truncated multi-byte character, one
 * stray Latin-1 byte) is read with U+FFFD in their place and a warning: refusing it loses the whole
 * article for one character, and re-decoding it as a legacy charset would corrupt every good one.
 */
function decodeLossyUtf8(bytes: Uint8Array, firstOffset: number): Decoded {
  const text = new TextDecoder('utf-8').decode(bytes);
  let count = 0;
  for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) count++;
  return { ok: true, text, encoding: 'utf-8', legacy: false, replaced: { count, firstOffset } };
}

/**
 * Well-formed multi-byte characters outnumber the broken bytes. In a legacy single-byte file
 * (Latin-1 "déclaré") nearly every non-ASCII byte breaks UTF-8 and valid pairs are chance
 * accidents; in a UTF-8 page with a damaged character the reverse holds.
 */
function isMostlyUtf8(bytes: Uint8Array): boolean {
  const text = new TextDecoder('utf-8').decode(bytes);
  let replaced = 0;
  let nonAscii = 0;
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) continue;
    nonAscii++;
    if (ch === '\uFFFD') replaced++;
  }
  return nonAscii - replaced > replaced;
}

/**
 * UTF-16 without a BOM. ASCII-range text leaves a NUL in every other byte; text in one alphabetic
 * script (Cyrillic U+04xx, Greek U+03xx) leaves that script's block number or NUL (spaces,
 * digits) there. So one byte column holds very few values while the other varies, which no
 * UTF-8 or single-byte text does. The decoded text must also hold no control characters.
 */
function detectBomlessUtf16(bytes: Uint8Array): string | null {
  return detectAsciiUtf16(bytes) ?? detectScriptUtf16(bytes);
}

/** Share of a byte column the top values of the high-byte column must cover. */
const UTF16_HIGH_BYTE_SHARE = 0.95;
/** At most this many distinct high bytes: NUL, one script block, General Punctuation (U+20xx). */
const UTF16_HIGH_BYTE_VALUES = 3;
/** The low-byte column of real text holds at least this many distinct values. */
const UTF16_MIN_LOW_BYTE_VALUES = 10;

function detectScriptUtf16(bytes: Uint8Array): string | null {
  const n = Math.min(bytes.length, HEAD_BYTES) & ~1;
  if (n < 16 || bytes.length % 2 !== 0) return null;
  for (const [label, high] of [
    ['utf-16le', 1],
    ['utf-16be', 0],
  ] as const) {
    const highCounts = new Map<number, number>();
    const lowValues = new Set<number>();
    for (let i = 0; i < n; i += 2) {
      highCounts.set(bytes[i + high]!, (highCounts.get(bytes[i + high]!) ?? 0) + 1);
      lowValues.add(bytes[i + 1 - high]!);
    }
    const top = [...highCounts.values()].sort((a, b) => b - a).slice(0, UTF16_HIGH_BYTE_VALUES);
    const covered = top.reduce((sum, c) => sum + c, 0) / (n / 2);
    if (covered < UTF16_HIGH_BYTE_SHARE || lowValues.size < UTF16_MIN_LOW_BYTE_VALUES) continue;
    if (!highCounts.has(0)) continue; // no space, digit or newline at all: not prose
    const decoded = decodeWith(bytes, label, false);
    if (decoded.ok && !/[\0-\x08\x0b\x0e-\x1f]/.test(decoded.text)) return label;
  }
  return null;
}

/** UTF-16 of ASCII-range text: a NUL in every other byte. */
function detectAsciiUtf16(bytes: Uint8Array): string | null {
  const n = Math.min(bytes.length, HEAD_BYTES) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const half = n / 2;
  if (oddNul > half * 0.4 && evenNul < half * 0.05) return 'utf-16le';
  if (evenNul > half * 0.4 && oddNul < half * 0.05) return 'utf-16be';
  return null;
}

function decodeWith(bytes: Uint8Array, label: string, legacy: boolean): Decoded {
  try {
    const text = new TextDecoder(label, { fatal: true, ignoreBOM: false }).decode(bytes);
    return { ok: true, text, encoding: label, legacy };
  } catch {
    return { ok: false, detail: `bytes are not valid ${label}` };
  }
}

/** NUL bytes or too many control characters in the head mean an image, archive or executable. */
function isBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, HEAD_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control++;
  }
  return n > 0 && control / n > MAX_CONTROL_SHARE;
}

/** Where UTF-8 first breaks, and how many well-formed multi-byte sequences came before. */
function firstBrokenUtf8(bytes: Uint8Array): { offset: number; validMultibyte: number } {
  let valid = 0;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need =
      b < 0x80
        ? 0
        : b >= 0xc2 && b <= 0xdf
          ? 1
          : b >= 0xe0 && b <= 0xef
            ? 2
            : b >= 0xf0 && b <= 0xf4
              ? 3
              : -1;
    if (need < 0) return { offset: i, validMultibyte: valid };
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return { offset: i, validMultibyte: valid };
    }
    if (need > 0) valid++;
    i += need + 1;
  }
  return { offset: bytes.length, validMultibyte: valid };
}
