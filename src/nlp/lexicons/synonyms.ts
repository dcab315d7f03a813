/**
 * Meaning-preserving synonym groups WordNet does not give (src/nlp/wordnet/wordnet.ts supplies ordinary
 * single-word synonymy: "begin"/"start", "buy"/"purchase"). Two kinds of row belong here:
 * multi-word renderings of one meaning ("in force" / "in effect", "hand back" / "return"), and
 * everyday news synonyms WordNet files under separate senses ("lawful" / "legal",
 * "convince" / "persuade"). Words in one group align with each other and the report counts as a
 * paraphrase, not an alteration. Keep every group neutral: a word that makes the statement harsher
 * or softer ("respond" → "retaliate") belongs in hardening.ts, never here. Entries may be phrases;
 * words are matched by stem. A row is added for a pair of meanings, never for one article's wording.
 */
export interface SynonymGroup {
  words: readonly string[];
  example: string;
}

export const SYNONYM_GROUPS: readonly SynonymGroup[] = [
  {
    words: ['in force', 'in effect', 'valid', 'in place'],
    example: 'the fishing quota remains in force / in effect until June',
  },
  {
    words: ['take effect', 'enter into force', 'come into force', 'come into effect', 'go into effect'],
    example: 'the new tariff takes effect / enters into force in March',
  },
  { words: ['ready', 'prepared', 'willing'], example: 'the union is ready / willing to return to work' },
  {
    words: ['readiness', 'willingness', 'preparedness'],
    example: 'the council signalled its readiness / willingness to compromise',
  },
  {
    words: ['face-to-face', 'in-person', 'in person', 'face to face'],
    example: 'the mayors will meet in person / face to face',
  },
  // The modal idiom of preference: "would rather" takes a bare verb where "prefer" takes "to".
  {
    words: ['would rather', 'would sooner', 'prefer'],
    example: 'I would rather wait / I prefer to wait',
  },
  // Connectives of a condition that must hold throughout: one condition however worded ("if" alone
  // is weaker and stays out).
  {
    // The phrases as the condition cues spell them (src/nlp/lexicons/conditions.ts), so each stays a cue.
    words: ['as long as', 'so long as', 'provided', 'providing', 'on condition'],
    example: 'the bakery will stay open as long as / so long as the rent holds',
  },
  { words: ['legal', 'lawful'], example: 'a lawful / legal strike' },
  { words: ['illegal', 'unlawful', 'illegitimate'], example: 'an unlawful / illegal eviction' },
  {
    words: ['difficulty', 'obstacle', 'problem', 'hurdle', 'complication'],
    example: 'the merger faces regulatory hurdles / obstacles',
  },
  { words: ['arise', 'emerge'], example: 'new doubts emerged / arose over the budget' },
  {
    words: ['restriction', 'limit', 'limitation', 'constraint', 'cap'],
    example: 'a cap / limit on rent increases',
  },
  {
    // Graded in intensifiers.ts: "very important" (1 + 0) balances "vital" (1), so a swap is not hardening.
    words: ['important', 'essential', 'vital', 'crucial'],
    example: 'it is vital / very important that the bridge reopens',
  },
  { words: ['quickly', 'rapidly', 'swiftly'], example: 'the fire spread rapidly / swiftly' },
  { words: ['clear', 'obvious', 'evident'], example: 'it is obvious / clear that the plan failed' },
  { words: ['persuade', 'convince'], example: 'to convince / persuade the shareholders' },
  { words: ['return', 'give back', 'hand back'], example: 'the museum will hand back / return the statue' },
  { words: ['about', 'approximately', 'roughly', 'around'], example: 'about / roughly 3,000 workers' },
  // Performing an activity: WordNet's "conduct" is only to manage, lead or behave; "carry out" has it.
  { words: ['conduct', 'carry out'], example: 'the agency will conduct / carry out the survey' },
  // What comes first and is not yet final: WordNet files "preliminary" (before something more
  // important) and "initial" (at the beginning) apart, but of findings, results or talks they are one.
  { words: ['preliminary', 'initial'], example: 'the preliminary / initial results of the audit' },
  // Adverbs of a small degree before a comparison: one small difference, however worded.
  {
    words: ['slightly', 'a little', 'a bit', 'marginally'],
    example: 'a price slightly / a little below our ceiling',
  },
  // A connective of time: one adverb or its phrase.
  {
    words: ['meanwhile', 'in the meantime', 'meantime'],
    example: 'meanwhile / in the meantime the ferry runs every hour',
  },
  // The line between two states, and the land along it: WordNet files "frontier" apart.
  { words: ['border', 'frontier'], example: 'the camps along the border / frontier' },
  // Being the same as in value or effect: WordNet files the verb and the adjectives apart.
  {
    words: ['amount to', 'equivalent to', 'tantamount to'],
    example: 'the fine does not amount to / is not equivalent to a ban',
  },
  // Without help or anything added: one reflexive idiom or the other.
  { words: ['on its own', 'by itself'], example: 'the levy on its own / by itself will not close the gap' },
  { words: ['on their own', 'by themselves'], example: 'grants on their own / by themselves will not do it' },
  // Adverbs of a large degree before a comparative ("much longer", "far rather"): one large
  // difference, however worded; the small ones are grouped above.
  {
    words: ['much', 'far', 'considerably', 'a great deal', 'a lot'],
    example: 'the repairs will take much / considerably longer',
  },
  // The present moment, limiting a state to it: the focus word and its plain adverbs.
  {
    words: ['currently', 'now', 'at present', 'at the moment'],
    example: 'the ward is currently / now closed',
  },
];

