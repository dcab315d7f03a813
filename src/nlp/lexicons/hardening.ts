/**
 * Hardening pairs: a neutral word of a source and the harsher word a report may put in its place
 * ("respond" → "retaliate", "may" → "will"). Found in the report where the source has the neutral
 * word, the pair marks the quote as altered (hardened); found the other way round, as softened.
 * General language only: each row must hold for any speaker on any subject.
 */
export interface HardeningPair {
  neutral: readonly string[];
  hardened: readonly string[];
  example: string;
}

export const HARDENING_PAIRS: readonly HardeningPair[] = [
  // Harm done to the end: what is destroyed or ruined cannot be repaired, what is harmed can.
  {
    neutral: ['harm', 'damage', 'hurt', 'weaken'],
    // ("devastate" WordNet already defines as ruining utterly: its own scale reads it.)
    hardened: ['destroy', 'wreck', 'cripple'],
    example: 'will harm companies → will destroy companies',
  },
  {
    neutral: ['respond', 'react', 'reply', 'answer'],
    hardened: ['retaliate', 'strike back', 'hit back', 'avenge', 'punish'],
    example: 'will respond appropriately → will retaliate',
  },
  {
    neutral: ['criticize', 'disagree', 'object'],
    hardened: ['condemn', 'denounce', 'slam', 'blast', 'lambast'],
    example: 'criticised the move → condemned the move',
  },
  {
    neutral: ['say', 'state', 'note', 'remark'],
    hardened: ['threaten', 'vow', 'warn'],
    example: 'said it would act → threatened to act',
  },
  {
    neutral: ['ask', 'request', 'suggest', 'propose', 'urge', 'hope', 'call'],
    hardened: ['demand', 'insist', 'order', 'require'],
    example: 'we ask Kyiv to → we demand that Kyiv',
  },
  {
    neutral: ['may', 'might', 'could', 'possibly', 'perhaps'],
    hardened: ['will', 'must', 'shall', 'certainly', 'definitely'],
    example: 'sanctions may be lifted → sanctions will be lifted',
  },
  { neutral: ['should'], hardened: ['must'], example: 'they should leave → they must leave' },
  // Verbs of evidence on a scale of certainty: what the data suggest or indicate they may be wrong
  // about; what they show or prove is put beyond doubt.
  {
    neutral: ['suggest', 'indicate', 'imply', 'hint'],
    hardened: ['show', 'prove', 'demonstrate', 'establish', 'confirm'],
    example: 'the tests suggest a leak → the tests show a leak',
  },
  { neutral: ['show'], hardened: ['prove'], example: 'the logs show a breach → the logs prove a breach' },
  {
    neutral: ['concern', 'worry', 'unease'],
    hardened: ['alarm', 'outrage', 'fury', 'anger', 'rage'],
    example: 'expressed concern → expressed outrage',
  },
  {
    neutral: ['problem', 'difficulty', 'setback', 'issue'],
    hardened: ['crisis', 'disaster', 'catastrophe', 'debacle'],
    example: 'a difficulty arose → a crisis erupted',
  },
  {
    neutral: ['conflict', 'crisis', 'dispute', 'tension'],
    hardened: ['war', 'aggression', 'assault'],
    example: 'the conflict → the war',
  },
  {
    neutral: ['mistake', 'error', 'inaccuracy', 'misunderstanding'],
    hardened: ['lie', 'crime', 'fraud', 'deceit'],
    example: 'a mistake → a lie',
  },
  {
    neutral: ['decline', 'refuse', 'disagree'],
    hardened: ['reject', 'rebuff', 'spurn'],
    example: 'declined the offer → rejected the offer',
  },
  {
    neutral: ['take', 'seize', 'confiscate', 'appropriate'],
    hardened: ['steal', 'loot', 'plunder', 'rob', 'grab'],
    example: 'seize the assets → steal the assets',
  },
  {
    neutral: ['ally', 'partner', 'protege', 'client', 'associate'],
    hardened: ['puppet', 'stooge', 'lackey', 'vassal', 'proxy', 'henchman'],
    example: "Europe's protégés → Europe's puppets",
  },
  {
    neutral: ['government', 'authority', 'administration', 'leadership'],
    hardened: ['regime', 'junta', 'clique'],
    example: 'the government in X → the regime in X',
  },
  {
    neutral: ['mislead', 'misinform'],
    hardened: ['lie', 'deceive'],
    example: 'misled the public → lied to the public',
  },
  {
    neutral: ['pressure', 'persuade', 'urge'],
    hardened: ['force', 'coerce', 'compel', 'blackmail'],
    example: 'pressure them → force them',
  },
  {
    neutral: ['appropriately', 'proportionately', 'adequately', 'reciprocally'],
    hardened: ['decisively', 'harshly', 'forcefully', 'severely', 'ruthlessly', 'mercilessly'],
    example: 'respond appropriately → respond decisively',
  },
  {
    neutral: ['unacceptable', 'unhelpful', 'regrettable'],
    hardened: ['outrageous', 'criminal', 'monstrous', 'barbaric'],
    example: 'an unacceptable step → an outrageous step',
  },
  {
    // A fall told as a collapse: the size of a change hardened (WordNet defines "plummet" and
    // "plunge" as a sharp drop itself; "collapse", "crash" and "slump" only as a breakdown).
    neutral: ['fall', 'drop', 'decline', 'decrease', 'dip', 'slip', 'ease'],
    hardened: ['collapse', 'crash', 'slump', 'nosedive'],
    example: 'ticket sales have fallen → ticket sales have collapsed',
  },
];

