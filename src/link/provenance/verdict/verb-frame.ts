import {
  ASPECT_FRAME_WORDS,
  AUXILIARY_TIME,
  CONATIVE_CATENATIVES,
  DELIBERATION_WORDS,
  FRAME_TRANSPARENT_WORDS,
  FUTURE_FRAME_WORDS,
  GERUND_OR_INFINITIVE_WORDS,
  HABITUAL_PAST_WORDS,
  INCEPTION_WORDS,
  MODAL_CATENATIVES,
  MODAL_WORDS,
  type Modality,
  type Time,
} from '../../../nlp/lexicons/verb-frames.ts';
import { BE_FORMS as FULL_BE_FORMS } from '../../../nlp/lexicons/function-words.ts';
import { IRREGULAR_PAST_FORMS } from '../../../nlp/lexicons/irregular-forms.ts';
import { isMainlyNoun, lemmasOf } from '../../../nlp/wordnet/wordnet.ts';
import type { Term } from '../terms.ts';

/**
 * The frame of a verb: what the words before it in its clause say of its modality ("could", "have
 * to", "would like to") and its time ("is going to", "intend to", "has", "in the process of"). Read
 * right to left from the verb, through auxiliaries, modals, catenatives and adverbs, up to the first
 * other word (its subject, usually). A verb with no frame words takes its time from its own form.
 */
export interface VerbFrame {
  modality: Modality;
  /** null when nothing says it (a modal such as "could" leaves the time open). */
  time: Time | null;
  /** The frame words as read, for the reason ("is going to"). */
  words: string[];
  /** The walk ran into the start of the span: a quote that opens mid-frame says nothing of it. */
  truncated: boolean;
  /** The speaker's own intention or expectation frames the verb ("we intend to buy"). */
  intended?: boolean;
}

const MODAL = new Map(MODAL_WORDS.map((m) => [m.word, m.modality]));
const CATENATIVE = new Map([...MODAL_CATENATIVES, ...CONATIVE_CATENATIVES].map((m) => [m.word, m.modality]));
const CONATIVE = new Set(CONATIVE_CATENATIVES.map((m) => m.word));
const FUTURE = new Set(FUTURE_FRAME_WORDS.map((w) => w.word));
const ASPECT = new Map(ASPECT_FRAME_WORDS.map((w) => [w.word, w.time]));
const INCEPTION = new Set(INCEPTION_WORDS);
const GERUND_OR_INFINITIVE = new Set(GERUND_OR_INFINITIVE_WORDS);
/**
 * Adjectives that frame a verb only after "be" ("it is impossible to negotiate", "it is necessary
 * to act"; not "everything possible to free", "the funds necessary to finish").
 */
const IMPERSONAL = new Set(['possible', 'impossible', 'necessary']);
const HABITUAL_PAST = new Set(HABITUAL_PAST_WORDS.map((w) => w.word));
/** "be" written in full or contracted ("it's", "we're", "I'm"). */
const BE_FORMS = new Set([...FULL_BE_FORMS, "'s", "'re", "'m"]);
/** Subject pronouns: a verb right after one with no auxiliary is finite ("we fund" is the present). */
const SUBJECT_PRONOUNS = new Set(['i', 'we', 'you', 'they', 'he', 'she', 'it']);
/** Auxiliaries of the perfect; before them a modal makes a future perfect or a past possibility. */
const PERFECT = new Set(['have', "'ve"]);
const DELIBERATION = new Set(DELIBERATION_WORDS.map((w) => w.word));
/** Prepositions through which a verb of deliberation takes the act it weighs ("consulting on"). */
const DELIBERATION_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'about', 'at', 'into']);
/** Frame verbs of prediction: after "be" ("are expected to"), someone's forecast, not a certainty. */
const PREDICTION = new Set(['expect', 'project', 'predict', 'forecast', 'anticipate', 'estimate']);
/** Verbs of the speaker's intention or expectation before "to" ("intend to", "expect to", "aim to"). */
const NOT_WORDS = new Set(['not', "n't", 'never', 'no']);
/** Determiners that make a word of intention a noun ("no plans to", "our aim to"). */
const NOUN_DETERMINERS = new Set([
  'no',
  'any',
  'the',
  'a',
  'an',
  'our',
  'their',
  'its',
  'my',
  'his',
  'her',
  'your',
]);

