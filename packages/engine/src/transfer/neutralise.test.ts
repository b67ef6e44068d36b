import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { needsNeutralising, neutraliseCell, restoreCell } from './neutralise.ts';

describe('formula neutralising', () => {
  const cases: [string, string][] = [
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@cmd', "'@cmd"],
    ['\t=x', "'\t=x"],
    ['\rx', "'\rx"],
    ['\nx', "'\nx"],
    ['   =x', "'   =x"],
    ['\u3000=x', "'\u3000=x"],
    ['＝x', "'＝x"],
    ['＋x', "'＋x"],
    ['－x', "'－x"],
    ['＠x', "'＠x"],
    ["'=x", "''=x"],
    ["'hello", "'hello"],
    ['plain', 'plain'],
    ['a=b', 'a=b'],
    ['', ''],
    ['-1/-1 is structured, but a description is not', "'-1/-1 is structured, but a description is not"],
  ];
  it.each(cases)('%j is written as %j and read back', (cell, written) => {
    expect(neutraliseCell(cell)).toBe(written);
    expect(restoreCell(written)).toBe(cell);
  });

  it('restore(neutralise(v)) is v for every text, and no written cell starts a formula', () => {
    const piece = fc.constantFrom("'", ' ', '=', '+', '-', '@', '\t', '\r', '\n', '＝', 'a', '\u3000');
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 20 }),
      fc.array(piece, { maxLength: 8 }).map((p) => p.join('')),
    );
    fc.assert(
      // Plain booleans: vitest's expect costs milliseconds a call, too slow for hundreds of runs.
      fc.property(text, (v) => {
        const written = neutraliseCell(v);
        const startsFormula = /^[ \u00a0\u3000]*[=+\-@\t\r\n＝＋－＠]/.test(written);
        return restoreCell(written) === v && !startsFormula && (needsNeutralising(v) || written === v);
      }),
    );
  });
});