/**
 * Loaded words: pejorative labels a fact-checker flags when a report puts them in a speaker's mouth
 * and the source has no such word ("Kyiv's puppets", "the junta").
 */
export interface LoadedWord {
  word: string;
  example: string;
}

export const LOADED_WORDS: readonly LoadedWord[] = [
  { word: 'puppet', example: "Kyiv's puppets" },
  { word: 'stooge', example: 'Western stooges' },
  { word: 'lackey', example: 'American lackeys' },
  { word: 'vassal', example: 'a vassal state' },
  { word: 'regime', example: 'the regime in the capital' },
  { word: 'junta', example: 'the junta' },
  { word: 'thug', example: 'thugs in uniform' },
  { word: 'gang', example: 'a gang of criminals' },
  { word: 'criminal', example: 'a criminal government' },
  { word: 'terrorist', example: 'terrorist methods' },
  { word: 'fascist', example: 'fascist militias' },
  { word: 'nazi', example: 'neo-Nazi battalions' },
  { word: 'traitor', example: 'traitors to the nation' },
  { word: 'butcher', example: 'the butcher of the city' },
  { word: 'dictator', example: 'a dictator' },
  { word: 'tyrant', example: 'a tyrant' },
  { word: 'murderer', example: 'murderers' },
  { word: 'liar', example: 'a pathological liar' },
  { word: 'lie', example: 'outright lies' },
  { word: 'theft', example: 'theft of assets' },
  { word: 'steal', example: 'stealing our money' },
  { word: 'robbery', example: 'daylight robbery' },
  { word: 'loot', example: 'looting reserves' },
  { word: 'plunder', example: 'plundering the country' },
  { word: 'piracy', example: 'state piracy' },
  { word: 'genocide', example: 'genocide of the population' },
  { word: 'barbaric', example: 'barbaric attacks' },
  { word: 'insane', example: 'an insane plan' },
  { word: 'hysteria', example: 'anti-Russian hysteria' },
  { word: 'propaganda', example: 'Western propaganda' },
  { word: 'warmonger', example: 'warmongers in Europe' },
  { word: 'bankrupt', example: 'a bankrupt government' },
  { word: 'humiliation', example: 'a humiliation for the West' },
];
