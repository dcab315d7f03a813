/**
 * The speech frames of German and French reports, for a report in either language that quotes an
 * English (or translated) primary: "Die Richterin erklärte: „…“", "« … », a déclaré la ministre",
 * "laut dem Minister", "selon la présidente"; and the verbs of Indonesian and Malay frames
 * ("<name> mengatakan, “…”"). Words are as the tokenizer folds them (lower case,
 * accents off: "erklärte" → "erklarte", "d'après" → "d'apres"). None is an English word, so the
 * frames fire only in those languages' sentences; "so" ("„…“, so der Minister") is English too and
 * is read only right after a closing mark.
 */

/** Finite and participle forms of the common verbs of saying: sagen, erklären, betonen …; dire, déclarer, affirmer … */
export const FOREIGN_SPEECH_VERBS: ReadonlySet<string> = new Set([
  // German: present and past, third person, and the participle after "hat".
  ...'sagt sagte sagten gesagt erklart erklarte erklarten betont betonte betonten meint meinte warnt warnte gewarnt versichert versicherte unterstrich unterstrichen bekraftigt bekraftigte fugte erganzte kritisiert kritisierte antwortete antwortet forderte fordert sprach mahnte'.split(
    ' ',
  ),
  // French: present and the participle after "a".
  ...'dit declare affirme souligne ajoute explique insiste estime annonce averti avertit martele indique rappelle repondu repond'.split(
    ' ',
  ),
  // Indonesian and Malay: the verb does not inflect ("Menteri X mengatakan, “…”").
  ...'berkata mengatakan menegaskan menandaskan menyatakan menjelaskan menambahkan'.split(' '),
]);

/** Auxiliaries of the perfect: "hat erklärt", "a déclaré". */
export const FOREIGN_AUXILIARIES: ReadonlySet<string> = new Set(['hat', 'haben', 'a', 'ont']);

/**
 * Subject pronouns of an inverted frame ("a-t-elle déclaré", "sagte er") and the English pronoun
 * whose person and gender they carry ("sie" is also "they": read as "she" after a verb in the singular).
 */
export const FOREIGN_PRONOUNS: ReadonlyMap<string, string> = new Map([
  ['il', 'he'],
  ['elle', 'she'],
  ['er', 'he'],
  ['sie', 'she'],
]);

/** Prepositions that name a source: "laut dem Minister", "selon la ministre", "d'après le juge". */
export const FOREIGN_SOURCE_PREPOSITIONS: ReadonlySet<string> = new Set(['laut', 'selon', "d'apres"]);

/** A source named after a closing mark and a comma: "„…“, so der Minister." */
export const FOREIGN_SOURCE_AFTER_QUOTE = 'so';

/** Articles before a title: der, die, dem …; le, la, les (and "l'" joined to its noun). */
export const FOREIGN_ARTICLES: ReadonlySet<string> = new Set([
  ...'der die das dem den des'.split(' '),
  ...'le la les'.split(' '),
]);

/** Words that join a title to its office ("le ministre de la Santé", "Ministerin für Bildung"). */
export const FOREIGN_OFFICE_LINKS: ReadonlySet<string> = new Set(['de', 'du', 'des', 'fur', 'der', 'la']);

/** Titles and the English role they name, so a role resolves as "the minister" would. */
export const FOREIGN_TITLES: ReadonlyMap<string, string> = new Map([
  ['minister', 'minister'],
  ['ministerin', 'minister'],
  ['ministre', 'minister'],
  ['kanzler', 'chancellor'],
  ['kanzlerin', 'chancellor'],
  ['chancelier', 'chancellor'],
  ['chanceliere', 'chancellor'],
  ['prasident', 'president'],
  ['prasidentin', 'president'],
  ['president', 'president'],
  ['presidente', 'president'],
  ['richter', 'judge'],
  ['richterin', 'judge'],
  ['juge', 'judge'],
  ['burgermeister', 'mayor'],
  ['burgermeisterin', 'mayor'],
  ['maire', 'mayor'],
  ['sprecher', 'spokesperson'],
  ['sprecherin', 'spokesperson'],
  ['porte-parole', 'spokesperson'],
  ['senator', 'senator'],
  ['senatorin', 'senator'],
  ['senateur', 'senator'],
  ['senatrice', 'senator'],
  ['abgeordnete', 'lawmaker'],
  ['abgeordneter', 'lawmaker'],
  ['depute', 'lawmaker'],
  ['deputee', 'lawmaker'],
  ['botschafter', 'ambassador'],
  ['botschafterin', 'ambassador'],
  ['ambassadeur', 'ambassador'],
  ['ambassadrice', 'ambassador'],
]);

/**
 * German compounds a title closes ("Finanzminister", "Bundeskanzlerin", "Regierungssprecher"):
 * the last title in the word is the role.
 */
const GERMAN_COMPOUND_TITLES = [
  'ministerin',
  'minister',
  'kanzlerin',
  'kanzler',
  'prasidentin',
  'prasident',
  'sprecherin',
  'sprecher',
  'richterin',
  'richter',
];

/** The English role a German or French title names, or null. */
export function foreignRoleOf(norm: string): string | null {
  const own = FOREIGN_TITLES.get(norm);
  if (own) return own;
  const tail = GERMAN_COMPOUND_TITLES.find((t) => norm.length > t.length + 2 && norm.endsWith(t));
  return tail ? FOREIGN_TITLES.get(tail)! : null;
}
