/** src/nlp/tokens.ts with wink-nlp's tokenizer (see swap/hooks.ts); the word normaliser stays ours. */
export { normalizeWord, type Token } from '../../../src/nlp/tokens.ts';
export { winkTokenize as tokenize } from '../wink.ts';
