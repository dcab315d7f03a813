/**
 * Meaning-preserving synonym groups: the ordinary variance of two translations of one statement
 * ("remain in force" / "remain in effect", "prepared to meet" / "ready to meet"). Words in one group
 * align with each other and the report counts as a paraphrase, not an alteration. Keep every group
 * neutral: a word that makes the statement harsher or softer ("respond" → "retaliate") belongs in
 * hardening.ts, never here. Entries may be phrases; words are matched by stem.
 */
export interface SynonymGroup {
  words: readonly string[];
  example: string;
}

export const SYNONYM_GROUPS: readonly SynonymGroup[] = [
  {
    words: ['in force', 'in effect', 'valid', 'in place'],
    example: 'the agreements remain in force / in effect',
  },
  { words: ['ready', 'prepared', 'willing'], example: 'prepared / ready to hold meetings' },
  {
    words: ['readiness', 'willingness', 'preparedness'],
    example: 'a readiness / willingness to resume dialogue',
  },
  {
    words: ['face-to-face', 'in-person', 'in person', 'face to face'],
    example: 'in-person / face-to-face meetings',
  },
  { words: ['question', 'dispute', 'contest'], example: 'no one disputes / questions the result' },
  { words: ['issue', 'matter', 'topic', 'subject'], example: 'the Ukrainian issue / matter' },
  { words: ['legal', 'lawful'], example: 'no lawful / legal way to do it' },
  { words: ['illegal', 'unlawful', 'illegitimate'], example: 'unlawfully / illegally seized' },
  { words: ['respond', 'reply', 'answer', 'response'], example: 'we will respond / reply' },
  { words: ['wait', 'await'], example: 'we are awaiting / waiting' },
  {
    words: ['difficulty', 'obstacle', 'problem', 'hurdle', 'complication'],
    example: 'difficulties / obstacles have arisen',
  },
  { words: ['arise', 'emerge', 'occur'], example: 'difficulties arose / emerged' },
  { words: ['obstruct', 'block', 'hinder', 'impede'], example: 'would not obstruct / block peace' },
  {
    words: ['restriction', 'limit', 'limitation', 'constraint', 'cap', 'ceiling'],
    example: 'adhere to the restrictions / limits',
  },
  {
    words: ['understand', 'realize', 'aware', 'know'],
    example: 'the other side is well aware / understands',
  },
  {
    words: ['essential', 'necessary', 'important', 'vital', 'crucial'],
    example: 'it is essential / important to talk',
  },
  {
    words: ['need', 'necessity', 'require', 'requirement'],
    example: 'would not require / need extra effort',
  },
  {
    words: ['discuss', 'discussion', 'talk', 'negotiate', 'negotiation', 'deliberation'],
    example: 'in-depth discussions / negotiations',
  },
  {
    words: ['convey', 'transmit', 'pass', 'deliver', 'forward', 'relay'],
    example: 'proposals conveyed / transmitted',
  },
  {
    words: ['seize', 'confiscate', 'expropriate', 'confiscation', 'seizure'],
    example: 'seizing / confiscating the funds',
  },
  { words: ['fund', 'asset', 'reserve', 'money'], example: 'frozen funds / assets' },
  {
    words: ['proposal', 'proposition', 'offer', 'initiative', 'idea', 'plan', 'scheme'],
    example: 'the proposal / initiative',
  },
  { words: ['resolve', 'settle'], example: 'the issue is resolved / settled' },
  { words: ['prefer', 'like', 'wish', 'want'], example: 'as quickly as we would like / prefer' },
  { words: ['court', 'courtroom', 'tribunal'], example: 'settled in court / in a courtroom' },
  { words: ['quickly', 'rapidly', 'fast', 'swiftly'], example: 'not as rapidly / quickly as hoped' },
  {
    words: ['end', 'finish', 'conclude', 'terminate', 'ending'],
    example: 'ending / concluding the conflict',
  },
  { words: ['help', 'assist', 'aid'], example: 'will not help / assist them' },
  { words: ['debt', 'loan', 'liability'], example: 'repay its debts / loans' },
  {
    words: ['maintain', 'keep', 'preserve', 'retain', 'uphold'],
    example: 'maintaining / keeping the limits',
  },
  { words: ['communication', 'contact', 'dialogue'], example: 'regular communication / contact' },
  {
    words: ['restore', 'resume', 'renew', 'reinstate', 'restoration'],
    example: 'restoring / resuming flights',
  },
  {
    words: ['people', 'resident', 'population', 'inhabitant', 'citizen'],
    example: 'the residents / people of the region',
  },
  { words: ['choice', 'decision', 'choose', 'decide'], example: 'the choice / decision of the voters' },
  { words: ['homeland', 'motherland', 'fatherland'], example: 'reunite with their homeland / motherland' },
  { words: ['historic', 'historical'], example: 'historic / historical homeland' },
  { words: ['assure', 'promise', 'guarantee', 'pledge', 'reassure'], example: 'they assured / promised us' },
  { words: ['engage', 'join', 'participate', 'take part', 'enter'], example: 'engage / join in efforts' },
  {
    words: ['abandon', 'give up', 'renounce', 'relinquish', 'drop'],
    example: 'we will not abandon / give up',
  },
  { words: ['fundamental', 'core', 'basic', 'key'], example: 'fundamental / core positions' },
  { words: ['inform', 'notify', 'tell', 'advise'], example: 'we were informed / notified' },
  { words: ['channel', 'contact'], example: 'through diplomatic channels / contacts' },
  {
    words: ['clear', 'obvious', 'evident', 'plain', 'transparent', 'straightforward'],
    example: 'perfectly clear / transparent',
  },
  { words: ['effort', 'attempt', 'endeavor', 'bid'], example: 'special efforts / attempts' },
  { words: ['persuade', 'convince'], example: 'persuading / convincing anyone' },
  {
    words: ['flight', 'air service', 'air traffic', 'air route', 'air link'],
    example: 'direct flights / air routes',
  },
  { words: ['return', 'give back', 'hand back'], example: 'the return of property' },
  { words: ['interpret', 'read', 'construe'], example: 'interprets / reads the Charter' },
  {
    words: ['agreement', 'understanding', 'accord', 'deal', 'arrangement'],
    example: 'the agreements / understandings reached',
  },
  { words: ['talks', 'consultations', 'negotiations'], example: 'two rounds of talks / consultations' },
  { words: ['only', 'merely', 'solely', 'just'], example: 'only / merely requires reciprocity' },
  { words: ['reciprocity', 'reciprocal', 'mutual', 'mutuality'], example: 'reciprocal action / reciprocity' },
  { words: ['outcome', 'result', 'development'], example: 'ready for any outcome / development' },
  { words: ['about', 'approximately', 'roughly', 'around', 'some'], example: 'about / roughly 20 percent' },
  {
    words: ['continue', 'proceed', 'go on', 'underway', 'ongoing'],
    example: 'talks continue / are underway',
  },
  { words: ['pressure', 'press', 'pressurize'], example: 'military pressure on / pressure militarily' },
  {
    words: ['lengthy', 'long', 'prolonged', 'protracted', 'in-depth', 'deep'],
    example: 'in-depth / lengthy discussions',
  },
];

