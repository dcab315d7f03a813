import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findTranscriptTurns, type TranscriptTurn } from '../../src/extract/quotes/03-transcript-turns.ts';
import { isEndLine, readTurnLabel } from '../../src/extract/transcripts/turn-label.ts';
import { makeArticle } from '../helpers/article.ts';

/**
 * Transcript formats beyond the White House's: a parliamentary record, a translated ministry
 * briefing, a caption file with time stamps, a speech whose speaker a "delivered by" line names.
 * Every name, place and sentence is invented for these tests.
 */
function turnsOf(text: string): TranscriptTurn[] {
  return findTranscriptTurns(makeArticle('t', text));
}

/** Each answering turn's speaker and first spoken paragraph; questions and the chair left out. */
function spokenBy(text: string): [string | null, string][] {
  return turnsOf(text)
    .filter((t) => !t.interviewer)
    .map((t) => [t.speaker?.name ?? null, text.slice(t.paragraphs[0]!.start, t.paragraphs[0]!.end)]);
}

function labelOf(line: string): string | null {
  const hit = readTurnLabel(line, { start: 0, end: line.length });
  return hit ? `${hit.label} / ${hit.role}` : null;
}

describe('parliamentary record', () => {
  const RECORD = [
    'Legislative Assembly',
    'Questions without Notice',
    'Harbour Dredging',
    'Ms Tove Sandgaard (Eastport) (Green): Will the Premier table the dredging contract?',
    'The Premier (Halvard Osk): I will table it on Thursday. There is nothing in it to hide.',
    'Ms Sandgaard: Then why was it signed in secret?',
    'Members: Shame!',
    'The Premier: It was signed in the ordinary way, and the Auditor will review it.',
    'Madam Speaker: Order. The member for Eastport has the call.',
    'Ms Sandgaard: I will wait for Thursday.',
  ].join('\n\n');

  test('a member named with seat and party notes is a speaker label', () => {
    assert.equal(
      labelOf('Ms Tove Sandgaard (Eastport) (Green): Will the Premier table it?'),
      'Ms Tove Sandgaard / named',
    );
    // Two notes at most: a third makes it a sentence's bracketed asides, not a record's label.
    assert.equal(labelOf('Ms Tove Sandgaard (Eastport) (Green) (Whip): Will she table it?'), null);
  });

  test('the chair and the members calling out are no member’s statement', () => {
    assert.equal(labelOf('Madam Speaker: Order.')?.endsWith('/ question'), true);
    assert.equal(labelOf('Hon. Members: Hear, hear!')?.endsWith('/ question'), true);
    const turns = turnsOf(RECORD);
    assert.deepEqual(
      turns.filter((t) => t.interviewer).map((t) => t.label),
      ['Members', 'Madam Speaker'],
    );
  });

  test('a later office or surname label is the person an earlier label named in full', () => {
    assert.deepEqual(spokenBy(RECORD), [
      ['Tove Sandgaard', 'Will the Premier table the dredging contract?'],
      ['Halvard Osk', 'I will table it on Thursday. There is nothing in it to hide.'],
      ['Tove Sandgaard', 'Then why was it signed in secret?'],
      ['Halvard Osk', 'It was signed in the ordinary way, and the Auditor will review it.'],
      ['Tove Sandgaard', 'I will wait for Thursday.'],
    ]);
  });
});

describe('answers of a briefing', () => {
  test('a title "X’s Press Conference" gives the Answer: turns to X', () => {
    const text = [
      'Ministry of Harbours',
      'Deputy Spokesperson Oda Brekke’s Regular Press Conference on 3 June 2031',
      'Question: Will the ferry strike end this week?',
      'Answer: We hope so. Talks resume on Tuesday.',
      'Question: And the fares?',
      'Answer: The fares will not change this year.',
    ].join('\n');
    assert.deepEqual(spokenBy(text), [
      ['Oda Brekke', 'We hope so. Talks resume on Tuesday.'],
      ['Oda Brekke', 'The fares will not change this year.'],
    ]);
  });

  test('with no name in the title, the one named official answers; with two, answers stay unnamed', () => {
    const one = [
      'Ministry of Harbours',
      'Regular press briefing',
      'Spokesperson Oda Brekke: Good afternoon. I have one announcement.',
      'Question: Will the ferry strike end?',
      'Answer: Talks resume on Tuesday.',
      'Question: And the fares?',
      'Answer: They will not change.',
    ].join('\n');
    assert.deepEqual(
      spokenBy(one).map(([who]) => who),
      ['Oda Brekke', 'Oda Brekke', 'Oda Brekke'],
    );
    const two = one.replace(
      'Question: Will the ferry strike end?',
      'Director Sven Aalto: The new schedule starts in May.\nQuestion: Will the ferry strike end?',
    );
    const answers = turnsOf(two).filter((t) => t.role === 'answer');
    assert.deepEqual(
      answers.map((t) => t.speaker),
      [null, null],
    );
  });
});

