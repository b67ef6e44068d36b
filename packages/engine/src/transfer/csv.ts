/**
 * RFC 4180 CSV, by hand: papaparse's own escaping misses multi-line cells (DESIGN.md), and the engine
 * needs neither its speed nor its guessing.
 */

/** Quoted when it holds a comma, quote, CR or LF, or spaces at either end (some tools trim those). */
function quoteCell(cell: string): string {
  return /[",\r\n]|^\s|\s$/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** Records joined by CRLF, as RFC 4180 has them; the text ends with a CRLF. */
export function writeCsv(records: readonly (readonly string[])[]): string {
  return records.map((cells) => cells.map(quoteCell).join(',') + '\r\n').join('');
}

/** A CSV file that cannot be read as records; `line` is 1-based. */
export class CsvSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
    this.name = 'CsvSyntaxError';
  }
}

/**
 * The records of a CSV text. Quoted cells may hold commas, doubled quotes and line breaks; records end
 * with CRLF, LF or a lone CR. A quote inside an unquoted cell is kept as text (spreadsheets write such
 * files); text after a closing quote or a quote left open is an error. A final line break adds no record.
 * Linear in the text's length, no recursion.
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let cell = '';
  let line = 1;
  let i = 0;
  let quoted = false; // the current cell began with a quote
  let closed = false; // ...and that quote has been closed
  const endCell = () => {
    record.push(cell);
    cell = '';
    quoted = false;
    closed = false;
  };
  const endRecord = () => {
    endCell();
    records.push(record);
    record = [];
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted && !closed) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        closed = true;
      } else {
        if (ch === '\n' || (ch === '\r' && text[i + 1] !== '\n')) line++;
        cell += ch;
      }
      i++;
      continue;
    }
    if (ch === ',') {
      endCell();
    } else if (ch === '\r' || ch === '\n') {
      endRecord();
      line++;
      if (ch === '\r' && text[i + 1] === '\n') i++;
    } else if (closed) {
      throw new CsvSyntaxError(`Unexpected text after a closing quote on line ${line}.`, line);
    } else if (ch === '"' && cell === '') {
      quoted = true;
    } else {
      cell += ch;
    }
    i++;
  }
  if (quoted && !closed) throw new CsvSyntaxError(`A quoted cell is not closed (line ${line}).`, line);
  if (cell !== '' || quoted || record.length > 0) endRecord();
  return records;
}
