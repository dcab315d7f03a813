import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readStance } from '../../src/analyze/positions/stance.ts';
import { subjectCandidates } from '../../src/analyze/positions/subjects.ts';
import { makeOptions } from '../../src/model/options.ts';
import { analyzeArticles } from '../../src/pipeline.ts';
import { makeArticle } from '../helpers/article.ts';
import { schemaErrors } from '../helpers/schema.ts';

function stanceOf(sentence: string): string {
  return readStance(sentence, 0, sentence.length).stance;
}

test('stance: read from modals, negation, conditions and verbs of refusing or offering', () => {
  assert.equal(stanceOf('The port authority must restore the night-shift pay.'), 'demand');
  assert.equal(stanceOf('The union insisted on a new contract for the dockers.'), 'demand');
  assert.equal(stanceOf('We will not accept a quota that shuts our farmers out.'), 'red line');
  assert.equal(stanceOf('The minimum wage is non-negotiable for us.'), 'red line');
  assert.equal(stanceOf('The board will never give up the pension fund.'), 'red line');
  assert.equal(stanceOf('We are ready to phase out the tariffs over three years.'), 'offer');
  assert.equal(stanceOf('The employer offered a four percent raise.'), 'offer');
  assert.equal(stanceOf('We will lift the duty only if they drop the complaint.'), 'condition');
  assert.equal(stanceOf('The dockers rejected the proposal outright.'), 'rejection');
  assert.equal(stanceOf('We do not consider it necessary to reopen the talks.'), 'rejection');
  assert.equal(stanceOf('The levy requires no further negotiation.'), 'rejection');
  // Attributive "necessary" demands nothing; readiness to meet is an offer.
  assert.equal(stanceOf('We are prepared to meet whenever necessary.'), 'offer');
  assert.equal(stanceOf('The observatory has run a deficit for nine years.'), 'assessment');
  // An indirect question is not a condition.
  assert.equal(stanceOf('Reporters asked if the strike would end soon.'), 'assessment');
});

test('stance: the holder of a refusal is its subject, the one obliged by "must" is not', () => {
  const text = 'a plan Norway and its Nordic allies reject outright';
  const reading = readStance(text, 0, text.length);
  assert.equal(reading.holderCues.length, 1);
  const subjects = subjectCandidates(text, 0, reading.holderCues[0]!.start).map((s) =>
    text.slice(s.start, s.end),
  );
  assert.deepEqual(subjects.slice(0, 2), ['allies', 'Nordic allies']);
  const must = 'Norway must withdraw the levy';
  assert.deepEqual(readStance(must, 0, must.length).holderCues, []);
});

const APRIL = makeArticle(
  'dairy-april.txt',
  'Canada and Mexico clash over dairy tariffs\n\n' +
    'OTTAWA — Canadian Trade Minister Elise Marchand warned on Thursday that Ottawa would respond to the dairy tariffs. ' +
    '“We will not accept dairy tariffs that shut our farmers out of the market,” Marchand said.\n\n' +
    'Mexican Economy Minister Tomas Ibarra defended the levy. ' +
    '“The dairy tariffs protect our producers and they will stay in place,” Ibarra told reporters. ' +
    '“We are ready to discuss a joint dairy quota if Ottawa withdraws its complaint,” he added.\n\n' +
    'Farm groups in both countries have lobbied hard on the issue for years.',
  { title: 'Canada and Mexico clash over dairy tariffs', published: '2026-04-10' },
);

const NOVEMBER = makeArticle(
  'dairy-november.txt',
  'Ottawa offers phased end to dairy dispute\n\n' +
    'Seven months later, the tone in Ottawa has changed. ' +
    '“We are prepared to phase out our own dairy tariffs over three years,” Canadian Trade Minister Elise Marchand said on Monday in Winnipeg. ' +
    'She spoke after a meeting with grain farmers about rail freight costs and the harvest.',
  { title: 'Ottawa offers phased end to dairy dispute', published: '2026-11-02' },
);

test('positions: actors are the parties the speakers speak for, dated by story, stance per story', async () => {
  const dossier = await analyzeArticles([APRIL, NOVEMBER], makeOptions());
  assert.deepEqual(schemaErrors(dossier), []);
  const canada = dossier.positions.filter((p) => p.actor === 'Canada');
  const mexico = dossier.positions.filter((p) => p.actor === 'Mexico');
  const table = JSON.stringify(dossier.positions.map((p) => [p.actor, p.issue, p.stance, p.date]));
  const april = canada.find((p) => p.date === '2026-04-10');
  assert.equal(april?.stance, 'red line', table);
  assert.match(april.issue, /dairy|tariff/i);
  assert.ok(
    mexico.some((p) => p.issue === april.issue && p.stance === 'condition'),
    `Mexico answers on the same issue: ${table}`,
  );
  const stories = new Set(dossier.stories.map((s) => s.articles.join()));
  assert.equal(stories.size, 2, 'seven months apart, two stories');
  {
    // Two stories: the November offer is a second, later position on the same issue.
    const november = canada.find((p) => p.date === '2026-11-02' && p.issue === april.issue);
    assert.equal(november?.stance, 'offer', table);
  }
  for (const p of dossier.positions) {
    assert.ok(p.summary.length > 0 && !p.summary.includes('\n'));
    for (const ev of p.evidence) {
      const text = [APRIL, NOVEMBER].find((a) => a.id === ev.article)!.text;
      assert.equal(ev.text, text.slice(ev.start, ev.end));
    }
  }
});

test('positions: a labour dispute without countries — people stand for themselves, issues join by shared words', async () => {
  const strike = makeArticle(
    'strike.txt',
    'Dockers walk out at Port Halden\n\n' +
      'Union leader Mara Velt said the strike would go on. ' +
      '“The strike will continue unless the port authority restores the night-shift pay,” Velt said. ' +
      'Port director Anton Reyes said the authority could not restore the night-shift pay this year. ' +
      '“We will never return to the old night-shift pay scale,” Reyes said. ' +
      '“The harbour cranes need new cables before the winter storms,” Reyes added.',
    { title: 'Dockers walk out at Port Halden', published: '2026-03-02' },
  );
  const dossier = await analyzeArticles([strike], makeOptions());
  assert.deepEqual(schemaErrors(dossier), []);
  const velt = dossier.positions.find(
    (p) => p.actor === 'Mara Velt' && p.evidence.some((e) => e.text.includes('unless')),
  );
  const reyes = dossier.positions.find((p) => p.actor === 'Anton Reyes' && p.stance === 'red line');
  assert.ok(velt && reyes, JSON.stringify(dossier.positions.map((p) => [p.actor, p.issue, p.stance])));
  assert.equal(
    velt.stance,
    'condition',
    JSON.stringify(dossier.positions.map((p) => [p.actor, p.issue, p.stance])),
  );
  assert.equal(velt.issue, reyes.issue, 'both speak of the night-shift pay');
  assert.match(velt.issue, /night|shift|pay/i);
  assert.equal(velt.date, '2026-03-02');
  const cranes = dossier.positions.find((p) => p.evidence.some((e) => e.text.includes('cranes')));
  assert.ok(cranes && cranes.issue !== velt.issue, 'the cranes are another issue');
});

test('positions: deterministic — the same input in another order gives the same positions', async () => {
  const a = await analyzeArticles([APRIL, NOVEMBER], makeOptions());
  const b = await analyzeArticles([NOVEMBER, APRIL], makeOptions());
  assert.deepEqual(b.positions, a.positions);
});
