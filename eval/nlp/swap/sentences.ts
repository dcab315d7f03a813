/** src/nlp/sentences.ts with wink-nlp's splitter (see swap/hooks.ts). */
export { winkSentences as splitSentences } from '../wink.ts';
