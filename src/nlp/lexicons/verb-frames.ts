/**
 * The words around a verb that say whether its action is possible, required, wished, planned, under
 * way or done: modal verbs, auxiliaries and the catenative verbs that frame another verb ("intend
 * to announce", "is going to begin training", "paving the way to provide"). A report that keeps the
 * verb but changes its frame ("could get done" → "will get done", "intends to announce" → "has
 * announced") changes what was said. Words are lower case, contractions as they are tokenised
 * ("we'll" ends in `'ll`).
 */

/** What a modal frame says of the action. `plain` is a statement of fact or of the future. */
export type Modality = 'possible' | 'advisable' | 'necessary' | 'wish' | 'conditional' | 'plain';

/**
 * When the action stands: planned or predicted, under way, done; `present` for the simple present;
 * `was-ongoing` for the past progressive, under way then ("prices were rising" is not "are rising").
 */
export type Time = 'future' | 'ongoing' | 'was-ongoing' | 'done' | 'present';

export interface ModalWord {
  word: string;
  modality: Modality;
  example: string;
}

/** Single modal words, read directly before the verb (adverbs and negation may stand between). */
export const MODAL_WORDS: readonly ModalWord[] = [
  { word: 'can', modality: 'possible', example: 'we can approach normality' },
  { word: 'could', modality: 'possible', example: 'talks could resume' },
  { word: 'may', modality: 'possible', example: 'it may be an adjustment' },
  { word: 'might', modality: 'possible', example: 'they might agree' },
  { word: 'should', modality: 'advisable', example: 'we should sell them the jets' },
  { word: 'must', modality: 'necessary', example: 'we must make these investments' },
  // "would" alone is as often politeness or reported future as a hypothesis: read as plain.
  { word: 'would', modality: 'plain', example: 'that would help' },
  { word: 'will', modality: 'plain', example: 'we will sell them the jets' },
  { word: 'shall', modality: 'plain', example: 'we shall see' },
];

/**
 * Adverbs of epistemic possibility: "perhaps", "possibly", "maybe" say of a clause what "may" or
 * "might" says of its verb ("the fire may have started in the kitchen" = "the fire perhaps started
 * in the kitchen"), so a plain verb with one in its clause has the modality of "may".
 */
export const EPISTEMIC_ADVERBS: readonly { word: string; example: string }[] = [
  { word: 'perhaps', example: 'the money was perhaps spent on the wrong things' },
  { word: 'possibly', example: 'the fire possibly started in the kitchen' },
  { word: 'maybe', example: 'maybe the pipes burst during the frost' },
];

/**
 * Verbs that take "to" and a verb and give it a modality: "have to move", "would like to get".
 * The key is the word right before "to".
 */
export const MODAL_CATENATIVES: readonly ModalWord[] = [
  { word: 'have', modality: 'necessary', example: 'they have to move as well' },
  { word: 'has', modality: 'necessary', example: 'it has to stop' },
  { word: 'had', modality: 'necessary', example: 'we had to act' },
  { word: 'need', modality: 'necessary', example: 'we need to act' },
  { word: 'needs', modality: 'necessary', example: 'it needs to end' },
  { word: 'got', modality: 'necessary', example: 'you have got to lead' },
  { word: 'ought', modality: 'advisable', example: 'they ought to leave' },
  { word: 'able', modality: 'possible', example: 'we are able to help' },
  // "it is impossible to negotiate" is "one cannot negotiate": the negation is the prefix's.
  { word: 'possible', modality: 'possible', example: 'it is possible to reach a deal' },
  { word: 'impossible', modality: 'possible', example: 'it is impossible to negotiate' },
  // "it is necessary to act" is "one must act": the impersonal form of necessity.
  { word: 'necessary', modality: 'necessary', example: 'it is necessary to act now' },
  // "be required to" says what "have to" says: "firms will be required to report". (Not "forced"
  // or "obliged": reports put them for each other and for "made to", which frames nothing here.)
  { word: 'required', modality: 'necessary', example: 'firms will be required to report' },
  { word: 'unable', modality: 'possible', example: 'Kyiv will be unable to repay' },
  { word: 'managed', modality: 'possible', example: 'we managed to bring them home' },
  { word: 'manage', modality: 'possible', example: 'we will manage to finish' },
  { word: 'like', modality: 'wish', example: 'we would like to get more' },
  { word: 'want', modality: 'wish', example: 'I want to balance the budget' },
  { word: 'wants', modality: 'wish', example: 'she wants to meet' },
  { word: 'wish', modality: 'wish', example: 'we wish to see peace' },
  { word: 'hope', modality: 'wish', example: 'we hope to finish' },
];

