import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  cellKey,
  cellText,
  matrixLayout,
  positionMatrix,
  type PositionLike,
} from '../../src/report/position-matrix.ts';

function position(actor: string, issue: string, stance: string, date: string | null): PositionLike {
  return { actor, issue, stance, summary: `${actor} on ${issue}`, date, evidence: [] };
}

test('cell: a stance held on several dates is written once; an arrow only where it moved', () => {
  const m = positionMatrix([
    position('Harbour Union', 'night-shift pay', 'red line', '2030-03-02'),
    position('Harbour Union', 'night-shift pay', 'red line', '2030-05-14'),
    position('Port Board', 'night-shift pay', 'offer', '2030-03-02'),
    position('Port Board', 'night-shift pay', 'rejection', '2030-05-14'),
    position('Port Board', 'night-shift pay', 'assessment', null),
  ]);
  const union = m.cells.get(cellKey('Harbour Union', 'night-shift pay'))!;
  assert.equal(cellText(union), 'red line 2030-03-02, 2030-05-14');
  assert.equal(union.changed, false);
  const board = m.cells.get(cellKey('Port Board', 'night-shift pay'))!;
  assert.equal(cellText(board), 'offer 2030-03-02 → rejection 2030-05-14; assessment (undated)');
  assert.equal(board.changed, true);
});

test('cell: on one date the specific stance outweighs an assessment', () => {
  const m = positionMatrix([
    position('Mayor Ilve', 'bus fares', 'assessment', '2030-01-09'),
    position('Mayor Ilve', 'bus fares', 'demand', '2030-01-09'),
  ]);
  assert.equal(cellText([...m.cells.values()][0]!), 'demand 2030-01-09');
});

test('layout: at most ten issue columns, the rest listed per actor; the narrower way round', () => {
  const issues = Array.from({ length: 14 }, (_, i) => `issue ${String(i).padStart(2, '0')}`);
  const many: PositionLike[] = [];
  const actors = Array.from({ length: 12 }, (_, i) => `Party ${String(i).padStart(2, '0')}`);
  issues.forEach((issue, i) => {
    // Earlier issues have more evidence, so they get the columns.
    for (const actor of actors.slice(0, 14 - i)) {
      many.push({
        ...position(actor, issue, 'demand', '2030-02-01'),
        evidence: [{ article: 'a', start: 0, end: 1, text: 'x' }],
      });
    }
  });
  many.push(position('Party 00', 'general', 'assessment', '2030-02-01'));
  const m = positionMatrix(many);
  assert.ok(!m.issues.includes('general'), 'the catch-all issue is no column');
  const layout = matrixLayout(m);
  assert.deepEqual(layout.shown, issues.slice(0, 10));
  assert.equal(layout.rows, 'actors', 'ten issues, twelve actors: issues are the columns');
  const party0 = layout.others.find((o) => o.actor === 'Party 00')!;
  assert.deepEqual(
    party0.cells.map((c) => c.issue),
    issues.slice(10),
  );
  const few = matrixLayout(positionMatrix(many.filter((p) => p.actor <= 'Party 01')));
  assert.equal(few.rows, 'issues', 'two actors on ten issues: the actors are the columns');
});
