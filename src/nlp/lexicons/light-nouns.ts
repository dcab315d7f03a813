/**
 * Words too general to name an issue: light nouns that stand for any topic ("the issue", "this
 * question", "our side"), quantities and times, and verbs of saying, being and doing that recur in
 * every statement. An issue is what a statement is about; these say only that it is about something.
 */
export const LIGHT_WORDS: readonly { words: string; example: string }[] = [
  {
    words:
      'issue issues question questions matter matters point points thing things way ways fact facts case cases situation process aspect aspects respect regard kind sort type lot part parts level sense subject topic context terms',
    example: 'the issue of the quota is closed (the issue is the quota)',
  },
  {
    words:
      'side sides party parties country countries people state states nation everyone everybody anyone someone',
    example: 'the other side must do the same',
  },
  {
    words:
      'time times year years month months week weeks day days today yesterday tomorrow moment period now later future past',
    example: 'for a year after the deadline',
  },
  {
    words:
      'said says say saying told tell tells added adding stated noted stressed asked replied according interview statement statements comments remarks',
    example: 'he said in an interview',
  },
  {
    words:
      'have has had been being get got make made take taken give given going goes go come comes came know known think believe see seen want look found remain remains remained continue continues keep done',
    example: 'we have seen that they continue to',
  },
  {
    words:
      'very more most much many few less least other others same such own just also even only well again already still really quite rather certain certainly clearly particular particularly all both every each one two three first second new cannot',
    example: 'the very same people',
  },
  {
    words:
      'mr mrs ms dr president minister spokesman spokeswoman spokesperson official officials company companies',
    example: 'Mr Varn, the minister, said the company would appeal',
  },
  {
    // A unit says how much, not of what: "50 pct of the subsidies" is about the subsidies.
    words:
      'percent pct per cent percentage dollars dollar dlrs dlr euros euro pounds mln million millions bln billion billions trillion cts cents tonnes tons barrels units number numbers amount total figure figures end beginning start',
    example: 'cut state subsidies by 50 pct by the end of the year',
  },
];
