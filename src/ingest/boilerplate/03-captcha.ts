import { type ChromeDoc, markLine } from './doc.ts';

/**
 * Arithmetic captchas of comment forms: "3 + 4 =", "What is 7 + 2?", "seven + 2 =", «Сколько
 * будет 5 + 3?». A line that is only a small sum awaiting its answer is a form, never prose.
 */

/** A captcha prompt is short; a longer line with a sum in it is a calculation in the story. */
const CAPTCHA_MAX_CHARS = 48;

const NUMBER_WORDS =
  'zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|ноль|один|два|три|четыре|пять|шесть|семь|восемь|девять|десять';
const OPERAND = `(?:\\d{1,2}|${NUMBER_WORDS})`;
const OPERATOR = '(?:[+\\-−x×*]|plus|minus|times|плюс|минус)';
const LEAD = "(?:(?:what is|what's|how much is|solve|calculate|сколько будет|решите)\\s*:?\\s*)?";
const CAPTCHA_LINE = new RegExp(
  `^${LEAD}${OPERAND}\\s*${OPERATOR}\\s*${OPERAND}\\s*(?:(?:=|equals)\\s*(?:\\?|_+|…|\\.\\.\\.)?|\\?)\\s*\\*?$`,
  'iu',
);

export function isCaptchaLine(line: string): boolean {
  return line.length <= CAPTCHA_MAX_CHARS && CAPTCHA_LINE.test(line);
}

/** Marks arithmetic captcha prompts. */
export function markCaptchas(doc: ChromeDoc): void {
  doc.lines.forEach((line, i) => {
    if (isCaptchaLine(line.text)) markLine(doc, i, 'captcha', 'chrome.captcha-sum');
  });
}
