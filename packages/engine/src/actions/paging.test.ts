import { describe, expect, it } from 'vitest';
import type { EngineError } from '../errors.ts';
import { newestFirst, pageByEither, pageByNumber, pageByToken } from './paging.ts';

const items = Array.from({ length: 25 }, (_, i) => i);
const tokenLimits = { min: 1, max: 100, default: 10 };

function codeOf(work: () => unknown): string {
  try {
    work();
  } catch (error) {
    return (error as EngineError).Code;
  }
  return 'no error';
}

describe('pageByToken', () => {
  it('walks all items with decimal offset tokens and ends with an empty token', () => {
    const first = pageByToken(items, undefined, undefined, tokenLimits);
    expect(first.page).toEqual(items.slice(0, 10));
    expect(first.NextToken).toBe('10');
    const second = pageByToken(items, 10, first.NextToken, tokenLimits);
    expect(second.page).toEqual(items.slice(10, 20));
    const last = pageByToken(items, '10', second.NextToken, tokenLimits);
    expect(last.page).toEqual(items.slice(20));
    expect(last.NextToken).toBe('');
  });

  it('gives no token when the page ends exactly at the last item', () => {
    expect(pageByToken(items, 25, '', tokenLimits).NextToken).toBe('');
    expect(pageByToken(items, 5, '20', tokenLimits).NextToken).toBe('');
  });

  it('rejects malformed tokens and out-of-range MaxResults', () => {
    expect(codeOf(() => pageByToken(items, 10, 'abc', tokenLimits))).toBe('InvalidNextToken.Malformed');
    expect(codeOf(() => pageByToken(items, 10, '-1', tokenLimits))).toBe('InvalidNextToken.Malformed');
    expect(codeOf(() => pageByToken(items, 10, 5, tokenLimits))).toBe('InvalidParameter');
    expect(codeOf(() => pageByToken(items, 0, '', tokenLimits))).toBe('InvalidParameter');
    expect(codeOf(() => pageByToken(items, 101, '', tokenLimits))).toBe('InvalidParameter');
  });
});

describe('pageByNumber', () => {
  it('slices by page and reports the paging it used', () => {
    expect(pageByNumber(items, undefined, undefined, { max: 50, default: 10 })).toEqual({
      page: items.slice(0, 10),
      PageNumber: 1,
      PageSize: 10,
      TotalCount: 25,
    });
    const third = pageByNumber(items, 3, '10', { max: 50, default: 10 });
    expect(third.page).toEqual([20, 21, 22, 23, 24]);
    expect(pageByNumber(items, 9, 10, { max: 50, default: 10 }).page).toEqual([]);
  });

  it('rejects PageNumber below 1 and PageSize above the maximum', () => {
    expect(codeOf(() => pageByNumber(items, 0, 10, { max: 50, default: 10 }))).toBe('InvalidParameter');
    expect(codeOf(() => pageByNumber(items, 1, 51, { max: 50, default: 10 }))).toBe('InvalidParameter');
  });
});

describe('newestFirst', () => {
  it('puts later CreationTime first and breaks ties by ID', () => {
    const rows = [
      { Id: 'b', CreationTime: '2026-01-01T00:00:00Z' },
      { Id: 'c', CreationTime: '2026-01-02T00:00:00Z' },
      { Id: 'a', CreationTime: '2026-01-01T00:00:00Z' },
    ];
    expect(rows.sort(newestFirst((r) => r.Id)).map((r) => r.Id)).toEqual(['c', 'a', 'b']);
  });
});

describe('pageByEither', () => {
  const limits = { min: 1, max: 100, default: 10 };
  it('uses page numbers when only they are given', () => {
    const res = pageByEither(items, { PageNumber: 2, PageSize: 10 }, limits);
    expect(res).toEqual({ page: items.slice(10, 20), PageNumber: 2, PageSize: 10, TotalCount: 25, NextToken: '' });
  });

  it('uses tokens otherwise and reports the page the token stands for', () => {
    const res = pageByEither(items, { MaxResults: 5, NextToken: '10', PageNumber: 1 }, limits);
    expect(res).toEqual({ page: items.slice(10, 15), PageNumber: 3, PageSize: 5, TotalCount: 25, NextToken: '15' });
    expect(pageByEither(items, {}, limits).NextToken).toBe('10');
  });
});
