import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EntityType } from '../../src/model/entity.ts';
import { type AliasMention, clusterMentions } from '../../src/nlp/aliases.ts';
import { personNameOf } from '../../src/nlp/alias-keys.ts';
import { lookupGazetteer } from '../../src/nlp/gazetteer.ts';
import { COUNTRIES } from '../../src/nlp/lexicons/countries.ts';
import { METONYMS } from '../../src/nlp/lexicons/metonyms.ts';
import { NEWS_OUTLETS } from '../../src/nlp/lexicons/news-outlets.ts';
import { ORGANIZATIONS } from '../../src/nlp/lexicons/organizations.ts';
import { OFFICES } from '../../src/nlp/lexicons/titles-and-offices.ts';
import { matchOffice, parseRole } from '../../src/nlp/roles.ts';

/** Mentions of every occurrence of `surface` in `text`, typed and ruled as given. */
function mentionsOf(article: string, text: string, found: [string, EntityType, string][]): AliasMention[] {
  const out: AliasMention[] = [];
  for (const [surface, type, rule] of found) {
    for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
      out.push({ article, start: at, end: at + surface.length, surface, type, rule });
    }
  }
  return out;
}

const A =
  'Foreign Minister Oleg Markov met envoys in Geneva. Markov said the talks went well. The foreign minister left.';
const B = 'Smith said the harvest was late.';
const C = 'Smith said the vote was delayed.';

function clusterOf(res: ReturnType<typeof clusterMentions>, article: string, surface: string, nth = 0) {
  const m = [...res.clusterOf.keys()].filter((x) => x.article === article && x.surface === surface)[nth];
  return m === undefined ? undefined : res.clusterOf.get(m);
}

test('aliases: a surname and a role noun join the titled full name in their article', () => {
  const mentions = mentionsOf('a', A, [
    ['Foreign Minister', 'person', 'role.title'],
    ['Oleg Markov', 'person', 'person.titled'],
    ['Markov', 'person', 'person.surname'],
    ['foreign minister', 'person', 'role.noun'],
    ['Geneva', 'place', 'place.lexicon'],
  ]).filter((m) => !(m.surface === 'Markov' && m.start === A.indexOf('Oleg Markov') + 5));
  const res = clusterMentions(mentions, () => A);
  const markov = clusterOf(res, 'a', 'Oleg Markov');
  assert.ok(markov);
  assert.equal(clusterOf(res, 'a', 'Markov'), markov);
  assert.equal(clusterOf(res, 'a', 'foreign minister'), markov);
  assert.notEqual(clusterOf(res, 'a', 'Geneva'), markov);
});

test('aliases: bare surnames in different articles with no full name stay apart', () => {
  const mentions = [
    ...mentionsOf('b', B, [['Smith', 'person', 'person.speech-verb']]),
    ...mentionsOf('c', C, [['Smith', 'person', 'person.speech-verb']]),
  ];
  const res = clusterMentions(mentions, (id) => (id === 'b' ? B : C));
  assert.notEqual(clusterOf(res, 'b', 'Smith'), clusterOf(res, 'c', 'Smith'));
});

test('aliases: metonyms, capitals and countries are distinct entities; spellings of one place join', () => {
  const text = 'The Kremlin said Moscow and Russia agree. Kyiv and Kiev. Washington and the United States.';
  const mentions = mentionsOf('d', text, [
    ['Kremlin', 'government', 'gazetteer.metonym'],
    ['Moscow', 'place', 'gazetteer.capital'],
    ['Russia', 'place', 'gazetteer.country'],
    ['Kyiv', 'place', 'gazetteer.capital'],
    ['Kiev', 'place', 'gazetteer.capital'],
    ['Washington', 'place', 'gazetteer.capital'],
    ['United States', 'place', 'gazetteer.country'],
  ]);
  const res = clusterMentions(mentions, () => text);
  const keys = ['Kremlin', 'Moscow', 'Russia', 'Kyiv', 'Washington', 'United States'].map(
    (s) => clusterOf(res, 'd', s)?.key,
  );
  assert.equal(new Set(keys).size, 6);
  assert.equal(clusterOf(res, 'd', 'Kiev'), clusterOf(res, 'd', 'Kyiv'));
});

