import { test } from 'node:test';
import { assertAltered, assertNotAltered } from '../helpers/judge-quote.ts';

/**
 * A figure moved onto another count (verdict/figure-moved.ts): every word is the speaker's, but the
 * figure now counts what the speaker gave another number for. Each primary is an invented
 * one-speaker transcript.
 */
test('a figure put before the noun another figure counted is a changed count', () => {
  for (const [passage, said] of [
    [
      'Five lighthouses will be automated and three will keep their keepers.',
      'Three lighthouses will be automated',
    ],
    [
      'We are hiring eight nurses this spring, and two more in the autumn.',
      'We are hiring two nurses this spring',
    ],
    [
      'The district will merge four schools and leave eleven as they are.',
      'The district will merge eleven schools',
    ],
    ['Two of the reactors will shut in March, and seven later.', 'Seven of the reactors will shut in March'],
    ['The fleet has 14 trucks on winter duty and 40 in the depot.', 'The fleet has 40 trucks on winter duty'],
  ])
    assertAltered(passage!, said!, 'verdict.number-changed');
});

test('a figure kept on what it counted, or on a part of a whole, is no changed count', () => {
  for (const [passage, said] of [
    [
      'Five lighthouses will be automated and three will keep their keepers.',
      'Five lighthouses will be automated',
    ],
    [
      'Five lighthouses will be automated and three will keep their keepers.',
      'three will keep their keepers',
    ],
    [
      'Three lighthouses will be automated and three will keep their keepers.',
      'Three lighthouses will be automated',
    ],
    // A part of a whole counts the same things ("12 of the 40 schools").
    ['Of the 30 depots, nine will close by June.', 'nine depots will close by June'],
    ['Nine of the 30 depots will close by June.', 'Nine depots will close by June'],
    // The rest of the quote is the figure's own clause: it names the noun the figure left out.
    ['Our 200 drivers are anxious, and 45 will lose their routes.', '45 drivers will lose their routes'],
    // The figure written another way.
    [
      'Five lighthouses will be automated and three will keep their keepers.',
      '5 lighthouses will be automated',
    ],
  ])
    assertNotAltered(passage!, said!);
});
