/**
 * Transcripts in the formats officials publish, end to end: each invented transcript and a report
 * quoting it go through `hearsay analyze … --primary` (the CLI's own `main`, in process). Every
 * format must give the speaker's turns to the speaker the header names, and the report's quotes
 * must be checked against those turns.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import type { Dossier } from '../../src/model/dossier.ts';
import { analyzeWithPrimary } from '../helpers/analyze-with-primary.ts';

const work = mkdtempSync(join(tmpdir(), 'hearsay-transcript-formats-'));
after(() => rmSync(work, { recursive: true, force: true }));

const SAID =
  'The ferry fleet will be replaced within four years. No route will be cut while the new boats are built.';
const REPORT = `Harbor minister speaks on ferries

By Lena Ortiz

Minister Marta Varne said on Monday that "the ferry fleet will be replaced within two years." She added: "No route will be cut while the new boats are built."
`;

/** Two quotes joining two sentences of one turn with an ellipsis: the first faithful, the second altered. */
const ELLIPSIS_REPORT = `Harbor minister speaks on ferries

By Lena Ortiz

Minister Marta Varne said: "The ferry fleet will be replaced within four years … No route will be cut while the new boats are built."

She also said: "The ferry fleet will be replaced within two years … No route will be cut while the new boats are built."
`;

function analyze(name: string, transcript: string, ext = 'txt', report = REPORT): Promise<Dossier> {
  return analyzeWithPrimary(join(work, name), transcript, report, ext);
}

/** The transcript's quotes by speaker name, and the report's direct quotes' verdicts. */
function findings(d: Dossier): { turns: [string | null, string][]; verdicts: string[] } {
  const turns = d.quotes
    .filter((q) => q.article.startsWith('transcript') && q.kind === 'transcript')
    .map((q): [string | null, string] => [q.speaker?.name ?? null, q.text]);
  const verdicts = d.quotes
    .filter((q) => q.article === 'report.txt' && q.kind === 'direct')
    .map((q) => q.provenance?.verdict ?? 'none');
  return { turns, verdicts };
}

function assertVarneSaid(d: Dossier): void {
  const { turns, verdicts } = findings(d);
  const hers = turns.filter(([s]) => s === 'Marta Varne').map(([, t]) => t);
  assert.ok(
    hers.some((t) => t.includes('The ferry fleet will be replaced')),
    JSON.stringify(turns),
  );
  assert.ok(!turns.some(([, t]) => t.includes('What about the fares')), 'a question is not the official’s');
  assert.deepEqual(verdicts, ['altered', 'verbatim'], JSON.stringify(verdicts));
}

test('"[Name] (interpreted):" and "NAME (interpreted):" labels are the named speaker’s turns', async () => {
  for (const label of [
    'MINISTER VARNE (interpreted):',
    '[Marta Varne] (interpreted):',
    'MINISTER VARNE (as translated):',
    'MINISTER VARNE (speaking Spanish):',
  ]) {
    const d = await analyze(
      `interpreted-${label.replace(/\W+/gu, '-')}`,
      `Joint Press Conference by Minister Marta Varne and President Ivo Brandt

PRESIDENT BRANDT: Good afternoon. I welcome the minister to our capital.

${label} Good evening, and welcome. ${SAID}

Q: Minister, what about the fares?

${label} Fares stay as they are this year.

Q: Mr. President, will you help pay for the boats?

PRESIDENT BRANDT: We will look at it with the minister.
`,
    );
    assertVarneSaid(d);
    const brandt = findings(d).turns.filter(([, t]) => t.startsWith('Good afternoon'));
    assert.deepEqual(
      brandt.map(([s]) => s),
      ['Ivo Brandt'],
    );
  }
});

test('"Question:" / "Answer:" turns: the answers are the person the title names', async () => {
  const d = await analyze(
    'question-answer',
    `Interview with Minister Marta Varne

Question: Will the ferries be replaced?

Answer: ${SAID}

Question: What about the fares?

Answer: Fares stay as they are this year.

Question: And the crews?

Answer: Every crew keeps its job.
`,
  );
  assertVarneSaid(d);
});

test('time stamps before the label, in brackets or bare, and labels in capitals', async () => {
  const bracketed = `Minister Marta Varne on ferries

[00:00:12] MARTA VARNE: Good morning, everyone.

[00:00:20] MARTA VARNE: ${SAID}

[00:01:02] REPORTER: What about the fares?

[00:01:10] MARTA VARNE: Fares stay as they are this year.

[00:01:30] REPORTER: And the crews?

[00:01:34] MARTA VARNE: Every crew keeps its job.
`;
  const bare = `Minister Marta Varne on ferries

00:00:20 Marta Varne: ${SAID}
00:01:02 Reporter: What about the fares?
00:01:10 Marta Varne: Fares stay as they are this year.
00:01:30 Reporter: And the crews?
00:01:34 Marta Varne: Every crew keeps its job.
`;
  assertVarneSaid(await analyze('stamps-bracketed', bracketed));
  assertVarneSaid(await analyze('stamps-bare', bare));
});

