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
  // Documents that "say" something: "the report said" is the report, not the last person named.
  ...roles('group', 'report statement study survey', 'the report said'),
  ...roles(
    'group',
    'government cabinet embassy campaign regime opposition prosecutors police',
    'the government said',
  ),
];
