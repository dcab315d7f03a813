import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findTranscriptTurns, type TranscriptTurn } from '../../src/extract/quotes/03-transcript-turns.ts';
import { isEndLine, readTurnLabel } from '../../src/extract/transcripts/turn-label.ts';
import { findAskersInHeader } from '../../src/extract/transcripts/turn-speakers.ts';
import { makeArticle } from '../helpers/article.ts';

/**
 * Transcript formats of the third round: a briefing in the lobby style, its official labelled by
 * role, a press conference in translation with abbreviated titles, a town hall, a podcast with
 * first-name labels, a floor record. Every name, place and sentence is invented for these tests.
 */
function turnsOf(text: string): TranscriptTurn[] {
  return findTranscriptTurns(makeArticle('t', text));
}

/** Each answering turn's speaker and its spoken paragraphs; questions and the chair left out. */
function spokenBy(text: string): [string | null, string[]][] {
  return turnsOf(text)
    .filter((t) => !t.interviewer)
    .map((t) => [t.speaker?.name ?? null, t.paragraphs.map((p) => text.slice(p.start, p.end))]);
}

function labelOf(line: string): string | null {
  const hit = readTurnLabel(line, { start: 0, end: line.length });
  return hit ? `${hit.label} / ${hit.role}` : null;
}

describe('a briefing in the lobby style, its official labelled by role and named once in the intro', () => {
  const BRIEFING = [
    'Afternoon briefing by the Premier’s spokesperson',
    'Issued 4 March 2026',
    'The Premier’s Official Spokesperson, Hanne Olufsen, took questions from reporters at 3pm.',
    'Spokesperson: The Premier spoke to the harbour workers’ union this morning. She wants the dispute settled before the ferries stop.',
    'Reporter (Coastal Herald): Will she meet the union leaders in person?',
    'Spokesperson: Not this week. Officials will keep talking to them every day.',
    'Ferry fares',
    'Spokesperson: On fares, the freeze will stay in place until the summer.',
    'ENDS',
  ].join('\n');

  test('the role label is the person the intro names after the office, not the next line’s first word', () => {
    const spoken = spokenBy(BRIEFING);
    assert.equal(spoken.length, 3);
    for (const [who] of spoken) assert.equal(who, 'Hanne Olufsen');
  });

  test('a topic line between turns and the closing ENDS are nobody’s words', () => {
    const paragraphs = spokenBy(BRIEFING).flatMap(([, p]) => p);
    assert.ok(!paragraphs.includes('Ferry fares'));
    assert.ok(!paragraphs.some((p) => p.includes('ENDS')));
    assert.equal(isEndLine('ENDS'), true);
    // A punctuated short paragraph is speech, and stays.
    const short = spokenBy(BRIEFING.replace('every day.', 'every day.\nNo.'));
    assert.ok(short.flatMap(([, p]) => p).includes('No.'));
    // Inside a turn, an unpunctuated short line is speech a caption file left unpunctuated.
    const captions = spokenBy(BRIEFING.replace('every day.', 'every day.\nWe will see\nThat is all.'));
    assert.ok(captions.flatMap(([, p]) => p).includes('We will see'));
  });

  test('an office the title line ends in is not followed by a name on the next line', () => {
    const noName = [
      'Briefing by the spokesperson',
      'Published 4 March 2026',
      'Spokesperson: The talks continue. We expect progress.',
      'Reporter: When?',
      'Spokesperson: Soon. That is all I can say.',
      'Reporter: Thank you.',
    ].join('\n');
    for (const [who] of spokenBy(noName)) assert.notEqual(who, 'Published');
  });
});

