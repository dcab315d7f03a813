/**
 * Rebuilds src/extract/attribution/weights.json from PolNeAR train (../shared/eval/attribution):
 * every article is read as `hearsay analyze` reads it, each sentence's candidate contents are
 * generated (src/extract/attribution/candidates.ts) and labelled by whether they would count as
 * finding a gold attribution under score_attribution.py's rule (cover ≥ 50% of its letters and
 * digits, at most about twice as long) while being mostly inside it; two averaged perceptrons, one
 * ranking each cue's candidates and one choosing a sentence's contents together, learn to tell them
 * apart, and their weights are summed. The last 10% of train's articles are held out (not trained on), so
 * `npm run eval:attribution` can report a figure on articles the model never saw.
 *
 *   node scripts/train-attribution.ts      (deterministic; a few minutes on 2 cores)
 *
 * Measured and not kept (recall round 6; dev recall at the lowest threshold keeping P ≥ 0.85, then
 * held-out at that threshold, for the default seed and SEED=777; shipped: 0.7208 and 0.7222 dev,
 * 0.7468 held-out). Train's first 250 articles scored by a model trained without them (LEAVE_OUT)
 * miss 14.5% as not-cue, 8.0% rejected (a right candidate scored under the threshold), 5.0%
 * out-selected by the same cue, 2.0% span; in-sample train recall (0.733 @ 0.861) is about dev's,
 * so the model underfits more than it overfits. Rejected golds differ from found ones in the
 * lexical features (cue word and stem, first word, cue outside the lexicon with no rule clause):
 * they are stances and non-speech acts whose cue word is mostly no attribution ("made", "see",
 * "endorsed", "focused on", "decided"); no mislabelled candidate or mis-read passive showed.
 * - MIN_CUE_SHARE 0.05 (more learned cue words): dev 0.7226/0.7240, held-out 0.7458/0.7505, 23%
 *   more candidates.
 * - The cue word with the class of the content's first word and of the word after its end
 *   (boundary-features.ts): dev 0.7172/0.7181, held-out 0.7495/0.7505.
 * - NEAR_BEST 0.85 or 0.6 (looser answers): dev 0.712 @ 0.852 and 0.706 @ 0.860 at -7.4, lower.
 * - Any -ly adverb between a passive's "be" and its participle: dev 0.7194, held-out 0.7477.
 * - MIN_FEATURE_COUNT 5: dev 0.7181; 20: dev 0.7276/0.7245, held-out 0.7440/0.7440; 40: dev
 *   0.7281/0.7263, held-out 0.7505/0.7505 but held-out P 0.859/0.858 (0.865/0.866 shipped: a move
 *   along its curve, F1 0.8013 against 0.8016) and dev speakers 0.928 for one seed; 80: dev 0.7208.
 * - Updates for a missed gold weighted 2 (a recall-leaning perceptron): dev 0.7235/0.7217,
 *   held-out 0.7505/0.7458, dev speakers 0.928 for one seed; 1.5 and 3 no better.
 * - A word's cue share counted over its occurrences outside quotation marks (candidates never read
 *   quoted words; 27 more cue words, "think" among them): dev 0.7213/0.7222, held-out
 *   0.7495/0.7486, 9% more candidates. SEEDS=20: dev 0.7194, held-out 0.7458.
 * Cue detection round (dev recall at P ≥ 0.85, default seed / SEED=777, against 0.7217 / 0.7217
 * before every form of a strong stem became a cue, and 0.7281 / 0.7286 after; commit edbbcc4 has
 * the code): a cue prior (each stem's gold cue heads and occurrences on train, bucketed share ×
 * count as a feature, cross-fitted over 5 folds) 0.7276 / 0.7281; with MIN_CUE_COUNT 2 beside it
 * 0.7286 / 0.7267; WordNet stems (verbs train holds under 20 times sharing a verb.communication
 * synset of their first 2 senses with a strong cue, 176 stems) 0.7249. Only -s forms of the strong
 * stems (no bare forms): 0.7249. Learned cue words never read after "to": 0.7217, train 0-399
 * speakers 0.9025. A cue's head read past "a", "the", "to", "'s" and possessives too ("a |
 * reference to", "to | heckle"): 0.7286 / 0.7245 against 0.7276 / 0.7267 at THRESHOLD -4.6.
 * PolNeAR dev and held-out hold no transcript turns; on train, transcript-turn quotes are 28 right
 * of 82 (tallies "Sanders: 1,501.", Q&A answers left unannotated), and the learned reader skips the
 * turns' sentences though training reads them (reading them: train 0.7327 -> 0.7357 recall).
 *
 * Measured and not kept (span choice, round h11). Each change was measured twice: on dev, as
 * recall at the lowest threshold keeping P ≥ 0.85 (shipped 0.7217 @ 0.8505), and on train's first
 * 250 articles scored by a model trained without them (LEAVE_OUT=250, then
 * `node eval/attribution-threshold.ts --train 250 --model OUT`: 4,917 golds; shipped features give
 * 0.6915 @ 0.8208 at -5.8 for the default seed, 0.6858 @ 0.8205 for SEED=777, so the shuffle alone
 * moves it by 0.005). No change moved both sets past that noise:
 * - Where dev's 91 outselected-same-cue misses come from: 76 are the cue's own ranking (the right
 *   candidate scored under the taken one; 17 whole-sentence right over comma-closed, 8 over
 *   phrase-closed, 6 over next-cue, 9 the reverse), 14 the sum over cues (a long content holding a
 *   second cue, beaten by the two shorter spans). Too-long false positives (94) are the same
 *   decision the other way round: the features do not tell the two apart.
 * - Other cue words inside the span (0/1/2+, by shape) and an earlier cue in the sentence (with or
 *   without a "that" between): dev 0.7258 @ 0.8500 (0.7276 against 0.7217 for SEED=777, 0.7235
 *   against 0.7231 for SEED=1234), train-head 0.6907 @ 0.8221; held-out fell to 0.7394 @ 0.8566.
 * - The classes of the words skipped between the cue and a content (det+noun, pron+verb, name …)
 *   with the content's first word's class: dev 0.7258 @ 0.8503, train-head 0.6896 @ 0.8215.
 * - WordNet's lexicographer files of the cue word's main verb and noun senses: dev 0.7240 @
 *   0.8503, train-head 0.6872 @ 0.8203.
 * - NEAR_BEST 0.995: dev 0.7263 @ 0.8523 but 0.7185 @ 0.8529 for SEED=777, train-head 0.6905 @
 *   0.8202 and 0.6880 @ 0.8220; NEAR_BEST 1: dev 0.7245 @ 0.8531, train-head 0.6880 @ 0.8206.
 * - Training without the groups of a gold cue none of whose candidates finds its content (they
 *   teach "none" at a right cue): recall up and precision down along a worse curve (dev 0.7158 @
 *   0.8516, train-head 0.6720 @ 0.8184): those groups carry the precision.
 * - A log-linear (softmax) ranker by AdaGrad with L2 instead of the perceptron, same groups: dev
 *   0.7245 @ 0.8523 and 0.7194 @ 0.8519 (two seeds), train-head 0.6953 @ 0.8182 and 0.6927 @
 *   0.8202; steadier across shuffles and twice as fast to train, but no better. Summed with the
 *   perceptron (×6): dev 0.7231 @ 0.8525. With the cue word × closing × class of the word after
 *   the content added (a conjunction the steadier learner might have used): train-head 0.6953 @
 *   0.8179 and 0.6927 @ 0.8216, as without.
 * - Selection by the sum of gain^p over a sentence's contents (no retrain): p 1.5 dev 0.7199 @
 *   0.8506, p 2 0.7167 @ 0.8528.
 *
 * Sentence-level learning (round h14, issue #8's second direction). Before it, the per-cue ranker
 * alone gave dev 0.7290 @ 0.8502 (-5.0) and 0.7281 @ 0.8502 for SEED=777; train-head (LEAVE_OUT=250)
 * 0.6947 @ 0.8249 at -5.0, 0.6960 @ 0.8194 at -5.5. The per-cue ranker is taught, at every cue,
 * the best right candidate even when another cue of the sentence finds the same content and
 * selection (select.ts) will drop one of them, and it is punished for a candidate selection would
 * not have reported. The sentence-level perceptron (joint-training.ts) predicts what extraction
 * reports and is answered with the non-overlapping set of the cues' right candidates finding the
 * most golds. Alone (RANKERS=sentence, cue words kept at -5.0): dev 0.7363 @ 0.8510 at -9.8,
 * 0.7313 @ 0.8504 for SEED=777; train-head 0.7045 @ 0.8180 at -9.8, 0.7006 @ 0.8245 at -8.8. Its
 * curve is steeper than the per-cue ranker's flat one (dev 0.7468 @ 0.8419 at -12, 0.7509 @
 * 0.8319 at -14, against 0.740 @ 0.837 at -7.0). Retrained with cue words kept at -9.4, SEED=777
 * fell back to 0.7286 @ 0.8502: alone, the gain is within the shuffle's noise. Summed with the
 * per-cue ranker's weights (both trained per seed; shipped, cue words kept at -16.4): dev 0.7391 @
 * 0.8507 at -16.4 (held-out 0.7505 @ 0.8712 -> 0.7616 @ 0.8661, dev speakers 0.9373 -> 0.9366),
 * 0.7372 @ 0.8512 at -16.2 for SEED=777 (0.8495 at -16.4); train-head 0.7077 @ 0.8170 at -16.4,
 * 0.7041 @ 0.8193 at -15.4, 0.6978 @ 0.8267 at -13.4: about +0.008 at the per-cue ranker's
 * precision. Train 0-399 speakers (eval/speaker-misses.ts) 0.9105 -> 0.9115. Seeds: quotes,
 * speakers and verdicts unchanged, positions recall 0.808 -> 0.769 (one issue's evidence: a
 * reported clause of its sentence now read from another cue). Summed 2:1 or 1:2 (by hand from
 * the separately trained models) instead of 1:1: 0.7381 @ 0.8514 at -23 and 0.7377 @ 0.8504 at
 * -27.5, as 1:1 (0.7381 @ 0.8503 at -16.5). Stacked instead of summed (the sentence-level
 * trainer scoring with the same seed's per-cue weights added, so it learns what selection still
 * gets wrong): 0.7249 @ 0.8517 at -10, 0.7354 @ 0.8401 at -12, worse. Not kept, sentence-level
 * alone (dev, default seed):
 * - 10 passes: 0.7263 @ 0.8513 at -9.8; 4 passes 0.7336 @ 0.8502 at -9.4, as 6 (0.7331 @ 0.8520).
 * - Predictions made at a training threshold of -5 instead of 0: 0.7340 @ 0.8537 at -15, 0.7372
 *   @ 0.8483 at -16, no better.
 * - A loss-augmented margin (2 added to every wrong candidate's score when the trainer predicts):
 *   0.7295 @ 0.8509 at -10.6, 0.7354 @ 0.8497 at -11.4, no better.
 *
 * A second-stage filter over the finished reported clauses (round h15, issue #8; commit 2a425b1
 * has the code: attribution/filter*.ts hooked in extractQuotes after speakers are final,
 * scripts/attribution-filter-training.ts, eval/attribution-filter.ts), measured and not kept. A
 * logistic regression (L2, Newton) over what the rankers cannot see: the speaker rule, kind and
 * surface (name, pronoun, common noun, none), the clause's length, share of its sentence and
 * place, the cue's class and word, a negation or modal before the cue, infinitive and -ing cues,
 * questions, "it seems", list and title-case shapes, other reports and quotes in the sentence,
 * with the rankers' score and lead over the cue's next candidate as thermometer codes. Trained on
 * train's clauses read at -23.6 by rankers cross-fitted over 5 contiguous folds (4 shuffles each;
 * 15,670 clauses, 70% right by the precision rule). Out of fold it tells right from wrong little
 * better than the score alone (AUC 0.787 against 0.769; dropping the lowest 2% removes 247 wrong
 * and 66 right clauses, against 170 and 83). Threshold and cut swept together (recall at P ≥ 0.85):
 * dev 0.7345 @ 0.8505 -> 0.7400 @ 0.8503 (-18.6, cut -1.25; no filter at -18.6: 0.7427 @ 0.8445),
 * SEED=777 0.7345 @ 0.8515 -> 0.7404 @ 0.8504 (-17.6, cut -1.25): +0.006, the shuffle's noise;
 * train-head (LEAVE_OUT=250, P ~0.82 there) 0.7053 @ 0.8199 (-15.6, no filter) against 0.7061 @
 * 0.8208 (-16.6, cut -1.25) and 0.7110 @ 0.8152 (-18.6, cut -1.25) against 0.7098 @ 0.8132
 * (-17.6, no filter): the filter moves along the threshold's own curve. Cutting it harder costs
 * direct recall too (0.9599 -> 0.9567 on dev: learned clauses find some direct golds). Through
 * the CLI at -18.6, cut -1.25: dev 0.7400 @ 0.8503, speakers 0.9422 -> 0.9385; held-out (read
 * once, after the decision) 0.7551 @ 0.8691 -> 0.7634 @ 0.8668.
 * A content tagger as stacked evidence (round h15, issue #8's first direction; commit 4cb452f has
 * the code). Every word of a sentence the candidates are read in is tagged inside or outside some
 * attribution's content by a structured averaged perceptron with Viterbi (19 templates: the word and
 * its neighbours, distance and commas to the nearest cue on each side, that cue word, punctuation
 * either side, position; 53,000 weights), learned on train and cross-fitted over 5 folds of its
 * articles (a held-out fold's inside words: P 0.846, R 0.819); its agreement with each candidate
 * (share of the span tagged inside, whether the span starts and ends a tagged run, whether the run
 * goes on past either end) is read by both rankers. Against 0.7345 @ 0.8505 (-15.6): dev 0.7464 @
 * 0.8503 at -20.5, and 0.7464 @ 0.8503 at -21.0 for SEED=777; train-head (LEAVE_OUT=250) 0.7094 @
 * 0.8254 at -20.5 and 0.7075 @ 0.8320 at -18.5, against 0.7041 @ 0.8224 at -15.0 and 0.6968 @
 * 0.8298 at -13.0 without it (+0.01 at equal precision). Not kept: held-out fell 0.7551 @ 0.8691 ->
 * 0.7514 @ 0.8706, dev speakers 0.9422 -> 0.939, and tagging took 13% of extraction CPU (Reuters'
 * first 4,000 articles: 0.30 s of 2.33 s, 0.7 µs a word) where bench:extract allows 5%.
 * - Its runs as candidates as well (a closing where the run holding a content's first word ends; the
 *   run right before a cue's clause as a content before it; 25% more candidates): dev 0.7450 @
 *   0.8501 at -23.5, lower. On dev, its runs would find 103 of the 625 golds extraction misses, but
 *   only 62% of its runs find any gold.
 * - Cheaper taggers: open-class words read by their shape (function words and cue words by name;
 *   12,700 weights, same tagger P/R): dev 0.7395 @ 0.8509 at -18.5; with 10 templates (conjoined
 *   distances and commas) 0.7368 @ 0.8506 at -18.0 and still 8% of extraction CPU. The gain needs
 *   the words, and the words cost the look-ups.
 * Not-cue golds on train's first 600 articles (1,724, 12.4% of its golds) are a long tail: the most
 * frequent heads are "to" (60, infinitives: "to heckle", "to poke fun at"), "the" (50) and "a" (45:
 * nominal cues, "the sense that", "a reference to"), "in" (38, a few of them polls: "In the poll,
 * X led"), "think" (37), "support" (34), "for" (18: "For X, clause"); no construction reaches
 * more than about 20, so none was built in this round.
 *
 * Non-linear learners over the same candidates (round h16, issue #8: are the features' interactions
 * what the perceptrons miss?), measured and not kept; commit 3bca5d9 has the extraction hooks
 * (attribution/boosted.ts, model.ts lengthConjunctions, CONJOIN= here) and the experiment scripts
 * named below (removed from main since: a negative result's 760 lines). Train's groups (held-out
 * tail out: 27,391 cues, 161,097 candidates, 5.8M feature occurrences) and dev's are dumped once
 * (scripts/dump-attribution-groups.ts, 7 s) and screened offline: distinct golds select.ts's
 * choice finds at the precision the perceptrons have at -15.2 (scripts/attribution-dump.ts).
 * - Boosted trees (scripts/boosted-trees.ts, boosted-attribution.ts: second order, splits on a
 *   feature's presence or on quantile cuts of six cue-group columns: the perceptrons' score,
 *   cross-fitted over 5 folds of train, its gap to the group's best, its rank, the group's size,
 *   the sentence's cues, the candidate's length in characters) started from the scaled score.
 *   Logistic loss per candidate (100 trees, depth 4): dev 1014 golds against 1109, it learns "a
 *   right span", not which. Softmax per cue with taking none scored 0: 100 trees 1117, 300 trees
 *   1131 (+22 of 2,192 golds), depth 6 1124. Through extraction (300 trees, depth 4) dev 0.7418 @
 *   0.8503 against 0.7336 @ 0.8517; but fit on train's last four fifths and scored on its first
 *   (whose perceptron scores come from rankers that never saw it): 1473 against 1476 (1501/1502
 *   and 1445/1455 at a precision 0.01 either side), no gain; and scoring 300 trees per candidate
 *   took bench:extract's quotes CPU from 1.31 to 0.82 MB/s.
 * - The trees split most on the length in characters (345 of their splits, the score 275, its gap
 *   to the best 162). Conjunctions for the perceptrons chosen from the trees' splits
 *   (scripts/conjunction-attribution.ts offline, then retrained here): two features a tree tests
 *   one under the other, offline dev +8 and train's first fifth +5 golds, nothing; each of the 519
 *   features the trees test conjoined with the log2 bucket of that length: offline dev 1137
 *   against 1109, first fifth 1494 against 1476. Retrained: dev 0.7422 @ 0.8502 at -30.5 (SEED=777
 *   0.7422 @ 0.8505 against 0.7349 @ 0.8511), but train-head (LEAVE_OUT=250; the list chosen by
 *   trees that saw those articles, which favours it) 0.7092 @ 0.8232 at -30 against about 0.7053 at
 *   that precision, 0.7051 @ 0.8254 against 0.7031 @ 0.8257, 0.7000 @ 0.8302 against 0.6976 @
 *   0.8305: +0.002 to +0.004, the shuffle's noise. Dev speakers 0.9441 -> 0.9434; held-out (read
 *   once, after the decision) 0.7532 @ 0.8691 -> 0.7616 @ 0.8690, direct 0.950 -> 0.947.
 * The interactions carry some of dev's misses, not train's: the model's limit is not there.
 *
 * Article-level evidence about the cue's source (round h17, issue #8). Where the gap was, before:
 * train's first 250 articles scored by a model trained without them (LEAVE_OUT=250) at -16.8 miss
 * 13.1% as not-cue, 7.1% rejected, 4.8% out-selected by the same cue, 2.0% span (dev: 10.7%, 6.8%,
 * 4.7%, 1.7%). The not-cue golds' cues are stance phrases with no construction in common: by shape
 * 178 multi-word phrases ("has set his sights on", "campaigned hard against"), 158 an auxiliary
 * before a head no cue word ("is a surrogate for"), 150 single words under the cue share ("support",
 * "know"), 37 modals, 28 nominal ("the idea is"), 28 -ing, 27 prepositions ("For X, …"), 19 "to",
 * 17 punctuation (headline colons whose label the body does not repeat); none reaches 1% of golds.
 * Dev's false positives at the shipped threshold: 242 overlap no gold, 100 too long, 46 start
 * before one. The emitted clauses' precision there (train-head, -16.8) hardly moves with the
 * source's distance to the cue (0.69 to 0.77 by words between; 0.85 in another sentence, which
 * howRead already names), but moves with how often the source speaks elsewhere in the article (the
 * rules' lexicon events by entity, the cue's own left out): 0.53 for 0 other acts, 0.76 for 1, 0.83
 * for more (within a named subject: 0.50, 0.79, 0.84), and with the article's speech acts per
 * sentence (0.57 under 0.1, 0.83 over 0.5). As features (bucket × direction, bucket × howRead),
 * recall at the lowest threshold keeping dev P ≥ 0.85, then train-head at P ≥ 0.815 and ≥ 0.82, for
 * seeds default / 777 / 1234 (without: dev 0.7368 @ 0.8511, 0.7386 @ 0.8500, 0.7336 @ 0.8500;
 * train-head 0.7086 / 0.7031, 0.7120 / 0.7067, 0.7120 / 0.7071):
 * - the source's salience (article-speech.ts), kept: dev 0.7404 @ 0.8509, 0.7400 @ 0.8512, 0.7404
 *   @ 0.8505 (+0.004 on average, up for every seed); train-head 0.7126 / 0.7077, 0.7092 / 0.7043,
 *   0.7110 / 0.7077 (+0.000 on average: the shuffle's noise, not a gain). Through the CLI at -17.4:
 *   dev 0.7372 @ 0.8508 -> 0.7404 @ 0.8509, speakers 0.9403 -> 0.9407; held-out (read once, after
 *   the decision) 0.7597 @ 0.8629 -> 0.7597 @ 0.8656, speakers 0.8959 -> 0.8961; Reuters speaker
 *   sets 55/59 and 45/52 as before; bench:extract quotes CPU +0.5% and +1.3% (two A/B pairs, each
 *   tree loaded first once, 4,000 articles).
 * - the article's speech acts per sentence (5 buckets), with salience: dev 0.7395 @ 0.8505,
 *   train-head 0.7059 / 0.7031; alone: dev 0.7345 @ 0.8517, train-head 0.7033 / 0.6996. Lower: the
 *   words of an essay already tell the perceptrons what its density would.
 * - the words between the source and the cue (0, 1-2, 3-6, 7+, after, another sentence), with
 *   salience: dev 0.7386 @ 0.8515 and 0.7377 @ 0.8509 (SEED=777); train-head 0.7108 / 0.7075 and
 *   0.7096 / 0.7049, as salience alone.
 * - Salience × the cue word (each stance word its own use of it), beside the two kept, trained at
 *   -17.4: dev 0.7363 @ 0.8512 and 0.7363 @ 0.8509 (SEED=777), train-head 0.7112 / 0.7055 and
 *   0.7086 / 0.7059: lower on dev, as before on train-head.
 * - Whether a source-less cue opens with a noun phrase subject-phrase.ts would read as its source:
 *   not built; such clauses are right 60% of the time with or without one (train-head, 445 and 24).
 *
 * The sentence as the reader's unit (round h18, issue #8; eval/attribution-sentence-units.ts,
 * shipped model, train's first 756 articles = all but the held-out tail, 18,750 golds, 4,520
 * missed; dev 2,192 and 576). Measured, nothing built: no bucket reaches 1% of golds.
 * - 91.5% of train's golds lie in one of our sentences, 8.0% in two, 0.4% in three or more (dev
 *   92.7%, 6.8%, 0.6%). Of the golds missed, 97.9% lie in one sentence with their cue (train 4,417
 *   of 4,520, dev 562 of 576); 94 span several (0.50%; dev 13, 0.59%), 9 sit in the sentence after
 *   or before their cue's (dev 1). No gold lies in a sentence too long to read (250 words).
 * - Continuation candidates (a content run on over the next sentences): of 1,586 multi-sentence
 *   golds, 1,462 are found by no candidate inside one sentence, and 514 would be by a candidate of
 *   their first sentence extended to the end of their last; but 464 of those are already found by
 *   the direct-quote rules, leaving 50 (0.27% of golds; dev 5, +0.0023 recall were every one found
 *   at no cost in precision, under the shuffle's 0.005). Of the 59 missed golds such an extension
 *   reaches, 36 continue into a sentence holding a cue word and 28 one with a quotation mark; 9 hold
 *   neither, and their first words are spread ("and", "but", "the", names, numbers): a rule for
 *   quiet continuations would reach 0.05%.
 * - Splitter errors: in the 94 multi-sentence misses, 11 cuts look doubtful by shape (4 after a
 *   colon and 2 at line breaks, lists and headlines a reader cuts too; 1 before lower case; 4 after
 *   a short capitalised word, each a true end on reading: "GOP.", "World War II.");
 *   against wink-nlp's splitter run on the same masked text, no cut of ours inside a missed gold
 *   is one wink lacks, and 18 missed golds (0.10%; dev 1) start or end where wink cuts inside one
 *   of our sentences, most wink's own errors ("You lie!" mid-sentence); ours are glued after "no."
 *   ("said no. But") and "U.S." before "The". Train's 840 texts hold 21 stops after a listed
 *   abbreviation or initial followed by a capitalised pronoun, article or conjunction ("U.S. The",
 *   "no. But", "D.C. He"): a sound splitter fix, but about one PolNeAR gold in 1,000 at most, so a
 *   change to every split (and a retrain) for no measurable recall; left for a splitter round.
 * eval/attribution-misses.ts now names the run-on part of its other-sentence bucket (dev: 5 of 11).
 *
 * Features of the cue's frame (round h20, issue #8), measured and not kept. Train's first 400
 * articles, scored in-sample, miss 12.0% of golds as not-cue (a long tail: "support" 21, "know"
 * 13, "think" 11; cues followed by "that" 0.6%), 4.0% rejected, 3.9% out-selected by the same
 * cue, 2.3% span; dev 10.7%, 7.1%, 4.4%, 1.7%. Each feature was retrained against the shipped
 * weights, which the script reproduces byte for byte (dev recall at the lowest threshold keeping
 * P ≥ 0.85: base 0.7368 @ 0.8510 at -16.5, SEED=777 0.7413 @ 0.8506 at -17.0; train-head,
 * LEAVE_OUT=250: base 0.7122 @ 0.8169 at -18 and 0.7043 @ 0.8258 at -15):
 * - Whether the content holds a finite verb (an auxiliary, a lower-case -ed form, a word
 *   compromise's lexicon tags PastTense, PresentTense, Copula or Modal; counted per sentence like
 *   the auxiliaries), by shape and by cue word (commit 11f0299 has the code): a clause ("said |
 *   the bridge collapsed") against a noun phrase ("attacked | the council"). Dev 0.7400 @ 0.8516
 *   at -18.5 and 0.7422 @ 0.8515 at -19.0 (SEED=777), +0.003 and +0.001; train-head 0.7183 @
 *   0.8153 at -21 and 0.7147 @ 0.8204 at -19 (+0.006 and +0.010 at P ≥ 0.815 and 0.82):
 *   precision at equal recall rose on both (dev at -16: 0.7372 @ 0.8601 against 0.7363 @
 *   0.8522). Retrained at -18.5, through the CLI at -19: dev 0.7413 @ 0.8515, speakers 0.9426;
 *   train 0-755 in-sample 0.7591 @ 0.8687 -> 0.7627 @ 0.8653; Reuters sets 55/59 and 47/52;
 *   bench:extract quotes CPU 0.60 -> 0.61 MB/s (a loaded machine: the same). Not kept: held-out
 *   (read once, after the decision) fell 0.7597 @ 0.8663 -> 0.7523 @ 0.8651, and three invented
 *   learned-span tests failed (learned-cue-frame "Lind has denounced", news-round16 "ignoring the
 *   rural vote", speakers-surnames-spelt-as-words' clause before a reporting clause): the spans it moves are not
 *   only the ones it should.
 * - The cue word × its source's type (name, pronoun, none …): dev 0.7345 @ 0.8503, lower.
 * - The classes of the words either side of the cue (determiner, pronoun, auxiliary …; a noun
 *   read as a cue, "the ad | features", "Battleground state | Florida"): dev 0.7349 @ 0.8515.
 *
 * Regularising the learning (round h21, issue #8: dev golds rejected 7.1%, train's in-sample 4.0%).
 * Each variant retrained against the shipped weights (reproduced byte for byte): dev recall at the
 * lowest threshold keeping P ≥ 0.85, then train-head (LEAVE_OUT=250, `attribution-threshold.ts
 * --train 250`, step 0.5) at P ≥ 0.82 and ≥ 0.815. Base: dev 0.7395 @ 0.8502 at -17.2; train-head
 * 0.7118 @ 0.8207 and 0.7161 @ 0.8152.
 * - Feature dropout 0.1 (featureDropout: a feature left out of a step's scoring and
 *   update), kept on its branch, then set to 0 when merged: dev 0.7422 @ 0.8514 at -16.8, train-head 0.7149 @ 0.8215 and 0.7193 @ 0.8155 (+0.003
 *   on both cuts). The curve stays flat (dev 0.7495 @ 0.8383 at -22): 0.75 @ 0.85 needs more
 *   than regularising.
 * - Dropout 0.2: dev 0.7445 @ 0.8505 at -17.6, train-head 0.7122 / 0.7169, as base.
 * - Dropout 0.1 with features seen in fewer than 3 articles dropped (34,107 -> 24,172 weights):
 *   dev 0.7459 @ 0.8501 at -18.0 (0.7445 @ 0.8509 at -17.8), train-head 0.7153 / 0.7189, as
 *   dropout alone; not kept: the retrain read "reminding the crowd that Lind has denounced the
 *   cuts" as the clause "the cuts …" of "denounced" (learned-cue-frame.test.ts fails), as dropout
 *   0.2 does too. The 3-article cut alone: dev 0.7422 @ 0.8511, train-head 0.7106 / 0.7141
 *   (lower); 6 articles (17,510 weights): dev 0.7377 @ 0.8505.
 * All single-seed (the default): each gain is within the shuffle's 0.005. Merged beside the same
 * round's speaker rules (shared-subject-phrase.ts, nearer-clause-subject.ts), dropout 0.1 gave dev
 * 0.7436 @ 0.8507 at -16.8 but failed the same two learned-span tests (learned-cue-frame's
 * "denounced" clause, and quote-clauses' clause from the cue to a quoted phrase); without it dev
 * 0.7409 @ 0.8514 at -16.2 and both pass: a gain inside the shuffle's noise does not pay for two
 * wrong spans, so DROPOUT is 0 (the function stays for the next measurement).
 *
 * Candidates and back-off features measured against train's misses (round h22, issue #8), none
 * kept. Base (the shipped weights, which the script reproduces): dev 0.7409 @ 0.8514 at -16.2
 * (sweep: 0.7413 @ 0.8503 at -16.8); train-head (LEAVE_OUT=250, step 0.5) 0.7108 @ 0.8213 at
 * P ≥ 0.82 and 0.7157 @ 0.8166 at P ≥ 0.815; train 400-699, in-sample, 0.7561 @ 0.8703 at -17.
 * Train's first 400 articles (in-sample, 9,720 golds) miss 11.9% as not-cue, 4.0% rejected, 3.9%
 * out-selected by the same cue (50 a whole-sentence right over the comma-closed taken, 30 the
 * reverse, 32 phrase-closed over sentence), 2.3% span, 0.9% out-selected by another cue; direct
 * golds missed are 1.0% (33 of 95 not-cue: quoted titles and phrases after stance verbs). Of the
 * 261 golds with candidates at their cue but none finding them, 68 would be found by an after
 * candidate's start with another end, 27 of those ending before "and", 30 before an auxiliary.
 * - A closing before the first "and" or "but" after the content's first word ("fired his data
 *   director | and is investigating"; commit bb019f4 has the code and a test; 13% more
 *   candidates, 34,121 -> 41,170 weights): dev 0.7377 @ 0.8548 at -16.0 (0.7354 @ 0.8503 at
 *   -17.6); train 400-699 in-sample 0.7644 @ 0.8730 at -17; but train-head 0.7104 @ 0.8207 and
 *   0.7153 @ 0.8162, as base: the gain is in-sample only.
 * - The cue word's inflection stem (nlp/stem.ts) with the span's shape and with howRead, beside
 *   the word's own (rare forms sharing their verb's weights; commit e781309 has the code): dev
 *   0.7363 @ 0.8507 at -17.8, train-head 0.7096 @ 0.8220 and 0.7155 @ 0.8151, as base.
 * - Bagging: each seed's rankers learn on a seeded 80% of train's articles: dev 0.7409 @ 0.8505
 *   at -17.0, as base.
 * - MIN_CUE_HITS 8 (577 of 893 cue words kept): dev 0.7308 @ 0.8526 at -19.0, lower: the rare
 *   cue words carry recall. MIN_CUE_HITS 1 (886 kept): dev 0.7409 @ 0.8502 at -16.4, two more
 *   false positives; train-head 0.7116 @ 0.8213 and 0.7165 @ 0.8166 (+0.0008, four golds).
 * - MAX_SKIPPED_WORDS 1 (27% fewer candidates, 23,939 weights): dev 0.7363 @ 0.8509 at -16.2,
 *   and 0.7368 @ 0.8506 at -17.0 for SEED=777 (against 0.7432 @ 0.8518 at -17.4 for the base
 *   with that seed); train-head 0.7075 @ 0.8203 and 0.7155 @ 0.8169, as base. Lower on dev for
 *   both seeds, so the skip2 openings carry some golds though a quarter of the candidates.
 *
 * Nested reports and the cue's mood (round h23, issue #8). Base (the shipped weights): dev 0.7422
 * @ 0.8509 at -17.4 (0.7400 @ 0.8538 at -16.2); train-head (LEAVE_OUT=250, step 0.5) 0.7120 @
 * 0.8213 at P ≥ 0.82 and 0.7157 @ 0.8159 at P ≥ 0.815. Train-head's missed golds that a predicted
 * span overlaps: 185 spans too short, 183 too long, 68 of those too long right for another gold
 * (a report inside that gold's content: "said | X had promised | Y"), which select.ts dropped as
 * an overlap. Kept: a report whose cue and span lie inside a chosen content, at most a third as
 * long, is added to it after the choice (select.ts addNested; extraction only, training never
 * nests): with the shipped weights dev 0.7486 @ 0.8500 at -18.2, train-head 0.7171 @ 0.8217 and
 * 0.7216 @ 0.8171 (+0.005 and +0.006).
 * - Nested gains weighed inside the choice (the branch-and-bound free to take an outer content
 *   and reports nested in it): dev 0.7550 @ 0.8504 at -16.2, train-head 0.7195 @ 0.8201 and
 *   0.7236 @ 0.8158, SEED=777's weights 0.7427 @ 0.8508 -> 0.7564 @ 0.8503; not kept: an outer
 *   content then runs over a later clause to hold its cue's report ("say X, and the trust has sued,
 *   arguing that Y" as one content of "say"; nearer-clause-subjects.test.ts failed), the error the
 *   joint choice exists to avoid. Held-out (read once, before that test failed): 0.7671 @ 0.8635,
 *   speakers 0.913.
 * - Weighed nesting only for a report told before any clause coordinated after the content's first
 *   (no ", and", ", but", ";" … between the content's start and the inner cue), so the case above
 *   stays apart. Retrained after the round's speaker rules, dev at P ≥ 0.85: 0.7436 @ 0.8501 at
 *   -17.0 -> 0.7477 @ 0.8503 at -15.0; train-head (LEAVE_OUT=250) at equal precision none (0.7165
 *   @ 0.8222 against 0.7157 @ 0.8223): a move along the curve, not kept.
 * - That weighed nesting taught to the sentence-level ranker too (its options carry the cue's
 *   offset, the oracle's answer may nest): dev 0.7536 @ 0.8513 at -17.4, train-head 0.7167 @ 0.8205 and
 *   0.7204 @ 0.8186, below nesting at extraction alone.
 * - The cue's mood (the verb group before it: a negation, fused or not, a modal and its modality,
 *   "to" and the frame word before it, a condition a few words back; "+?" when the sentence ends in
 *   a question), by direction and by lexicon class. On train-head learned clauses after a modal are
 *   right 52% of the time, after a negation 64%, against 74% overall; but the perceptrons read the
 *   previous word already: dev 0.7400 @ 0.8506 at -17.0, train-head 0.7108 @ 0.8206 and 0.7147
 *   @ 0.8168, as base (precision at equal threshold up, the curve the same).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import * as prettier from 'prettier';
import { featureDropout } from '../src/extract/attribution/averaged-perceptron.ts';
import { buildEntityIndex } from '../src/extract/entities.ts';
import { readCandidates } from '../src/extract/attribution/reported.ts';
import { compileModel, type Group, HELDOUT_SHARE, trainRanker } from '../src/extract/attribution/model.ts';
import {
  type JointOption,
  type JointSentence,
  trainJointRanker,
} from '../src/extract/attribution/joint-training.ts';
import { analyzeArticle } from '../src/extract/quotes.ts';
import { prepareArticle } from '../src/ingest/ingest.ts';
import { readJsonLines } from '../src/ingest/read-records.ts';
import { inflectionStem } from '../src/nlp/stem.ts';
import { type LearnedCues, learnCueWords, STEM_KEY } from './learn-cue-words.ts';
import { requireShared } from './shared-data.ts';

/**
 * Passes over train per perceptron. Fewer passes overfit train less: on PolNeAR dev (recall at the
 * lowest threshold keeping precision ≥ 0.85) and the held-out part, over two seeds, 15 passes gave
 * 0.708/0.726 and 0.702/0.725, 8 gave 0.711/0.729 and 0.709/0.732, 6 gave 0.712/0.737 and
 * 0.711/0.739; 4 and 30 were worse on dev.
 */
