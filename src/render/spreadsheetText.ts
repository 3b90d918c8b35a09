// A cell Excel or WPS would read as a formula (or DDE command) when it starts with one of these (OWASP, CSV injection).
const formulaStart = /^[=+\-@\t\r]/;
// Wholly a number, as a spreadsheet reads one: -1, +2.5, 3e5, .5 — left as it is.
const wholeNumber = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * The text of a cell of any spreadsheet this project writes (review CSV, ledger template, and any future .csv or
 * .xlsx — use this for every text cell): left as it is when wholly a number; otherwise, when it starts with
 * = + - @, a tab or a carriage return, prefixed with ' so the cell is shown as text and never run as a formula
 * (`-1+1+cmd|' /C calc'!A0`, `+1+HYPERLINK(…)`, `=…`, `@SUM(…)`).
 */
export function spreadsheetText(text: string): string {
  return formulaStart.test(text) && !wholeNumber.test(text) ? `'${text}` : text;
}
