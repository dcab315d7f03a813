/**
 * Offices, titles and honorifics that stand before a person's name ("Foreign Minister Sergei Ivanov",
 * "presidential adviser Olga Petrova", "Mr. Smith"). A title marks the following capitalised words
 * as a person and binds a role to them, so a later "the foreign minister" resolves to that person.
 *
 * `phrase` is matched on lower-cased words (a trailing full stop of an abbreviation is ignored);
 * `role` is the key a later role noun must match (synonyms share it: "Foreign Secretary" and
 * "Foreign Minister" both bind `foreign minister`); `leader` marks offices whose holder is also
 * "the leader" of the country ("the American leader").
 * `honorific` rows (Mr, Dr) only mark a person and bind no role.
 */
export interface OfficeRow {
  readonly phrase: string;
  readonly role: string;
  readonly leader: boolean;
  readonly honorific: boolean;
  readonly example: string;
}

function office(phrase: string, role: string, example: string, leader = false): OfficeRow {
  return { phrase, role, leader, honorific: false, example };
}

function honorific(phrase: string, example: string): OfficeRow {
  return { phrase, role: phrase, leader: false, honorific: true, example };
}

export const OFFICES: readonly OfficeRow[] = [
  office('president', 'president', 'President Maria Silva', true),
  office('president-elect', 'president-elect', 'President-elect Jan Novak'),
  office('vice president', 'vice president', 'Vice President Ana Ruiz'),
  office('prime minister', 'prime minister', 'Prime Minister Ola Berg', true),
  office('premier', 'prime minister', 'Premier Li Wen', true),
  office('deputy prime minister', 'deputy prime minister', 'Deputy Prime Minister Ivo Peric'),
  office('chancellor', 'chancellor', 'Chancellor Karl Baum', true),
  office('king', 'king', 'King Harald', true),
  office('queen', 'queen', 'Queen Margrethe', true),
  office('crown prince', 'crown prince', 'Crown Prince Faisal'),
  office('prince', 'prince', 'Prince William'),
  office('emir', 'emir', 'Emir Tamim', true),
  office('sheikh', 'sheikh', 'Sheikh Mohammed'),
  office('supreme leader', 'supreme leader', 'Supreme Leader Ali Rahimi', true),
  office('pope', 'pope', 'Pope Leo'),
  office('patriarch', 'patriarch', 'Patriarch Bartholomew'),
  office('foreign minister', 'foreign minister', 'Foreign Minister Jan Kowal'),
  office('minister of foreign affairs', 'foreign minister', 'Minister of Foreign Affairs Eva Lind'),
  office('foreign affairs minister', 'foreign minister', 'Foreign Affairs Minister Eva Lind'),
  office('foreign secretary', 'foreign minister', 'Foreign Secretary Tom Hale'),
  office('secretary of state', 'secretary of state', 'Secretary of State Anne Ward'),
  office('defence minister', 'defence minister', 'Defence Minister Piet Vos'),
  office('defense minister', 'defence minister', 'Defense Minister Piet Vos'),
  office('defense secretary', 'defence minister', 'Defense Secretary Ray Cole'),
  office('defence secretary', 'defence minister', 'Defence Secretary Ray Cole'),
  office('finance minister', 'finance minister', 'Finance Minister Lea Roth'),
  office('treasury secretary', 'finance minister', 'Treasury Secretary Ben Ash'),
  office('interior minister', 'interior minister', 'Interior Minister Ugo Ferri'),
  office('home secretary', 'interior minister', 'Home Secretary Ann Lowe'),
  office('economy minister', 'economy minister', 'Economy Minister Rui Costa'),
  office('trade minister', 'trade minister', 'Trade Minister Ken Sato'),
  office('energy minister', 'energy minister', 'Energy Minister Omar Nasser'),
  office('justice minister', 'justice minister', 'Justice Minister Ida Holm'),
  office('health minister', 'health minister', 'Health Minister Ada Moss'),
  office('minister', 'minister', 'Minister Lars Dahl'),
  office('secretary', 'secretary', 'Secretary Ann Lowe'),
  office('secretary-general', 'secretary-general', 'Secretary-General Ban Ki-moon'),
  office('secretary general', 'secretary-general', 'Secretary General Ana Ruiz'),
  office('attorney general', 'attorney general', 'Attorney General Jo Pratt'),
  office('national security advisor', 'national security adviser', 'National Security Advisor Tom Reed'),
  office('national security adviser', 'national security adviser', 'National Security Adviser Tom Reed'),
  office('presidential adviser', 'adviser', 'presidential adviser Olga Petrova'),
  office('presidential aide', 'adviser', 'presidential aide Olga Petrova'),
  office('adviser', 'adviser', 'adviser Olga Petrova'),
  office('advisor', 'adviser', 'advisor Olga Petrova'),
  office('aide', 'adviser', 'aide Olga Petrova'),
  office('presidential special envoy', 'envoy', 'Presidential Special Envoy Dan Fry'),
  office('special envoy', 'envoy', 'special envoy Dan Fry'),
  office('envoy', 'envoy', 'envoy Dan Fry'),
  office('special representative', 'envoy', 'Special Representative Dan Fry'),
  office('ambassador', 'ambassador', 'Ambassador Ruth Klein'),
  office('spokesman', 'spokesperson', 'spokesman Ivan Orlov'),
  office('spokeswoman', 'spokesperson', 'spokeswoman Maria Orlova'),
  office('spokesperson', 'spokesperson', 'spokesperson Maria Orlova'),
  office('press secretary', 'spokesperson', 'Press Secretary Dana Price'),
  office('senator', 'senator', 'Senator Joan Hart'),
  office('sen', 'senator', 'Sen. Joan Hart'),
  office('representative', 'representative', 'Representative Al Green'),
  office('rep', 'representative', 'Rep. Al Green'),
  office('congressman', 'representative', 'Congressman Al Green'),
  office('congresswoman', 'representative', 'Congresswoman Ava Stone'),
  office('lawmaker', 'lawmaker', 'lawmaker Pia Sund'),
  // A Westminster-style parliament's member, by party or seat before the name ("Labour MP Ana Roe").
  office('mp', 'lawmaker', 'Labour MP Pia Sund'),
  office('governor', 'governor', 'Governor Lee Park'),
  office('gov', 'governor', 'Gov. Lee Park'),
  office('mayor', 'mayor', 'Mayor Rosa Diaz'),
  office('speaker', 'speaker', 'Speaker Mike Doyle'),
  office('general', 'general', 'General Ivo Stan'),
  office('gen', 'general', 'Gen. Ivo Stan'),
  office('admiral', 'admiral', 'Admiral Kai Lund'),
  office('colonel', 'colonel', 'Colonel Eli Marsh'),
  office('col', 'colonel', 'Col. Eli Marsh'),
  office('commander', 'commander', 'Commander Ray Bose'),
  office('chief of staff', 'chief of staff', 'Chief of Staff Nora Vance'),
  office('chairman', 'chair', 'Chairman Hal Ortiz'),
  office('chairwoman', 'chair', 'Chairwoman Lia Ortiz'),
  office('chief executive', 'chief executive', 'chief executive Pam Yates'),
  office('ceo', 'chief executive', 'CEO Pam Yates'),
  office('director', 'director', 'Director Sam Ode'),
  // Emergency services' heads, as a briefing labels them ("CHIEF ORVA:") and reports name them.
  office('fire chief', 'chief', 'Fire Chief Ana Ruiz'),
  office('police chief', 'chief', 'Police Chief Ana Ruiz'),
  office('chief', 'chief', 'Chief Ana Ruiz'),
  // A public service's named officers ("Chief Medical Officer Ana Ruiz", "Press Officer Tom
  // Reed"): the words before "officer" say which, as "Transport" does before "Secretary".
  office('chief medical officer', 'chief medical officer', 'Chief Medical Officer Ana Ruiz'),
  office('officer', 'officer', 'Press Officer Tom Reed'),
  office('councilwoman', 'councillor', 'Councilwoman Ana Ruiz'),
  office('councilman', 'councillor', 'Councilman Tom Reed'),
  office('councillor', 'councillor', 'Councillor Ana Ruiz'),
  office('councilor', 'councillor', 'Councilor Ana Ruiz'),
  // American city councils' own titles ("COUNCILMEMBER RUIZ:"); not "council member", whose
  // "member" would make every "member of parliament Ivo Sarn" a title.
  office('councilmember', 'councillor', 'Councilmember Ana Ruiz'),
  office('alderman', 'councillor', 'Alderman Tom Reed'),
  office('alderwoman', 'councillor', 'Alderwoman Ana Ruiz'),
  office('moderator', 'moderator', 'moderator Jane Doyle'),
  // A public body's or a utility's head: "General" here is no military rank.
  office('general manager', 'general manager', 'General Manager Lia Moss'),
  office('managing director', 'managing director', 'Managing Director Lia Moss'),
  office('commissioner', 'commissioner', 'Commissioner Ilse Brandt'),
  office('high representative', 'high representative', 'High Representative Ilse Brandt'),
  office('judge', 'judge', 'Judge Amy Cole'),
  // A high court's head: "Chief Justice" is one title, not "Chief" before a "Justice …" name. A bare
  // "Justice" is no office here: "the Justice Department" names a body.
  office('chief justice', 'chief justice', 'Chief Justice Amy Cole'),
  // Officers of the law and of public scrutiny, who speak for their office ("Prosecutor Ana Ruiz said").
  office('prosecutor', 'prosecutor', 'Prosecutor Ana Ruiz'),
  office('ombudsman', 'ombudsman', 'Ombudsman Ana Ruiz'),
  office('inspector general', 'inspector general', 'Inspector General Tom Reed'),
  office('auditor general', 'auditor general', 'Auditor General Tom Reed'),
  office('sheriff', 'sheriff', 'Sheriff Tom Reed'),
  office('coroner', 'coroner', 'Coroner Tom Reed'),
  office('host', 'host', 'CBS host Jane Doyle'),
  office('anchor', 'host', 'news anchor Jane Doyle'),
  office('correspondent', 'correspondent', 'correspondent Tim Bale'),
  office('analyst', 'analyst', 'analyst Rob Kerr'),
  office('economist', 'economist', 'economist Rob Kerr'),
  honorific('mr', 'Mr. Smith'),
  honorific('mrs', 'Mrs. Smith'),
  honorific('ms', 'Ms. Smith'),
  honorific('dr', 'Dr. Smith'),
  honorific('prof', 'Prof. Smith'),
  honorific('professor', 'Professor Smith'),
  honorific('sir', 'Sir John Hale'),
  honorific('dame', 'Dame Judi Hale'),
  honorific('lord', 'Lord Hale'),
  // "U.S. Attorney Jo Pratt", "District Attorney Jo Pratt": American prosecutors' title marks the
  // person; no role, so "the attorney general of …" keeps its own head.
  honorific('attorney', 'U.S. Attorney Jo Pratt'),
];