describe('caption files and delivered speeches', () => {
  test('a time-stamped END line closes the last turn; a continuation’s stamp is not spoken', () => {
    assert.equal(isEndLine('[01:12:40] END'), true);
    assert.equal(isEndLine('[01:12:40] Endless delays are not acceptable.'), false);
    const text = [
      'Transcript: Mayor Ivo Sarn on the storm',
      '[00:00:02] MAYOR SARN: The storm has passed.',
      '[00:00:09] REPORTER: Any damage?',
      '[00:00:12] MAYOR SARN: Some roofs in the old town.',
      '[00:00:20] Crews are out now.',
      '[00:00:31] END',
      'Subscribe for updates',
    ].join('\n');
    const last = turnsOf(text).at(-1)!;
    assert.deepEqual(
      last.paragraphs.map((p) => text.slice(p.start, p.end)),
      ['Some roofs in the old town.', 'Crews are out now.'],
    );
  });

  test('"Speech delivered by …" under the title names the speaker of an unlabelled speech', () => {
    const text = [
      'Office of the Premier',
      'Ports for a new century',
      'Speech delivered by Premier Halvard Osk at the Tarn Harbour Forum, 4 May 2031',
      'It is good to see so many of you in Tarn this morning.',
      'Last week I met President Ruut Kallaste, and we agreed that our ports must grow together.',
      'We will dredge the outer channel next year, and I expect the work to finish by 2033.',
    ].join('\n\n');
    const turns = turnsOf(text);
    assert.equal(turns.length, 1);
    assert.equal(turns[0]!.speaker?.name, 'Halvard Osk');
    assert.equal(turns[0]!.paragraphs.length, 3);
  });
});

describe('hearing record', () => {
  const HEARING = [
    'COMMITTEE ON HARBOURS',
    'Oversight of the Tarn Dredging Contract',
    'The Committee convened at 2:40 p.m., Senator Ivo Sarn, chairman, presiding.',
    'Present: Senators Ivo Sarn and Tove Sandgaard.',
    'Also present: Halvard Osk, Director of Ports.',
    'The CHAIRMAN. The committee will come to order. We are here to review the dredging contract.',
    'Director Osk, you may begin.',
    'STATEMENT OF HALVARD OSK, DIRECTOR OF PORTS',
    'Director OSK. Thank you, Mr. Chairman. Dredging should end in October.',
    'Senator SANDGAARD. Will it cost more than planned?',
    'Director OSK. It may cost a little more. We are still counting.',
    '[The hearing adjourned at 4:05 p.m.]',
  ].join('\n\n');

  test('a title in ordinary case and a surname in capitals ending in a period is a label', () => {
    assert.equal(labelOf('Senator SANDGAARD. Will it cost more?'), 'Senator SANDGAARD / named');
    assert.equal(labelOf('The CHAIRMAN. The committee will come to order.'), 'The CHAIRMAN / named');
    // A body or a name in ordinary case behind "The" opens a sentence.
    assert.equal(labelOf('The NHS. It was founded in 1948.'), null);
    assert.equal(labelOf('President Lincoln. He signed it.'), null);
  });

  test('each label is the person the header names, the chairman by the office set off after his name', () => {
    assert.deepEqual(
      turnsOf(HEARING).map((t) => [t.label, t.speaker?.name ?? null]),
      [
        ['The CHAIRMAN', 'Ivo Sarn'],
        ['Director OSK', 'Halvard Osk'],
        ['Senator SANDGAARD', 'Tove Sandgaard'],
        ['Director OSK', 'Halvard Osk'],
      ],
    );
  });

  test('a heading in capitals between turns and the closing note are nobody’s words', () => {
    const [chair] = turnsOf(HEARING);
    assert.deepEqual(
      chair!.paragraphs.map((p) => HEARING.slice(p.start, p.end)),
      [
        'The committee will come to order. We are here to review the dredging contract.',
        'Director Osk, you may begin.',
      ],
    );
    const last = turnsOf(HEARING).at(-1)!;
    assert.deepEqual(
      last.paragraphs.map((p) => HEARING.slice(p.start, p.end)),
      ['It may cost a little more. We are still counting.'],
    );
  });
});