const EPOCHS = 6;
/** First shuffling seed; `SEED=n` trains on other orders, to measure a change against the shuffle. */
const SEED = Number(process.env.SEED ?? 0x5eed8);
/**
 * Rankers trained on differently shuffled orders and averaged: one perceptron's weights depend on
 * the order it saw the cues in (PolNeAR dev recall 0.701–0.707 over three orders), and the average
 * of a few is steadier, so a retrain after any change measures the change and not the shuffle.
 * With 5, two retrains after a change of a handful of candidates (of 150,000) still moved dev
 * recall at P ≥ 0.85 by 0.006; 10 (about 40 s of training) is steadier.
 */
const SEEDS = Number(process.env.SEEDS ?? 10);
/**
 * `LEAVE_OUT=n` learns without train's first n articles and writes the model to `OUT` (a path)
 * instead of the shipped file: `node eval/attribution-misses.ts --train n --model OUT` then buckets
 * misses on articles the model never saw, where a miss says what the model does not generalise to
 * rather than what it could not fit.
 */
const LEAVE_OUT = Number(process.env.LEAVE_OUT ?? 0);
const OUT = process.env.OUT;
/**
 * The rankers whose weights are summed: the per-cue ranker (model.ts: each cue's candidates against
 * taking none) and the sentence-level one (joint-training.ts: what extraction reports after
 * selection, answered with the set of right contents the sentence allows). `RANKERS=cue` or
 * `RANKERS=sentence` trains one alone, to measure against.
 */
