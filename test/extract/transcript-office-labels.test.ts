import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findTranscriptTurns } from '../../src/extract/quotes/03-transcript-turns.ts';
import { readTurnLabel } from '../../src/extract/transcripts/turn-label.ts';
import { makeArticle } from '../helpers/article.ts';
import { quotesOf, showQuotes } from '../helpers/quotes-of.ts';

/**
 * Offices in turn labels that hold a small word ("UNDER SECRETARY", "MINISTER FOR …"), labels
 * the entity index reads as someone else, and a briefing's unlabelled opening statement. Every
 * name, place and sentence is invented for these tests.
 */
function labelOf(line: string): string | null {
  return readTurnLabel(line, { start: 0, end: line.length })?.label ?? null;
}

/** Each transcript quote's speaker and its first words. */
function spoken(text: string): string[] {
  return quotesOf(text)
    .filter((q) => q.kind === 'transcript')
    .map((q) => `${q.speaker?.name ?? 'nobody'}: ${q.text.split(' ').slice(0, 3).join(' ')}`);
}

describe('an office named with a preposition is a label', () => {
  test('"UNDER SECRETARY ROE:" and "MINISTER FOR CANALS:" are labels; a kicker with a preposition is not', () => {
    assert.equal(labelOf('UNDER SECRETARY ROE: We have agreed the terms.'), 'UNDER SECRETARY ROE');
    assert.equal(labelOf('MINISTER FOR CANALS: The locks reopen on Monday.'), 'MINISTER FOR CANALS');
    assert.equal(labelOf('Assistant Secretary Oyelaran: Thank you all.'), 'Assistant Secretary Oyelaran');
    assert.equal(labelOf('BACK TO WORK: Dockers return after the strike.'), null);
    assert.equal(labelOf('UP FOR GRABS: Three seats change hands.'), null);
  });

  test('their turns are read, each by the person the header names', () => {
    const text = [
      'Joint briefing by the Minister for Canals, Odile Brask, and Deputy Secretary Fenn Morrow',
      'MINISTER FOR CANALS: The locks at Dunmere will reopen on Monday after the repairs.',
      'QUESTION: Will the boat licences cost more this year?',
      'MINISTER FOR CANALS: No. The licence fee stays where it is until next spring.',
      'DEPUTY SECRETARY MORROW: The repairs came in under budget, which is why the fee can stay.',
      'QUESTION: Thank you both.',
      'UNDER SECRETARY QUAYLE: We will publish the accounts for the repairs in June.',
    ].join('\n\n');
    assert.deepEqual(spoken(text), [
      'Odile Brask: The locks at',
      'Odile Brask: No. The licence',
      'Fenn Morrow: The repairs came',
      'QUAYLE: We will publish',
    ]);
  });
});

describe('a label the entity index reads as another person keeps the header’s name', () => {
  test('"DEPUTY SECRETARY MORROW:" is not the other secretary of the transcript', () => {
    const text = [
      'Briefing with Deputy Secretary Fenn Morrow on the harbour levy',
      'SECRETARY QUAYLE: Good morning. Fenn will take most of your questions today.',
      'QUESTION: When does the levy start?',
      'DEPUTY SECRETARY MORROW: The levy starts in April and ends after two years.',
      'QUESTION: Who pays it?',
      'DEPUTY SECRETARY MORROW: Ships over five thousand tonnes pay it; fishing boats do not.',
    ].join('\n\n');
    const quotes = quotesOf(text);
    const morrow = quotes.filter((q) => q.text.includes('levy starts') || q.text.includes('Ships over'));
    assert.equal(morrow.length, 2, showQuotes(quotes));
    for (const q of morrow) assert.equal(q.speaker?.name, 'Fenn Morrow', showQuotes(quotes));
  });
});

describe('a briefing record whose official opens without a label', () => {
  const RECORD = [
    'Daily briefing of the River Authority',
    'The following is a near-verbatim transcript of today’s briefing by Hallam Kettering, Spokesman for the River Authority.',
    'Good afternoon.',
    '**Flood Barrier',
    'The Authority today closed the flood barrier at Wexley for the third time this month, and it expects to open it again on Thursday.',
    'The chief engineer says the river will stay high until the weekend at least.',
    '**Questions and Answers',
    'Question: Hallam, will the barrier need repairs after this?',
    'Spokesman: Not that we know of. The engineers will inspect it once it opens.',
    'Question: And the cost of the closures?',
    'Spokesman: We will publish the cost at the end of the month.',
  ].join('\n\n');

  test('the statements between the record line and the first question are the official’s', () => {
    const turns = findTranscriptTurns(makeArticle('t', RECORD));
    const first = turns[0]!;
    assert.equal(first.speaker?.name, 'Hallam Kettering');
    const paragraphs = first.paragraphs.map((p) => RECORD.slice(p.start, p.end));
    assert.equal(paragraphs.length, 2);
    assert.ok(paragraphs[0]!.startsWith('The Authority today closed'));
    // The greeting, the topic headings and the record line itself are nobody's statement.
    assert.ok(
      !turns.some((t) => t.paragraphs.some((p) => RECORD.slice(p.start, p.end).includes('near-verbatim'))),
    );
    assert.deepEqual(spoken(RECORD).slice(0, 2), [
      'Hallam Kettering: The Authority today',
      'Hallam Kettering: The chief engineer',
    ]);
  });

  test('an article’s own prose above a quoted exchange, with no record line, stays the article’s', () => {
    const article = [
      'River Authority keeps the Wexley barrier shut',
      'The River Authority closed the flood barrier at Wexley for the third time this month on Tuesday, and its spokesman Hallam Kettering took questions from reporters afterwards.',
      'Residents upstream have complained that the closures flood their fields.',
      'Question: Hallam, will the barrier need repairs after this?',
      'Spokesman: Not that we know of. The engineers will inspect it once it opens.',
      'Question: And the cost of the closures?',
      'Spokesman: We will publish the cost at the end of the month.',
    ].join('\n\n');
    // Naming the occasion ("spoke at a briefing") does not make the article a record either.
    for (const text of [
      article,
      article.replace('took questions from reporters afterwards', 'spoke at a briefing'),
    ]) {
      const turns = findTranscriptTurns(makeArticle('t', text));
      const read = turns.flatMap((t) => t.paragraphs.map((p) => text.slice(p.start, p.end)));
      assert.ok(!read.some((p) => p.includes('Residents upstream')));
    }
  });

  test('with two officials answering, the opening is no one’s in particular and stays unread', () => {
    const two = RECORD.replace(
      'Spokesman: We will publish',
      'Deputy Spokeswoman Ines Barrow: We will publish',
    );
    const turns = findTranscriptTurns(makeArticle('t', two));
    assert.equal(turns[0]!.role, 'question');
  });
});

