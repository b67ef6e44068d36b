import { describe, expect, it } from 'vitest';
import { EngineError } from '../errors.ts';
import { checkImportFileSize, MAX_IMPORT_COLUMNS, MAX_IMPORT_FILE_BYTES } from './import-limits.ts';
import { parseImportFile } from './parse-import.ts';

const rowsOf = (fileName: string, content: string) => parseImportFile(fileName, content).rows;

describe('parseImportFile', () => {
  it('matches keys in any case and rebuilds rows from the known names only', () => {
    const [row] = rowsOf('a.json', '[{" ipPROTOCOL ":"tcp","Priority":5,"Description":null,"direction":"ingress"}]');
    expect(row).toEqual({ ok: true, values: { IpProtocol: 'tcp', Priority: '5', Direction: 'ingress' } });
    expect(Object.getPrototypeOf((row as { values: object }).values)).toBe(Object.prototype);
  });

  const invalid: [string, string, string][] = [
    ['an unknown key', '[{"Direction":"ingress","Colour":"red"}]', 'not a rule field'],
    ['the same field twice in two cases', '[{"Policy":"accept","policy":"drop"}]', 'more than once'],
    ['a __proto__ key', '[{"__proto__":{"polluted":true}}]', 'not allowed'],
    ['a constructor key', '[{"constructor":{"prototype":{"polluted":true}}}]', 'not allowed'],
    ['an object value', '[{"PortRange":{"from":1}}]', 'PortRange is not valid'],
    ['a fractional priority', '[{"Priority":1.5}]', 'Priority is not valid'],
    ['a row that is an array', '[["ingress"]]', 'not an object'],
  ];
  it.each(invalid)('reports %s as an invalid row', (_name, content, message) => {
    const [row] = rowsOf('a.json', content);
    expect(row).toMatchObject({ ok: false, Code: 'InvalidImportRule.Malformed' });
    expect((row as { Message: string }).Message).toContain(message);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('keeps the direction of an invalid row for the preview', () => {
    expect(rowsOf('a.json', '[{"Direction":"Egress","x":1}]')[0]).toMatchObject({ ok: false, Direction: 'egress' });
  });

  it('keeps what could be read of an unreadable row, as text, for the preview', () => {
    const long = 'x'.repeat(3000);
    const [row] = rowsOf(
      'a.json',
      `[{"Direction":"ingress","Priority":7,"PortRange":{"from":1},"SourceCidrIp":"10.0.0.300/8","Description":"${long}"}]`,
    );
    expect(row).toMatchObject({
      ok: false,
      values: { Direction: 'ingress', Priority: '7', SourceCidrIp: '10.0.0.300/8', Description: `${'x'.repeat(200)}…` },
    });
    expect((row as { values: object }).values).not.toHaveProperty('PortRange');
  });

  it('reads CSV: header in any case, blank lines skipped, missing cells empty, quotes stripped from free text only', () => {
    const csv = "DIRECTION,ipprotocol,Description,PortRange\n\ningress,TCP,'=1,'-1/-1\negress\n";
    expect(rowsOf('r.csv', csv)).toEqual([
      { ok: true, values: { Direction: 'ingress', IpProtocol: 'TCP', Description: '=1', PortRange: "'-1/-1" } },
      { ok: true, values: { Direction: 'egress' } },
    ]);
  });

  it('refuses a CSV row with more cells than columns, alone', () => {
    const rows = rowsOf('r.csv', 'Direction\ningress,extra\negress\n');
    expect(rows.map((r) => r.ok)).toEqual([false, true]);
  });

  it('guesses the format of an unknown extension from the content', () => {
    expect(parseImportFile('rules.txt', ' [{"Direction":"ingress"}]').format).toBe('json');
    expect(parseImportFile('', 'Direction\ningress').format).toBe('csv');
  });

  it('refuses 201 rules whole', () => {
    const content = JSON.stringify(Array.from({ length: 201 }, () => ({ Direction: 'ingress' })));
    expect(() => parseImportFile('a.json', content)).toThrow(EngineError);
    expect(rowsOf('a.json', JSON.stringify(Array.from({ length: 200 }, () => ({}))))).toHaveLength(200);
  });
});

/** The error a parse throws, as { Code, Message }; fails the test when it does not throw an EngineError. */
function refusal(fileName: string, content: string) {
  try {
    parseImportFile(fileName, content);
  } catch (error) {
    expect(error).toBeInstanceOf(EngineError);
    return { Code: (error as EngineError).Code, Message: (error as EngineError).Message };
  }
  throw new Error('the file was not refused');
}

describe('the bounds of an import file', () => {
  it('refuses a file by its size alone, saying the bound', () => {
    expect(() => checkImportFileSize(MAX_IMPORT_FILE_BYTES)).not.toThrow();
    expect(() => checkImportFileSize(500 * 1024 * 1024)).toThrow(
      expect.objectContaining({
        Code: 'InvalidImportFile.TooLarge',
        Message: 'The file is 500 MB; at most 2 MB can be imported (a file of 200 rules is far smaller).',
      }),
    );
    expect(refusal('a.json', ' '.repeat(MAX_IMPORT_FILE_BYTES + 1)).Code).toBe('InvalidImportFile.TooLarge');
  });

  it('refuses a header of 260,000 columns, saying the bound, without reading further', () => {
    const header = `Direction,${Array.from({ length: 259_999 }, (_, i) => `c${i}`).join(',')}`;
    // The syntax error on line 2 is never reached: the header stops the reading.
    expect(refusal('w.csv', `${header}\n"open`)).toEqual({
      Code: 'InvalidImportFile.TooManyColumns',
      Message: `Line 1 has more than ${MAX_IMPORT_COLUMNS} cells; a rule file has at most ${MAX_IMPORT_COLUMNS} columns.`,
    });
    expect(refusal('w.csv', `Direction\ningress\n\n${',x'.repeat(100)}`)).toMatchObject({
      Code: 'InvalidImportFile.TooManyColumns',
      Message: expect.stringContaining('Line 4 has more than 64 cells'),
    });
    expect(rowsOf('w.csv', `Direction${','.repeat(MAX_IMPORT_COLUMNS - 1)}\ningress`)).toHaveLength(1);
  });

  it('refuses JSON nested deeper than 8 levels, and reads 8', () => {
    expect(refusal('d.json', `${'['.repeat(100_000)}${']'.repeat(100_000)}`)).toEqual({
      Code: 'InvalidImportFile.TooDeep',
      Message: 'The JSON nests arrays and objects more than 8 levels deep; a rule file needs 4.',
    });
    const eight = `{"Permissions":{"Permission":[{"Direction":[[[["ingress"]]]]}]}}`;
    expect(rowsOf('d.json', eight)).toMatchObject([{ ok: false, Code: 'InvalidImportRule.Malformed' }]);
  });

  it('refuses a cell longer than 2048 characters in its row, saying the bound, in both formats', () => {
    const long = 'x'.repeat(2049);
    for (const [name, content] of [
      ['c.csv', `Direction,Description\ningress,${long}\negress,ok\n`],
      ['c.json', JSON.stringify([{ Direction: 'ingress', Description: long }, { Direction: 'egress' }])],
    ] as const) {
      const [first, second] = rowsOf(name, content);
      expect(first).toMatchObject({ ok: false, Message: 'The field Description is longer than 2048 characters.' });
      expect(second).toMatchObject({ ok: true });
    }
  });

  it('counts CSV rules past 200 without keeping them, and refuses the file', () => {
    const csv = `Direction\n${'ingress\n'.repeat(5000)}`;
    expect(refusal('r.csv', csv)).toEqual({
      Code: 'InvalidImportFile.TooManyRules',
      Message: 'A maximum of 200 rules can be imported at a time; the file holds 5000.',
    });
  });

  it('never lets a prototype key reach a prototype, in either format', () => {
    const files: [string, string][] = [
      ['p.json', '[{"__proto__":{"polluted":1},"Direction":"ingress"}]'],
      ['p.json', '{"__proto__":{"Permission":[{"Direction":"ingress"}]},"Permission":[{"prototype":1}]}'],
      ['p.json', '[{"constructor":{"prototype":{"polluted":1}}}]'],
      ['p.csv', '__proto__,Direction\n{"polluted":1},ingress\n'],
      ['p.csv', 'Direction,constructor,prototype\ningress,x,y\n'],
    ];
    for (const [name, content] of files) {
      const rows = rowsOf(name, content);
      expect(rows[0]).toMatchObject({ ok: false, Message: expect.stringContaining('is not allowed in a rule') });
      for (const row of rows) {
        const values = 'values' in row ? row.values : undefined;
        if (values) expect(Object.getPrototypeOf(values)).toBe(Object.prototype);
      }
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('Direction');
  });
});
