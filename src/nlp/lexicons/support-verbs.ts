/**
 * Support ("light") verbs: before a noun of an act they add no meaning of their own, the noun
 * carries it ("carry out the repairs", "make the repairs", "do the repairs" are one act). Two of
 * them before the same act noun say the same; before other nouns they are verbs of their own.
 */
export const SUPPORT_VERBS: readonly { verb: string; example: string }[] = [
  { verb: 'make', example: 'make the repairs' },
  { verb: 'do', example: 'do the repairs' },
  { verb: 'carry out', example: 'carry out the repairs' },
  { verb: 'conduct', example: 'conduct an inspection' },
  { verb: 'undertake', example: 'undertake a review' },
  { verb: 'perform', example: 'perform the checks' },
];