describe('offices written at length before a name, or after it in initials', () => {
  test('a long office with a dash closes on the name, which later turns use alone', () => {
    assert.equal(
      labelOf(
        'Deputy Head of the Cabinet Office – Chief Press Secretary Rune Tallak: Good morning, all of you.',
      ),
      'Rune Tallak',
    );
    // A long run of capitalised words that opens with no office is no label.
    assert.equal(
      labelOf('Harbour Road Traffic And Parking Report For The North Quarter: delays expected.'),
      null,
    );
  });

  test('"President of Calder Ines Marrow:" is Ines Marrow; a bare portfolio is an office', () => {
    const text = [
      'Annual news conference of the President of Calder',
      'President of Calder Ines Marrow: Good afternoon. Let us start with your questions straight away.',
      'Head of the Cabinet Office – Chief Press Secretary Rune Tallak: Thank you. The first question, please.',
      'Oskar Venn: Oskar Venn, Calder Wire. Will the grain duty be cut this year?',
      'Ines Marrow: We will not cut it this year. We will look at it again after the sowing.',
      'Rune Tallak: The next question, please.',
      'Lise Amund: Lise Amund, Evening Post. When does the new bridge open?',
      'Ines Marrow: In October, and the builders know that October means October.',
    ].join('\n\n');
    assert.deepEqual(spoken(text), [
      'Ines Marrow: Good afternoon. Let',
      'Rune Tallak: Thank you. The',
      'Ines Marrow: We will not',
      'Rune Tallak: The next question,',
      'Ines Marrow: In October, and',
    ]);
  });

  test('"Shri Dev Rao, OSD (PR):" is a name with its office in initials', () => {
    assert.equal(
      labelOf('Shri Dev Anand Rao, OSD (PR): Sir, the next question is on visas.'),
      'Shri Dev Anand Rao',
    );
    assert.equal(labelOf('Mira Holt, CEO: We will open two more stores.'), 'Mira Holt');
    // A place after the comma stays a caller's, initials or not.
    assert.notEqual(labelOf('Tove, Leeds: Why are the buses late?'), 'Tove');
  });
});

describe('a press conference record titled with the official, its questions labelled by outlet', () => {
  const RECORD = [
    'Transport Ministry Spokesperson Vanya Krell’s Regular Press Conference on May 4, 2026',
    'At the invitation of the Lakeland government, the Transport Minister will visit the new ferry terminal at Osk on Thursday and Friday.',
    'Harbour TV: Can you tell us what the minister hopes to agree during the visit?',
    'Vanya Krell: The two sides will discuss timetables and fares. We hope for an agreement on winter sailings.',
    'Lakeland Wire: Will the fares rise next winter?',
    'Vanya Krell: I have nothing to announce on fares today.',
  ].join('\n\n');

  test('the unlabelled announcement under the title is the spokesperson’s', () => {
    assert.deepEqual(spoken(RECORD), [
      'Vanya Krell: At the invitation',
      'Vanya Krell: The two sides',
      'Vanya Krell: I have nothing',
    ]);
  });

  test('a report’s lede under a title, naming the official in the third person, stays the report’s', () => {
    const report = RECORD.replace(
      'At the invitation of the Lakeland government, the Transport Minister will visit',
      'Spokesperson Vanya Krell said on Monday that the Transport Minister would visit',
    );
    assert.deepEqual(spoken(report), ['Vanya Krell: The two sides', 'Vanya Krell: I have nothing']);
  });
});

describe('an interpretation note opening a turn', () => {
  test('"(As interpreted.)" after the label is the transcriber’s, not the speaker’s words', () => {
    const text = [
      'Remarks by Premier Hale Dunmore and Chancellor Ivo Brenn in a Joint Press Conference',
      'PREMIER DUNMORE: Thank you all. We agreed today to link our two rail networks by 2030.',
      'CHANCELLOR BRENN: (As interpreted.) Thank you, Premier. The link will carry freight first.',
      'Q Will passengers wait until 2032?',
      'CHANCELLOR BRENN: (Through an interpreter) Passengers may have to wait a little longer, yes.',
      'Q And the cost?',
      'PREMIER DUNMORE: (Laughs.) We will share it.',
    ].join('\n\n');
    assert.deepEqual(spoken(text), [
      'Hale Dunmore: Thank you all.',
      'Ivo Brenn: Thank you, Premier.',
      'Ivo Brenn: Passengers may have',
      // A stage direction that is no interpretation note stays where the turn has it.
      'Hale Dunmore: (Laughs.) We will',
    ]);
  });
});
