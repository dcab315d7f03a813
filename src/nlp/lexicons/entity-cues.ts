/**
 * Words around a capitalised name that say what kind of thing it names. Plain word sets: each
 * set's comment carries its example. Read by the entity recogniser (src/extract/entities/classify.ts).
 */
import { SPEECH_VERBS } from './speech-verbs.ts';

const set = (words: readonly string[]): ReadonlySet<string> => new Set(words);

/** Last words that make a name a treaty or agreement ("the Vessa Water Treaty", "Minsk agreements"). */
export const TREATY_HEADS = set([
  'treaty',
  'charter',
  'accord',
  'accords',
  'agreement',
  'agreements',
  'framework',
  'protocol',
  'convention',
  'pact',
  'memorandum',
  'declaration',
  'understandings',
]);

/** Last words that make a name an event ("the Halvik summit", "the Gulf War"). */
export const EVENT_HEADS = set([
  'summit',
  'conference',
  'forum',
  'olympics',
  'games',
  'war',
  'revolution',
  'crisis',
  'congress',
]);

/** Nouns before a name that make it an organisation ("grid operator Nordgrid"). */
export const ORG_DESCRIPTORS = set([
  'operator',
  'company',
  'firm',
  'group',
  'carrier',
  'maker',
  'producer',
  'lender',
  'bank',
  'insurer',
  'retailer',
  'giant',
  'manufacturer',
  'conglomerate',
  'startup',
  'party',
  'movement',
  'militia',
]);

/** Nouns before a name that make it a news outlet ("the newspaper Izvestia"). */
export const MEDIA_DESCRIPTORS = set([
  'newspaper',
  'broadcaster',
  'daily',
  'weekly',
  'outlet',
  'channel',
  'magazine',
  'agency',
  'website',
  'portal',
  'tabloid',
]);

/** Prepositions before a name that make it a place ("near Tarvo"). */
export const LOCATIVES = set([
  'in',
  'near',
  'around',
  'outside',
  'across',
  'into',
  'throughout',
  'towards',
  'toward',
]);

/** Nouns after a name that make it a place ("Kharkiv region"). */
export const REGION_NOUNS = set([
  'region',
  'regions',
  'oblast',
  'province',
  'provinces',
  'district',
  'city',
  'town',
  'village',
]);

/**
 * Third-person and past forms of reporting verbs: after a two- or three-word unknown name they
 * show a person ("Ana Ruiz said", "Tomas Berg warns").
 */
export const NAME_SPEECH_VERBS: ReadonlySet<string> = new Set(
  SPEECH_VERBS.filter((v) => v.class === 'reports').flatMap((v) => v.forms.slice(1, 3)),
);