const RANKERS = process.env.RANKERS ?? 'cue+sentence';
const PER_CUE = RANKERS.includes('cue');
const JOINT = RANKERS.includes('sentence');
/**
 * Score a candidate must pass: the lowest keeping PolNeAR dev precision ≥ 0.85 (swept by
 * `node eval/attribution-threshold.ts --from -7.4 --to -4 --step 0.2`). It was -4.7 before
 * capitalised cue words stopped being cues and quoted titles stopped being quotes, -5.2 before the
 * span-boundary features and the around/passive-subject candidates, -6.2 on their branch before
 * the merged speaker and quote-pairing rules and passive cues sourced by their agent (with
 * SEED=777 the lowest is -5.6: the edge moves by a few tenths between shuffles), -5.8 before the
 * speaker rules of December's second round (an outlet noun after a place, 'the Kharkiv daily', heads
 * its phrase: dev P at -5.8 fell from 0.850 to 0.848; without that rule -5.8 gives 0.7203 @ 0.8516,
 * with it -5.2 gives 0.7162 @ 0.8513 and dev speakers 0.932, within the shuffles' noise); back to
 * -5.8 once an infinitive cue no longer took the phrase before "to" as its subject (0.7203 @
 * 0.8505, held-out 0.7458 @ 0.8603, held-out speakers 0.887 -> 0.895); kept at -5.8 after the
 * closing-report speaker rules and quoted transcript excerpts (retrained: dev 0.7217 @ 0.8505,
 * speakers 0.9341; held-out 0.7505 @ 0.8589, speakers 0.8914; -6.0 fell to P 0.8497); -4.6 once
 * every form of a strong stem became a cue word (ANY_FORM_SHARE; second sweep: 0.7276 @ 0.8509,
 * -4.8 fell to P 0.8497); -4.2 after the third round of speaker rules learned on train (h12: the
 * shipped weights no longer reproduced, the retrain at -4.6 gave 0.7263 @ 0.8486; -4.2 gave
 * 0.7240 @ 0.8500 before its own retrain); -4.8 once sentences end after two-apostrophe quotation
 * marks (''…'' Next) and the h13 speaker rules (retrained: 0.7299 @ 0.8504, -5.0 fell to 0.8484;
 * retrained at -4.2 it gave 0.7267 @ 0.8544 and the same dev speakers, 952 right); -5.0 once such
 * quotations also open frame sentences and a dateline's participle is read past (the lowest of the
 * --from -5 --to -3.4 sweep: 0.7281 @ 0.8511; below it -5.2 kept 0.7295 @ 0.8504 after its own
 * retrain, -5.4 fell to 0.8481).
 * keepUsefulCues counts hits above it, so a new value needs a retrain and a second sweep (-6.4
 * kept one more cue word and fell to 0.8498). -16.4 once the sentence-level ranker's weights were
 * summed with the per-cue ranker's (a scale of its own; 0.7391 @ 0.8507, -16.6 gave 0.7400 @
 * 0.8500, too close to the edge); -15.6 once the h14 speaker and transcript rules merged with it
 * (retrained: -16.4 fell to P 0.8472, -15.6 0.7345 @ 0.8505, the same after its own retrain);
 * -16.8 after December's round 15 (real-news speaker rules, bodies named with "for", the seventh
 * pair set's and ninth case round's rules): 0.7372 @ 0.8508 after its own retrain, -17.0 0.7381 @
 * 0.8497; -17.4 once the cue's source salience was read (article-speech.ts; trained at -16.8: 0.7404
 * @ 0.8509, -17.6 fell to 0.8496), 0.7409 @ 0.8504 after round 16's first merges; -16.2 after its
 * last (BASIL-read and live-blog speaker rules, participle agents): the sweep gave -17.0 0.7391 @
 * 0.8501 but the CLI 0.8498 (one clause more at the boundary), -16.2 0.7372 @ 0.8504 in both;
 * -17.0 after round 18 (speaker rules from real pages and PolNeAR train, a told-addressee filter,
 * agentless passive verbs of saying sourceless, contracted function words one predicate): 0.7404 @
 * 0.8512, direct 0.9535 (-17.2 0.7400 @ 0.8506, -17.4 fell to 0.8496). Retrains of the same round
 * before its last two changes gave 0.7381 @ 0.8514 at -16.6 and 0.7336 @ 0.8507 at -16.4: the
 * shuffle moves this more than the round did (SEED=777 gave 0.7381 @ 0.8500 at -16.8 where the
 * default seed gave 0.7336, against 0.7368 @ 0.8505 for the round's first merge alone). -16.2
 * after round 19 (speaker rules from PolNeAR train, office labels and briefing formats, a learned
 * clause after a dateline): 0.7368 @ 0.8516, direct 0.9487 (-16.6 0.7368 @ 0.8507, -16.8 0.7377 @
 * 0.8502). With "remind" a lexicon verb of saying the retrain gave 0.7345 @ 0.8512 and read
 * "reminding the crowd that X has denounced …" as two clauses, "that" and "the cuts …": with few
 * training examples a lexicon cue's candidates are ranked badly, so "remind" was left out. The
 * round's weights before its speaker rules gave 0.7354 @ 0.8506 at -17.2, and SEED=777 (with
 * "remind") 0.7409 @ 0.8512 at -16.8: the shuffle moves dev recall more than the round's changes.
 * -16.8 once training dropped features (h21: dropout 0.1): 0.7422 @ 0.8514 (-17.0 0.7413 @
 * 0.8503, too close to the edge). Through the CLI: dev speakers 0.942 -> 0.940, direct 0.957 ->
 * 0.958; held-out (read once, after the decision) 0.7579 @ 0.8683 -> 0.7616 @ 0.8671; Reuters
 * speaker sets 55/59 and 47/52; bench:extract quotes CPU as before. Dropout set back to 0 at the
 * merge (see the regularising paragraph): -16.2 again, 0.7409 @ 0.8514 (-16.4 0.7409 @ 0.8505).
 * -17.8 once reports nested in a chosen content are added (h23, select.ts addNested): retrained at
 * -18.2 the sweep and the CLI gave 0.7486 @ 0.8500, at the edge; -17.8 0.7482 @ 0.8512.
 * -17.0 once retrained after the round's speaker rules (the lead's merge of h23): the sweep at
 * -17.8 0.7450 @ 0.8481, at -17.0 0.7450 @ 0.8504, at -16.2 0.7441 @ 0.8520.
 */