test('aliases: a role noun prefers the nearest earlier holder with a matching country', () => {
  const text =
    'US President Janet Whitfield spoke. French President Paul Arnaud replied. The US president then left. The president smiled.';
  const mentions = mentionsOf('e', text, [
    ['US President', 'person', 'role.title'],
    ['Janet Whitfield', 'person', 'person.titled'],
    ['French President', 'person', 'role.title'],
    ['Paul Arnaud', 'person', 'person.titled'],
    ['US president', 'person', 'role.noun'],
    ['president smiled', 'person', 'role.noun'],
  ]);
  const fixed = mentions.map((m) =>
    m.surface === 'president smiled' ? { ...m, surface: 'president', end: m.start + 9 } : m,
  );
  const res = clusterMentions(fixed, () => text);
  assert.equal(clusterOf(res, 'e', 'US president'), clusterOf(res, 'e', 'Janet Whitfield'));
  assert.equal(clusterOf(res, 'e', 'president'), clusterOf(res, 'e', 'Paul Arnaud'));
});

test('lexicons: every gazetteer row is found by its name and aliases', () => {
  for (const c of COUNTRIES) {
    for (const n of [c.name, ...c.aliases])
      assert.equal(lookupGazetteer(n)?.name, c.name, `${n} → ${c.name}`);
    assert.ok(c.example.length > 0);
  }
  for (const row of [...ORGANIZATIONS, ...METONYMS, ...NEWS_OUTLETS]) {
    for (const n of [row.name, ...row.aliases]) assert.ok(lookupGazetteer(n) !== null, `${n} is found`);
    assert.ok(row.example.length > 0);
  }
});

test('lexicons: every office row matches its own example and parses as a role', () => {
  for (const o of OFFICES) {
    const words = o.example.split(/\s+/u);
    const at = words.findIndex((_, i) => matchOffice(words, i) !== null);
    assert.ok(at >= 0, `office in "${o.example}"`);
    assert.ok(parseRole(o.phrase) !== null, `role "${o.phrase}"`);
  }
  assert.deepEqual(parseRole('former U.S. President'), {
    role: 'president',
    country: 'United States',
    leader: true,
    past: true,
    honorific: false,
  });
  assert.equal(parseRole('President of Russia')?.country, 'Russia');
  assert.equal(parseRole('American leader')?.role, 'leader');
  // A party, state or city before the office qualifies the holder; it is no country.
  assert.deepEqual(parseRole('the Democratic senator'), {
    role: 'senator',
    country: null,
    leader: false,
    past: false,
    honorific: false,
  });
  assert.equal(parseRole('the former New Mexico governor')?.role, 'governor');
  // A state named before the office is kept to tell two holders apart; a party is not a place.
  assert.equal(parseRole('the South Carolina senator')?.place, 'south carolina');
  assert.equal(parseRole('Ohio Gov.')?.place, 'ohio');
  assert.equal(parseRole('the Democratic nominee'), null);
});

test('personNameOf: one parse per surface, shared and frozen so no caller can change another’s', () => {
  const a = personNameOf('Foreign Minister Sergei Volkov');
  assert.deepEqual(a && { ...a }, { given: ['Sergei'], initials: [], family: 'Volkov' });
  assert.equal(personNameOf('Foreign Minister Sergei Volkov'), a);
  assert.throws(() => (a!.given as string[]).push('Ivan'));
  assert.equal(personNameOf('the'), personNameOf('the'));
});

test('aliases: role nouns of other articles, however spelt, find the corpus’s one holder; another country’s does not', () => {
  const titled = 'Foreign Minister Oleg Markov met envoys in Geneva.';
  const later =
    'The foreign minister left. The Foreign Minister returned. The French foreign minister stayed.';
  const mentions = [
    ...mentionsOf('t', titled, [
      ['Foreign Minister', 'person', 'role.title'],
      ['Oleg Markov', 'person', 'person.titled'],
    ]),
    ...mentionsOf('u', later, [
      ['foreign minister', 'person', 'role.noun'],
      ['Foreign Minister', 'person', 'role.noun'],
      ['French foreign minister', 'person', 'role.noun'],
    ]).filter(
      // The "foreign minister" inside "French foreign minister" is that mention's, not one of its own.
      (m) => !later.slice(0, m.start).endsWith('French '),
    ),
  ];
  const res = clusterMentions(mentions, (id) => (id === 't' ? titled : later));
  const markov = clusterOf(res, 't', 'Oleg Markov');
  assert.ok(markov);
  assert.equal(clusterOf(res, 'u', 'foreign minister'), markov);
  assert.equal(clusterOf(res, 'u', 'Foreign Minister'), markov);
  // A query naming a country takes only a holder titled with that country.
  assert.notEqual(clusterOf(res, 'u', 'French foreign minister'), markov);
});
