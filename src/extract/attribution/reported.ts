import type { Span } from '../../model/span.ts';
import { SPEECH_VERB_FORMS } from '../../nlp/lexicons/speech-verbs.ts';
import { findReportedClauses, type ReportedClause } from '../quotes/04-indirect-speech.ts';
import type { Sentence } from '../speakers/frame.ts';
import type { FrameAnalysis } from '../speakers.ts';
import { type Candidate, findCandidates } from './candidates.ts';
import { cueFeatures, quotedShare, spanFeatures } from './features.ts';
import { type AttributionModel, loadModel, scoreFeatures } from './model.ts';

/**
 * A clause nearly all inside quotation marks is already a direct quote; the direct one stands. A
 * clause strung from several short quotes (called him a “liar” who is “amoral”) is kept: none of
 * its direct quotes covers it.
 */
const MAX_QUOTED_SHARE = 0.9;

/**
 * A candidate with the features the model reads: those of its cue and direction (`shared`, one
 * array for all the candidates of that cue and direction, so its score is summed once) and its own.
 */
export interface ReadCandidate {
  candidate: Candidate;
  shared: readonly string[];
  own: readonly string[];
}

const CUE_TESTS = new WeakMap<AttributionModel, (norm: string) => boolean>();

/** Whether a word may be a cue: a lexicon verb, "according (to)", or a cue word the model learned. */
export function cueWordTest(model: AttributionModel): (norm: string) => boolean {
  let test = CUE_TESTS.get(model);
  if (!test) {
    const learned = new Set(model.cueWords);
    test = (norm) => learned.has(norm) || SPEECH_VERB_FORMS.has(norm) || norm === 'according';
    CUE_TESTS.set(model, test);
  }
  return test;
}

/**
 * Sentences longer than this are not read for reported speech. News sentences run to a few dozen
 * words; a longer "sentence" is a list, a table or a scrape
 * the splitter could not cut, and each cue word in it has candidates reaching to its end, so its
 * cost grows with the square of its length (5,000 cue words in one line took minutes).
 */
export const MAX_CANDIDATE_SENTENCE_WORDS = 250;

/**
 * The candidates of every sentence outside `skip`, with their features; the rule-based reported
 * clauses (04-indirect-speech) are read first, as one of the features. Training and extraction
 * both read candidates here, so the model sees at training what it weighs at run time.
 */
export function readCandidates(
  a: FrameAnalysis,
  skip: readonly Span[],
  isCueWord: (norm: string) => boolean,
): { sentence: Sentence; read: ReadCandidate[] }[] {
  const rules = findReportedClauses(a, skip);
  const out: { sentence: Sentence; read: ReadCandidate[] }[] = [];
  for (const s of a.frame.sentences) {
    if (skip.some((r) => r.start < s.end && s.start < r.end)) continue;
    if (s.tokens.length > MAX_CANDIDATE_SENTENCE_WORDS) continue;
    const own = rules.filter((r) => r.sentence === s);
    const shared = new Map<string, string[]>();
    const read = findCandidates(a, s, isCueWord)
      .filter((c) => quotedShare(a.frame.masked, c) < MAX_QUOTED_SHARE)
      .map((candidate) => {
        const key = `${candidate.token}/${candidate.direction}`;
        let cue = shared.get(key);
        if (!cue) shared.set(key, (cue = cueFeatures(a.frame, candidate)));
        return { candidate, shared: cue, own: spanFeatures(a.frame, candidate, own) };
      });
    if (read.length > 0) out.push({ sentence: s, read });
  }
  return out;
}

/**
 * Reported speech as the learned model reads it: per cue word, its best candidate when it scores
 * above the model's threshold; per sentence, those best first, none overlapping another
 * (PolNeAR's attributions never nest).
 */
export function findLearnedClauses(
  a: FrameAnalysis,
  skip: readonly Span[],
  model: AttributionModel = loadModel(),
): ReportedClause[] {
  const out: ReportedClause[] = [];
  for (const { sentence, read } of readCandidates(a, skip, cueWordTest(model))) {
    const bestOfCue = new Map<number, { c: Candidate; score: number }>();
    const sharedScores = new Map<readonly string[], number>();
    for (const r of read) {
      let base = sharedScores.get(r.shared);
      if (base === undefined) sharedScores.set(r.shared, (base = scoreFeatures(model, r.shared)));
      const score = base + scoreFeatures(model, r.own);
      const known = bestOfCue.get(r.candidate.token);
      if (score > model.threshold && (!known || score > known.score))
        bestOfCue.set(r.candidate.token, { c: r.candidate, score });
    }
    const scored = [...bestOfCue.values()].sort((x, y) => y.score - x.score || x.c.start - y.c.start);
    const taken: Candidate[] = [];
    for (const { c } of scored) if (!taken.some((t) => t.start < c.end && c.start < t.end)) taken.push(c);
    for (const c of taken) {
      if (!c.event) continue;
      const clause = { start: c.start, end: c.end, sentence, rule: 'quote.indirect.learned' };
      const speaker = c.source?.speaker ?? null;
      const speakerRule = c.source?.rule ?? undefined;
      out.push({ ...clause, event: { ...c.event, speaker }, ...(speakerRule ? { speakerRule } : {}) });
    }
  }
  return out.sort((x, y) => x.start - y.start);
}
