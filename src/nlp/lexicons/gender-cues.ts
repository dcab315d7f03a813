/**
 * Words that show a person's grammatical gender, used only to resolve English pronouns ("she"
 * cannot stand for a man the article calls "he"). Titles are read right before a name; pronouns
 * are counted after a name when no other person is in between.
 */
export type Gender = 'male' | 'female';

export interface GenderCue {
  /** Lower case, without a trailing full stop. */
  word: string;
  gender: Gender;
  example: string;
}

function cue(word: string, gender: Gender, example: string): GenderCue {
  return { word, gender, example };
}

/** Titles and honorifics written before a name. */
export const GENDERED_TITLES: readonly GenderCue[] = [
  cue('mr', 'male', 'Mr Halvorsen declined to comment.'),
  cue('mister', 'male', 'Mister Okonjo was not available.'),
  cue('sir', 'male', 'Sir Edmund Crale said the plan was sound.'),
  cue('lord', 'male', 'Lord Benning told peers …'),
  cue('king', 'male', 'King Aldric opened the session.'),
  cue('prince', 'male', 'Prince Tomasz visited the port.'),
  cue('duke', 'male', 'Duke Harald attended.'),
  cue('baron', 'male', 'Baron Estel spoke first.'),
  cue('congressman', 'male', 'Congressman Ruiz said …'),
  cue('monsieur', 'male', 'Monsieur Dufresne replied …'),
  cue('herr', 'male', 'Herr Quorvell said …'),
  cue('mrs', 'female', 'Mrs Petrova said she would resign.'),
  cue('ms', 'female', 'Ms Olumide said the talks had stalled.'),
  cue('miss', 'female', 'Miss Carvel was not present.'),
  cue('madam', 'female', 'Madam Chen thanked the delegates.'),
  cue('madame', 'female', 'Madame Roux replied …'),
  cue('dame', 'female', 'Dame Helen Ashby said …'),
  cue('lady', 'female', 'Lady Warrick told reporters …'),
  cue('queen', 'female', 'Queen Ingrid opened the session.'),
  cue('princess', 'female', 'Princess Amara visited the port.'),
  cue('duchess', 'female', 'Duchess Maren attended.'),
  cue('baroness', 'female', 'Baroness Kell spoke first.'),
  cue('congresswoman', 'female', 'Congresswoman Diaz said …'),
  cue('frau', 'female', 'Frau Becker said …'),
];

/** Third-person singular pronouns with a gender: each refers back to the last person named. */
export const GENDERED_PRONOUNS: readonly GenderCue[] = [
  cue('he', 'male', 'Orlov said he would stay.'),
  cue('him', 'male', 'Aides to Orlov told him …'),
  cue('his', 'male', 'Orlov and his deputy …'),
  cue('himself', 'male', 'Orlov himself signed it.'),
  cue('she', 'female', 'Ferrante said she would stay.'),
  cue('her', 'female', 'Ferrante and her deputy …'),
  cue('hers', 'female', 'The decision was hers, Ferrante said.'),
  cue('herself', 'female', 'Ferrante herself signed it.'),
];

export const GENDER_OF_TITLE: ReadonlyMap<string, Gender> = new Map(
  GENDERED_TITLES.map((c) => [c.word, c.gender]),
);
export const GENDER_OF_PRONOUN: ReadonlyMap<string, Gender> = new Map(
  GENDERED_PRONOUNS.map((c) => [c.word, c.gender]),
);