const THRESHOLD = -17.0;
/** A learned cue word is kept when the model finds this many gold contents with it on train. */
const MIN_CUE_HITS = 3;
/** Weights smaller than this are dropped from the shipped file. */
const MIN_WEIGHT = 0.01;
/** Features seen fewer times than this in training are dropped: they would only memorise articles. */
const MIN_FEATURE_COUNT = 10;
/**
 * Share of features left out of each training step's scoring and update (featureDropout in
 * averaged-perceptron.ts), so no decision rests on one lexical feature alone.
 */
const DROPOUT = 0;

interface Attribution {
  source: [number, number] | null;
  cue: [number, number] | null;
  content: [number, number][];
}
interface PolnearRecord {
  id: string;
  text: string;
  attributions: Attribution[];
}

const path = requireShared('eval/attribution/polnear-train.jsonl.gz');
const raw = gunzipSync(readFileSync(path)).toString('utf8');
const records = raw
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as PolnearRecord);
const trainCount = Math.round(records.length * (1 - HELDOUT_SHARE));
const train = records.slice(LEAVE_OUT, trainCount);
const trainIds = new Set(train.map((r) => r.id));
const articles = readJsonLines(path, 'polnear-train.jsonl', raw, 'utf-8')
  .articles.filter((a) => trainIds.has(a.id))
  .map(prepareArticle);