test('bold names in HTML (<b>, <strong>), "MODERATOR:" and "Q." questions', async () => {
  for (const tag of ['b', 'strong']) {
    const html = `<html><head><title>Remarks by Minister Marta Varne</title></head><body>
<h1>Remarks by Minister Marta Varne</h1>
<p><${tag}>MODERATOR:</${tag}> Welcome, Minister.</p>
<p><${tag}>MINISTER VARNE:</${tag}> Thank you. ${SAID}</p>
<p><${tag}>Q.</${tag}> What about the fares?</p>
<p><${tag}>MINISTER VARNE:</${tag}> Fares stay as they are this year.</p>
<p><${tag}>Q.</${tag}> And the crews?</p>
<p><${tag}>MINISTER VARNE:</${tag}> Every crew keeps its job.</p>
</body></html>`;
    assertVarneSaid(await analyze(`bold-${tag}`, html, 'html'));
  }
});

test('names in bold on a paragraph of their own, in ordinary case and with no colon, the turn after them', async () => {
  const html = `<html><head><title>Press conference by Minister Marta Varne on the ferries</title></head><body>
<h1>Press conference by Minister Marta Varne on the ferries</h1>
<p><strong>Minister Marta Varne</strong></p>
<p>Thank you for coming.</p>
<p>${SAID}</p>
<p><strong>Question (Harbor Radio)</strong></p>
<p>What about the fares?</p>
<p><strong>Minister Marta Varne</strong></p>
<p>Fares stay as they are this year.</p>
<p><strong>Question</strong></p>
<p>And the crews?</p>
<p><strong>Minister Marta Varne</strong></p>
<p>Every crew keeps its job.</p>
</body></html>`;
  const d = await analyze('bold-name-lines', html, 'html');
  assertVarneSaid(d);
  // The name lines are labels, not words of hers.
  assert.ok(!findings(d).turns.some(([, t]) => t.includes('Minister Marta Varne')));
});

test('a label on its own line, the turn in the paragraphs after it', async () => {
  const d = await analyze(
    'label-lines',
    `Forum with Minister Marta Varne

MODERATOR:

Welcome, Minister.

MINISTER VARNE:

Thank you for having me.

${SAID}

MODERATOR:

What about the fares?

MINISTER VARNE:

Fares stay as they are this year.
`,
  );
  assertVarneSaid(d);
});

test('a one-speaker speech named only in its title is the title’s speaker’s, not a leader it mentions', async () => {
  const d = await analyze(
    'speech',
    `Remarks by Minister Marta Varne at the Harbor Forum

Thank you, President Ivo Brandt, for your welcome. I am glad to be here with all of you.

${SAID}

President Brandt told me last week that the state will help us. Thank you.
`,
  );
  const { turns } = findings(d);
  assert.ok(turns.length > 0 && turns.every(([s]) => s === 'Marta Varne'), JSON.stringify(turns));
  assert.deepEqual(findings(d).verdicts, ['altered', 'verbatim']);
});

test('an unlabelled text under its author’s byline, in the first person, is the author’s', async () => {
  const d = await analyze(
    'byline',
    `The Harbor Plan

By Marta Varne, Minister of Transport

Good evening to every one of you. I am proud of this harbor and of the people who work in it.

${SAID}

We will keep every island connected. Thank you.
`,
  );
  const { turns, verdicts } = findings(d);
  assert.ok(turns.length === 3 && turns.every(([s]) => s === 'Marta Varne'), JSON.stringify(turns));
  assert.deepEqual(verdicts, ['altered', 'verbatim']);
});

test('a report under a journalist’s byline quoting in British single quotes is no speech of hers', async () => {
  const d = await analyze(
    'byline-single-quotes',
    `MINISTER VARNE: ${SAID} I am proud of this harbor. We will keep every island connected.
`,
    'txt',
    `Ferries to be replaced, minister says

By Lena Ortiz, Harbour Editor

The transport minister set out her plans for the ferry fleet on Monday.

'The ferry fleet will be replaced within two years,' Minister Marta Varne said.

She added: 'No route will be cut while the new boats are built.'

'I am proud of this harbor,' she told the crowd.

'We will keep every island connected,' Ms Varne said.
`,
  );
  const reportTurns = d.quotes.filter((q) => q.article === 'report.txt' && q.kind === 'transcript');
  assert.deepEqual(
    reportTurns.map((q) => q.speaker?.name),
    [],
    'the journalist’s byline does not make her report a speech',
  );
  assert.deepEqual(findings(d).verdicts, ['altered', 'verbatim', 'verbatim', 'verbatim']);
});