/**
 * Spellings of one name (transliterations, older forms). Unlike synonyms these count as the same
 * word, so a quote that differs only by them stays verbatim.
 */
export interface SpellingVariant {
  forms: readonly string[];
  example: string;
}

export const SPELLING_VARIANTS: readonly SpellingVariant[] = [
  { forms: ['kyiv', 'kiev'], example: 'protégés in Kiev / Kyiv' },
  { forms: ['donbas', 'donbass'], example: 'Crimea, Donbass / Donbas' },
  { forms: ['odesa', 'odessa'], example: 'the port of Odesa / Odessa' },
  { forms: ['kharkiv', 'kharkov'], example: 'Kharkiv / Kharkov region' },
  { forms: ['luhansk', 'lugansk'], example: 'Luhansk / Lugansk' },
  { forms: ['mykolaiv', 'nikolaev', 'nikolayev'], example: 'Mykolaiv / Nikolayev' },
  { forms: ['zaporizhzhia', 'zaporozhye', 'zaporizhia'], example: 'Zaporizhzhia / Zaporozhye' },
  { forms: ['zelensky', 'zelenskyy', 'zelenskiy', 'zelenski'], example: 'Zelensky / Zelenskyy' },
  { forms: ['gaddafi', 'qaddafi', 'kadhafi', 'qadhafi'], example: 'Gaddafi / Qaddafi' },
  { forms: ['beijing', 'peking'], example: 'Beijing / Peking' },
  { forms: ['mumbai', 'bombay'], example: 'Mumbai / Bombay' },
  { forms: ['myanmar', 'burma'], example: 'Myanmar / Burma' },
  { forms: ['belarus', 'byelorussia'], example: 'Belarus / Byelorussia' },
  { forms: ['moldova', 'moldavia'], example: 'Moldova / Moldavia' },
  { forms: ['tbilisi', 'tiflis'], example: 'Tbilisi / Tiflis' },
  { forms: ['sergey', 'sergei'], example: 'Sergey / Sergei' },
  { forms: ['yury', 'yuri', 'yuriy'], example: 'Yury / Yuri' },
  { forms: ['dmitry', 'dmitri', 'dmitriy'], example: 'Dmitry / Dmitri' },
  { forms: ['okay', 'ok'], example: 'okay / OK' },
  { forms: ['percent', 'per cent', '%'], example: '20 percent / per cent' },
];
