/**
 * Labels that open lines without anybody taking turns are no transcript (December 2026, issues #7
 * and #8): a table's column code repeated row after row ("GK: <player> 90 100%"), a profile
 * list's field ("Handle: @…") over each entry, section headings ("The First Step: …") used once
 * or twice in a row. People take the floor back after someone else spoke. Invented texts; the
 * look-alikes are dialogues where one speaker holds two turns in a row and still gets answered.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { quotesOf, showQuotes } from '../helpers/quotes-of.ts';

const transcriptQuotes = (text: string) => quotesOf(text).filter((q) => q.kind === 'transcript');

test('a table of players under repeated position codes is not turns of speech', () => {
  const text = [
    'Minutes played: the back line',
    'Here is how many minutes each of the Larks defenders played in the cup tie on Sunday.',
    'GK: Oren Pilsk 90 100%. 4 saves, 1 clean sheet.',
    'GK: Tamsin Roe 0 0%. Did not play.',
    'I thought both keepers were sharp in the warm-up, but only one of them got the call.',
    'DF: Ivo Marran 90 100%. 3 tackles, 2 blocks.',
    'DF: Pell Ostrow 88 98%. 1 tackle, 1 yellow card.',
    'DF: Bram Keski 61 68%. 2 interceptions.',
    'DF: Lio Fenn 29 32%. No stats registered.',
    'You could see the coach trusted the starters. I would have liked to see Fenn get more time.',
    'MF: Cass Doyle 90 100%. 2 key passes.',
    'MF: Remy Ault 74 82%. 1 assist.',
    'FW: Dario Thune 90 100%. 1 goal, 3 shots.',
    'FW: Kit Amble 16 18%. 1 shot.',
    'It was a quiet afternoon for the defence, which let in nothing from open play.',
  ].join('\n\n');
  const quotes = quotesOf(text);
  assert.deepEqual(
    quotes.filter((q) => q.kind === 'transcript'),
    [],
    showQuotes(quotes),
  );
});

test('a profile list opening each entry with the same field label is not turns of speech', () => {
  const bakers = [
    ['Nora Vell', 'My grandmother taught me to make bread when I was six.'],
    ['Tiber Oakes', 'I lost my job and started baking to keep busy.'],
    ['Mira Lund', 'A friend dared me to bake a cake for her wedding.'],
    ['Ada Pirro', 'I wanted pies like the ones from the shop near my school.'],
    ['Sol Vikar', 'I started when my children were small and loved cookies.'],
    ['Enzo Brill', 'My first loaf was a brick, and I wanted to know why.'],
    ['Hana Ostby', 'I moved abroad and missed the bread of my town.'],
    ['Piet Amsel', 'We opened a café and somebody had to bake.'],
    ['Lora Quist', 'I bake when I cannot sleep, which is often.'],
    ['Ivar Tollen', 'My wife bought me a mixer and I felt I had to use it.'],
    ['Runa Cale', 'I watched a baking show and thought I could do better.'],
    ['Omar Veldt', 'My father ran a bakery, so I grew up in flour.'],
  ];
  const lines = bakers.flatMap(([name, answer], i) => [
    name!,
    `Handle: @baker_${i + 1}`,
    'What got you started?',
    `— ${answer}`,
    'What do you bake on a weeknight?',
    '— Flatbread, mostly. It is ready in twenty minutes and we eat it warm.',
    ...(i % 5 === 4 ? ['Method: mix the flour and the water, rest the dough, then bake it hot.'] : []),
  ]);
  const text = [
    'Our favourite bakers online',
    'We asked home bakers how they began. Vote for your favourite on the last page!',
    ...lines,
  ].join('\n\n');
  const quotes = quotesOf(text);
  assert.deepEqual(
    quotes.filter((q) => q.kind === 'transcript' && /^(?:Handle|Method)$/u.test(q.speaker?.name ?? '')),
    [],
    showQuotes(quotes),
  );
});

test('section headings with a colon, one after another, are not speakers', () => {
  const text = [
    'How to grow a garden in four stages',
    'Most people give up on a garden in the first month. Here is how to stay with it.',
    'START NOW: free planting calendar!',
    'Print it and hang it by the door.',
    'START NOW: free planting calendar!',
    'The First Step: Clear the ground',
    'Pull the weeds and turn the soil. It takes a weekend, and your back will know it.',
    'The Second Step: Plant the seeds',
    'Put them in rows so you can tell them from the weeds that come back.',
    'The Third Step: Water and wait',
    'You will want to dig them up to look. Do not.',
  ].join('\n\n');
  const quotes = quotesOf(text);
  assert.deepEqual(
    quotes.filter((q) => q.kind === 'transcript'),
    [],
    showQuotes(quotes),
  );
});

test('look-alike: a dialogue where one speaker talks twice in a row and is answered stays a transcript', () => {
  const text = [
    'Radio debate on the harbour plan',
    'Two councillors debated the harbour plan on the morning show.',
    'HALDEN: I think the plan costs too much.',
    'HALDEN: And I will say it again at the council meeting.',
    'VOSS: You said the same about the bridge, and the bridge came in under budget.',
    'HALDEN: The bridge was half the size.',
    'VOSS: We can agree to disagree.',
  ].join('\n\n');
  const turns = transcriptQuotes(text);
  assert.ok(turns.length >= 4, showQuotes(turns));
  assert.ok(
    turns.some((q) => /^Halden$/iu.test(q.speaker?.name ?? '')),
    showQuotes(turns),
  );
});

test('look-alike: a question-and-answer interview keeps its turns', () => {
  const text = [
    'Ten questions for the new harbour master',
    'We sat down with the new harbour master in her office on the pier.',
    'Q: What surprised you most?',
    'A: How early the boats go out. I am up at four now.',
    'Q: What will you change first?',
    'A: The fees. We charge too much for small boats.',
    'Q: And the ferry?',
    'A: The ferry stays.',
  ].join('\n\n');
  assert.ok(transcriptQuotes(text).length >= 3, showQuotes(quotesOf(text)));
});