test('a header in capitals with a time line, and a one-label monologue, name the speaker in ordinary case', async () => {
  const d = await analyze(
    'capitals',
    `REMARKS BY MINISTER MARTA VARNE ON THE HARBOR PLAN

Harbor Hall
10:02 A.M.

MINISTER VARNE: Good evening to every one of you. I am proud of this harbor.

${SAID}

We will keep every island connected. Thank you.

END 10:20 A.M.
`,
  );
  const { turns, verdicts } = findings(d);
  assert.ok(turns.length === 3 && turns.every(([s]) => s === 'Marta Varne'), JSON.stringify(turns));
  assert.ok(turns[0]![1].startsWith('Good evening to'), 'the label is not part of the words');
  assert.deepEqual(verdicts, ['altered', 'verbatim']);
});

test('the speaker of an unlabelled speech from a title with the office’s field, or from its first line', async () => {
  const body = `Good morning. I am proud of this harbor and of the people who work in it.

${SAID}

We will keep every island connected. Thank you.
`;
  for (const header of [
    'Remarks as Prepared for Delivery by Transport Minister Marta Varne at the Harbor Forum',
    'Harbor Forum, June 3\n\nMinister Marta Varne delivered the following remarks:',
    'Harbor Forum, June 3\n\nThe following statement was issued by Minister Marta Varne:',
  ]) {
    const d = await analyze(`speech-${header.length}`, `${header}\n\n${body}`);
    const { turns, verdicts } = findings(d);
    assert.ok(
      turns.length === 3 && turns.every(([s]) => s === 'Marta Varne'),
      `${header}: ${JSON.stringify(turns)}`,
    );
    assert.deepEqual(verdicts, ['altered', 'verbatim']);
  }
});

test('an HTML speech whose <title> alone names the speaker', async () => {
  const html = `<html><head><title>Remarks by Minister Marta Varne at the Harbor Forum | Ministry of Transport</title></head>
<body><main>
<p>June 3, 2030</p>
<p>Good morning. I am proud of this harbor and of the people who work in it.</p>
<p>${SAID}</p>
<p>We will keep every island connected. Thank you.</p>
</main></body></html>`;
  const d = await analyze('html-title', html, 'html');
  const { turns, verdicts } = findings(d);
  assert.ok(turns.length === 3 && turns.every(([s]) => s === 'Marta Varne'), JSON.stringify(turns));
  assert.deepEqual(verdicts, ['altered', 'verbatim']);
});

test('a quote joining two sentences of one turn with an ellipsis is checked against both', async () => {
  const d = await analyze(
    'ellipsis',
    `Remarks by Minister Marta Varne

MODERATOR: Welcome, Minister.

MINISTER VARNE: The ferry fleet will be replaced within four years. We have the money for it. No route will be cut while the new boats are built.

Q: What about the fares?

MINISTER VARNE: Fares stay as they are this year.
`,
    'txt',
    ELLIPSIS_REPORT,
  );
  assert.deepEqual(findings(d).verdicts, ['paraphrase', 'altered']);
});

test('a press conference of two officials, reporters as "Q (Outlet):" and "REPORTER:", with inserts in the turns', async () => {
  const d = await analyze(
    'press-conference',
    `Press Conference by Minister of Transport Marta Varne and Finance Secretary Tom Dane

Harbor Hall, June 3

MINISTER VARNE: Good afternoon. (Applause.) I am joined by Secretary Dane. [inaudible]

${SAID.replace('. ', '. (Laughter.) ')}

SECRETARY DANE: Thank you, Minister. The money is in the budget.

Q (Reuters): Minister, what about the fares?

MINISTER VARNE: Fares stay -- [crosstalk] -- fares stay as they are this year.

Q (inaudible): Secretary, how much will it cost?

SECRETARY DANE: About two hundred million over four years.

REPORTER: And the crews?

MINISTER VARNE: Every crew keeps its job.
`,
  );
  assertVarneSaid(d);
  const { turns } = findings(d);
  assert.deepEqual(
    turns.filter(([, t]) => /budget|two hundred million/u.test(t)).map(([s]) => s),
    ['Tom Dane', 'Tom Dane'],
  );
  assert.ok(!turns.some(([, t]) => t.includes('how much will it cost')), JSON.stringify(turns));
});

