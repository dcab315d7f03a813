/**
 * Words just before a quotation mark that introduce a name, term or title rather than someone's
 * words: what came to be known as the “Framework”, the so-called “war party”, the term “near
 * abroad”. A quote after one of these is a scare quote or a title, not a statement.
 */
export interface NamingCue {
  /** Lower-case words that end right before the mark (an article "the"/"a" may follow them). */
  words: readonly string[];
  example: string;
}

function cue(words: string, example: string): NamingCue {
  return { words: words.split(' '), example };
}

export const NAMING_CUES: readonly NamingCue[] = [
  cue('known as', 'what came to be known as the “Framework”'),
  cue('so-called', 'the so-called “peace plan”'),
  cue('dubbed', 'a plan dubbed “Operation Dawn”'),
  cue('nicknamed', 'a bridge nicknamed “the Needle”'),
  cue('codenamed', 'an operation codenamed “Dawn”'),
  cue('code-named', 'an operation code-named “Dawn”'),
  cue('titled', 'a report titled “After the War”'),
  cue('entitled', 'a book entitled “Red Line”'),
  cue('headlined', 'an editorial headlined “Enough”'),
  cue('literally', '“Novograd” — literally “new city” —'),
  cue('meaning', 'the word “mir”, meaning “peace”'),
  cue('term', 'the term “near abroad”'),
  cue('word', 'the word “sovereignty”'),
  cue('phrase', 'the phrase “red line”'),
  cue('slogan', 'the slogan “Peace now”'),
  cue('motto', 'the motto “Unity”'),
  cue('hashtag', 'the hashtag “StandWith”'),
  cue('aka', 'Ivanov, aka “the Fox”'),
  cue('book', 'the book “Red Line”'),
  cue('film', 'the film “The Long Road”'),
  cue('novel', 'the novel “Snow”'),
  cue('song', 'the song “Home”'),
  cue('album', 'the album “North”'),
  cue('documentary', 'the documentary “Frontline”'),
  cue('programme', 'the programme “Face to Face”'),
  cue('operation', 'the operation “Dawn”'),
];
