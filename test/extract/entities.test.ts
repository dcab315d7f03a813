import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildEntityIndex, ruleRecognizer } from '../../src/extract/entities.ts';
import type { Article } from '../../src/model/article.ts';
import { makeArticle } from '../helpers/article.ts';

const TALKS = makeArticle(
  'talks.txt',
  [
    'Moscow hints at compromise before Geneva summit',
    '',
    'Russian Foreign Minister Sergei Volkov said on Monday that Moscow was ready to talk to the United States. ' +
      '"We are open to dialogue," Volkov told Interfax, adding that the Kremlin had approved the plan.',
    'US President Janet Whitfield welcomed the remarks. The American leader said Washington would reply soon. ' +
      'The Russian foreign minister is expected to travel to the summit in Geneva, where the New START Treaty will be discussed.',
    'Ukrainian President Dmytro Kovalenko said Kyiv would not accept the terms. The Americans have not commented.',
  ].join('\n'),
);

const FOLLOW_UP = makeArticle(
  'follow-up.txt',
  [
    'Foreign Minister Sergey Volkov confirmed the Geneva summit in an interview with Interfax.',
    'He said the Kremlin and the Russian Federation would keep to New START limits. Dmitry Kovalenko, the Ukrainian leader, ' +
      'wrote that Kiev expects guarantees. President Vladimir Orlov of the fictional council was not involved.',
    'In Washington, historians recalled that George Washington never visited Geneva.',
  ].join('\n'),
);

const entitiesOf = (articles: Article[]) => buildEntityIndex(articles).entities;

test('entities: a person across titles, surnames, spellings and articles is one entity', () => {
  const index = buildEntityIndex([TALKS, FOLLOW_UP]);
  const volkov = index.resolve('talks.txt', 'Sergei Volkov');
  assert.ok(volkov);
  assert.equal(volkov.type, 'person');
  assert.equal(index.resolve('follow-up.txt', 'Sergey Volkov')?.id, volkov.id);
  assert.equal(index.resolve('talks.txt', 'Volkov')?.id, volkov.id);
  assert.equal(index.resolve('talks.txt', 'Foreign Minister Volkov')?.id, volkov.id);
  const kovalenko = index.resolve('talks.txt', 'Dmytro Kovalenko');
  assert.equal(index.resolve('follow-up.txt', 'Dmitry Kovalenko')?.id, kovalenko?.id);
});

test('entities: distinct people with one given name are never merged', () => {
  const index = buildEntityIndex([TALKS, FOLLOW_UP]);
  const orlov = index.resolve('follow-up.txt', 'Vladimir Orlov');
  assert.ok(orlov);
  assert.notEqual(orlov.id, index.resolve('follow-up.txt', 'Volkov')?.id);
  const people = index.entities.filter((e) => e.type === 'person');
  for (const p of people) {
    const names = [p.name, ...p.aliases].join(' | ');
    assert.ok(!(names.includes('Orlov') && names.includes('Volkov')), names);
  }
});

test('entities: role nouns resolve to the titled person before them', () => {
  const index = buildEntityIndex([TALKS, FOLLOW_UP]);
  const text = TALKS.text;
  assert.equal(
    index.resolve('talks.txt', 'The American leader', text.indexOf('The American leader'))?.name,
    'Janet Whitfield',
  );
  assert.equal(
    index.resolve('talks.txt', 'the Russian foreign minister', text.indexOf('The Russian foreign'))?.name,
    'Sergei Volkov',
  );
  assert.equal(index.resolve('talks.txt', 'the US president')?.name, 'Janet Whitfield');
});

test('entities: metonyms, capitals and countries stay apart; outlets and plurals resolve', () => {
  const index = buildEntityIndex([TALKS, FOLLOW_UP]);
  const ids = ['the Kremlin', 'Moscow', 'Russia', 'Washington', 'United States', 'Kyiv'].map(
    (s) => index.resolve('talks.txt', s)?.id,
  );
  assert.ok(
    ids.every((id) => id !== undefined),
    String(ids),
  );
  assert.equal(new Set(ids).size, ids.length);
  assert.equal(
    index.resolve('follow-up.txt', 'Russian Federation')?.id,
    index.resolve('talks.txt', 'Russia')?.id,
  );
  assert.equal(index.resolve('talks.txt', 'the Americans')?.name, 'United States');
  assert.equal(index.resolve('follow-up.txt', 'Kiev')?.name, 'Kyiv');
  assert.equal(index.resolve('talks.txt', 'Interfax')?.type, 'media');
  assert.equal(index.resolve('talks.txt', 'Ivan Nobody'), null);
});

test('entities: "Washington" the city is not George Washington', () => {
  const index = buildEntityIndex([TALKS, FOLLOW_UP]);
  const george = index.resolve('follow-up.txt', 'George Washington');
  assert.equal(george?.type, 'person');
  assert.notEqual(index.resolve('follow-up.txt', 'Washington')?.id, george?.id);
});

