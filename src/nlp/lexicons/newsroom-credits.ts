/**
 * Last words of names that are a newsroom's credit, not a speaker: a desk or a team that wrote
 * the page ("By Harbour 9 Digital Team"), a wire a story is credited to ("according to Tarn
 * Wire"). They sign or source the report; the words quoted in it are someone else's.
 */
export const NEWSROOM_CREDIT_WORDS: readonly { word: string; example: string }[] = [
  { word: 'team', example: 'By Harbour 9 Digital Team' },
  { word: 'desk', example: 'By the Metro Desk' },
  { word: 'staff', example: 'By Valley Courier Staff' },
  { word: 'newsroom', example: 'By the Tarn Newsroom' },
  { word: 'wire', example: 'according to Tarn Wire' },
  { word: 'newswire', example: 'according to Coast Newswire' },
  { word: 'reports', example: 'By Staff Reports' },
  { word: 'reporters', example: 'By Courier Reporters' },
  { word: 'correspondents', example: 'By our Correspondents' },
  { word: 'editors', example: 'By the Editors' },
];

/**
 * Last words of street and road names: an address ("Harbour Street", "Mill Road") is a place
 * where something happens, never the one who speaks.
 */
export const STREET_WORDS: readonly { word: string; example: string }[] = [
  { word: 'street', example: 'on Harbour Street' },
  { word: 'avenue', example: 'on Lake Avenue' },
  { word: 'road', example: 'on Mill Road' },
  { word: 'boulevard', example: 'on Sunset Boulevard' },
  { word: 'lane', example: 'on Cherry Lane' },
  { word: 'drive', example: 'on Ocean Drive' },
];