/** The frame word `word` before term `i` stands after a determiner: a noun, not the verb. */
function isDeterminedNoun(terms: readonly Term[], i: number, word: string): boolean {
  for (let j = i - 1; j >= Math.max(1, i - MAX_FRAME_TERMS); j--)
    if (terms[j]!.norm === word) return NOUN_DETERMINERS.has(terms[j - 1]!.norm);
  return false;
}
const INTENTION = new Set(['intend', 'intends', 'plan', 'plans', 'planning', 'expect', 'expects', 'aim']);
const AUX = new Map(AUXILIARY_TIME.map((a) => [a.word, a.time]));
const TRANSPARENT = new Set(FRAME_TRANSPARENT_WORDS);
const IRREGULAR_PAST = new Set(IRREGULAR_PAST_FORMS);
/** Contracted negations and the auxiliary they stand on ("won't" is "will not"). */
const NEGATED_AUX: ReadonlyMap<string, string> = new Map([
  ["won't", 'will'],
  ["can't", 'can'],
  ['cannot', 'can'],
  ["shan't", 'shall'],
]);
/** How many terms before the verb a frame may reach ("we are also paving the way to ultimately provide"). */
const MAX_FRAME_TERMS = 8;

/**
 * "we're" → ["we", "'re"]; "doesn't" → ["does", "not"]; a hedge phrase read as one term that ends
 * on a verb of prospect ("we expect" → ["we", "expect"]: "we expect to reopen" is still to come, as
 * "we plan to reopen" is); other words as they are.
 */