test('entities: two Smiths in different articles without first names stay separate', () => {
  const a = makeArticle('harvest.txt', 'Farmers were worried. Smith said the harvest was late this year.');
  const b = makeArticle('vote.txt', 'The council met again. Smith said the vote would be delayed.');
  const index = buildEntityIndex([a, b]);
  const x = index.resolve('harvest.txt', 'Smith');
  const y = index.resolve('vote.txt', 'Smith');
  assert.ok(x && y);
  assert.notEqual(x.id, y.id);
});

test('entities: treaties and place-named events keep one entity per thing', () => {
  const index = buildEntityIndex([TALKS, FOLLOW_UP]);
  const treaty = index.resolve('talks.txt', 'New START Treaty');
  assert.equal(treaty?.type, 'treaty');
  assert.equal(index.resolve('follow-up.txt', 'New START')?.id, treaty?.id);
  const summit = index.resolve('follow-up.txt', 'Geneva summit');
  assert.equal(summit?.type, 'event');
  assert.equal(index.resolve('talks.txt', 'summit in Geneva')?.id, summit?.id);
  assert.notEqual(summit?.id, index.resolve('talks.txt', 'Geneva')?.id);
});

test('entities: administrations are apart from their president', () => {
  const a = makeArticle(
    'admin.txt',
    'Sanctions imposed by the administration of President Carl Brandt hurt exports. Brandt defended them.',
  );
  const b = makeArticle('admin2.txt', 'Officials of the Brandt administration declined to comment.');
  const index = buildEntityIndex([a, b]);
  const admin = index.resolve('admin2.txt', 'Brandt administration');
  assert.equal(admin?.type, 'organization');
  assert.equal(index.resolve('admin.txt', 'administration of President Carl Brandt')?.id, admin?.id);
  assert.notEqual(index.resolve('admin.txt', 'Brandt')?.id, admin?.id);
});

test('entities: chrome is a segment of its own — names in a rail are found, no run crosses its edge', () => {
  const text = 'Read next: Prime Minister Hanna Lindqvist resigns\nThe Kremlin said nothing.';
  const a = makeArticle('chrome.txt', text, {
    boilerplate: [{ start: 0, end: text.indexOf('\n'), kind: 'related-rail', rule: 'test' }],
  });
  const mentions = ruleRecognizer.recognize(a);
  assert.ok(mentions.some((m) => m.surface === 'Hanna Lindqvist'));
  assert.ok(mentions.some((m) => m.surface === 'Kremlin'));
  const edge = text.indexOf('\n');
  assert.ok(mentions.every((m) => m.end <= edge || m.start >= edge));
});

test('entities: channel and account names in social links are outlets, on either kind of host', () => {
  const text = 'Updates at t.me/Ostrava_Daily and x.com/@PortMerlin, not at ostrava.example/Harbour_Desk.';
  const handles = ruleRecognizer
    .recognize(makeArticle('links.txt', text))
    .filter((m) => m.rule === 'media.channel-handle')
    .map((m) => m.surface);
  assert.deepEqual(handles, ['Ostrava_Daily', 'PortMerlin']);
});

test('entities: every mention slices back to its surface; ids do not depend on article order', () => {
  for (const a of [TALKS, FOLLOW_UP]) {
    for (const m of ruleRecognizer.recognize(a)) assert.equal(a.text.slice(m.start, m.end), m.surface);
  }
  const forward = entitiesOf([TALKS, FOLLOW_UP]);
  const backward = entitiesOf([FOLLOW_UP, TALKS]);
  const summary = (es: typeof forward) => es.map((e) => `${e.id}=${e.name}`).sort();
  assert.deepEqual(summary(forward), summary(backward));
});

const HEARING = makeArticle(
  'hearing-transcript.txt',
  [
    'Hearing of Trade Minister Oda Marske before the Harbour Committee, 2 May',
    'Question: Will the port fees rise this year?',
    'Oda Marske: Not this year. We have frozen them until the review is complete.',
    'Question: And the ferry contract?',
    'Oda Marske: It will be tendered again in the autumn.',
  ].join('\n'),
);

const PORT_REPORT = makeArticle(
  'port-report.txt',
  [
    'Trade Minister Oda Marske said port fees would stay frozen. Marske spoke after meeting her counterpart, ' +
      'Trade Minister Piet Harlan, who had asked for the talks.',
    'The minister said the ferry contract would be tendered again.',
  ].join('\n'),
);

const FERRY_NOTE = makeArticle(
  'ferry-note.txt',
  'Ferry operators welcomed the plan. The minister is expected to announce the tender next week.',
);