const byId = new Map(train.map((r) => [r.id, r]));

const cues = learnCueWords(train);
const { isCueWord } = compileModel({
  threshold: 0,
  cueWords: cues.words,
  cueStems: cues.stems,
  features: [],
  weights: [],
});
const entities = buildEntityIndex(articles);
const groups: Group[] = [];
/** The cue word of each group, by index. */
const groupWords: string[] = [];
/** The same cues by sentence, for the sentence-level trainer. */
const sentences: JointSentence<number>[] = [];
let candidates = 0;
let positives = 0;
for (const article of articles) {
  const record = byId.get(article.id);
  if (!record || record.text !== article.text) continue;
  const quality = goldMatcher(record);
  for (const { read } of readCandidates(analyzeArticle(article, entities), [], isCueWord)) {
    const byCue = new Map<number, JointOption<number>[]>();
    const wordOf = new Map<number, string>();
    for (const r of read) {
      const { quality: q, gold } = quality(r.candidate.start, r.candidate.end);
      candidates++;
      positives += q > 0 ? 1 : 0;
      const options = byCue.get(r.candidate.token) ?? [];
      const { start, end } = r.candidate;
      options.push({ features: [...r.shared, ...r.own], quality: q, gold, start, end });
      byCue.set(r.candidate.token, options);
      wordOf.set(r.candidate.token, r.candidate.sentence.tokens[r.candidate.token]!.norm);
    }
    for (const [token, options] of byCue) {
      groups.push({ options });
      groupWords.push(wordOf.get(token)!);
    }
    sentences.push({ cues: [...byCue.values()].map((options) => ({ options })) });
  }
}
const seen = new Map<number, number>();
for (const g of groups)
  for (const o of g.options) for (const f of o.features) seen.set(f, (seen.get(f) ?? 0) + 1);
