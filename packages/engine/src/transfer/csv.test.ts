import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, CsvTooWideError, parseCsv, readCsv, writeCsv } from './csv.ts';

describe('writeCsv and parseCsv', () => {
  it('quotes only what needs quoting, with CRLF records', () => {
    expect(writeCsv([['a', 'b,c', 'say "hi"', 'two\nlines', ' pad', '-1/-1']])).toBe(
      'a,"b,c","say ""hi""","two\nlines"," pad",-1/-1\r\n',
    );
  });

  const cases: [string, string, string[][]][] = [
    [
      'CRLF',
      'a,b\r\nc,d\r\n',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    [
      'LF without a final break',
      'a,b\nc,d',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    ['a lone CR', 'a\rb', [['a'], ['b']]],
    ['a multi-line quoted cell', '"x\r\ny",z\r\n', [['x\r\ny', 'z']]],
    ['doubled quotes', '"a""b"\r\n', [['a"b']]],
    ['empty cells', ',,\r\n', [['', '', '']]],
    ['an empty quoted cell', '"",x', [['', 'x']]],
    ['a quote inside an unquoted cell is text', 'a"b,c', [['a"b', 'c']]],
    ['an empty line is an empty record', 'a\r\n\r\nb', [['a'], [''], ['b']]],
    [
      'CRLF and LF mixed in one file',
      'a,b\r\nc,d\ne,f\r\n',
      [
        ['a', 'b'],
        ['c', 'd'],
        ['e', 'f'],
      ],
    ],
    ['nothing', '', []],
  ];
  it.each(cases)('reads %s', (_name, text, records) => {
    expect(parseCsv(text)).toEqual(records);
  });

  it('refuses an open quote and text after a closing quote, with the line', () => {
    expect(() => parseCsv('a\r\n"open,b\r\nc')).toThrow(CsvSyntaxError);
    try {
      parseCsv('a\n"x"y');
    } catch (error) {
      expect((error as CsvSyntaxError).line).toBe(2);
    }
  });

  it('reads back whatever it writes', () => {
    const cell = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 30 }),
      fc.constantFrom('"', ',', '\r', '\n', '\r\n', '""', ' ', "'", '=1'),
    );
    const records = fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { maxLength: 8 });
    fc.assert(fc.property(records, (rows) => JSON.stringify(parseCsv(writeCsv(rows))) === JSON.stringify(rows)));
  });

  it('hands each record to the reader with the line it starts on', () => {
    const seen: [string[], number][] = [];
    readCsv('a\r\n"b\nc",d\ne', 5, (cells, line) => seen.push([cells, line]));
    expect(seen).toEqual([
      [['a'], 1],
      [['b\nc', 'd'], 2],
      [['e'], 4],
    ]);
  });

  it('stops inside a record as soon as it grows past the bound, with the line it starts on', () => {
    const records: string[][] = [];
    const wide = `a\n${'x,'.repeat(260_000)}x\nnever read`;
    let error: unknown;
    try {
      readCsv(wide, 64, (cells) => records.push(cells));
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(CsvTooWideError);
    expect(error).toMatchObject({ line: 2, maxCells: 64 });
    expect(records).toEqual([['a']]);
    expect(() => readCsv('a,b,c', 3, () => {})).not.toThrow();
  });
});
