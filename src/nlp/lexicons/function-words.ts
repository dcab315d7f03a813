/**
 * Closed-class words the clause scanner needs: capitalised at a sentence start they are not names;
 * between a subject and its speech verb they are skipped ("Trump has repeatedly said"); before a
 * noun phrase (prepositions) they mark it as not the subject.
 */
export type FunctionWordClass =
  | 'determiner'
  | 'quantifier'
  | 'preposition'
  | 'conjunction'
  | 'connective'
  | 'auxiliary'
  | 'adverb'
  | 'calendar';

export interface FunctionWordGroup {
  class: FunctionWordClass;
  words: readonly string[];
  example: string;
}

export const FUNCTION_WORD_GROUPS: readonly FunctionWordGroup[] = [
  {
    class: 'determiner',
    words:
      'the a an this that these those there here some any each every no another such what which who whom whose all both'.split(
        ' ',
      ),
    example: 'The Kremlin said … (“The” is not part of a name)',
  },
  {
    // "Few" opens a sentence capitalised but counts the noun after it, and as a subject of its own
    // ("Few say …") it names no one. Counts ("Four more insisted") and "Several" do stand for their
    // speakers and stay readable (speakers/quantity-subject.ts). Kept apart from the determiners,
    // which other rules read as a noun phrase's first word.
    class: 'quantifier',
    words: ['few'],
    example: 'Few mayors say … (“Few” is not a name)',
  },
  {
    class: 'preposition',
    words:
      'in on at by for from with without to of about against after before during under over between into through across among toward towards despite since until via per like unlike amid upon within beyond behind near onto'.split(
        ' ',
      ),
    example: 'In Moscow, officials said … (Moscow is not the subject)',
  },
  {
    class: 'conjunction',
    words:
      'and but or nor yet so while when whereas although though if because as unless whether once then meanwhile however moreover additionally also still now thus therefore instead otherwise nevertheless nonetheless accordingly indeed'.split(
        ' ',
      ),
    example: 'However, the minister said …',
  },
  {
    // speaker.parenthetical-connective: set off by commas between a subject and its verb.
    class: 'connective',
    words: 'however meanwhile moreover nevertheless nonetheless therefore though too indeed'.split(' '),
    example: 'The other institutes, however, wrote: “…” (the institutes wrote)',
  },
  {
    class: 'auxiliary',
    words:
      "has have had having is are was were be been being will would shall should can could may might must do does did cannot hasn't haven't hadn't isn't aren't wasn't weren't won't wouldn't shan't shouldn't can't couldn't mightn't mustn't don't doesn't didn't".split(
        ' ',
      ),
    // A negated auxiliary is one token ("didn't"): it ends a subject as "did" does.
    example: "The minister has said … / The office didn't respond …",
  },
  {
    class: 'adverb',
    words:
      'also again later then now once previously reportedly repeatedly further never not already just recently earlier still even publicly openly personally separately again first last finally initially subsequently often always sometimes once twice today yesterday tonight'.split(
        ' ',
      ),
    // speaker.time-adverb-gap: a day word between subject and verb is an adverb, not a subject.
    example: 'She also said … / He later added … / Tenneco today said …',
  },
  {
    class: 'calendar',
    words:
      'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december today yesterday tomorrow'.split(
        ' ',
      ),
    example: 'On Sunday, the minister said … (Sunday is not a speaker)',
  },
];

function wordsOf(...classes: FunctionWordClass[]): ReadonlySet<string> {
  return new Set(FUNCTION_WORD_GROUPS.filter((g) => classes.includes(g.class)).flatMap((g) => g.words));
}

/** Capitalised, these start a sentence or a date; they never start or make a name. */
export const NOT_NAME_WORDS = wordsOf(
  'determiner',
  'quantifier',
  'preposition',
  'conjunction',
  'connective',
  'auxiliary',
  'adverb',
  'calendar',
);
/**
 * A pronoun, demonstrative or wh-word with its verb contracted on ("It’s worth noting that …",
 * "You’re promised …", "That’s odd when …", "Let’s talk about …"; either apostrophe): capitalised
 * only because it opens the sentence, and holding the clause's verb, it never starts a name or group.
 */
export function isContractedFunctionWord(norm: string): boolean {
  return /^(?:i|you|we|they|he|she|it|that|this|there|here|what|who|where|how|let)['’](?:s|re|m|ll|d|ve)$/u.test(
    norm,
  );
}
/** Words that may sit between a subject and its verb. */
export const VERB_GAP_WORDS = wordsOf('auxiliary', 'adverb');
/** Auxiliaries and modals: a verb group's first word, never inside a noun phrase. */
export const AUXILIARIES = wordsOf('auxiliary');
export const PREPOSITIONS = wordsOf('preposition');
export const DETERMINERS = wordsOf('determiner');
/** Sentence adverbs a writer sets off by commas inside a clause ("X, however, said"). */
export const PARENTHETICAL_CONNECTIVES = wordsOf('connective');
/** The articles: a noun phrase's first word, never a name's. */
export const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);
/**
 * Conjunctions that may open a sentence, linking it to the one before, ahead of its introductory
 * phrase ("Yet by calling out …, Lund …", "And in Brell, Lund …").
 */
export const SENTENCE_LINKING_CONJUNCTIONS: ReadonlySet<string> = new Set(['and', 'but', 'yet', 'so']);
/** The full forms of "be": a participle after one is passive ("were warned", "have been told"). */
export const BE_FORMS: ReadonlySet<string> = new Set([
  'be',
  'been',
  'being',
  'is',
  'are',
  'was',
  'were',
  'am',
]);

/** Short words a title-case title or heading leaves in lower case ("Down by the Mill"). */
export const TITLE_CASE_SMALL_WORDS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'of',
  'and',
  'or',
  'in',
  'on',
  'at',
  'to',
  'for',
  'with',
  'by',
  'from',
]);

/** Finite auxiliaries and copulas: a word group holding one is a clause, and the phrase before it its subject. */
export const FINITE_AUXILIARIES: ReadonlySet<string> = new Set(
  'is are was were has have had will would shall should can could may might must does do did'.split(' '),
);
