/** src/nlp/stem.ts with wink-porter2-stemmer's Porter2 core in stem() (see swap/hooks.ts). */
import porter2 from 'wink-porter2-stemmer';
import { withCore } from './library-stem.ts';

export { foldBritishSpelling, inflectionStem, negatedBase } from '../../../src/nlp/stem.ts';
export const stem = withCore(porter2);
