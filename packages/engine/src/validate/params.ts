import { fail } from '../errors.ts';
import type { RegionInfo } from '../profiles/profile.ts';
import type { ActionContext } from '../context.ts';
import type { Tag } from '../model/security-group.ts';

/** Parameters arrive untrusted (forms, scripts, imported files): every reader checks the type. */
export function optionalString(value: unknown, name: string): string {
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string') fail('InvalidParameter', `The specified parameter ${name} is not valid.`, 400, name);
  return value;
}

export function requiredString(value: unknown, name: string, code = `MissingParameter.${name}`): string {
  const text = optionalString(value, name);
  if (text === '') fail(code, `The parameter "${name}" should not be null.`, 400, name);
  return text;
}

export function optionalBoolean(value: unknown, name: string): boolean | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (value === true || value === 'true') return true;
  if (value === false || value === 'false') return false;
  return fail('InvalidParameter', `The specified parameter ${name} is not valid.`, 400, name);
}

export function optionalInteger(value: unknown, name: string, min: number, max: number): number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN;
  if (!Number.isInteger(n) || n < min || n > max) {
    fail(
      'InvalidParameter',
      `The specified parameter ${name} is not valid. Valid values: ${min} to ${max}.`,
      400,
      name,
    );
  }
  return n;
}

export function optionalArray(value: unknown, name: string): unknown[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) fail('InvalidParameter', `The specified parameter ${name} must be a list.`, 400, name);
  return value;
}

export function requireRegion(ctx: ActionContext, value: unknown): RegionInfo {
  const regionId = requiredString(value, 'RegionId');
  const region = ctx.profile.regions.find((r) => r.RegionId === regionId);
  if (!region) fail('InvalidRegionId.NotFound', 'The specified RegionId does not exist.', 404, 'RegionId');
  return region;
}

/** Tags as `[{ Key, Value }]` (the API's Tag.N.Key form) into stored `{ TagKey, TagValue }`. */
export function readTags(value: unknown): Tag[] {
  return optionalArray(value, 'Tag').map((item) => {
    const raw = (item ?? {}) as Record<string, unknown>;
    return { TagKey: optionalString(raw.Key, 'Tag.N.Key'), TagValue: optionalString(raw.Value, 'Tag.N.Value') };
  });
}
