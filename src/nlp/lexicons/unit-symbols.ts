/**
 * Unit symbols written against a figure ("80mm", "12km", "3GW"), with the word each abbreviates.
 * A figure and its symbol are the figure and the unit word ("80mm" = "80 millimetres"): the symbol
 * is a spelling of the word, not a figure of its own. Only symbols no other word shares ("m" is
 * metres or million, "g" grams or a mobile generation, "lb" pounds or money): those stay as written.
 */
export const UNIT_SYMBOLS: ReadonlyMap<string, string> = new Map([
  ['mm', 'millimetres'],
  ['cm', 'centimetres'],
  ['km', 'kilometres'],
  ['kg', 'kilograms'],
  ['mg', 'milligrams'],
  ['ml', 'millilitres'],
  ['kw', 'kilowatts'],
  ['mw', 'megawatts'],
  ['gw', 'gigawatts'],
  ['kwh', 'kilowatt-hours'],
  ['mwh', 'megawatt-hours'],
  ['ghz', 'gigahertz'],
  ['mhz', 'megahertz'],
  ['ft', 'feet'],
  ['mph', 'miles'],
  ['kph', 'kilometres'],
]);
