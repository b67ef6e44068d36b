import { fail } from '../errors.ts';

/**
 * An ID-list filter: an array, or a JSON array string as the wire form sends it (`'["i-a","i-b"]'`).
 * null when absent; an empty set (matching nothing) for `[]`.
 * @throws the given `code` (e.g. InvalidInstanceIds.Malformed)
 */
export function readIdList(value: unknown, name: string, max: number, code: string): Set<string> | null {
  if (value === undefined || value === null || value === '') return null;
  let list: unknown = value;
  if (typeof value === 'string') {
    try {
      list = JSON.parse(value);
    } catch {
      list = undefined;
    }
  }
  if (!Array.isArray(list) || list.some((v) => typeof v !== 'string') || list.length > max) {
    fail(code, `The specified parameter ${name} is not valid. It must be a list of up to ${max} IDs.`, 400, name);
  }
  return new Set(list as string[]);
}
