/**
 * Quotation-mark pairs by typographic convention. A character may open in one convention and close
 * in another (`“` opens English quotes and closes German ones), so the scanner looks a character
 * up in both directions and lets the text around it decide.
 */
export type QuoteFamily = 'double' | 'single' | 'guillemet' | 'corner';

export interface QuoteMarkPair {
  open: string;
  close: string;
  family: QuoteFamily;
  /** Straight ASCII marks are the same character both ways and double as inch/foot/apostrophe. */
  straight: boolean;
  example: string;
}

export const QUOTE_MARK_PAIRS: readonly QuoteMarkPair[] = [
  { open: '“', close: '”', family: 'double', straight: false, example: '“We are ready,” she said.' },
  { open: '‘', close: '’', family: 'single', straight: false, example: '‘No,’ he replied.' },
  {
    open: '«',
    close: '»',
    family: 'guillemet',
    straight: false,
    example: '«Nous sommes prêts», a-t-il dit.',
  },
  { open: '‹', close: '›', family: 'guillemet', straight: false, example: '‹Oui›, dit-elle.' },
  { open: '„', close: '“', family: 'double', straight: false, example: '„Wir sind bereit“, sagte er.' },
  { open: '„', close: '”', family: 'double', straight: false, example: '„Jesteśmy gotowi” – powiedział.' },
  { open: '‚', close: '‘', family: 'single', straight: false, example: '‚Nein‘, sagte sie.' },
  { open: '"', close: '"', family: 'double', straight: true, example: '"We are ready," she said.' },
  { open: "'", close: "'", family: 'single', straight: true, example: "'No,' he replied." },
  { open: '「', close: '」', family: 'corner', straight: false, example: '「準備はできている」と述べた。' },
  { open: '『', close: '』', family: 'corner', straight: false, example: '『合意』と呼ばれる' },
];

/** Every pair a character can open. */
export const OPENERS: ReadonlyMap<string, readonly QuoteMarkPair[]> = groupBy((p) => p.open);
/** Every pair a character can close. */
export const CLOSERS: ReadonlyMap<string, readonly QuoteMarkPair[]> = groupBy((p) => p.close);
/** Every character that is a quotation mark in some convention. */
export const QUOTE_MARK_CHARS: ReadonlySet<string> = new Set([...OPENERS.keys(), ...CLOSERS.keys()]);
/** A regular-expression class of the characters that open a quotation in some convention. */
export const OPENING_MARK_CLASS = charClass(OPENERS.keys());
/** A regular-expression class of the characters that close a quotation in some convention. */
export const CLOSING_MARK_CLASS = charClass(CLOSERS.keys());
/** Characters that are also apostrophes when they sit between letters ("Russia’s", "don't"). */
export const APOSTROPHE_CHARS: ReadonlySet<string> = new Set(['’', "'"]);

function groupBy(key: (p: QuoteMarkPair) => string): Map<string, QuoteMarkPair[]> {
  const out = new Map<string, QuoteMarkPair[]>();
  for (const pair of QUOTE_MARK_PAIRS) {
    const k = key(pair);
    const list = out.get(k) ?? [];
    list.push(pair);
    out.set(k, list);
  }
  return out;
}

/** `[…]` of the characters, escaped for a `u`-flag pattern. */
function charClass(chars: Iterable<string>): string {
  return `[${[...chars].map((c) => c.replace(/[\\\]^-]/g, '\\$&')).join('')}]`;
}
