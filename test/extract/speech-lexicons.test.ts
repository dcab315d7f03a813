import assert from 'node:assert/strict';
import { test } from 'node:test';
import { NAMING_CUES } from '../../src/nlp/lexicons/naming-cues.ts';
import { PRONOUNS } from '../../src/nlp/lexicons/pronouns.ts';
import { QUOTE_MARK_PAIRS } from '../../src/nlp/lexicons/quote-marks.ts';
import { ROLE_NOUNS } from '../../src/nlp/lexicons/role-nouns.ts';
import { SPEECH_VERB_FORMS, SPEECH_VERBS } from '../../src/nlp/lexicons/speech-verbs.ts';
import { TRANSCRIPT_LABELS } from '../../src/nlp/lexicons/transcript-labels.ts';
import { normalizeWord, tokenize } from '../../src/nlp/tokens.ts';

function wordsOf(example: string): Set<string> {
  return new Set(tokenize(example).map((t) => t.norm));
}

test('speech-verbs: every example uses one of its row’s forms', () => {
  for (const v of SPEECH_VERBS) {
    const words = wordsOf(v.example);
    assert.ok(
      v.forms.some((f) => words.has(f)),
      `${v.lemma}: ${v.example}`,
    );
  }
});

test('speech-verbs: no form belongs to two verbs', () => {
  const total = SPEECH_VERBS.reduce((n, v) => n + v.forms.length, 0);
  assert.equal(SPEECH_VERB_FORMS.size, total);
});

test('quote-marks: every example opens and closes with its pair', () => {
  for (const p of QUOTE_MARK_PAIRS) {
    const open = p.example.indexOf(p.open);
    assert.ok(open >= 0 && p.example.indexOf(p.close, open + 1) > open, `${p.open}${p.close}: ${p.example}`);
  }
});

test('naming-cues: every example holds its cue words before a mark', () => {
  for (const c of NAMING_CUES) {
    const at = c.example.toLowerCase().indexOf(c.words.join(' '));
    assert.ok(at >= 0 && /[“«"]/u.test(c.example.slice(at)), `${c.words.join(' ')}: ${c.example}`);
  }
});

test('pronouns: every example uses its pronoun', () => {
  for (const p of PRONOUNS) assert.ok(wordsOf(p.example).has(p.form), `${p.form}: ${p.example}`);
});

test('role-nouns and transcript labels: rows are unique and have examples', () => {
  assert.equal(new Set(ROLE_NOUNS.map((r) => r.noun)).size, ROLE_NOUNS.length);
  assert.equal(new Set(TRANSCRIPT_LABELS.map((l) => l.label)).size, TRANSCRIPT_LABELS.length);
  for (const r of ROLE_NOUNS) assert.ok(r.example.length > 0 && r.noun === normalizeWord(r.noun), r.noun);
  for (const l of TRANSCRIPT_LABELS) assert.ok(/:/u.test(l.example), l.label);
});
