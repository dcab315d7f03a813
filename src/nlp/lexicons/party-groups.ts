/**
 * Plural nouns for a body of people that can hold a position together. After a proper adjective
 * they name a party ("Nordic governments", "Ruritanian officials"); other plurals do not
 * ("Western media" reports, "European markets" move).
 */
export const PARTY_GROUP_NOUNS: readonly { word: string; example: string }[] = [
  { word: 'governments', example: 'Nordic governments proposed a levy' },
  { word: 'allies', example: 'Ruritania and its Western allies reject the claim' },
  { word: 'officials', example: 'Ruritanian officials insisted on a vote' },
  { word: 'leaders', example: 'European leaders called for a ceasefire' },
  { word: 'ministers', example: 'finance ministers agreed to the plan' },
  { word: 'diplomats', example: 'Western diplomats ruled out talks' },
  { word: 'negotiators', example: 'Ruritanian negotiators offered a deal' },
  { word: 'lawmakers', example: 'Democratic lawmakers demanded a vote' },
  { word: 'legislators', example: 'state legislators rejected the bill' },
  { word: 'authorities', example: 'Ruritanian authorities denied the report' },
  { word: 'partners', example: 'European partners are ready to help' },
  { word: 'members', example: 'NATO members pledged more troops' },
  { word: 'states', example: 'Baltic states oppose the pipeline' },
  { word: 'nations', example: 'Arab nations urged restraint' },
  { word: 'countries', example: 'Nordic countries rejected the quota' },
  { word: 'unions', example: 'French unions called a strike' },
  { word: 'workers', example: 'Ford workers rejected the offer' },
  { word: 'employers', example: 'German employers offered 3 percent' },
  { word: 'farmers', example: 'Polish farmers demand lower duties' },
  { word: 'producers', example: 'Gulf producers agreed to cut output' },
];
