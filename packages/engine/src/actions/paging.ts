import { fail } from '../errors.ts';
import { optionalInteger, optionalString } from '../validate/params.ts';

export interface TokenPage<T> {
  page: T[];
  /** Decimal offset of the next page; '' when this page is the last. */
  NextToken: string;
}

export interface NumberPage<T> {
  page: T[];
  PageNumber: number;
  PageSize: number;
  TotalCount: number;
}

/**
 * MaxResults/NextToken paging. The token is the decimal offset of the next item, so it stays valid
 * across reloads and another tab's writes (at worst an item shifts between pages).
 * @throws InvalidParameter (MaxResults out of range), InvalidNextToken.Malformed
 */
export function pageByToken<T>(
  items: readonly T[],
  maxResults: unknown,
  nextToken: unknown,
  limits: { min: number; max: number; default: number },
): TokenPage<T> {
  const size = optionalInteger(maxResults, 'MaxResults', limits.min, limits.max) ?? limits.default;
  const token = optionalString(nextToken, 'NextToken');
  let start = 0;
  if (token !== '') {
    if (!/^\d{1,9}$/.test(token)) {
      fail('InvalidNextToken.Malformed', 'The specified parameter NextToken is not valid.', 400, 'NextToken');
    }
    start = Number(token);
  }
  const end = start + size;
  return { page: items.slice(start, end), NextToken: end < items.length ? String(end) : '' };
}

/**
 * PageNumber/PageSize paging: PageNumber from 1, PageSize from 1 to `max`. A page past the end is empty.
 * @throws InvalidParameter (PageNumber or PageSize out of range)
 */
export function pageByNumber<T>(
  items: readonly T[],
  pageNumber: unknown,
  pageSize: unknown,
  limits: { max: number; default: number },
): NumberPage<T> {
  const PageNumber = optionalInteger(pageNumber, 'PageNumber', 1, 1_000_000_000) ?? 1;
  const PageSize = optionalInteger(pageSize, 'PageSize', 1, limits.max) ?? limits.default;
  const start = (PageNumber - 1) * PageSize;
  return { page: items.slice(start, start + PageSize), PageNumber, PageSize, TotalCount: items.length };
}

/** Newest first; records made in the same second fall back to ID order, so pages stay stable. */
export function newestFirst<T extends { CreationTime: string }>(idOf: (record: T) => string): (a: T, b: T) => number {
  return (a, b) => {
    if (a.CreationTime !== b.CreationTime) return a.CreationTime < b.CreationTime ? 1 : -1;
    return idOf(a).localeCompare(idOf(b));
  };
}

export interface EitherPage<T> extends NumberPage<T> {
  NextToken: string;
}

/**
 * For calls that take both styles (DescribeInstances, DescribeSecurityGroups): PageNumber/PageSize
 * when only they are given, else MaxResults/NextToken, reporting the page number the token stands for.
 * @throws InvalidParameter, InvalidNextToken.Malformed
 */
export function pageByEither<T>(
  items: readonly T[],
  params: { MaxResults?: unknown; NextToken?: unknown; PageNumber?: unknown; PageSize?: unknown },
  limits: { min: number; max: number; default: number },
): EitherPage<T> {
  const byNumber =
    params.MaxResults === undefined &&
    params.NextToken === undefined &&
    (params.PageNumber !== undefined || params.PageSize !== undefined);
  if (byNumber) return { ...pageByNumber(items, params.PageNumber, params.PageSize, limits), NextToken: '' };
  const { page, NextToken } = pageByToken(items, params.MaxResults, params.NextToken, limits);
  const size = optionalInteger(params.MaxResults, 'MaxResults', limits.min, limits.max) ?? limits.default;
  const start = Number(optionalString(params.NextToken, 'NextToken') || '0');
  return { page, PageNumber: Math.floor(start / size) + 1, PageSize: size, TotalCount: items.length, NextToken };
}
