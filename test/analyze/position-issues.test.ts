import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  isClassifyingModifier,
  isGenericNoun,
  relatedWordPairs,
} from '../../src/analyze/positions/issue-terms.ts';
import { makeOptions } from '../../src/model/options.ts';
import { analyzeArticles } from '../../src/pipeline.ts';
import { makeArticle } from '../helpers/article.ts';

test('issue terms: abstractions and vague words name no issue alone; things and places do', () => {
  for (const w of ['effort', 'progress', 'intention', 'outcome', 'key', 'place'])
    assert.ok(isGenericNoun(w), w);
  for (const w of ['tariff', 'pension', 'peninsula', 'library']) assert.ok(!isGenericNoun(w), w);
  assert.ok(isClassifyingModifier('territorial'));
  assert.ok(isClassifyingModifier('frozen'));
  assert.ok(!isClassifyingModifier('good'));
  assert.ok(!isClassifyingModifier('obvious'));
});

test('issue terms: WordNet joins kinds and synonyms, not unrelated words', () => {
  const pairs = relatedWordPairs(['negotiation', 'discussion', 'tariff', 'duty']).map((p) => p.join());
  assert.ok(pairs.includes('0,1'), `negotiation is a kind of discussion: ${pairs}`);
  assert.ok(!pairs.some((p) => p.startsWith('0,2') || p === '1,2'));
});

const BUDGET_FEB = makeArticle(
  'budget-feb.txt',
  'Council splits over library funding\n\n' +
    'Mayor Lena Torvik said the city must cut library funding to close the deficit. ' +
    '“We cannot keep every branch library open on the current budget,” Torvik said. ' +
    'Councillor Raj Mehta rejected the plan. ' +
    '“Closing branch libraries is unacceptable to my district,” Mehta said. ' +
    '“We are ready to raise the parking fees if the branch libraries stay open,” Mehta added. ' +
    'Harbor City Ledger reporter Ana Sousa said she had not heard the mayor offer any compromise on the libraries. ' +
    '“The efforts of our staff are a good idea for the future,” Torvik said.',
  { title: 'Council splits over library funding', published: '2030-02-10', outlet: 'Harbor City Ledger' },
);

const BUDGET_JUNE = makeArticle(
  'budget-june.txt',
  'Mayor softens on libraries\n\n' +
    '“We are prepared to keep the branch libraries open until next year,” Mayor Lena Torvik said on Monday. ' +
    'Councillor Raj Mehta said the city must also freeze the parking fees for residents.',
  { title: 'Mayor softens on libraries', published: '2030-06-02', outlet: 'Harbor City Ledger' },
);

test('positions: a city budget fight — the libraries are one issue, the press is no party', async () => {
  const dossier = await analyzeArticles([BUDGET_FEB, BUDGET_JUNE], makeOptions());
  const table = JSON.stringify(dossier.positions.map((p) => [p.actor, p.issue, p.stance, p.date]));
  const actors = new Set(dossier.positions.map((p) => p.actor));
  assert.ok(!actors.has('Ana Sousa') && !actors.has('Harbor City Ledger'), table);
  const library = dossier.positions.filter((p) => /librar/i.test(p.issue));
  assert.ok(
    library.some((p) => p.actor === 'Raj Mehta'),
    table,
  );
  const torvik = library.filter((p) => p.actor === 'Lena Torvik').map((p) => p.date);
  assert.deepEqual([...new Set(torvik)].sort(), ['2030-02-10', '2030-06-02'], table);
});

test(
  'positions: abstractions alone ("efforts", "idea") name no issue in the budget fight',
  {
    todo: 'open: since the reported-speech retrain, "rejected the plan" and "a good idea" join into an issue labelled "idea"',
  },
  async () => {
    const dossier = await analyzeArticles([BUDGET_FEB, BUDGET_JUNE], makeOptions());
    const table = JSON.stringify(dossier.positions.map((p) => [p.actor, p.issue, p.stance, p.date]));
    for (const p of dossier.positions)
      assert.doesNotMatch(p.issue, /^(?:efforts|good idea|idea|future|staff)$/u, table);
  },
);
