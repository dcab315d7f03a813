/**
 * Quantifiers and the share of their set they claim, from none to all. A report that swaps one for
 * another of a different rank ("most of our allies" → "all of our allies"), drops one ("virtually
 * all" → "all") or adds one widens or narrows what was said. Several words are matched as a phrase.
 * Adverbs of frequency are quantifiers over occasions ("sometimes" → "always" widens as "some" →
 * "all" does); "never" is a negation and read by the negation rule.
 */
export interface ScopeWord {
  word: string;
  /** 0 none · 1 few · 2 some · 3 many · 4 most · 5 nearly all · 6 all. */
  rank: 0 | 1 | 2 | 3 | 4 | 5 | 6;
  example: string;
}

export const SCOPE_WORDS: readonly ScopeWord[] = [
  { word: 'none', rank: 0, example: 'none of the mutations matter' },
  { word: 'nobody', rank: 0, example: 'nobody was hurt' },
  { word: 'no one', rank: 0, example: 'no one can outcompete them' },
  { word: 'nothing', rank: 0, example: 'nothing has changed' },
  // Bare "few" denies that there are many ("few farmers agree"); with its article it asserts that
  // there are some, as "some" and "several" do: "a few clubs" → "some clubs" keeps the claim.
  { word: 'few', rank: 1, example: 'few farmers agree' },
  { word: 'a few', rank: 2, example: 'a few members objected' },
  { word: 'a handful', rank: 2, example: 'a handful of states' },
  { word: 'a couple of', rank: 2, example: 'a couple of ministers objected' },
  { word: 'some', rank: 2, example: 'some of our partners' },
  { word: 'several', rank: 2, example: 'several countries signed' },
  // One of a set, unnamed: put for "everyone" it narrows the claim as "some" does for "all".
  { word: 'someone', rank: 2, example: 'someone will have to pay' },
  { word: 'somebody', rank: 2, example: 'somebody leaked the memo' },
  { word: 'a number of', rank: 2, example: 'a number of allies' },
  { word: 'many', rank: 3, example: 'many of the goods' },
  { word: 'a lot of', rank: 3, example: 'a lot of people' },
  { word: 'lots of', rank: 3, example: 'lots of companies' },
  { word: 'numerous', rank: 3, example: 'numerous reports' },
  { word: 'most', rank: 4, example: 'most of our allies' },
  { word: 'mostly', rank: 4, example: 'mostly peaceful' },
  { word: 'largely', rank: 4, example: 'largely complete' },
  // The other adverbs of "for the most part": a claim held of most of it, not all.
  { word: 'broadly', rank: 4, example: 'the figures are broadly in line' },
  { word: 'mainly', rank: 4, example: 'mainly online' },
  { word: 'primarily', rank: 4, example: 'primarily online' },
  { word: 'predominantly', rank: 4, example: 'a predominantly rural county' },
  { word: 'chiefly', rank: 4, example: 'chiefly through exports' },
  { word: 'majority', rank: 4, example: 'the majority of people' },
  { word: 'bulk of', rank: 4, example: 'the bulk of the aid went north' },
  { word: 'vast majority', rank: 4, example: 'the vast majority of members' },
  { word: 'overwhelming majority', rank: 4, example: 'the overwhelming majority are sent back' },
  { word: 'great majority', rank: 4, example: 'the great majority of claims are settled' },
  { word: 'virtually', rank: 5, example: 'virtually all of them' },
  { word: 'nearly', rank: 5, example: 'nearly every state' },
  { word: 'almost', rank: 5, example: 'almost everyone' },
  { word: 'practically', rank: 5, example: 'practically all' },
  { word: 'all', rank: 6, example: 'all of our allies' },
  { word: 'every', rank: 6, example: 'every member state' },
  { word: 'each', rank: 6, example: 'each of them' },
  { word: 'everyone', rank: 6, example: 'everyone agrees' },
  { word: 'everybody', rank: 6, example: 'everybody knows' },
  { word: 'everything', rank: 6, example: 'everything is ready' },
  { word: 'entire', rank: 6, example: 'the entire region' },
  { word: 'whole', rank: 6, example: 'the whole of Europe' },
  // An idiom: taken all in all, which is "generally", not "all".
  { word: 'on the whole', rank: 4, example: 'on the whole the talks went well' },
  { word: 'always', rank: 6, example: 'we always respond' },
  // A share of a mass.
  { word: 'much of', rank: 3, example: 'much of the region is without power' },
  // "part of" is a share where it is an object or follows a preposition ("pay for part of the
  // repairs"); after a copula or "as" it is membership ("become part of the alliance", "as part of
  // the deal"), and src/link/provenance/terms.ts unmarks it there.
  { word: 'part of', rank: 2, example: 'the insurer will pay for part of the repairs' },
  // Its singular look-alikes with the article say the same share ("the share of" is a proportion).
  { word: 'a portion of', rank: 2, example: 'a portion of the grant went to clinics' },
  { word: 'a share of', rank: 2, example: 'growers will get a share of the fund' },
  // Plural partitives name some pieces of a whole ("parts of the north" is not "the north").
  { word: 'parts of', rank: 2, example: 'the virus has spread to parts of the north' },
  { word: 'portions of', rank: 2, example: 'portions of the highway are closed' },
  { word: 'pockets of', rank: 1, example: 'pockets of the city are without power' },
  // A part with its size is a share, whatever "part of" alone may mean.
  { word: 'large part of', rank: 3, example: 'the flood destroyed a large part of the harvest' },
  { word: 'small part of', rank: 1, example: 'only a small part of the aid arrived' },
  // Adverbs of frequency quantify over occasions as the words above do over things.
  { word: 'rarely', rank: 1, example: 'the minister rarely speaks' },
  { word: 'seldom', rank: 1, example: 'they seldom agree' },
  { word: 'occasionally', rank: 2, example: 'the ferry is occasionally late' },
  { word: 'sometimes', rank: 2, example: 'inspectors sometimes find problems' },
  { word: 'often', rank: 3, example: 'the ferry is often late' },
  { word: 'frequently', rank: 3, example: 'talks frequently stall' },
  { word: 'usually', rank: 4, example: 'prices usually rise' },
  { word: 'normally', rank: 4, example: 'the office normally opens at nine' },
  { word: 'typically', rank: 4, example: 'a case typically takes a year' },
  // Adverbs of place quantify over places: "not on Harbor Street" → "not anywhere" widens it.
  { word: 'nowhere', rank: 0, example: 'the vendors can go nowhere else' },
  { word: 'somewhere', rank: 2, example: 'the money went somewhere' },
  { word: 'anywhere', rank: 6, example: 'we do not support it anywhere' },
  { word: 'everywhere', rank: 6, example: 'prices rose everywhere' },
  // Free-choice words and concessive phrases claim every case: "whatever their age" and "whether or
  // not the airline confirms" widen a claim as "all" does.
  { word: 'whatever', rank: 6, example: 'any driver, whatever their age' },
  { word: 'whichever', rank: 6, example: 'whichever operator wins the contract' },
  { word: 'regardless of', rank: 6, example: 'regardless of income' },
  { word: 'irrespective of', rank: 6, example: 'irrespective of where they live' },
  { word: 'whether or not', rank: 6, example: 'whether or not the ferry sails' },
];
