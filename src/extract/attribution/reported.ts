import type { Span } from '../../model/span.ts';
import { findReportedClauses, type ReportedClause } from '../quotes/04-indirect-speech.ts';
import type { Sentence } from '../speakers/frame.ts';
import type { FrameAnalysis } from '../speakers.ts';
import { readArticleSpeech } from './article-speech.ts';
import { type Candidate, findCandidates } from './candidates.ts';
import { isCompoundHead, isCompoundTail } from '../../nlp/tokens.ts';
import { isNameWord } from './cue-reading.ts';
import { cueFeatures, quotedShare, spanFeatures, tokenEdges, viewSentence } from './features.ts';
import { type AttributionModel, SHIPPED_MODEL, scoreFeatures } from './model.ts';
import { type Scored, selectContents } from './select.ts';
import { findSubjectPhrase } from './subject-phrase.ts';
import { findSharedSubjectPhrase } from './shared-subject-phrase.ts';
import { isImperative } from './imperative.ts';

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
  shared: readonly number[];
  own: readonly number[];
}

/** A cue's shared features are kept per cue and direction: token * 3 + this. */
const DIRECTION_KEYS = { after: 0, before: 1, around: 2 } as const;

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
  // The rules' clauses by sentence, grouped once (each sentence read its own out of all of them).
  const rules = new Map<Sentence, ReportedClause[]>();
  for (const r of findReportedClauses(a, skip)) {
    const list = rules.get(r.sentence);
    if (list) list.push(r);
    else rules.set(r.sentence, [r]);
  }
  const out: { sentence: Sentence; read: ReadCandidate[] }[] = [];
  const speech = readArticleSpeech(a);
  for (const s of a.frame.sentences) {
    if (s.tokens.length > MAX_CANDIDATE_SENTENCE_WORDS) continue;
    // The sentence's cue words, read once: findCandidates walks these, not every token again.
    let cues: number[] = [];
    for (let k = 0; k < s.tokens.length; k++) if (isCueWord(s.tokens[k]!.norm)) cues.push(k);
    if (cues.length === 0) continue;
    if (skip.some((r) => r.start < s.end && s.start < r.end)) continue;
    // A capitalised cue word inside the sentence is a name's ("United States", "State Department").
    cues = cues.filter(
      (k) =>
        !isNameWord(a.frame.text, s, k) &&
        !isCompoundTail(a.frame.text, s.tokens, k) &&
        !isCompoundHead(a.frame.text, s.tokens, k),
    );
    if (cues.length === 0) continue;
    const view = viewSentence(a.frame, s);
    const own = rules.get(s) ?? [];
    const shared = new Map<number, number[]>();
    const read: ReadCandidate[] = [];
    for (const candidate of findCandidates(a, s, cues)) {
      const edges = tokenEdges(view, candidate);
      if (quotedShare(view, edges) >= MAX_QUOTED_SHARE) continue;
      const key = candidate.token * 3 + DIRECTION_KEYS[candidate.direction];
      let cue = shared.get(key);
      if (!cue) shared.set(key, (cue = cueFeatures(a.frame, view, candidate, speech, s.index)));
      read.push({ candidate, shared: cue, own: spanFeatures(a.frame, view, candidate, own, edges) });
    }
    if (read.length > 0) out.push({ sentence: s, read });
  }
  return out;
}

/**
 * Reported speech as the learned model reads it: the candidates scoring above the model's
 * threshold, per sentence at most one per cue and none overlapping another (select.ts).
 */
export function findLearnedClauses(
  a: FrameAnalysis,
  skip: readonly Span[],
  model: AttributionModel = SHIPPED_MODEL,
): ReportedClause[] {
  const out: ReportedClause[] = [];
  for (const { sentence, read } of readCandidates(a, skip, model.isCueWord)) {
    const scored: Scored<Candidate>[] = [];
    const sharedScores = new Map<readonly number[], number>();
    for (const r of read) {
      let base = sharedScores.get(r.shared);
      if (base === undefined) sharedScores.set(r.shared, (base = scoreFeatures(model, r.shared)));
      const gain = base + scoreFeatures(model, r.own) - model.threshold;
      if (gain > 0)
        scored.push({
          cue: r.candidate.token,
          item: r.candidate,
          gain,
          cueAt: sentence.tokens[r.candidate.token]!.start,
        });
    }
    const taken = selectContents(scored);
    for (const c of taken) {
      const speaker = c.source?.speaker ?? null;
      const speakerRule = c.source?.rule ?? undefined;
      // With no source, an imperative ("See it now: …") addresses the reader: nobody's report.
      if (!speaker && isImperative(a.frame.masked, sentence, c.token)) continue;
      // Written out, not spread from a conditional object: one shape, no copy per clause.
      const clause: ReportedClause = {
        start: c.start,
        end: c.end,
        sentence,
        rule: 'quote.indirect.learned',
        event: { ...c.event, speaker },
      };
      if (speakerRule) clause.speakerRule = speakerRule;
      // A clause chosen with no source may still open with one in its own words (subject-phrase.ts).
      const phrase = speaker
        ? null
        : (findSubjectPhrase(a.frame, sentence, c.token) ?? findSharedSubjectPhrase(a, sentence, c.token));
      if (phrase) clause.subjectPhrase = phrase;
      out.push(clause);
    }
  }
  return out.sort((x, y) => x.start - y.start);
}