describe('press conference in translation', () => {
  const CONFERENCE = [
    'Federal Press Conference of 9 April 2026',
    'Transcript (unofficial translation)',
    'Participants: Deputy Government Spokesman Lars Ingvaldsen; Petra Holm, Spokeswoman of the Ministry of Transport (BMV)',
    'DGS Ingvaldsen: Good afternoon. The cabinet approved the rail investment plan this morning.',
    'Question (Falk, Nordkurier): Mr Ingvaldsen, how much money is involved?',
    'DGS Ingvaldsen: I will leave the figures to the ministry.',
    'Holm (BMV): The plan is worth eleven billion over six years. Most of it goes to bridges.',
    'Follow-up question (Falk): And the tunnels?',
    'Holm (BMV): The tunnels come in a second plan next year.',
  ].join('\n');

  test('a header line listing the participants is no turn, and its names stay for the labels', () => {
    const turns = turnsOf(CONFERENCE);
    assert.ok(!turns.some((t) => t.label === 'Participants'));
    assert.deepEqual(
      spokenBy(CONFERENCE).map(([who]) => who),
      ['Lars Ingvaldsen', 'Lars Ingvaldsen', 'Petra Holm', 'Petra Holm'],
    );
  });

  test('a title abbreviated by its initials resolves to the full name the header gives after the title', () => {
    const [first] = spokenBy(CONFERENCE);
    assert.equal(first![0], 'Lars Ingvaldsen');
    // Letters that are no initials of the header's title words stay the label's own name.
    const other = spokenBy(CONFERENCE.replaceAll('DGS Ingvaldsen:', 'KRX Ingvaldsen:'));
    assert.equal(other[0]![0], 'Krx Ingvaldsen');
  });

  test('a question label qualified by a word before it ("Follow-up question (Name):") is a question', () => {
    assert.equal(labelOf('Follow-up question (Falk): And the tunnels?'), 'Follow-up question / question');
    assert.equal(labelOf('Additional question: And the bridges?'), 'Additional question / question');
    // A reporter's note with a full name and a long outlet is still a note.
    assert.equal(
      labelOf('Question (Hedda Sandgaard, Nordic Evening Courier Online): And the ferries?'),
      'Question / question',
    );
    // A parenthesis in a sentence is no note: the words before it are no label.
    assert.equal(labelOf('The minister (who spoke at length on Monday afternoon): it is fine.'), null);
    const holm = spokenBy(CONFERENCE).filter(([who]) => who === 'Petra Holm');
    assert.ok(!holm.flatMap(([, p]) => p).some((p) => p.includes('tunnels?')));
  });
});

describe('town hall', () => {
  const TOWN_HALL = [
    'Transcript: Governor Ruth Olusola town hall on school funding',
    'Millbrook High School gymnasium, 12 May 2026',
    'MODERATOR: Welcome. The governor will take questions from the floor.',
    'GOVERNOR OLUSOLA: Thank you. Every school in this county will get its full grant this year.',
    '(APPLAUSE)',
    'AUDIENCE MEMBER: And the tram routes?',
    'GOVERNOR OLUSOLA: The routes stay as they are.',
    'Q (inaudible)',
    'GOVERNOR OLUSOLA: I can’t promise that. [CROSSTALK] I can promise we will look at it.',
    'AUDIENCE MEMBER (Dev, Ward 2): Thank you, Governor.',
  ].join('\n');

  test('an inaudible question ("Q (inaudible)") ends the turn before it', () => {
    const spoken = spokenBy(TOWN_HALL);
    assert.deepEqual(
      spoken.map(([who]) => who),
      ['Ruth Olusola', 'Ruth Olusola', 'Ruth Olusola'],
    );
    assert.deepEqual(spoken[1]![1], ['The routes stay as they are.']);
    assert.ok(turnsOf(TOWN_HALL).some((t) => t.label === 'Q' && t.interviewer));
  });
});

describe('podcast with first-name labels', () => {
  const PODCAST = [
    'Tidewater Talk, episode 58',
    'Released 2 February 2026',
    'My guest today is Ines Carvalho, the ports commissioner. I’m your host, Oskar Lind.',
    'OSKAR: Commissioner, welcome.',
    'INES: Glad to be here, Oskar.',
    'OSKAR: The dredging has stopped. Why?',
    'INES: Because the contractor walked away. We will pick a new one by March.',
    'The channel stays open in the meantime.',
    'OSKAR: Is that a promise?',
    'INES: It is a plan. Plans change.',
  ].join('\n');

  test('a first-name label is the person the intro names in full with that given name', () => {
    const spoken = spokenBy(PODCAST);
    assert.deepEqual(
      spoken.map(([who]) => who),
      ['Ines Carvalho', 'Ines Carvalho', 'Ines Carvalho'],
    );
    assert.deepEqual(spoken[1]![1], [
      'Because the contractor walked away. We will pick a new one by March.',
      'The channel stays open in the meantime.',
    ]);
    assert.ok(
      turnsOf(PODCAST)
        .filter((t) => t.label === 'OSKAR')
        .every((t) => t.interviewer),
    );
  });

  test('two people of the intro with that given name leave the label as it is', () => {
    const two = PODCAST.replace('I’m your host, Oskar Lind.', 'Ines Moreau, her deputy, joins later.');
    assert.equal(spokenBy(two).find(([who]) => who?.startsWith('Ines'))![0], 'Ines');
  });
});

