/**
 * Nouns that name a speaker who is not an office holder: unnamed sources ("officials said", "a
 * diplomat told Reuters") and collective bodies without a capitalised name ("the government
 * said"). Offices ("the foreign minister") come from titles-and-offices.ts and organisation head
 * words ("the ministry") from organizations.ts; this table holds only what those do not.
 */
export interface RoleNoun {
  noun: string;
  refersTo: 'person' | 'group';
  example: string;
}

function roles(refersTo: RoleNoun['refersTo'], nouns: string, example: string): RoleNoun[] {
  return nouns.split(' ').map((noun) => ({ noun, refersTo, example }));
}

export const ROLE_NOUNS: readonly RoleNoun[] = [
  ...roles(
    'person',
    'official diplomat source negotiator expert spokesman spokeswoman',
    'a senior official said',
  ),
  ...roles('person', 'officials diplomats sources negotiators experts analysts economists', 'officials said'),
  ...roles(
    'person',
    'leaders aides lawmakers residents witnesses protesters critics observers',
    'critics argue',
  ),
  // A person by sex alone, as a source ("a man told police") or as who speaks for a place or body
  // ("Spain's man on the panel"): a person, whom a later "he" or "she" takes up.
  ...roles('person', 'man woman', 'a woman who lives nearby said'),
  // Market and business sources, the unnamed speakers of financial news.
  ...roles(
    'person',
    'banker trader dealer broker analyst economist strategist executive investor delegate insider',
    'a senior foreign banker said',
  ),
  ...roles(
    'person',
    'bankers traders dealers brokers strategists executives investors delegates insiders',
    'traders said',
  ),
  // Who presides over a board, an authority or a meeting ("the chair of the authority said"): the
  // offices table knows "chairman" and "chairwoman", and "chair" is the same person's office.
  ...roles('person', 'chair', 'the chair of the board said'),
  // Documents that "say" something: "the report said" is the report, not the last person named.
  ...roles('group', 'report statement study survey', 'the report said'),
  ...roles(
    'group',
    'government cabinet embassy campaign regime opposition prosecutors police',
    'the government said',
  ),
];

/** A noun that stands for a person named earlier without naming an office they hold. */
export interface DescriptorNoun {
  noun: string;
  example: string;
}

/**
 * Party labels used as a second reference to a politician named before ("the Oregon Republican
 * said" after "Senator Bob Packwood"): any earlier person fits, not only one whose name holds
 * the word, as an office noun ("the senator") would need.
 */
export const DESCRIPTOR_NOUNS: readonly DescriptorNoun[] = [
  { noun: 'republican', example: '"…," the Oregon Republican said' },
  { noun: 'democrat', example: '"…," the Wisconsin Democrat said' },
];

/**
 * "Democrats", "Republicans": a party noun in the plural names the party's members, a group, never
 * one person's surname ("House Democrats said" is not a Mr. Democrats).
 */
export function isPartyMembersNoun(word: string): boolean {
  const form = word.toLowerCase();
  return form.endsWith('s') && DESCRIPTOR_NOUNS.some((d) => `${d.noun}s` === form);
}

/** A generic noun for a business, used as a second reference to the firm named before. */
export interface FirmNoun {
  noun: string;
  example: string;
}

/**
 * "The company said …" after "Corvane Energy Corp said …": the speaker is the firm named earlier,
 * the way news copy avoids repeating a company's name.
 */
export const FIRM_NOUNS: readonly FirmNoun[] = [
  { noun: 'company', example: 'the company said it expects' },
  { noun: 'firm', example: 'the firm said' },
  { noun: 'utility', example: 'the utility said it advised' },
  { noun: 'corporation', example: 'the corporation said' },
  { noun: 'group', example: 'the group said in a statement' },
  { noun: 'bank', example: 'the bank said' },
  { noun: 'concern', example: 'the concern said' },
  { noun: 'airline', example: 'the airline said' },
  { noun: 'carrier', example: 'the carrier said' },
  { noun: 'insurer', example: 'the insurer said' },
  { noun: 'retailer', example: 'the retailer said' },
  { noun: 'refiner', example: 'the refiner said' },
];

/**
 * A generic noun for a public body, used as a second reference to the body named before: "The
 * Finance Ministry said … The ministry added", "ORBA announced … The agency said". A body whose
 * name ends in the noun ("the European Commission" for "the commission") is taken before others.
 */
export const BODY_NOUNS: readonly FirmNoun[] = [
  { noun: 'agency', example: 'the agency said' },
  { noun: 'ministry', example: 'the ministry added' },
  { noun: 'department', example: 'the department said in a statement' },
  { noun: 'commission', example: 'the commission said' },
  { noun: 'committee', example: 'the committee said' },
  { noun: 'council', example: 'the council said' },
  { noun: 'board', example: 'the board said' },
  { noun: 'authority', example: 'the authority said' },
  { noun: 'bureau', example: 'the bureau said' },
  { noun: 'regulator', example: 'the regulator said' },
  { noun: 'institute', example: 'the institute said' },
  { noun: 'organisation', example: 'the organisation said' },
  { noun: 'organization', example: 'the organization said' },
  { noun: 'foundation', example: 'the foundation said' },
  { noun: 'union', example: 'the union said' },
  { noun: 'association', example: 'the association said' },
  { noun: 'federation', example: 'the federation said' },
];
