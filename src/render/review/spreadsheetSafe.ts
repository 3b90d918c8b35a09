// OWASP CSV/formula injection: a text cell that a spreadsheet would read as a formula is prefixed with '.
const formulaStart = /^[=+\-@\t\r]/;
const wholeNumber = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Text for a spreadsheet cell: starting with = + - @ tab or CR and not wholly a number → "'" put in front. */
export function spreadsheetSafe(text: string): string {
  return formulaStart.test(text) && !wholeNumber.test(text) ? `'${text}` : text;
}
