/**
 * Verbs that attribute words to a speaker, with every inflection spelled out (British and American
 * spellings both). `reports` verbs take a reported clause ("warned that …") and so also mark
 * indirect speech; `describes` verbs (criticise, call, dismiss …) only attribute a quoted phrase in
 * the same clause ("dismissed the claims as “fiction”"). `inverts` verbs may follow their quote and
 * precede their subject ("“…,” said the minister").
 */
export type SpeechVerbClass = 'reports' | 'describes';

export interface SpeechVerb {
  lemma: string;
  /** Base, third person, past, present participle (and any variant spelling). */
  forms: readonly string[];
  class: SpeechVerbClass;
  inverts: boolean;
  example: string;
}

function verb(
  lemma: string,
  forms: string,
  cls: SpeechVerbClass,
  inverts: boolean,
  example: string,
): SpeechVerb {
  return { lemma, forms: forms.split(' '), class: cls, inverts, example };
}

export const SPEECH_VERBS: readonly SpeechVerb[] = [
  verb('say', 'say says said saying', 'reports', true, '“We are ready,” the minister said.'),
  verb('tell', 'tell tells told telling', 'reports', false, 'She told reporters the talks had stalled.'),
  verb('add', 'add adds added adding', 'reports', true, '“Nothing is agreed,” he added.'),
  verb('warn', 'warn warns warned warning', 'reports', true, 'The bank warned that rates could rise.'),
  verb(
    'stress',
    'stress stresses stressed stressing',
    'reports',
    true,
    'She stressed that no deal was near.',
  ),
  verb('insist', 'insist insists insisted insisting', 'reports', true, 'He insisted the vote was fair.'),
  verb('note', 'note notes noted noting', 'reports', true, 'The envoy noted that talks continue.'),
  verb(
    'state',
    'state states stated stating',
    'reports',
    true,
    'The ministry stated that it had no comment.',
  ),
  verb('reply', 'reply replies replied replying', 'reports', true, '“Never,” replied the senator.'),
  verb(
    'respond',
    'respond responds responded responding',
    'reports',
    true,
    '“Not yet,” responded the mayor.',
  ),
  verb('answer', 'answer answers answered answering', 'reports', true, '“Yes,” answered the mayor.'),
  verb(
    'remark',
    'remark remarks remarked remarking',
    'reports',
    true,
    'He remarked that the weather helped.',
  ),
  verb(
    'emphasise',
    'emphasise emphasises emphasised emphasising emphasize emphasizes emphasized emphasizing',
    'reports',
    true,
    'She emphasised that the offer stands.',
  ),
  verb('argue', 'argue argues argued arguing', 'reports', true, 'Critics argue the plan is too costly.'),
  verb('claim', 'claim claims claimed claiming', 'reports', true, 'The group claimed it had won.'),
  verb(
    'confirm',
    'confirm confirms confirmed confirming',
    'reports',
    false,
    'The agency confirmed the deal was signed.',
  ),
  verb(
    'announce',
    'announce announces announced announcing',
    'reports',
    true,
    'The firm announced it would close two plants.',
  ),
  verb('explain', 'explain explains explained explaining', 'reports', true, '“It is simple,” he explained.'),
  verb(
    'reiterate',
    'reiterate reiterates reiterated reiterating',
    'reports',
    true,
    'She reiterated that sanctions stay.',
  ),
  verb(
    'reaffirm',
    'reaffirm reaffirms reaffirmed reaffirming',
    'reports',
    false,
    'He reaffirmed the country’s position.',
  ),
  verb(
    'affirm',
    'affirm affirms affirmed affirming',
    'reports',
    false,
    'The court affirmed that the law applies.',
  ),
  verb('declare', 'declare declares declared declaring', 'reports', true, '“The war is over,” he declared.'),
  verb(
    'assert',
    'assert asserts asserted asserting',
    'reports',
    true,
    'She asserted that the border is closed.',
  ),
  verb(
    'maintain',
    'maintain maintains maintained maintaining',
    'reports',
    false,
    'He maintains that he is innocent.',
  ),
  verb(
    'acknowledge',
    'acknowledge acknowledges acknowledged acknowledging',
    'reports',
    true,
    'The minister acknowledged that mistakes were made.',
  ),
  verb('admit', 'admit admits admitted admitting', 'reports', true, 'He admitted the figures were wrong.'),
  verb(
    'concede',
    'concede concedes conceded conceding',
    'reports',
    true,
    'She conceded that the polls were close.',
  ),
  verb(
    'suggest',
    'suggest suggests suggested suggesting',
    'reports',
    true,
    'The report suggested that costs would rise.',
  ),
  verb('predict', 'predict predicts predicted predicting', 'reports', true, 'Analysts predicted a slowdown.'),
  verb(
    'caution',
    'caution cautions cautioned cautioning',
    'reports',
    true,
    'He cautioned that the truce was fragile.',
  ),
  verb('recall', 'recall recalls recalled recalling', 'reports', true, '“We had no choice,” she recalled.'),
  verb(
    'reveal',
    'reveal reveals revealed revealing',
    'reports',
    false,
    'He revealed that two rounds of talks took place.',
  ),
  verb(
    'write',
    'write writes wrote writing written',
    'reports',
    true,
    '“Enough is enough,” she wrote on social media.',
  ),
  verb(
    'continue',
    'continue continues continued continuing',
    'describes',
    true,
    '“And yet,” he continued, “we wait.”',
  ),
  verb(
    'conclude',
    'conclude concludes concluded concluding',
    'reports',
    true,
    'She concluded, “We will see.”',
  ),
  verb(
    'observe',
    'observe observes observed observing',
    'reports',
    true,
    '“Prices are falling,” he observed.',
  ),
  verb('comment', 'comment comments commented commenting', 'reports', true, '“No surprise,” she commented.'),
  verb('vow', 'vow vows vowed vowing', 'reports', true, 'He vowed that the country would retaliate.'),
  verb(
    'promise',
    'promise promises promised promising',
    'reports',
    true,
    'She promised that taxes would fall.',
  ),
  verb('pledge', 'pledge pledges pledged pledging', 'reports', true, 'The leaders pledged to cut emissions.'),
  verb(
    'threaten',
    'threaten threatens threatened threatening',
    'reports',
    false,
    'He threatened to walk out.',
  ),
  verb('deny', 'deny denies denied denying', 'reports', false, 'The ministry denied that troops had moved.'),
  verb('hint', 'hint hints hinted hinting', 'reports', false, 'She hinted that she might run.'),
  verb(
    'underline',
    'underline underlines underlined underlining underscore underscores underscored underscoring',
    'reports',
    false,
    'He underlined that the deal is binding.',
  ),
  verb(
    'highlight',
    'highlight highlights highlighted highlighting',
    'reports',
    false,
    'She highlighted that exports grew.',
  ),
  verb(
    'contend',
    'contend contends contended contending',
    'reports',
    false,
    'Lawyers contend the ruling was flawed.',
  ),
  verb('allege', 'allege alleges alleged alleging', 'reports', false, 'Prosecutors allege that he lied.'),
  verb(
    'complain',
    'complain complains complained complaining',
    'reports',
    true,
    'Farmers complained that prices were too low.',
  ),
  verb(
    'inform',
    'inform informs informed informing',
    'reports',
    false,
    'We were informed that the issue is under review.',
  ),
  verb(
    'assure',
    'assure assures assured assuring',
    'reports',
    false,
    'He assured voters that pensions are safe.',
  ),
  verb(
    'notify',
    'notify notifies notified notifying',
    'reports',
    false,
    'The embassy notified Ankara that it would close.',
  ),
  verb('demand', 'demand demands demanded demanding', 'reports', true, 'Protesters demanded that he resign.'),
  verb('ask', 'ask asks asked asking', 'reports', true, '“Why now?” she asked.'),
  verb('retort', 'retort retorts retorted retorting', 'reports', true, '“Not at all,” he retorted.'),
  verb('quip', 'quip quips quipped quipping', 'reports', true, '“Maybe next year,” she quipped.'),
  // Verbs of the manner of speaking: they say how the words came out, and attribute them as "said"
  // does ("“Get down!” an officer shouted"). Not those whose main use is no speech ("cried" weeps,
  // "snapped" breaks, "boasts" has: "the city boasts a harbour").
  verb('shout', 'shout shouts shouted shouting', 'reports', true, '“Get down!” an officer shouted.'),
  verb('yell', 'yell yells yelled yelling', 'reports', true, '“Over here!” a neighbour yelled.'),
  verb('scream', 'scream screams screamed screaming', 'reports', true, '“Help us!” she screamed.'),
  verb('shriek', 'shriek shrieks shrieked shrieking', 'reports', true, '“Fire!” a child shrieked.'),
  verb('holler', 'holler hollers hollered hollering', 'reports', true, '“Come on!” the coach hollered.'),
  verb('bellow', 'bellow bellows bellowed bellowing', 'reports', true, '“Order!” the chair bellowed.'),
  verb('exclaim', 'exclaim exclaims exclaimed exclaiming', 'reports', true, '“At last!” he exclaimed.'),
  verb('whisper', 'whisper whispers whispered whispering', 'reports', true, '“Not here,” she whispered.'),
  verb('mutter', 'mutter mutters muttered muttering', 'reports', true, '“Typical,” he muttered.'),
  verb('murmur', 'murmur murmurs murmured murmuring', 'reports', true, '“Thank you,” she murmured.'),
  verb('mumble', 'mumble mumbles mumbled mumbling', 'reports', true, '“Sorry,” he mumbled.'),
  verb('grumble', 'grumble grumbles grumbled grumbling', 'reports', true, '“Too late,” a voter grumbled.'),
  verb('joke', 'joke jokes joked joking', 'reports', true, '“I may need a nap,” the mayor joked.'),
  verb(
    'testify',
    'testify testifies testified testifying',
    'reports',
    false,
    'The officer testified that he saw nothing.',
  ),
  verb(
    'report',
    'report reports reported reporting',
    'reports',
    false,
    'The agency reported that output fell.',
  ),
  verb('tweet', 'tweet tweets tweeted tweeting', 'reports', true, '“Great meeting,” the president tweeted.'),
  verb(
    'counter',
    'counter counters countered countering',
    'reports',
    true,
    '“That is not true,” she countered.',
  ),
  verb(
    'criticise',
    'criticise criticises criticised criticising criticize criticizes criticized criticizing',
    'describes',
    false,
    'He criticised the “reckless” plan.',
  ),
  verb('praise', 'praise praises praised praising', 'describes', false, 'She praised the “brave” rescuers.'),
  verb(
    'describe',
    'describe describes described describing',
    'describes',
    false,
    'He described the talks as “useful”.',
  ),
  verb(
    'characterise',
    'characterise characterises characterised characterising characterize characterizes characterized characterizing',
    'describes',
    false,
    'She characterised the meeting as “frank”.',
  ),
  verb('call', 'call calls called calling', 'describes', false, 'He called the proposal “a good idea”.'),
  verb(
    'dismiss',
    'dismiss dismisses dismissed dismissing',
    'describes',
    false,
    'The ministry dismissed the report as “nonsense”.',
  ),
  verb(
    'reject',
    'reject rejects rejected rejecting',
    'describes',
    false,
    'She rejected the “absurd” claims.',
  ),
  verb(
    'condemn',
    'condemn condemns condemned condemning denounce denounces denounced denouncing',
    'describes',
    false,
    'He condemned the “barbaric” attack.',
  ),
  verb(
    'slam',
    'slam slams slammed slamming blast blasts blasted blasting',
    'describes',
    false,
    'She slammed the “shameful” vote.',
  ),
  verb('hail', 'hail hails hailed hailing', 'describes', false, 'He hailed the deal as “historic”.'),
  verb(
    'welcome',
    'welcome welcomes welcomed welcoming',
    'describes',
    false,
    'She welcomed the “long overdue” decision.',
  ),
  verb(
    'label',
    'label labels labelled labeled labelling labeling brand brands branded branding',
    'describes',
    false,
    'He labelled the plan “theft”.',
  ),
  verb('accuse', 'accuse accuses accused accusing', 'describes', false, 'She accused rivals of “lying”.'),
  verb('urge', 'urge urges urged urging', 'describes', false, 'He urged calm, calling for “restraint”.'),
  verb(
    'express',
    'express expresses expressed expressing',
    'describes',
    false,
    'She expressed “deep regret”.',
  ),
  verb('quote', 'quote quotes quoted quoting', 'describes', false, 'Reuters quoted him as saying “no”.'),
  verb(
    'liken',
    'liken likens likened likening',
    'describes',
    false,
    'She likened the plan to “a blank cheque”.',
  ),
  verb('chant', 'chant chants chanted chanting', 'describes', false, 'The crowd chanted “No more war!”'),
  verb(
    'proclaim',
    'proclaim proclaims proclaimed proclaiming',
    'describes',
    false,
    'He proclaimed a policy of “peace through trade”.',
  ),
  verb(
    'mock',
    'mock mocks mocked mocking deride derides derided deriding ridicule ridicules ridiculed ridiculing',
    'describes',
    false,
    'She mocked the plan as “a fairy tale”.',
  ),
  verb('dub', 'dub dubs dubbed dubbing', 'describes', false, 'Critics dubbed the bill “a giveaway”.'),
  verb(
    'boast',
    'boast boasts boasted boasting brag brags bragged bragging',
    'reports',
    true,
    'He boasted that the plant was the biggest in Europe.',
  ),
];

/** Multi-word attributions that name their speaker after them or through a possessive. */
export interface AttributionPhrase {
  /** Lower-case words in order. */
  words: readonly string[];
  /** Where the speaker is: the name after the phrase, or the possessive inside it. */
  speaker: 'after' | 'possessive';
  example: string;
}

export const ATTRIBUTION_PHRASES: readonly AttributionPhrase[] = [
  { words: ['according', 'to'], speaker: 'after', example: 'According to the minister, talks continue.' },
  { words: ['in', '*', 'words'], speaker: 'possessive', example: 'In his words, “the door is open”.' },
  { words: ['in', '*', 'view'], speaker: 'possessive', example: 'In her view, “the plan is dead”.' },
];

/** Inflected form → its verb. */
export const SPEECH_VERB_FORMS: ReadonlyMap<string, SpeechVerb> = new Map(
  SPEECH_VERBS.flatMap((v) => v.forms.map((f) => [f, v] as const)),
);