test('entities: a name used as transcript turn labels is the same person named in other articles', () => {
  const index = buildEntityIndex([HEARING, PORT_REPORT]);
  const marske = index.entities.filter((e) => e.name === 'Oda Marske');
  assert.equal(marske.length, 1, marske.map((e) => e.id).join(', '));
  assert.equal(marske[0]!.type, 'person');
  const label = HEARING.text.indexOf('Oda Marske:');
  assert.equal(index.resolve('hearing-transcript.txt', 'Oda Marske', label)?.id, marske[0]!.id);
  assert.ok(marske[0]!.mentions.some((m) => m.article === 'hearing-transcript.txt' && m.start === label));
});

test('entities: "the minister" goes to the article protagonist, never to one of several ministers corpus-wide', () => {
  const index = buildEntityIndex([HEARING, PORT_REPORT, FERRY_NOTE]);
  const at = PORT_REPORT.text.indexOf('The minister said');
  assert.equal(index.resolve('port-report.txt', 'The minister', at)?.name, 'Oda Marske');
  const elsewhere = FERRY_NOTE.text.indexOf('The minister');
  assert.equal(index.resolve('ferry-note.txt', 'The minister', elsewhere), null);
  for (const e of index.entities)
    assert.ok(!e.aliases.includes('minister'), `${e.name}: ${e.aliases.join(', ')}`);
});

test('entities: a sentence-initial preposition is not a given name ("In Dravik, …")', () => {
  const text =
    'Talks resumed in Dravik on Monday. In Dravik, a spokesman, Ivo Tamm, said the port would reopen.';
  const index = buildEntityIndex([makeArticle('dravik.txt', text)]);
  const dravik = index.entities.filter((e) => e.name.endsWith('Dravik'));
  assert.deepEqual(
    dravik.map((e) => [e.name, e.type]),
    [['Dravik', 'place']],
  );
});

test('entities: a name printed in capitals in a dateline is named as the corpus writes it otherwise', () => {
  const wire = makeArticle(
    'wire.txt',
    'KELDORIA, March 4 (Coast Wire) - The foreign ministry said the crews were safe.\n\nKELDORIA, March 5 (Coast Wire) - Talks resumed.',
  );
  const report = makeArticle(
    'report.txt',
    'Keldoria will not say when the crews go home. Keldoria has held them a week.',
  );
  const names = entitiesOf([wire, report]).map((e) => e.name);
  assert.ok(names.includes('Keldoria'), names.join(', '));
  assert.ok(!names.includes('KELDORIA'), names.join(', '));
});

test('entities: a short acronym keeps its capitals beside a written-out form', () => {
  const a = makeArticle(
    'a.txt',
    'NATO said the drills would go ahead. NATO added that ships were ready. Nato staff agreed.',
  );
  const names = entitiesOf([a]).map((e) => e.name);
  assert.ok(names.includes('NATO'), names.join(', '));
});

test('a body named by its head and a "for" phrase is one organisation, not a person named by its tail', () => {
  const a = makeArticle(
    'bodies.txt',
    'Flu season\n\nThe clinic closed in May. The Centres for Harbour Health said that all adults need a shot. The Institute for Dockside Studies said the same.',
  );
  const names = buildEntityIndex([a]).entities.map((e) => `${e.name}:${e.type}`);
  assert.ok(names.includes('Centres for Harbour Health:organization'), names.join(', '));
  assert.ok(names.includes('Institute for Dockside Studies:organization'), names.join(', '));
});

test('look-alike: "for" between two people is no name', () => {
  const a = makeArticle('votes.txt', 'Vote\n\nThe count ended. Ana Lund voted for Karl Berg on Monday.');
  const names = buildEntityIndex([a]).entities.map((e) => e.name);
  assert.ok(!names.some((n) => / for /u.test(n)), names.join(', '));
});

test('a party noun set before a name is a label, not the first word of the name', () => {
  const a = makeArticle(
    'race.txt',
    'Harbor race\n\nThe seat opened in March. His rival, Republican Walter Dunmore, said the port needed money. ' +
      'Democrat Greta Halvorsen answered that it did not.',
  );
  const names = buildEntityIndex([a]).entities.map((e) => `${e.name}:${e.type}`);
  assert.ok(names.includes('Walter Dunmore:person'), names.join(', '));
  assert.ok(names.includes('Greta Halvorsen:person'), names.join(', '));
  assert.ok(!names.some((n) => /^(Republican|Democrat) /u.test(n)), names.join(', '));
});

test('look-alike: a party noun heading a body keeps its name', () => {
  const a = makeArticle(
    'bodies2.txt',
    'Fund drive\n\nThe drive ended. Money from the Democrat Voters League came in, and the Republican Harbor Council agreed.',
  );
  const names = buildEntityIndex([a]).entities.map((e) => e.name);
  assert.ok(names.includes('Democrat Voters League'), names.join(', '));
  assert.ok(names.includes('Republican Harbor Council'), names.join(', '));
});