describe('a host the blurb names, whose turns end without question marks', () => {
  const SHOW = [
    'Harbour Hour, episode 9',
    'Released 5 May 2026',
    'This week the fisheries minister, Tomas Brenn, talks quotas. Hosted by Lea Marsh.',
    'LEA: Minister, thanks for coming in.',
    'TOMAS: Happy to be here, Lea.',
    'LEA: Let us start with the quotas. The fleets say they are too low.',
    'TOMAS: They are lower than last year, and I understand the anger.',
    'LEA: And the new licences.',
    'TOMAS: We will issue them in June. Nobody will wait longer than that.',
  ].join('\n');

  test('the turns of the person the header calls host are questions, the guest’s are statements', () => {
    const turns = turnsOf(SHOW);
    assert.ok(turns.filter((t) => t.label === 'LEA').every((t) => t.interviewer));
    assert.deepEqual(
      spokenBy(SHOW).map(([who]) => who),
      ['Tomas Brenn', 'Tomas Brenn', 'Tomas Brenn'],
    );
  });

  test('the blurb may name the host before the role too', () => {
    for (const blurb of [
      'Lea Marsh, your host, talks quotas.',
      'Our host is Lea Marsh.',
      'Presenter: Lea Marsh.',
    ]) {
      assert.deepEqual(findAskersInHeader(blurb), ['Lea Marsh'], blurb);
    }
  });

  test('without a host in the header, statements stay statements', () => {
    const plain = SHOW.replace(' Hosted by Lea Marsh.', '');
    assert.ok(turnsOf(plain).every((t) => !t.interviewer));
  });
});

describe('a debate whose header lists its moderators and candidates', () => {
  const DEBATE = [
    'Transcript: Kestrel Bay Council Debate',
    'Harbour TV | 3 March 2026',
    'Moderators: Lea Marsh, Harbour TV; Ivo Dunne, The Bay Ledger. Candidates: Councillor Tove Brenn and Aldo Ferrant.',
    'MARSH: Good evening. Each candidate has a minute. Councillor Brenn, you go first.',
    'DUNNE: The ferry fares have doubled. What would you do?',
    'BRENN: I would freeze the fares for two years.',
    'MARSH: Mr. Ferrant.',
    'FERRANT: The council has had eight years. I would sell the old depot.',
    'MARSH: Thank you both, and good night.',
  ].join('\n');

  test('the list line is the header, not a turn, and each moderator named there asks', () => {
    const turns = turnsOf(DEBATE);
    assert.ok(!turns.some((t) => t.label.startsWith('Moderators')));
    assert.deepEqual(
      turns.filter((t) => !t.interviewer).map((t) => t.label),
      ['BRENN', 'FERRANT'],
    );
  });

  test('the list is read entry by entry, up to the next heading', () => {
    assert.deepEqual(
      findAskersInHeader(
        'Moderators: Lea Marsh, Harbour TV; Ivo Dunne, The Bay Ledger. Candidates: Tove Brenn and Aldo Ferrant.',
      ),
      ['Lea Marsh', 'Ivo Dunne'],
    );
    assert.deepEqual(findAskersInHeader('Hosts: Lea Marsh and Ivo Dunne'), ['Lea Marsh', 'Ivo Dunne']);
  });
});

describe('floor record', () => {
  const FLOOR = [
    'PROCEEDINGS OF THE ASSEMBLY',
    'Wednesday, June 3, 2026',
    'COASTAL BRIDGES ACT',
    'The SPEAKER pro tempore. The Chair recognizes the gentleman from Delmar (Mr. Brask) for 4 minutes.',
    'Mr. BRASK. Madam Speaker, I rise in support of this bill. Our bridges were built for lighter trucks.',
    'This bill repairs forty of them in three years.',
    'Ms. ORTEGA. Will the gentleman yield?',
    'Mr. BRASK. I yield to the gentlewoman.',
    'Ms. ORTEGA. I thank the gentleman. Does it cover rail bridges?',
    'Mr. BRASK. Reclaiming my time, it does not. I yield back the balance of my time.',
    'The SPEAKER pro tempore. The gentleman yields back.',
  ].join('\n');

  test('the stand-in chair is the chair, and a member’s turn runs over paragraphs up to the next label', () => {
    assert.equal(
      labelOf('The SPEAKER pro tempore. The gentleman yields back.'),
      'The SPEAKER pro tempore / question',
    );
    const turns = turnsOf(FLOOR);
    assert.deepEqual(
      turns.filter((t) => t.interviewer).map((t) => t.label),
      ['The SPEAKER pro tempore', 'The SPEAKER pro tempore'],
    );
    const brask = spokenBy(FLOOR).filter(([who]) => who === 'Brask');
    assert.equal(brask.length, 3);
    assert.equal(brask[0]![1].length, 2);
    assert.ok(!brask.at(-1)![1].some((p) => p.includes('yields back.')));
  });
});