/**
 * Spellings of one place name (transliterations, older forms) that the name skeleton of
 * src/nlp/names.ts does not join, or that retrieval must key alike. Unlike synonyms these count as
 * the same word, so a quote that differs only by them stays verbatim. Person names are not listed:
 * the aligner compares capitalised words by their transliteration skeleton ("Zelenskyy"/"Zelensky").
 */
export interface SpellingVariant {
  forms: readonly string[];
  example: string;
}

export const SPELLING_VARIANTS: readonly SpellingVariant[] = [
  { forms: ['kyiv', 'kiev'], example: 'the embassy in Kiev / Kyiv' },
  { forms: ['donbas', 'donbass'], example: 'coal mines of the Donbass / Donbas' },
  { forms: ['odesa', 'odessa'], example: 'the port of Odesa / Odessa' },
  { forms: ['kharkiv', 'kharkov'], example: 'Kharkiv / Kharkov region' },
  { forms: ['luhansk', 'lugansk'], example: 'Luhansk / Lugansk' },
  { forms: ['mykolaiv', 'nikolaev', 'nikolayev'], example: 'Mykolaiv / Nikolayev' },
  { forms: ['zaporizhzhia', 'zaporozhye', 'zaporizhia'], example: 'Zaporizhzhia / Zaporozhye' },
  { forms: ['gaddafi', 'qaddafi', 'kadhafi', 'qadhafi'], example: 'Gaddafi / Qaddafi' },
  { forms: ['beijing', 'peking'], example: 'Beijing / Peking' },
  { forms: ['mumbai', 'bombay'], example: 'Mumbai / Bombay' },
  { forms: ['myanmar', 'burma'], example: 'Myanmar / Burma' },
  { forms: ['belarus', 'byelorussia'], example: 'Belarus / Byelorussia' },
  { forms: ['moldova', 'moldavia'], example: 'Moldova / Moldavia' },
  { forms: ['tbilisi', 'tiflis'], example: 'Tbilisi / Tiflis' },
  { forms: ['okay', 'ok'], example: 'okay / OK' },
  { forms: ['percent', 'per cent', '%'], example: '20 percent / per cent' },
];