describe('broadcast interview', () => {
  test('a host named once beside the role and by surname after asks; the guest answers', () => {
    const text = [
      'MORNING HOUR — TRANSCRIPT',
      'Guest: Mayor Ivo Sarn',
      'HOST (TOVE SANDGAARD): Mayor, welcome.',
      'SARN: Thank you for having me.',
      'SANDGAARD: Will the ferries run on Monday?',
      'SARN: They will, on a reduced timetable.',
      'SANDGAARD: Thank you.',
    ].join('\n\n');
    const turns = turnsOf(text);
    assert.deepEqual(
      turns.map((t) => [t.label, t.interviewer]),
      [
        ['HOST', true],
        ['SARN', false],
        ['SANDGAARD', true],
        ['SARN', false],
        ['SANDGAARD', true],
      ],
    );
    assert.deepEqual(spokenBy(text), [
      ['Ivo Sarn', 'Thank you for having me.'],
      ['Ivo Sarn', 'They will, on a reduced timetable.'],
    ]);
  });
});

describe('broadcast captions', () => {
  test('"NAME, DESCRIPTION:" is the name’s turn; a host’s description makes it a question', () => {
    assert.equal(labelOf('SEN. IVO SARN (D), TARN: Thank you for having me.'), 'SEN. IVO SARN / named');
    assert.equal(labelOf('TOVE SANDGAARD, HARBOUR TV HOST: Welcome back.'), 'TOVE SANDGAARD / question');
    assert.equal(labelOf('YES, MINISTER: the comedy returns'), null);
    const text = [
      'STATE OF THE HARBOUR',
      'TOVE SANDGAARD, HARBOUR TV HOST: Senator, will the bridge reopen?',
      'SEN. IVO SARN (D), TARN: It will reopen in May. I have the engineers’ word.',
      'SANDGAARD: And the tolls?',
      'SARN: The tolls stay off until the end of the year.',
    ].join('\n\n');
    assert.deepEqual(spokenBy(text), [
      ['Ivo Sarn', 'It will reopen in May. I have the engineers’ word.'],
      ['Ivo Sarn', 'The tolls stay off until the end of the year.'],
    ]);
  });

  test('section headings sharing a last word are not one speaker coming back', () => {
    const text = [
      'Election night at a glance',
      'Senate Race: Ivo Sarn leads by four points with most votes counted.',
      'House Race: Tove Sandgaard holds her seat comfortably.',
      'Governor Race: The count resumes in the morning in the north.',
      'Mayor Race: Halvard Osk concedes before midnight.',
    ].join('\n\n');
    assert.deepEqual(turnsOf(text), []);
  });
});

describe('a government speech page', () => {
  test('a summary line "X’s remarks at …" names the speaker of the unlabelled body', () => {
    const text = [
      'Premier remarks at the Tarn Harbour Forum: 4 May 2031',
      'Premier Halvard Osk’s remarks at the Tarn Harbour Forum.',
      'From: Office of the Premier',
      'Published 4 May 2031',
      'Good morning, and thank you for coming to Tarn.',
      'I want to talk about our ports, because our future runs through them.',
      'We will dredge the outer channel next year, and I expect the work to finish by 2033.',
    ].join('\n\n');
    const turns = turnsOf(text);
    assert.equal(turns.length, 1);
    assert.equal(turns[0]!.speaker?.name, 'Halvard Osk');
    assert.deepEqual(
      turns[0]!.paragraphs.map((p) => text.slice(p.start, p.end).slice(0, 12)),
      ['Good morning', 'I want to ta', 'We will dred'],
    );
  });

  test('a report whose first line names someone’s remarks, told in the third person, is no speech', () => {
    const text = [
      'Premier Halvard Osk’s remarks at the forum drew a cool response.',
      'Port owners said the plan came too late for this season.',
      'The premier left without taking questions from reporters.',
      'Unions will meet on Friday to discuss the plan in detail.',
    ].join('\n\n');
    assert.deepEqual(turnsOf(text), []);
  });
});

