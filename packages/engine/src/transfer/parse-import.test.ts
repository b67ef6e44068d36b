import { describe, expect, it } from 'vitest';
import { EngineError } from '../errors.ts';
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
