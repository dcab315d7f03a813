/**
 * Loaded with `node --import` by eval/nlp/downstream.ts: puts a library behind one src/nlp module
 * for a whole run, so the pipeline is measured with it without any switch in src/. The module to
 * replace is named by HEARSAY_NLP_SWAP (read here, in the eval, never in src/):
 *   sentences → wink-nlp's splitter; tokens → wink-nlp's tokenizer;
 *   stem-porter / stem-porter2 → the `stemmer` / `wink-porter2-stemmer` core inside stem().
 * Imports made from eval/nlp itself are left alone, so an adapter can re-export the rest of the
 * module it stands in for.
 */
import { registerHooks } from 'node:module';

const SWAPS: Record<string, { target: string; adapter: string }> = {
  sentences: { target: '/src/nlp/sentences.ts', adapter: './sentences.ts' },
  tokens: { target: '/src/nlp/tokens.ts', adapter: './tokens.ts' },
  'stem-porter': { target: '/src/nlp/stem.ts', adapter: './stem-porter.ts' },
  'stem-porter2': { target: '/src/nlp/stem.ts', adapter: './stem-porter2.ts' },
};

const name = process.env.HEARSAY_NLP_SWAP ?? '';
const swap = SWAPS[name];
if (name !== '' && !swap) throw new Error(`HEARSAY_NLP_SWAP: unknown swap ${JSON.stringify(name)}`);
const EVAL_NLP = new URL('../', import.meta.url).href;

if (swap) {
  const adapter = new URL(swap.adapter, import.meta.url).href;
  registerHooks({
    resolve(specifier, context, next) {
      const resolved = next(specifier, context);
      const fromEval = context.parentURL?.startsWith(EVAL_NLP) ?? false;
      if (!fromEval && resolved.url.endsWith(swap.target)) return { ...resolved, url: adapter };
      return resolved;
    },
  });
}
