/**
 * English personal pronouns as speaker references. `refersTo` says which antecedents fit: `he`
 * and `she` a person, `it` an organisation, government or country, `they` either.
 * First-person pronouns refer to whoever is talking in the enclosing quote or transcript turn.
 */
export type PronounReferent = 'person' | 'thing' | 'group' | 'self';

export interface Pronoun {
  form: string;
  case: 'subject' | 'object' | 'possessive';
  refersTo: PronounReferent;
  example: string;
}

export const PRONOUNS: readonly Pronoun[] = [
  { form: 'he', case: 'subject', refersTo: 'person', example: '“We will see,” he said.' },
  { form: 'she', case: 'subject', refersTo: 'person', example: 'She added that talks continue.' },
  { form: 'his', case: 'possessive', refersTo: 'person', example: 'In his words, “never”.' },
  { form: 'her', case: 'possessive', refersTo: 'person', example: 'In her view, “too late”.' },
  { form: 'it', case: 'subject', refersTo: 'thing', example: 'The ministry said it was “concerned”.' },
  { form: 'its', case: 'possessive', refersTo: 'thing', example: 'In its statement, the bank said …' },
  { form: 'they', case: 'subject', refersTo: 'group', example: '“No deal,” they said.' },
  { form: 'their', case: 'possessive', refersTo: 'group', example: 'In their words, “a trap”.' },
  { form: 'i', case: 'subject', refersTo: 'self', example: '“I told him: ‘No’,” she said.' },
  { form: 'we', case: 'subject', refersTo: 'self', example: 'We said: “Not now.”' },
  { form: 'my', case: 'possessive', refersTo: 'self', example: 'In my words, “enough”.' },
  { form: 'our', case: 'possessive', refersTo: 'self', example: 'Our reply was “no”.' },
];

/**
 * A subject pronoun fused with its auxiliary ("we'll", "he's", "they've") is still that pronoun:
 * "We'll start by noting that …" is the writers speaking, not a name "We'll". Apostrophes are
 * straight in a token's norm.
 */
const CONTRACTED_AUXILIARIES = ["'ll", "'d", "'ve", "'re", "'s", "'m"];

export const PRONOUN_FORMS: ReadonlyMap<string, Pronoun> = new Map([
  ...PRONOUNS.map((p): [string, Pronoun] => [p.form, p]),
  ...PRONOUNS.filter((p) => p.case === 'subject').flatMap((p) =>
    CONTRACTED_AUXILIARIES.map((aux): [string, Pronoun] => [p.form + aux, p]),
  ),
]);
