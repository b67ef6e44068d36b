/**
 * Spreadsheet formula neutralising for CSV cells (DESIGN.md "Reliability facts"). A cell that a spreadsheet
 * would read as a formula starts, after any spaces, with `=` `+` `-` `@` (or their full-width forms), a tab,
 * CR or LF. Such a free-text cell gets a leading `'`, and the importer strips it again.
 *
 * Leading quotes count as part of the start: `'=x` is exported as `''=x`. Otherwise a description that
 * really begins with `'=` would lose its quote on import; with this rule restore(neutralise(v)) === v for
 * every text v.
 */
const FORMULA_START = /^'*[ \u00a0\u3000]*[=+\-@\t\r\n\uff1d\uff0b\uff0d\uff20]/;

export function needsNeutralising(cell: string): boolean {
  return FORMULA_START.test(cell);
}

/** The cell as written to a CSV file. */
export function neutraliseCell(cell: string): string {
  return needsNeutralising(cell) ? `'${cell}` : cell;
}

/** The cell as read from a CSV file: drops a `'` only where neutraliseCell would have added it. */
export function restoreCell(cell: string): string {
  return cell.startsWith("'") && needsNeutralising(cell.slice(1)) ? cell.slice(1) : cell;
}