/**
 * Conative verbs: the action is attempted, not yet achieved ("will try to reduce" is not "will
 * reduce"): wished for, as far as the frame says. Read as catenatives of that modality; compared
 * only against a frame that says something itself, since a noun can carry the same attempt or
 * intention ("has no intention of lobbying" / "is not trying to lobby").
 */
export const CONATIVE_CATENATIVES: readonly ModalWord[] = [
  { word: 'try', modality: 'wish', example: 'we will try to reduce the lists' },
  { word: 'tries', modality: 'wish', example: 'she tries to settle it' },
  { word: 'tried', modality: 'wish', example: 'we tried to reach them' },
  { word: 'trying', modality: 'wish', example: 'we are trying to reach them' },
  { word: 'attempt', modality: 'wish', example: 'we will attempt to land' },
  { word: 'attempting', modality: 'wish', example: 'they are attempting to land' },
  { word: 'seek', modality: 'wish', example: 'we seek to end the dispute' },
  { word: 'seeking', modality: 'wish', example: 'we are seeking to end it' },
  { word: 'strive', modality: 'wish', example: 'we strive to do better' },
  { word: 'work', modality: 'wish', example: 'we are working to lower prices' },
  { word: 'struggle', modality: 'wish', example: 'they struggled to pay' },
  // Effort named by a noun or a verb of contest: the act is sought, not yet had.
  { word: 'talks', modality: 'wish', example: 'we are in talks to buy the port' },
  { word: 'bid', modality: 'wish', example: 'in a bid to end the strike' },
  { word: 'effort', modality: 'wish', example: 'in an effort to cut costs' },
  { word: 'fight', modality: 'wish', example: 'we are fighting to keep the plant open' },
  { word: 'push', modality: 'wish', example: 'they are pushing to pass the bill' },
  { word: 'race', modality: 'wish', example: 'crews are racing to restore power' },
  { word: 'scramble', modality: 'wish', example: 'officials scrambled to find beds' },
];

/**
 * Words that put the framed verb in the future: "going to", "intend to", "plan to", "look forward
 * to signing", "paving the way to provide", "on the cusp of", "about to". Matched by word, a verb
 * in any inflection ("planned", "intending"); the ones that are content words elsewhere ("plan",
 * "way") only count inside a frame.
 */