const keep = (f: number): boolean => (seen.get(f) ?? 0) >= MIN_FEATURE_COUNT;
const frequent = keepFrequentFeatures(groups);
const frequentSentences = JOINT ? keepFrequentInSentences(sentences) : [];
const averaged = new Map<number, number>();
for (let k = 0; k < SEEDS; k++) {
  const dropped = DROPOUT > 0 ? featureDropout(DROPOUT, SEED + k) : undefined;
  if (PER_CUE)
    for (const [f, v] of trainRanker(frequent, EPOCHS, SEED + k, dropped))
      averaged.set(f, (averaged.get(f) ?? 0) + v / SEEDS);
  if (JOINT)
    for (const [f, v] of trainJointRanker(frequentSentences, EPOCHS, SEED + k, dropped))
      averaged.set(f, (averaged.get(f) ?? 0) + v / SEEDS);
}
const features: number[] = [];
const weights: number[] = [];
for (const [f, v] of [...averaged].sort(([a], [b]) => a - b))
  if (Math.abs(v) >= MIN_WEIGHT) {
    features.push(f);
    weights.push(Math.round(v * 1000) / 1000);
  }
const useful = keepUsefulCues(cues, averaged);
const shippedPath = fileURLToPath(new URL('../src/extract/attribution/weights.json', import.meta.url));
// Written as the repository's prettier writes JSON (number arrays filled to the line width, the
// repository's settings wherever OUT is), so `npm run lint` passes on a retrained file.
const model = JSON.stringify({
  threshold: THRESHOLD,
  cueWords: useful.words,
  cueStems: useful.stems,
  features,
  weights,
});
writeFileSync(
  OUT ?? shippedPath,
  await prettier.format(model, { ...(await prettier.resolveConfig(shippedPath)), parser: 'json' }),
);
console.log(
  `${articles.length} articles (${records.length - trainCount} held out), ${useful.words.length} of ${cues.words.length} cue words ` +
    `(${cues.byStem.size} as forms of a stem) and ${useful.stems.length} of ${cues.stems.length} stems kept, ` +
    `${groups.length} cues, ${candidates} candidates (${positives} positive), ${weights.length} weights`,
);

