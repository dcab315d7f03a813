import assert from 'node:assert/strict';
import { test } from 'node:test';
import { alignQuote, type CandidateSentence, matchTerms } from '../../src/link/provenance/alignment/align.ts';
import { SentenceIndexBuilder } from '../../src/link/provenance/primaries/sentence-index.ts';
import { termize } from '../../src/link/provenance/terms.ts';
import { HARDENING_PAIRS, LOADED_WORDS } from '../../src/nlp/lexicons/hardening.ts';
import { HEDGES } from '../../src/nlp/lexicons/hedges.ts';
import { INTENSIFIERS } from '../../src/nlp/lexicons/intensifiers.ts';
import {
  NEGATION_CUES,
  NEGATION_SCOPE_BREAKS,
  NEGATIVE_PREFIXES,
  NON_NEGATING_PHRASES,
  NOT_NEGATED_PREFIXED,
} from '../../src/nlp/lexicons/negations.ts';
import { SPELLING_VARIANTS, SYNONYM_GROUPS } from '../../src/nlp/lexicons/synonyms.ts';
import { inflectionStem, negatedBase, stem } from '../../src/nlp/stem.ts';

function candidates(...sentences: string[]): CandidateSentence[] {
  return sentences.map((text, i) => ({
    article: 'p',
    span: { start: 0, end: text.length },
    terms: termize(text),
    prior: 0,
    position: i * 10,
  }));
}

const one = (text: string) => termize(text)[0]!;

test('stemmer joins inflections and folds British spelling', () => {
  const rows: [string, string][] = [
    ['seized', 'seizing'],
    ['cynical', 'cynicism'],
    ['emphasise', 'emphasized'],
    ['labour', 'labor'],
  ];
  for (const [a, b] of rows) assert.equal(stem(a), stem(b), `${a} / ${b}`);
  assert.notEqual(inflectionStem('decisively'), inflectionStem('decision'));
});

test('term matching: same, synonym, spelling variant, hardened, numbers', () => {
  assert.equal(matchTerms(one('Kyiv'), one('Kiev')), 'same');
  assert.equal(matchTerms(one('unlawful'), one('illegal')), 'synonym');
  assert.equal(matchTerms(one('purchased'), one('buying')), 'synonym');
  assert.equal(matchTerms(one('Zelenskyy'), one('Zelensky')), 'same');
  assert.equal(matchTerms(termize('in force')[0]!, termize('in effect')[0]!), 'synonym');
  assert.equal(matchTerms(one('retaliate'), one('respond')), 'hardened');
  assert.equal(matchTerms(one('respond'), one('retaliate')), 'softened');
  assert.equal(matchTerms(one('2014'), one('2022')), null);
  assert.equal(matchTerms(one('decisively'), one('decision')), null);
  assert.equal(matchTerms(one('noted'), one('not')), null);
  assert.equal(matchTerms(one('U.S.'), one('American')), 'synonym');
});

test('terms mark negation, hedges, intensity and loaded words by surface form', () => {
  const t = termize('We may not strongly condemn the puppets noted');
  const by = (w: string) => t.find((x) => x.norm === w)!;
  assert.ok(by('not').neg && !by('noted').neg);
  assert.ok(by('may').hedge);
  assert.equal(by('strongly').grade, 1);
  assert.ok(by('puppets').loaded);
});

test('a numbered transcript’s line number inside a wrapped sentence is no term; a figure is', () => {
  const text = '6   A. The lock took 12 weeks to drain and\n 7       nobody told the council.';
  const norms = termize(text, text.indexOf('The')).map((t) => t.norm);
  assert.deepEqual(norms, [
    'the',
    'lock',
    'took',
    '12',
    'weeks',
    'to',
    'drain',
    'and',
    'nobody',
    'told',
    'the',
    'council',
  ]);
  assert.deepEqual(
    termize('The lock opened.\n7 boats went through.').map((t) => t.norm),
    ['the', 'lock', 'opened', '7', 'boats', 'went', 'through'],
  );
});

test('a quote copied word for word aligns to its sentence with every word anchored', () => {
  const a = alignQuote(
    termize('the harbour will reopen on Monday'),
    candidates('Officials said the harbour will reopen on Monday.', 'Ferries are cancelled.'),
  )!;
  assert.equal(a.segments.length, 1);
  assert.equal(a.segments[0]!.anchors.length, 6);
  assert.equal(a.coverage, 1);
});

test('a stitched quote splits into one segment per source sentence, in quote order', () => {
  const a = alignQuote(
    termize('Ferries to the islands are cancelled. The harbour will reopen on Monday after repairs.'),
    candidates(
      'The harbour will reopen on Monday after repairs.',
      'Tourism fell sharply last winter.',
      'Ferries to the islands are cancelled until further notice.',
    ),
  )!;
  assert.deepEqual(
    a.segments.map((s) => s.candidate.position),
    [20, 0],
  );
});

