/** src/nlp/stem.ts with the `stemmer` package's Porter (1980) core in stem() (see swap/hooks.ts). */
import { stemmer } from 'stemmer';
import { withCore } from './library-stem.ts';

export { foldBritishSpelling, inflectionStem, negatedBase } from '../../../src/nlp/stem.ts';
export const stem = withCore(stemmer);