export const FUTURE_FRAME_WORDS: readonly { word: string; example: string }[] = [
  { word: 'going', example: 'it is going to create jobs' },
  { word: 'gonna', example: 'we are gonna do it' },
  { word: 'intend', example: 'we intend to announce a package' },
  { word: 'intends', example: 'the government intends to sign' },
  { word: 'plan', example: 'we plan to contribute' },
  { word: 'plans', example: 'the country plans to contribute' },
  { word: 'planning', example: 'we are planning to visit' },
  { word: 'expect', example: 'we expect to finish' },
  { word: 'expects', example: 'she expects to sign' },
  { word: 'aim', example: 'we aim to reach' },
  { word: 'forward', example: 'I look forward to signing' },
  { word: 'way', example: 'paving the way to provide' },
  { word: 'cusp', example: 'we are on the cusp of a comeback' },
  { word: 'verge', example: 'we are on the verge of a deal' },
  { word: 'brink', example: 'the firm is on the brink of closing' },
  { word: 'track', example: 'we are on track to meet the target' },
  { word: 'about', example: 'they are about to leave' },
  { word: 'poised', example: 'the bill is poised to pass' },
  { word: 'set', example: 'the deal is set to close' },
  { word: 'due', example: 'the ministry is due to publish the figures' },
  { word: 'ready', example: 'they are getting ready to launch the satellite' },
  { word: 'soon', example: 'signing the bill soon' },
  // Commitments and preparations: the act is still to come ("promised to build" is not "built").
  { word: 'prepare', example: 'the ministry is preparing to release it' },
  { word: 'schedule', example: 'the vote is scheduled to take place' },
  { word: 'promise', example: 'we promised to build it' },
  { word: 'pledge', example: 'they pledged to cut emissions' },
  { word: 'vow', example: 'he vowed to appeal' },
  { word: 'threaten', example: 'they threatened to leave' },
  { word: 'propose', example: 'we propose to merge the agencies' },
  // Forecasts: after "be" they are someone's prediction ("prices are projected to fall").
  { word: 'project', example: 'growth is projected to slow' },
  { word: 'predict', example: 'prices are predicted to fall' },
  { word: 'forecast', example: 'the deficit is forecast to narrow' },
  { word: 'anticipate', example: 'we anticipate to finish in May' },
  // Decided, agreed, offered, asked or told to: the act itself is still to come.
  { word: 'decide', example: 'we decided to close the mine' },
  { word: 'agree', example: 'they agreed to hold talks' },
  { word: 'offer', example: 'the firm offered to repay the fees' },
  { word: 'ask', example: 'the ministry was asked to review the rules' },
  { word: 'urge', example: 'the council was urged to act' },
  { word: 'order', example: 'the agency was ordered to stop the sale' },
  { word: 'invite', example: 'the mayor was invited to speak' },
  { word: 'tell', example: 'the firms were told to cut prices' },
];

/**
 * Verbs of deliberation that take an "-ing" verb: the act is weighed, not decided ("considering
 * raising the fee" is not "will raise" nor "is raising"). Read as a frame of possibility in the
 * future. Matched in any inflection.
 */
export const DELIBERATION_WORDS: readonly { word: string; example: string }[] = [
  { word: 'consider', example: 'we are considering raising the fee' },
  { word: 'weigh', example: 'the board is weighing closing two plants' },
  { word: 'explore', example: 'we are exploring selling the airline' },
  { word: 'contemplate', example: 'they contemplated leaving the pact' },
  { word: 'mull', example: 'the council is mulling extending the curfew' },
  // With a preposition before the act: a consultation asks whether to do it.
  { word: 'consult', example: 'we are consulting on restricting flavours' },
  { word: 'deliberate', example: 'the panel is deliberating about closing the ward' },
  // The phrasal verbs of examining: "looking at moving it" weighs the move, as "considering" does.
  { word: 'look', example: 'we are looking at moving the depot' },
];

/** Aspect verbs that frame another verb: the action under way, or finished. */
export const ASPECT_FRAME_WORDS: readonly { word: string; time: Time; example: string }[] = [
  { word: 'continue', time: 'ongoing', example: 'our economy continues to grow' },
  { word: 'continues', time: 'ongoing', example: 'the economy continues to grow' },
  { word: 'keep', time: 'ongoing', example: 'prices keep rising' },
  { word: 'keeps', time: 'ongoing', example: 'the economy keeps growing' },
  { word: 'keeping', time: 'ongoing', example: 'we are keeping pushing' },
  { word: 'process', time: 'ongoing', example: 'we are in the process of doing it' },
  { word: 'middle', time: 'ongoing', example: 'we are in the middle of counting the votes' },
  { word: 'finished', time: 'done', example: 'we have finished doing it' },
  { word: 'completed', time: 'done', example: 'they completed building it' },
  { word: 'stopped', time: 'done', example: 'they stopped shipping' },
];

/**
 * Verbs whose "-ing" complement and "to" complement say one thing ("likes paying" = "likes to pay",
 * "prefer waiting" = "prefer to wait"): liking, preferring and beginning are the same act either
 * way. Not "stop", "remember", "forget", "try" or "regret", whose two complements are two acts
 * ("stopped smoking" / "stopped to smoke", "tried paying" / "tried to pay").
 */
export const GERUND_OR_INFINITIVE_WORDS: readonly string[] = [
  'like',
  'love',
  'hate',
  'prefer',
  'begin',
  'start',
  'continue',
];

