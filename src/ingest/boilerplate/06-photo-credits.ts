import { PHOTO_CREDIT_LABELS, PICTURE_SOURCES } from '../../nlp/lexicons/chrome.ts';
import { type ChromeDoc, isContinuation, markLine, markPart } from './doc.ts';
import { alternation } from './patterns.ts';
import { carriesContent, countWords } from './shapes.ts';

/**
 * Picture credits: "Photo: Reuters", "Image: Getty Images", "Photo by Jane Roe on Unsplash",
 * «Фото: пресс-служба». A credit label followed by a name is chrome; a caption ending in a credit
 * ("Rescuers at the site. Photo: AFP") gets only its credit marked, the caption is left alone.
 */

/** A credit names a source in a few words; a longer tail is a sentence that uses the word "photo". */
const CREDIT_MAX_WORDS = 10;
const CREDIT_LINE_MAX_CHARS = 120;
/** A caption that ends in a credit is one or two sentences. */
const CAPTION_MAX_CHARS = 300;

const LABELS = alternation(PHOTO_CREDIT_LABELS.map((l) => l.pattern));
/** A label used as one: "Photo:", "Photo by", "Image courtesy of", "Фото ©". */
const LABEL_SCAN = new RegExp(
  `(?<![\\p{L}])(?:${LABELS})[ \\t\\u00a0]*(?:[:：|/©]|by(?![\\p{L}])|courtesy(?: of)?(?![\\p{L}]))`,
  'iu',
);
/** The source must follow a credit separator ("/ AFP", "© Getty Images", "by … on Unsplash"), not "the EPA". */
const LABEL_AT_START = new RegExp(`^[\\s([]*(?:${LABELS})`, 'iu');
const HAS_SEPARATOR = /[:：|©]/;
/** Gate for SOURCE_AT_END: a credit separator, or a line that starts like an agency or stock-library name. */
const HAS_CREDIT_MARK = /[/©|(]|^(?:getty|shutterstock|epa|afp|unsplash|depositphotos|pexels|wikimedia)/i;
const SOURCE_AT_END = new RegExp(
  `(?:^|[/©|(.,—–-]|(?<![\\p{L}])(?:by|via|on))[ \\t\\u00a0]*(?:${alternation(PICTURE_SOURCES.map((s) => s.pattern))})[\\s).]*$`,
  'iu',
);

function markCredit(doc: ChromeDoc, i: number, at: number): void {
  const line = doc.lines[i]!;
  const head = doc.text.slice(line.start, at);
  const tail = doc.text.slice(at, line.end);
  if (countWords(tail) > CREDIT_MAX_WORDS || carriesContent(tail)) return;
  // The label opens the line (an optional bracket before it): the whole line is the credit.
  if (/^[\s([]*$/.test(head)) {
    if (line.text.length <= CREDIT_LINE_MAX_CHARS) markLine(doc, i, 'photo-credit', 'chrome.photo-credit');
    return;
  }
  // The label follows a caption sentence: mark from the label to the end of the line.
  if (line.text.length <= CAPTION_MAX_CHARS && /[.!?)\]|—–-]\s*[([]?$/.test(head.trimEnd() + ' ')) {
    markPart(doc, i, at, line.end, 'photo-credit', 'chrome.photo-credit-tail');
  }
}

/** Marks credit lines and credit tails of captions. */
export function markPhotoCredits(doc: ChromeDoc): void {
  doc.lines.forEach((line, i) => {
    const t = line.text;
    if (doc.marks[i] || isContinuation(doc, i) || t.length > CAPTION_MAX_CHARS) return;
    // Gate: a credit label opens the line or follows a separator the line contains.
    const label = LABEL_AT_START.test(t) || HAS_SEPARATOR.test(t) ? LABEL_SCAN.exec(t) : null;
    if (label) markCredit(doc, i, line.start + label.index);
    // Short lines that end in a picture agency: "Jane Roe / AFP", "(AP Photo/John Doe)".
    else if (
      t.length <= CREDIT_LINE_MAX_CHARS &&
      HAS_CREDIT_MARK.test(t) &&
      countWords(t) <= CREDIT_MAX_WORDS &&
      SOURCE_AT_END.test(t) &&
      !carriesContent(t)
    )
      markLine(doc, i, 'photo-credit', 'chrome.picture-source');
  });
}
