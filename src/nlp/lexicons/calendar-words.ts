/**
 * Calendar vocabulary of datelines and timestamps, in English and Russian: month names with their
 * numbers, and the other words a bare timestamp line may hold ("Updated 2 hours ago", «вчера,
 * 13:48»). Russian months appear in the genitive in dates («9 ноября»), in the nominative in
 * headers («Ноябрь 2025»); both are listed, with the usual abbreviations.
 */

export interface MonthRow {
  readonly month: number;
  readonly names: readonly string[];
  readonly example: string;
}

export const MONTHS: readonly MonthRow[] = [
  { month: 1, names: ['january', 'jan', 'января', 'январь', 'янв'], example: '9 January 2025' },
  { month: 2, names: ['february', 'feb', 'февраля', 'февраль', 'фев'], example: 'Feb. 5, 2026' },
  { month: 3, names: ['march', 'mar', 'марта', 'март', 'мар'], example: '14 March 2024' },
  { month: 4, names: ['april', 'apr', 'апреля', 'апрель', 'апр'], example: 'April 3, 2025' },
  { month: 5, names: ['may', 'мая', 'май'], example: '1 May 2025' },
  { month: 6, names: ['june', 'jun', 'июня', 'июнь', 'июн'], example: 'June 30, 2024' },
  { month: 7, names: ['july', 'jul', 'июля', 'июль', 'июл'], example: '4 июля 2025' },
  { month: 8, names: ['august', 'aug', 'августа', 'август', 'авг'], example: 'Aug 15, 2025' },
  { month: 9, names: ['september', 'sep', 'sept', 'сентября', 'сентябрь', 'сен'], example: 'Sept. 1, 2025' },
  { month: 10, names: ['october', 'oct', 'октября', 'октябрь', 'окт'], example: '3 октября 2024' },
  { month: 11, names: ['november', 'nov', 'ноября', 'ноябрь', 'ноя'], example: 'November 9, 2025' },
  { month: 12, names: ['december', 'dec', 'декабря', 'декабрь', 'дек'], example: '31 Dec 2025' },
];

/**
 * Words besides numbers and months that a timestamp line may consist of. `relative` words anchor
 * a stamp on their own ("2 hours ago", «вчера»); the others only accompany a date or time.
 */
export interface StampWordGroup {
  readonly role: 'weekday' | 'zone' | 'label' | 'unit' | 'relative';
  readonly words: readonly string[];
  readonly example: string;
}

export const TIMESTAMP_WORDS: readonly StampWordGroup[] = [
  {
    role: 'weekday',
    words: [
      'monday',
      'tuesday',
      'wednesday',
      'thursday',
      'friday',
      'saturday',
      'sunday',
      'mon',
      'tue',
      'tues',
      'wed',
      'thu',
      'thur',
      'thurs',
      'fri',
      'sat',
      'sun',
    ],
    example: 'Sunday 9 November 2025',
  },
  {
    role: 'weekday',
    words: [
      'понедельник',
      'вторник',
      'среда',
      'четверг',
      'пятница',
      'суббота',
      'воскресенье',
      'пн',
      'вт',
      'ср',
      'чт',
      'пт',
      'сб',
      'вс',
    ],
    example: 'воскресенье, 9 ноября 2025',
  },
  {
    role: 'zone',
    words: [
      'am',
      'pm',
      'a',
      'p',
      'm',
      'gmt',
      'utc',
      'msk',
      'мск',
      'est',
      'edt',
      'cet',
      'cest',
      'eet',
      'eest',
      'bst',
      'pst',
      'pdt',
      'cst',
      'cdt',
      'et',
      'pt',
      'ct',
      'ist',
      'jst',
    ],
    example: '10:15 a.m. GMT',
  },
  {
    role: 'label',
    words: [
      'updated',
      'published',
      'posted',
      'modified',
      'last',
      'on',
      'at',
      'of',
      'обновлено',
      'опубликовано',
      'обновлен',
      'в',
      'г',
      'года',
    ],
    example: 'Published on 9 November 2025 at 13:48',
  },
  {
    role: 'unit',
    words: [
      'hours',
      'hour',
      'hrs',
      'hr',
      'minutes',
      'minute',
      'mins',
      'min',
      'seconds',
      'days',
      'day',
      'h',
      'just',
      'now',
      'минут',
      'минуты',
      'минуту',
      'мин',
      'час',
      'часа',
      'часов',
    ],
    example: '45 mins',
  },
  {
    role: 'relative',
    words: ['ago', 'yesterday', 'today', 'назад', 'вчера', 'сегодня'],
    example: 'Updated 2 hours ago',
  },
];

/** English (Latin-letter) words of a list; the Russian forms are left out. */
function englishWords(words: readonly string[]): string[] {
  return words.filter((w) => /^[a-z]+$/u.test(w));
}

/** Whether `word` abbreviates another word of the list: an abbreviation is a prefix of its full form ("sept"). */
function isAbbreviationIn(word: string, words: readonly string[]): boolean {
  return words.some((other) => other !== word && other.startsWith(word));
}

const ENGLISH_MONTH_WORDS = MONTHS.map((m) => englishWords(m.names));
const ENGLISH_WEEKDAY_WORDS = englishWords(
  TIMESTAMP_WORDS.filter((g) => g.role === 'weekday').flatMap((g) => g.words),
);

/** English month names in full, January first: "january" … "december". */
export const ENGLISH_MONTH_NAMES: readonly string[] = ENGLISH_MONTH_WORDS.flatMap((names) =>
  names.filter((w) => !isAbbreviationIn(w, names)),
);
/** English month abbreviations: "jan", "feb", … "sep", "sept", … "dec" ("may" has none). */
export const ENGLISH_MONTH_ABBREVIATIONS: readonly string[] = ENGLISH_MONTH_WORDS.flatMap((names) =>
  names.filter((w) => isAbbreviationIn(w, names)),
);
/** English weekday names in full: "monday" … "sunday". */
export const ENGLISH_WEEKDAY_NAMES: readonly string[] = ENGLISH_WEEKDAY_WORDS.filter(
  (w) => !isAbbreviationIn(w, ENGLISH_WEEKDAY_WORDS),
);

/**
 * A full English weekday name's number as `Date.getUTCDay` gives it (0 for Sunday … 6 for
 * Saturday), or -1 for any other word.
 */
export function weekdayNumber(lowerCaseWord: string): number {
  const i = ENGLISH_WEEKDAY_NAMES.indexOf(lowerCaseWord);
  return i < 0 ? -1 : (i + 1) % 7;
}