/** Words before an office that change its time or rank; a former holder binds no current role. */
export interface RoleModifierRow {
  readonly word: string;
  readonly past: boolean;
  readonly example: string;
}

export const ROLE_MODIFIERS: readonly RoleModifierRow[] = [
  { word: 'former', past: true, example: 'former President Ann Lee' },
  { word: 'ex', past: true, example: 'ex-President Ann Lee' },
  { word: 'then', past: true, example: 'then-Secretary Ann Lee' },
  { word: 'late', past: true, example: 'the late President Ann Lee' },
  { word: 'outgoing', past: false, example: 'outgoing Chancellor Karl Baum' },
  { word: 'incoming', past: false, example: 'the incoming US president' },
  { word: 'acting', past: false, example: 'acting President Ann Lee' },
  { word: 'interim', past: false, example: 'interim Prime Minister Ann Lee' },
  { word: 'new', past: false, example: 'the new foreign minister' },
  { word: 'current', past: false, example: 'the current president' },
];

/** Generic nouns that refer back to an office holder without naming the office. */
export const LEADER_NOUNS: readonly { word: string; example: string }[] = [
  { word: 'leader', example: 'the American leader' },
  { word: 'head of state', example: 'the French head of state' },
  { word: 'boss', example: 'the agency boss' },
];