describe('offices and honours around names', () => {
  test('"Office, Name:" labels a ministry briefing; the office alone after it is the same person', () => {
    const text = [
      'Transcript of Weekly Media Briefing by the Official Spokesperson (June 5, 2031)',
      'Official Spokesperson, Shri Ivo Sarn: Good afternoon. I have two announcements.',
      'Question: Will the minister travel to Tarn?',
      'Official Spokesperson: The visit is being planned. Dates will follow.',
      'Question: And the ferry agreement?',
      'Official Spokesperson: It is ready for signature.',
    ].join('\n\n');
    assert.deepEqual(
      spokenBy(text).map(([who]) => who),
      ['Ivo Sarn', 'Ivo Sarn', 'Ivo Sarn'],
    );
  });

  test('an office label is the holder a header names with honours around the name', () => {
    const text = [
      'Doorstop interview, Tarn harbour',
      'The Hon Halvard Osk MP, Premier of Norland',
      'PREMIER: Good morning. The new ferries arrive next week.',
      'JOURNALIST: Will fares go up?',
      'PREMIER: No. Fares stay where they are.',
      'JOURNALIST: Thank you, Premier.',
    ].join('\n\n');
    assert.deepEqual(
      spokenBy(text).map(([who]) => who),
      ['Halvard Osk', 'Halvard Osk'],
    );
  });
});

describe('a sentence about someone’s remarks', () => {
  test('"X’s remarks about … were …" opening a report is no speech title, whatever the body', () => {
    const text = [
      'Harbour row deepens',
      'Halvard Osk’s remarks about the harbour judge were called unfair by his own party.',
      'I watched the hearing from the gallery, and I have rarely seen a room so quiet.',
      'We expected an apology. We got a shrug, and then a press release.',
      'I doubt the party will forgive this quickly, and I doubt it should.',
    ].join('\n\n');
    assert.deepEqual(turnsOf(text), []);
  });
});

describe('a daily briefing introduced in prose', () => {
  test('"Spokesman:" is the person the first line names with that office set off by a comma', () => {
    const text = [
      'Daily Press Briefing by the Office of the Spokesperson',
      'The following is a near-verbatim transcript of today’s noon briefing by Ivo Sarn, Spokesman for the Harbour Authority.',
      'Spokesman: Good afternoon. The ferry talks resume tomorrow in Tarn.',
      'Question: Will the Authority send a mediator?',
      'Spokesman: A mediator is ready to travel. That is all I have on that.',
      'Question: Thank you.',
    ].join('\n\n');
    assert.deepEqual(
      spokenBy(text).map(([who]) => who),
      ['Ivo Sarn', 'Ivo Sarn'],
    );
  });
});

describe('floor debate: members told apart by their state', () => {
  test('"Mr. ROE of New York." is the member Roe, the state the record’s note', () => {
    assert.equal(labelOf('Mr. ROE of New York. Mr. Speaker, I yield myself two minutes.'), 'Mr. ROE / named');
    assert.equal(labelOf('Ms. ÅSTRÖM. Mr. Speaker, I rise in support.'), 'Ms. ÅSTRÖM / named');
    // A sentence naming a place in ordinary case stays a sentence.
    assert.equal(labelOf('Mr. Roe of New York. He spoke first.'), null);
  });

  test('surnames as families write them, a two-word title, and an office the lexicon knows whole', () => {
    assert.equal(labelOf("Mr. O'DALY. I rise in opposition."), "Mr. O'DALY / named");
    assert.equal(labelOf('Ms. McVARISH of Ohio. I yield back.'), 'Ms. McVARISH / named');
    assert.equal(labelOf('Mr. DeVARNE. I yield back.'), 'Mr. DeVARNE / named');
    assert.equal(labelOf('Ranking Member OSK. Thank you, Madam Chair.'), 'Ranking Member OSK / named');
    assert.equal(labelOf('The PRESIDING OFFICER. Without objection.'), 'The PRESIDING OFFICER / question');
    // A name in ordinary case after a title is prose, prefix or not.
    assert.equal(labelOf('Mr. McVarish. He spoke first.'), null);
  });

  test('each member’s turns are theirs, the presiding officer’s calls and the narration not', () => {
    const text = [
      'CONGRESSIONAL RECORD — HOUSE',
      'HARBOR DREDGING AUTHORIZATION ACT',
      'Mr. ROE of New York. Mr. Speaker, I yield myself such time as I may consume. This bill dredges the harbor.',
      'The SPEAKER pro tempore. The gentleman from New York reserves.',
      'Ms. ÅSTRÖM. Mr. Speaker, I oppose the bill. It spends money the port does not need.',
      'Mr. ROE of New York. Mr. Speaker, I yield back the balance of my time.',
    ].join('\n\n');
    assert.deepEqual(
      turnsOf(text).map((t) => t.label),
      ['Mr. ROE', 'The SPEAKER pro tempore', 'Ms. ÅSTRÖM', 'Mr. ROE'],
    );
  });
});