/**
 * Verbs whose "-ing" complement is an act before them and whose "to" complement an act after
 * them: "remember signing" (it was signed) / "remember to sign" (still to sign), "stopped buying"
 * (no longer buys) / "stopped to buy" (broke off in order to buy), "regret telling" / "regret to
 * tell", "forgot locking" / "forgot to lock". Swapping the one for the other moves the act in time.
 */
export const GERUND_BEFORE_INFINITIVE_AFTER_WORDS: readonly string[] = [
  'stop',
  'remember',
  'forget',
  'regret',
];

/**
 * Habitual past: "used to fund" is done and no longer so, not the present "fund". Read only before
 * "to" and not after a form of "be" ("is used to fund" is the passive of "use").
 */
export const HABITUAL_PAST_WORDS: readonly { word: string; example: string }[] = [
  { word: 'used', example: 'we used to fund the theatres' },
];

/**
 * Inception verbs: the framed action has begun and is under way, not done ("has begun to cut" is
 * not "has cut"); "started shipping" is as under way as "is shipping".
 */
export const INCEPTION_WORDS: readonly string[] = [
  'begin',
  'begins',
  'began',
  'begun',
  'beginning',
  'start',
  'starts',
  'started',
  'starting',
];

/**
 * Completion verbs: the event they take as object or complement is over ("completed a review",
 * "finished the count"). Put for an inception verb ("began a review"), the event under way is told
 * as done, or the other way round.
 */
export const COMPLETION_WORDS: readonly string[] = [
  'complete',
  'completes',
  'completed',
  'completing',
  'finish',
  'finishes',
  'finished',
  'finishing',
  'conclude',
  'concludes',
  'concluded',
  'concluding',
];

/**
 * Subordinators of time. In English a clause they open puts a time to come in the present tense,
 * and a completion to come in the present perfect ("until the crews have finished", "once we have
 * signed"): that perfect is no completed fact.
 */
export const TEMPORAL_SUBORDINATORS: readonly string[] = ['until', 'till', 'once', 'after', 'before', 'when'];

/** Auxiliaries and what they say of time; `'s` is read as "is" (present) unless a participle follows. */
export const AUXILIARY_TIME: readonly { word: string; time: Time | 'perfect' | 'be-present' | 'be-past' }[] =
  [
    { word: 'have', time: 'perfect' },
    { word: 'has', time: 'perfect' },
    { word: 'had', time: 'perfect' },
    { word: "'ve", time: 'perfect' },
    { word: 'did', time: 'done' },
    { word: 'was', time: 'be-past' },
    { word: 'were', time: 'be-past' },
    { word: 'am', time: 'be-present' },
    { word: 'is', time: 'be-present' },
    { word: 'are', time: 'be-present' },
    { word: "'re", time: 'be-present' },
    { word: "'m", time: 'be-present' },
    { word: "'s", time: 'be-present' },
    { word: 'do', time: 'present' },
    { word: 'does', time: 'present' },
    { word: "'ll", time: 'future' },
  ];

/** Words that may stand inside a verb frame without ending it: adverbs, "to", "be", "the way of". */
export const FRAME_TRANSPARENT_WORDS: readonly string[] = [
  'to',
  // "considering whether to raise": the question weighed frames the verb as "considering raising" does.
  'whether',
  'be',
  'been',
  'being',
  'not',
  'never',
  'also',
  'already',
  'still',
  'now',
  'just',
  'ultimately',
  'eventually',
  'finally',
  'even',
  'really',
  'then',
  'all',
  'both',
  'the',
  'of',
  'on',
  'in',
  'look',
  'looking',
  'paving',
  'pave',
  'actually',
  'certainly',
  'definitely',
  'probably',
  'likely',
  'soon',
  'get',
];

/**
 * Verbs of a state, not an event: their simple present tells of now, never of a scheduled future
 * ("we meet on Friday" may be planned; "we have a deal" is not "we will have a deal"). Lemmas.
 */
export const STATIVE_VERBS: readonly { word: string; example: string }[] = [
  ...'have,own,possess,know,need,want,belong,contain,cost,owe,deserve,lack,exist,mean,matter'
    .split(',')
    .map((word) => ({ word, example: 'we have a deal / we will have a deal' })),
];