test('a reordered clause stays supported (bag match) and is not reported as added', () => {
  const a = alignQuote(
    termize('the harbour reopens after repairs on Monday'),
    candidates('On Monday the harbour reopens after repairs, the port authority said.'),
  )!;
  assert.equal(a.coverage > 0.9, true, String(a.coverage));
});

test('an unrelated sentence sharing one word covers little of the quote', () => {
  const a = alignQuote(
    termize('Ferry workers will strike for higher wages next month'),
    candidates('The harbour will reopen on Monday.'),
  )!;
  assert.ok(a.coverage < 0.35, String(a.coverage));
});

test('sentence index: BM25 finds the source of a partial, reworded quote', () => {
  const sentences = [
    'The central bank left its key rate unchanged at 4.5 percent on Thursday.',
    'Rail workers began a two-day strike over pensions.',
    'The harbour will reopen on Monday after storm repairs, officials said.',
    'Grain exports rose by a fifth in the first quarter.',
  ];
  const b = new SentenceIndexBuilder();
  for (const [i, s] of sentences.entries()) b.add(i, s, [{ start: 0, end: s.length }]);
  const index = b.build();
  const hits = index.search('harbour reopens Monday following repairs', 2);
  assert.equal(index.ref(hits[0]!.sentence).doc, 2);
  const hard = index.search('workers walked out over retirement', 1);
  assert.equal(index.ref(hard[0]!.sentence).doc, 1);
  assert.deepEqual(index.search('zebra', 3), []);
});

test('lexicon rows carry examples and no word is both a synonym and a hardening of itself', () => {
  const rows: { example: string }[] = [
    ...SYNONYM_GROUPS,
    ...SPELLING_VARIANTS,
    ...HARDENING_PAIRS,
    ...LOADED_WORDS,
    ...HEDGES,
    ...INTENSIFIERS,
    ...NEGATION_CUES,
  ];
  for (const r of rows) assert.ok(r.example.length > 3, JSON.stringify(r));
  for (const p of HARDENING_PAIRS) {
    for (const h of p.hardened) {
      for (const n of p.neutral) {
        const same = SYNONYM_GROUPS.some((g) => g.words.includes(h) && g.words.includes(n));
        assert.ok(!same, `${n} → ${h} is both a synonym and a hardening`);
      }
    }
  }
});

test('negative prefixes: "untrue" is "not true"; "under", "united", "interest", "inform" are not negated', () => {
  const rows: [string, string | null][] = [
    ['untrue', 'true'],
    ['unacceptable', 'acceptable'],
    ['impossible', 'possible'],
    ['inaccurate', 'accurate'],
    ['illegal', 'legal'],
    ['nonexistent', 'existent'],
    ['under', null],
    ['united', null],
    ['interest', null],
    ['inform', null],
    ['unless', null],
  ];
  for (const [word, base] of rows) assert.equal(negatedBase(word), base, word);
  assert.equal(matchTerms(one('true'), one('untrue')), 'prefix-negation');
  assert.equal(matchTerms(one('important'), one('significant')), 'synonym');
  assert.equal(matchTerms(one('important'), one('essential')), 'synonym');
});

test('negation lexicon tables: every example shows its row', () => {
  for (const r of NEGATIVE_PREFIXES) {
    const words = r.example.split(/\s+/).filter((w) => w.startsWith(r.prefix));
    assert.ok(
      words.some((w) => negatedBase(w) !== null),
      r.example,
    );
  }
  for (const r of NOT_NEGATED_PREFIXED) {
    assert.equal(negatedBase(r.word), null, r.word);
    assert.ok(r.example.includes(r.word), r.example);
  }
  for (const r of NEGATION_SCOPE_BREAKS) assert.ok(r.example.split(/\W+/).includes(r.word), r.example);
  for (const r of NON_NEGATING_PHRASES) {
    assert.ok(r.example.includes(r.phrase), r.example);
    assert.ok(!termize(r.example).some((t) => t.neg && r.phrase.startsWith(t.norm)), r.example);
  }
});

test('negation scope ends at a clause boundary and a contrastive conjunction', () => {
  const t = termize('We are not leaving, and we are staying. No, it is not over but it is close.');
  const clauseOf = (w: string) => t.find((x) => x.norm === w)!.clause;
  assert.notEqual(clauseOf('leaving'), clauseOf('staying'));
  assert.notEqual(clauseOf('no'), clauseOf('over'));
  assert.notEqual(clauseOf('over'), clauseOf('close'));
  assert.ok(termize("we don't go").some((x) => x.neg));
});