/**
 * The learned cue words (and stems) whose cues the trained model takes, on train, with a content
 * that finds a gold attribution at least MIN_CUE_HITS times: the others ("shares", "compared") only
 * cost time at run time, every cue being read for its speaker before it is scored.
 */
function keepUsefulCues(
  cues: LearnedCues,
  w: ReadonlyMap<number, number>,
): { words: string[]; stems: string[] } {
  const hits = new Map<string, number>();
  const bump = (k: string): void => void hits.set(k, (hits.get(k) ?? 0) + 1);
  groups.forEach((g, k) => {
    let best: (typeof g.options)[number] | null = null;
    let bestScore = THRESHOLD;
    for (const o of g.options) {
      const score = o.features.reduce((n, f) => n + (w.get(f) ?? 0), 0);
      if (score > bestScore) [best, bestScore] = [o, score];
    }
    if (!best || best.quality <= 0) return;
    bump(groupWords[k]!);
    bump(STEM_KEY + inflectionStem(groupWords[k]!));
  });
  return {
    words: cues.words.filter(
      (word) =>
        (hits.get(cues.byStem.has(word) ? STEM_KEY + inflectionStem(word) : word) ?? 0) >= MIN_CUE_HITS,
    ),
    stems: cues.stems.filter((stem) => (hits.get(STEM_KEY + stem) ?? 0) >= MIN_CUE_HITS),
  };
}