test('a parliamentary record: "The Minister for … (Name):" is the named minister, "Mr Name (Seat):" a member', async () => {
  const d = await analyze(
    'hansard',
    `Question Time: Ferry Services

Mr Ian Roe (Harbourside): Will the Minister tell the House when the ferry fleet will be replaced?

The Minister for Transport (Marta Varne): I thank the honourable member for his question. ${SAID}

Mr Ian Roe (Harbourside): What about the fares?

The Minister for Transport (Marta Varne): Fares stay as they are this year.
`,
  );
  const { turns, verdicts } = findings(d);
  const hers = turns.filter(([s]) => s === 'Marta Varne').map(([, t]) => t);
  assert.ok(
    hers.some((t) => t.includes('The ferry fleet will be replaced within four years')),
    JSON.stringify(turns),
  );
  assert.ok(!turns.some(([, t]) => t.startsWith('Ferry Services')), 'a title is no turn');
  assert.ok(!hers.some((t) => t.includes('What about the fares')), JSON.stringify(turns));
  assert.deepEqual(verdicts, ['altered', 'verbatim']);
});

test('labels set off by a dash ("MINISTER VARNE —", "QUESTION —")', async () => {
  const d = await analyze(
    'dash-labels',
    `Briefing by Minister Marta Varne

MINISTER VARNE — Good morning. ${SAID}

QUESTION — What about the fares?

MINISTER VARNE — Fares stay as they are this year.

QUESTION — And the crews?

MINISTER VARNE — Every crew keeps its job.
`,
  );
  assertVarneSaid(d);
  assert.ok(
    findings(d).turns.every(([, t]) => !t.includes('—')),
    'the label is not part of the words',
  );
});

test('surname labels under an "Interview:" title: the title is no speaker', async () => {
  const d = await analyze(
    'interview-title',
    `Interview: Minister Marta Varne on the harbor

INTERVIEWER: Minister, welcome to the programme.

VARNE: Thank you for having me. ${SAID}

INTERVIEWER: What about the fares?

VARNE: Fares stay as they are this year.
`,
  );
  assertVarneSaid(d);
  assert.ok(
    findings(d).turns.every(([s]) => s === 'Marta Varne'),
    JSON.stringify(findings(d).turns),
  );
});

test('a quote joining sentences of two paragraphs of one long turn with an ellipsis', async () => {
  const d = await analyze(
    'ellipsis-paragraphs',
    `Remarks by Minister Marta Varne

MODERATOR: Welcome, Minister.

MINISTER VARNE: Thank you. Let me start with the fleet.

The ferry fleet will be replaced within four years. We have the money for it.

The yards in the north will build most of the boats, and that means jobs.

No route will be cut while the new boats are built. That is my promise.

Q: What about the fares?

MINISTER VARNE: Fares stay as they are this year.
`,
    'txt',
    ELLIPSIS_REPORT,
  );
  assert.deepEqual(findings(d).verdicts, ['paraphrase', 'altered']);
});

test('a label alone on its line with no colon ("MINISTER VARNE", "Q (Harbor Times)"), the turn after it', async () => {
  const d = await analyze(
    'line-labels',
    `Press briefing with Minister Marta Varne

Q (Harbor Times)

What about the new ferries, Minister?

MINISTER VARNE

Thank you for the question.

${SAID}

Q (Harbor Times)

What about the fares?

MINISTER VARNE

Fares stay as they are this year.
`,
  );
  assertVarneSaid(d);
  assert.ok(
    findings(d).turns.every(([s, t]) => s === 'Marta Varne' && !t.includes('MINISTER')),
    JSON.stringify(findings(d).turns),
  );
});

test('header lines in capitals that name the speaker once are no turn of theirs', async () => {
  const d = await analyze(
    'capital-header-lines',
    `HARBOR GAZETTE

PRESS BRIEFING BY

MINISTER MARTA VARNE

Harbor Hall, June 3

MINISTER VARNE: Good morning. ${SAID}

Q: What about the fares?

MINISTER VARNE: Fares stay as they are this year.

Q: And the crews?

MINISTER VARNE: Every crew keeps its job.
`,
  );
  assertVarneSaid(d);
  assert.ok(!findings(d).turns.some(([, t]) => t.includes('Harbor Hall')), JSON.stringify(findings(d).turns));
});

test('a short exchange: one question between two answers, with inserts in the turns', async () => {
  const d = await analyze(
    'short-exchange',
    `Remarks by Minister Marta Varne

MINISTER VARNE: Thank you. (Applause.) It is good to be here. [inaudible] ${SAID}

Q (inaudible): What about the fares?

MINISTER VARNE: Fares stay -- [crosstalk] -- fares stay as they are this year.
`,
  );
  assertVarneSaid(d);
});