/**
 * Offices that news prose refers back to by their bare head noun: after "Foreign Minister Jan
 * Kowal", "the minister" is Kowal. Only portfolios are listed; a rank before the noun makes a
 * different office ("the president" is never the vice president, "the minister" not the prime
 * minister, who is "the prime minister" or "the premier").
 */
export interface GenericRoleRow {
  /** The role key of the office (OFFICES `role`). */
  readonly role: string;
  /** The role key of the bare noun that may refer back to its holder. */
  readonly generic: string;
  readonly example: string;
}

export const GENERIC_ROLES: readonly GenericRoleRow[] = [
  {
    role: 'foreign minister',
    generic: 'minister',
    example: 'Foreign Minister Jan Kowal … the minister said',
  },
  { role: 'defence minister', generic: 'minister', example: 'Defence Minister Piet Vos … the minister said' },
  { role: 'finance minister', generic: 'minister', example: 'Finance Minister Lea Roth … the minister said' },
  {
    role: 'interior minister',
    generic: 'minister',
    example: 'Interior Minister Ugo Ferri … the minister said',
  },
  {
    role: 'economy minister',
    generic: 'minister',
    example: 'Economy Minister Rui Costa … the minister said',
  },
  { role: 'trade minister', generic: 'minister', example: 'Trade Minister Ken Sato … the minister said' },
  {
    role: 'energy minister',
    generic: 'minister',
    example: 'Energy Minister Omar Nasser … the minister said',
  },
  { role: 'justice minister', generic: 'minister', example: 'Justice Minister Ida Holm … the minister said' },
  { role: 'health minister', generic: 'minister', example: 'Health Minister Ada Moss … the minister said' },
  {
    role: 'secretary of state',
    generic: 'secretary',
    example: 'Secretary of State Anne Ward … the secretary said',
  },
  {
    role: 'national security adviser',
    generic: 'adviser',
    example: 'National Security Adviser Tom Reed … the adviser',
  },
];