/** The sentences with the same rare features left out (keepFrequentFeatures' count: per cue group). */
function keepFrequentInSentences(ss: readonly JointSentence<number>[]): JointSentence<number>[] {
  return ss.map((x) => ({
    cues: x.cues.map((c) => ({
      options: c.options.map((o) => ({ ...o, features: o.features.filter(keep) })),
    })),
  }));
}

/** The groups with the rare features left out of every candidate. */
function keepFrequentFeatures(gs: readonly Group[]): Group[] {
  return gs.map((g) => ({
    options: g.options.map((o) => ({ features: o.features.filter(keep), quality: o.quality })),
  }));
}

/**
 * How well a span would find a gold attribution of the record (0: not at all). It finds one when it
 * covers ≥ 50% of the content's letters and digits, is at most twice as long (+20), and ≥ 50% of
 * its own lie in the content; its quality is then the F1 of the two letter sets, and `gold` the
 * index of the attribution it finds best (-1: none).
 */
function goldMatcher(r: PolnearRecord): (start: number, end: number) => { quality: number; gold: number } {
  const prefix = new Int32Array(r.text.length + 1);
  for (let i = 0; i < r.text.length; i++)
    prefix[i + 1] = prefix[i]! + (/[\p{L}\p{N}]/u.test(r.text[i]!) ? 1 : 0);
  const count = (s: number, e: number): number => (e > s ? prefix[e]! - prefix[s]! : 0);
  const golds = r.attributions
    .map((a) => ({ spans: a.content, size: a.content.reduce((n, [s, e]) => n + count(s, e), 0) }))
    .filter((g) => g.size > 0);
  return (start, end) => {
    const own = count(start, end);
    let quality = 0;
    let gold = -1;
    golds.forEach((g, k) => {
      const inter = g.spans.reduce((n, [s, e]) => n + count(Math.max(s, start), Math.min(e, end)), 0);
      const q = (2 * inter) / (own + g.size);
      if (inter >= 0.5 * g.size && own <= 2 * g.size + 20 && inter >= 0.5 * own && q > quality)
        [quality, gold] = [q, k];
    });
    return { quality, gold };
  };
}
