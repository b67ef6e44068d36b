import { describe, expect, it } from 'vitest';
import { jsonNestsDeeperThan } from './json-depth.ts';

describe('jsonNestsDeeperThan', () => {
  const cases: [string, string, number, boolean][] = [
    ['a flat array', '[1,2]', 1, false],
    ['an API-shaped rule file', '{"Permissions":{"Permission":[{"Direction":"ingress"}]}}', 4, false],
    ['one level too many', '{"Permissions":{"Permission":[{"Direction":["ingress"]}]}}', 4, true],
    ['brackets inside strings', '[{"Description":"[[[[{{{{"}]', 2, false],
    ['an escaped quote inside a string', '["\\"[[[["]', 1, false],
    ['an escaped backslash before the closing quote', '["\\\\",[[1]]]', 2, true],
    ['200,000 open brackets', '['.repeat(200_000), 8, true],
    ['no JSON at all', 'Direction,IpProtocol', 0, false],
  ];
  it.each(cases)('%s', (_name, text, limit, deeper) => {
    expect(jsonNestsDeeperThan(text, limit)).toBe(deeper);
  });
});