function frameWordsOf(norm: string): string[] {
  const words = norm.split(' ');
  if (words.length > 1 && FUTURE.has(words[words.length - 1]!)) return words.flatMap(frameWordsOf);
  const negated = NEGATED_AUX.get(norm);
  if (negated) return [negated, 'not'];
  if (norm.endsWith("n't")) return [norm.slice(0, -3), 'not'];
  const m = /^([\p{L}]+)('(?:re|ll|ve|m|s|d))$/u.exec(norm);
  if (m) return [m[1]!, m[2] === "'d" ? 'would' : m[2]!];
  return [norm];
}

/**
 * The lexicon form of a frame verb in any inflection: the lexicons list a catenative as it is
 * mostly said ("plan", "intend", "hope"), and "planned to", "intending to", "hoped to" frame the
 * verb the same way. Aspect verbs are not lemmatised: their time is the form's own ("finished",
 * "continues").
 */
const FRAME_KEY_CACHE = new Map<string, string>();
const FRAME_KEY_CACHE_MAX_ENTRIES = 20_000;

function frameKey(w: string): string {
  if (CATENATIVE.has(w) || FUTURE.has(w) || INCEPTION.has(w) || MODAL.has(w) || AUX.has(w) || ASPECT.has(w))
    return w;
  let key = FRAME_KEY_CACHE.get(w);
  if (key === undefined) {
    key = lemmasOf(w, 'v').find((l) => CATENATIVE.has(l) || FUTURE.has(l) || DELIBERATION.has(l)) ?? w;
    if (FRAME_KEY_CACHE.size >= FRAME_KEY_CACHE_MAX_ENTRIES) FRAME_KEY_CACHE.clear();
    FRAME_KEY_CACHE.set(w, key);
  }
  return key;
}

function isFrameWord(word: string): boolean {
  const w = frameKey(word);
  return FUTURE.has(w) || framesOtherThanProspect(w);
}

/** A frame key that frames a verb some other way than as a prospect ("could", "has", "continue to"). */
function framesOtherThanProspect(w: string): boolean {
  return (
    MODAL.has(w) ||
    CATENATIVE.has(w) ||
    ASPECT.has(w) ||
    INCEPTION.has(w) ||
    HABITUAL_PAST.has(w) ||
    DELIBERATION.has(w) ||
    AUX.has(w) ||
    TRANSPARENT.has(w)
  );
}

/**
 * A word that frames a verb only as a prospect before "to" or "of" ("are about to leave", "on the
 * verge of closing"), and is a preposition or a noun anywhere else ("the rules are about speed",
 * "their plans") : without the "to", the frame has ended before it.
 */
function isProspectOnly(word: string): boolean {
  const w = frameKey(word);
  return FUTURE.has(w) && w !== 'gonna' && w !== 'soon' && !framesOtherThanProspect(w);
}

/** A word that frames another verb ("continues to grow", "intend to announce"): the frame rule reads it. */
export function isFrameVerb(word: string): boolean {
  word = frameKey(word);
  return FUTURE.has(word) || ASPECT.has(word) || INCEPTION.has(word) || CATENATIVE.has(word);
}

/** Prefixes that keep the irregular past of the verb they build ("repaid", "withdrew", "overtook"). */
const VERB_PREFIXES = ['re', 'with', 'over', 'under', 'out', 'mis', 'fore', 'un'];

function isPastForm(word: string): boolean {
  if ((word.length > 4 && word.endsWith('ed')) || IRREGULAR_PAST.has(word)) return true;
  return VERB_PREFIXES.some((p) => word.startsWith(p) && IRREGULAR_PAST.has(word.slice(p.length)));
}

/**
 * "close to" before an "-ing" form: near an act is not yet at it, as on its verge ("we are close to
 * signing" has not signed). Only so: "close" is a verb of its own everywhere else.
 */
function isNearnessFrame(word: string, after: readonly string[], verb: string): boolean {
  return word === 'close' && after[0] === 'to' && after.length === 1 && isProgressive(verb);
}

/** The frame words before `terms[i]`, in text order, and whether the walk hit the span's start. */
function collect(terms: readonly Term[], i: number): { words: string[]; truncated: boolean } {
  const words: string[] = [];
  const clause = terms[i]!.clause;
  for (let j = i - 1; j >= Math.max(0, i - MAX_FRAME_TERMS); j--) {
    const t = terms[j]!;
    // A clause boundary, a figure or a name ("in May") ends the frame.
    if (t.clause !== clause || t.num !== null || t.name) return { words, truncated: false };
    // A hedge set inside the frame ("is, as far as we know, contained") is read by the hedge rule.
    // One ending on a verb of prospect right before the verb's own "to" frames it: "we expect to
    // lift". Before a longer chain ("I expect to be able to reopen") the hedge rule reads it.
    const prospect = words.length === 1 && words[0] === 'to' && FUTURE.has(t.norm.split(' ').pop()!);
    if (t.hedge && t.norm.includes(' ') && !prospect) continue;
    // "no longer", like "not" and "still", stands inside the verb group without ending it: "will no
    // longer be sold" is a future, whose auxiliary comes before the adverb.
    if (t.norm === 'longer' && terms[j - 1]?.norm === 'no' && terms[j - 1]!.clause === clause) {
      j--;
      continue;
    }
    // "consulting on restricting", "deliberating about closing": a verb of deliberation takes its
    // "-ing" act through a preposition as well, and frames it as "considering restricting" does.
    if (
      DELIBERATION_PREPOSITIONS.has(t.norm) &&
      words.length === 0 &&
      isProgressive(terms[i]!.norm) &&
      DELIBERATION.has(frameKey(terms[j - 1]?.norm ?? ''))
    ) {
      words.unshift(t.norm);
      continue;
    }
    // "we expect the road to be reopened" frames "reopened" as "we expect to reopen" frames "reopen":
    // a verb of prospect takes its act's object before the "to" and the act in the passive. The
    // object's noun phrase is stepped over to the verb of prospect before it.
    if (words[0] === 'to' && words[1] === 'be') {
      const prospect = raisingProspectBefore(terms, j, clause);
      if (prospect >= 0) {
        words.unshift(...frameWordsOf(terms[prospect]!.norm).filter(isFrameWord));
        j = prospect;
        continue;
      }
    }
    const parts = frameWordsOf(t.norm);
    for (let k = parts.length - 1; k >= 0; k--) {
      if (!isFrameWord(parts[k]!) && !isNearnessFrame(parts[k]!, words, terms[i]!.norm))
        return { words, truncated: false };
      if (isProspectOnly(parts[k]!) && words[0] !== 'to' && words[0] !== 'of')
        return { words, truncated: false };
      words.unshift(parts[k]!);
    }
  }
  return { words, truncated: i - MAX_FRAME_TERMS <= 0 };
}

/** Most words of the object noun phrase between a verb of prospect and its "to be" ("the old harbour road"). */
const RAISED_OBJECT_MAX_TERMS = 6;

/**
 * Where a verb of prospect stands before the object noun phrase that ends at `j` ("expect | the
 * old harbour road | to be reopened"), within one clause; or -1. The phrase holds no verb group
 * (no auxiliary, modal or pronoun subject), so the verb is its clause's own.
 */
function raisingProspectBefore(terms: readonly Term[], j: number, clause: number): number {
  for (let k = j; k >= Math.max(0, j - RAISED_OBJECT_MAX_TERMS); k--) {
    const t = terms[k]!;
    if (t.clause !== clause) return -1;
    if (k < j && PREDICTION.has(frameKey(t.norm.split(' ').pop()!))) return k;
    if (AUX.has(t.norm) || MODAL.has(t.norm) || SUBJECT_PRONOUNS.has(t.norm) || t.neg) return -1;
  }
  return -1;
}

/** An "-ing" form of a verb ("closing"), not a verb whose base ends so ("bring", "sing"). */
function isProgressive(verb: string): boolean {
  return verb.endsWith('ing') && lemmasOf(verb, 'v').some((l) => l !== verb);
}

/** The frame of the verb at `terms[i]`. */
export function frameOf(terms: readonly Term[], i: number): VerbFrame {
  const { words, truncated } = collect(terms, i);
  const verb = terms[i]!.norm;
  let modality: Modality | null = null;
  let time: Time | null = null;
  // A catenative's own time ("has to" now, "had to" then) holds unless a word before it says
  // another: "will have to cut" is to come, "have had to cut" done.
  let catenativeTime: Time | null = null;
  let intended = false;
  for (let k = words.length - 1; k >= 0 && (modality === null || time === null); k--) {
    const w = frameKey(words[k]!);
    // "likes paying" is read as "likes to pay": for these verbs the two complements are one meaning.
    const next = !words[k + 1] && GERUND_OR_INFINITIVE.has(w) && isProgressive(verb) ? 'to' : words[k + 1];
    // A verb of attempt takes its act as a noun as well ("attempted a rescue", "tried resuscitation"):
    // the act it governs is attempted all the same, as after "to". (With an "-ing" form, "tried
    // calling" is an experiment, a different act.)
    const attempt = !next && CONATIVE.has(w) && k === words.length - 1 && !isProgressive(verb);
    if (
      (next === 'to' || attempt) &&
      CATENATIVE.has(w) &&
      !(IMPERSONAL.has(w) && !BE_FORMS.has(words[k - 1] ?? ''))
    ) {
      modality ??= CATENATIVE.get(w)!;
      // "(have) got to" is the present of "have to", though "got" is a past form.
      catenativeTime ??= isPastForm(words[k]!) && w !== 'got' ? 'done' : 'present';
    } else if (w === 'close' && next === 'to' && isProgressive(verb)) {
      // "are close to signing": still to come.
      modality ??= 'plain';
      time ??= 'future';
    } else if ((next === 'to' || next === 'of' || w === 'gonna' || w === 'soon') && FUTURE.has(w)) {
      // "prices are expected to fall": a prediction, someone else's, not the speaker's "will"; "we
      // intend to buy", "we expect to recommend": an intention or expectation of the speaker's, not
      // yet the act ("we will buy" asserts it). Denied ("we do not intend to sell"), the intention
      // is a refusal, which "will not sell" says as well.
      const intention =
        INTENTION.has(w) &&
        next === 'to' &&
        !words.slice(0, k).some((x) => NOT_WORDS.has(x)) &&
        !isDeterminedNoun(terms, i, words[k]!);
      if (modality === null && intention) intended = true;
      modality ??=
        (PREDICTION.has(w) && BE_FORMS.has(words[k - 1] ?? '')) || intention ? 'possible' : 'plain';
      time ??= 'future';
    } else if (next === 'to' && AUX.has(w) && BE_FORMS.has(w)) {
      // "the plant was to close", "we are to meet": planned, still to come then.
      modality ??= 'plain';
      time ??= 'future';
    } else if ((next === 'to' || next === 'of' || !next) && ASPECT.has(w)) {
      time ??= ASPECT.get(w)!;
    } else if (MODAL.has(w) && next === 'to') {
      // No modal takes "to": "all we can to free them" leaves "do" unsaid, and the frame ends here.
      break;
    } else if (MODAL.has(w)) {
      const m = MODAL.get(w)!;
      modality ??= m;
      // "will" and "shall" put the verb in the future; "would" and the other modals leave time open.
      if (w === 'will' || w === 'shall') time ??= 'future';
      if (m !== 'plain' || w === 'would') break;
    } else if (
      DELIBERATION.has(w) &&
      ((!next && isProgressive(verb)) ||
        next === 'whether' ||
        (DELIBERATION_PREPOSITIONS.has(next ?? '') && words.length === k + 2 && isProgressive(verb)))
    ) {
      // "considering raising", "considering whether to raise": weighed, not decided.
      modality ??= 'possible';
      time ??= 'future';
    } else if (HABITUAL_PAST.has(w) && next === 'to' && !BE_FORMS.has(words[k - 1] ?? '')) {
      // "used to fund": a past habit, over now.
      time ??= 'done';
      modality ??= 'plain';
    } else if (INCEPTION.has(w)) {
      // Begun is under way, however long ago it began ("started shipping", "has begun to cut").
      time ??= 'ongoing';
    } else if (AUX.has(w) && !(next === 'got' && words[k + 2] === 'to')) {
      // ("have got to" is "have to": its "have" is no perfect.)
      const a = AUX.get(w)!;
      // "have" is the perfect's auxiliary only before a past participle; before a noun it is the
      // verb of possession, in its own present or past ("I have confidence" = "I am confident").
      // (Only where the word read is a noun: an adverb the verb group runs on through, "have
      // already arrived", "have almost tripled", leaves the verb to come.)
      if (
        a === 'perfect' &&
        !isPastForm(verb) &&
        !TRANSPARENT.has(verb) &&
        isMainlyNoun(verb) &&
        !words.slice(k + 1).includes('been')
      ) {
        time ??= w === 'had' ? 'done' : 'present';
        modality ??= 'plain';
        continue;
      }
      // "have been holding the lines for months" is told of as done, as "held … for months" is.
      // "was closing" was under way then, not done: the past progressive is no simple past.
      if (a === 'be-past' && isProgressive(verb)) time ??= 'was-ongoing';
      else if (a === 'perfect' || a === 'be-past') time ??= 'done';
      else if (a === 'be-present') time ??= isProgressive(verb) ? 'ongoing' : 'present';
      else time ??= a;
      modality ??= 'plain';
    }
  }
  time ??= catenativeTime;
  const perfect = modalPerfect(words);
  if (perfect !== null) ({ modality, time } = perfect);
  // No auxiliary: a past form is done, unless a bare "be" makes it a passive ("before being rejected");
  // a plain form right after a subject pronoun is the present ("we fund").
  const passive = words.some((w) => w === 'be' || w === 'been' || w === 'being');
  if (time === null && modality === null && !passive) {
    if (isPastForm(verb)) time = 'done';
    else if (words.length === 0 && SUBJECT_PRONOUNS.has(terms[i - 1]?.norm ?? '') && !isProgressive(verb))
      time = 'present';
  }
  return { modality: modality ?? 'plain', time, words, truncated, intended };
}

/**
 * A modal before a perfect ("will have finished", "could have won") frames the whole: the future
 * perfect is done only by a time still to come, and "would/could/should have" + participle is a past
 * that was possible, advised or hypothetical, not one that happened. Null when the frame has no such
 * pair ("have to" is a catenative, not a perfect).
 */
function modalPerfect(words: readonly string[]): { modality: Modality; time: Time | null } | null {
  const h = words.findIndex((w, k) => PERFECT.has(w) && words[k + 1] !== 'to' && k > 0);
  if (h < 0) return null;
  for (let k = h - 1; k >= 0; k--) {
    const w = words[k]!;
    if (w === 'will' || w === 'shall' || w === "'ll") return { modality: 'plain', time: 'future' };
    if (w === 'would') return { modality: 'conditional', time: null };
    if (MODAL.has(w)) return { modality: MODAL.get(w)!, time: null };
    if (!TRANSPARENT.has(w)) return null;
  }
  return null;
}

/** The frame holds an attempt ("try to", "seek to"), which a noun may say as well. */
export function isConative(frame: VerbFrame): boolean {
  return frame.words.some((w) => CONATIVE.has(frameKey(w)));
}

/** A frame that says something: a modal, an auxiliary or a catenative stands before the verb. */
export function isMarked(frame: VerbFrame): boolean {
  return frame.words.some((w) => !TRANSPARENT.has(w) || w === 'be' || w === 'been');
}
