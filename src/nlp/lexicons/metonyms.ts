/**
 * Buildings and streets that stand for a government or institution in news text ("the Kremlin
 * said"). Each is its own entity, never merged with its country or capital: "the Kremlin",
 * "Moscow" and "Russia" are three entities (the presidency, the capital or government, the
 * country). Capitals used as metonyms ("Washington said") come from countries.ts.
 */
export interface MetonymRow {
  readonly name: string;
  readonly aliases: readonly string[];
  /** What the name stands for, for readers of the table; resolution keeps the metonym itself. */
  readonly standsFor: string;
  readonly example: string;
}

function metonym(name: string, aliases: readonly string[], standsFor: string, example: string): MetonymRow {
  return { name, aliases, standsFor, example };
}

export const METONYMS: readonly MetonymRow[] = [
  metonym('Kremlin', [], 'Russian presidency', 'the Kremlin noted over the weekend'),
  metonym('White House', [], 'US presidency', 'moving into the White House'),
  metonym('Pentagon', [], 'US Department of Defense', 'the Pentagon said'),
  metonym('Capitol Hill', [], 'US Congress', 'lawmakers on Capitol Hill'),
  metonym('Foggy Bottom', [], 'US State Department', 'diplomats at Foggy Bottom'),
  metonym('Downing Street', ['Number 10', 'No 10'], 'UK prime minister', 'Downing Street said'),
  metonym('Whitehall', [], 'UK civil service', 'Whitehall officials'),
  metonym('Elysee', ['Élysée', 'Elysee Palace', 'Élysée Palace'], 'French presidency', 'the Elysee said'),
  metonym('Quai d’Orsay', ["Quai d'Orsay"], 'French foreign ministry', 'the Quai d’Orsay said'),
  metonym('Chancellery', [], 'German chancellor', 'the Chancellery said'),
  metonym('Zhongnanhai', [], 'Chinese leadership', 'leaders in Zhongnanhai'),
  metonym('Bankova', [], 'Ukrainian presidency', 'officials on Bankova'),
  metonym('Smolenskaya Square', [], 'Russian foreign ministry', 'Smolenskaya Square said'),
  metonym('Berlaymont', [], 'European Commission', 'the Berlaymont said'),
  metonym('Vatican', ['Holy See'], 'Papacy', 'the Vatican said'),
  metonym('Wall Street', [], 'US financial industry', 'Wall Street rallied'),
];
