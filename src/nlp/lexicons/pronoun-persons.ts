/**
 * Personal pronouns by the party they name: who acts and who is acted on. A report that keeps
 * every word but "we" → "they" or "our" → "their" has another actor do the deed.
 */
export interface PronounPerson {
  /** Lower-case forms, contractions included ("we're", "we'll"). */
  forms: readonly string[];
  person: 'speaker' | 'speakers' | 'addressee' | 'he' | 'she' | 'it' | 'they';
  example: string;
}

export const PRONOUN_PERSONS: readonly PronounPerson[] = [
  {
    forms: ['i', 'me', 'my', 'mine', 'myself', "i'm", "i've", "i'll", "i'd"],
    person: 'speaker',
    example: 'I signed it',
  },
  {
    forms: ['we', 'us', 'our', 'ours', 'ourselves', "we're", "we've", "we'll", "we'd"],
    person: 'speakers',
    example: 'we will respond',
  },
  {
    forms: ['you', 'your', 'yours', "you're", "you've", "you'll"],
    person: 'addressee',
    example: 'you asked',
  },
  { forms: ['he', 'him', 'his', 'himself', "he's", "he'll", "he'd"], person: 'he', example: 'he agreed' },
  {
    forms: ['she', 'her', 'hers', 'herself', "she's", "she'll", "she'd"],
    person: 'she',
    example: 'she agreed',
  },
  { forms: ['it', 'its', 'itself', "it's", "it'll"], person: 'it', example: 'it will pay' },
  {
    forms: ['they', 'them', 'their', 'theirs', 'themselves', "they're", "they've", "they'll", "they'd"],
    person: 'they',
    example: 'they will pay',
  },
];

/**
 * Nouns of the bodies an official speaks for as "we" or "I": a report putting "the government" or
 * "the ministry" for the speaker's "we" names the speaker's own side. Any other noun there ("the
 * regulator", "the banks") is another party doing the deed.
 */
export const OWN_SIDE_NOUNS: readonly { word: string; example: string }[] = [
  ...'government,administration,cabinet,ministry,department,office,council,committee,commission,agency,authority,board,party,campaign,coalition,company,firm,bank,team,side,country,nation,state,city,town,county,province,region,union,organisation,organization,service,staff,officials,ministers,people'
    .split(',')
    .map((word) => ({ word, example: '"we will cut the levy" → "the government will cut the levy"' })),
];
