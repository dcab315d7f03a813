/**
 * Issue 8, "libraries before hand-written NLP": our sentence splitter, tokenizer and stemmer
 * against wink-nlp's splitter and tokenizer and the `stemmer` (Porter) and `wink-porter2-stemmer`
 * (Porter2) packages, on PolNeAR dev and the seeds; then, with --downstream, the pipeline's own
 * figures with each library swapped in for one run (eval/nlp/swap/hooks.ts). The decision and the
 * last figures are in docs/nlp-libraries.md.
 *
 *   node eval/nlp-libraries.ts [--downstream]      (npm run eval:nlp; --downstream adds ~2 min)
 */
import { splitSentences } from '../src/nlp/sentences.ts';
import { tokenize } from '../src/nlp/tokens.ts';
import { loadPolnearDev, loadSeeds } from './nlp/data.ts';
import { printDownstream } from './nlp/downstream.ts';
import { compareSplitters } from './nlp/sentences.ts';
import { compareStemmers } from './nlp/stemmers.ts';
import { compareTokenizers } from './nlp/tokens.ts';
import { winkSentences, winkTokenize } from './nlp/wink.ts';

const polnear = loadPolnearDev();
const seeds = loadSeeds();
const splitters = { ours: splitSentences, 'wink-nlp': winkSentences };

compareSplitters('PolNeAR dev', polnear, splitters);
compareSplitters('seeds', seeds, splitters);
compareTokenizers(
  'PolNeAR dev',
  polnear,
  (t) => tokenize(t),
  (t) => winkTokenize(t),
  'wink-nlp',
);
compareTokenizers(
  'seeds',
  seeds,
  (t) => tokenize(t),
  (t) => winkTokenize(t),
  'wink-nlp',
);
compareStemmers(polnear);
if (process.argv.includes('--downstream')) printDownstream();
