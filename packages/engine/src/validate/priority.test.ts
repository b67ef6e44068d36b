import { describe, expect, it } from 'vitest';
import { parsePolicy, policyProblem } from './policy.ts';
import { parsePriority, priorityProblem } from './priority.ts';

describe('Priority', () => {
  it('reads 1–100 from strings or numbers, defaulting to 1', () => {
    expect(parsePriority(undefined)).toBe(1);
    expect(parsePriority('')).toBe(1);
    expect(parsePriority('1')).toBe(1);
    expect(parsePriority(100)).toBe(100);
    expect(parsePriority(' 42 ')).toBe(42);
  });

  it('rejects 0, 101, fractions and words with InvalidPriority.Malformed', () => {
    for (const bad of [0, '0', 101, '101', 'abc', 1.5, '1.5', -1, true, '110']) {
      expect(parsePriority(bad), String(bad)).toBeNull();
      expect(priorityProblem(bad)?.Code).toBe('InvalidPriority.Malformed');
    }
    expect(priorityProblem('7')).toBeNull();
  });
});

describe('Policy', () => {
  it('reads accept and drop in any case, defaulting to accept', () => {
    expect(parsePolicy(undefined)).toBe('accept');
    expect(parsePolicy('Accept')).toBe('accept');
    expect(parsePolicy('DROP')).toBe('drop');
    expect(policyProblem('drop')).toBeNull();
  });

  it('rejects anything else with InvalidPolicy.Malformed', () => {
    for (const bad of ['allow', 'deny', 1]) expect(policyProblem(bad)?.Code).toBe('InvalidPolicy.Malformed');
  });
});
