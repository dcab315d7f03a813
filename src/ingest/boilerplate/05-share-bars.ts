import { SHARE_WORDS } from '../../nlp/lexicons/chrome.ts';
import { type ChromeDoc, isContinuation, markLine } from './doc.ts';

/**
 * Share bars flattened to text: "Share this: Facebook Twitter WhatsApp Email", «Поделиться
 * ВКонтакте Одноклассники Telegram». Two network names and nothing but share vocabulary on a
 * short line is a row of buttons; a sentence naming one network is reporting.
 */

const SHARE_LINE_MAX_CHARS = 120;
/** Networks a bar names at least; one network plus "Share" also counts ("Share on Facebook"). */
const SHARE_MIN_NETWORKS = 2;

const WORDS = new Map(SHARE_WORDS.map((w) => [w.word, w.network]));
const WORD = /[\p{L}-]+/gu;

/** Whether every word of the line is share vocabulary and it names enough networks. */
export function isShareBar(line: string): boolean {
  if (line.length > SHARE_LINE_MAX_CHARS) return false;
  let networks = 0;
  let share = false;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(line); m !== null; m = WORD.exec(line)) {
    const network = WORDS.get(m[0].toLowerCase());
    if (network === undefined) return false;
    if (network) networks++;
    else if (/^(?:share|поделиться)$/i.test(m[0])) share = true;
  }
  return networks >= SHARE_MIN_NETWORKS || (networks === 1 && share);
}

/** Marks share bars. */
export function markShareBars(doc: ChromeDoc): void {
  doc.lines.forEach((line, i) => {
    if (!doc.marks[i] && !isContinuation(doc, i) && isShareBar(line.text))
      markLine(doc, i, 'share', 'chrome.share-bar');
  });
}
