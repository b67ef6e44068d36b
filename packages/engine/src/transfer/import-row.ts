import { z } from 'zod';
import { restoreCell } from './neutralise.ts';
import {
  FORBIDDEN_KEYS,
  FREE_TEXT_FIELDS,
  IMPORT_FIELDS,
  importFieldOf,
  type ImportField,
  type ImportRowValues,
} from './transfer-fields.ts';

/** A row of an imported file, read: its known fields as text, or why it cannot be read. */
export type ImportRowRead =
  | { ok: true; values: ImportRowValues }
  | { ok: false; Code: string; Message: string; Field?: string; Direction?: string };

/** Ours: a row that is not a rule object of known fields (the engine's own checks never see it). */
export const MALFORMED_ROW_CODE = 'InvalidImportRule.Malformed';

/**
 * Longer than any valid value (rule descriptions stop at 512): a huge cell is refused here with a short
 * message instead of being copied into later checks and messages.
 */
const MAX_CELL_LENGTH = 2048;

const text = z.string().max(MAX_CELL_LENGTH);
/** JSON files may give Priority as a number, as older API responses print it. */
const priority = z.union([text, z.number().int().min(0).max(1_000_000)]);

/** Strict: a key outside IMPORT_FIELDS is refused, whatever reached this point. */
const ROW_SCHEMA = z.strictObject(
  Object.fromEntries(IMPORT_FIELDS.map((f) => [f, (f === 'Priority' ? priority : text).optional()])) as Record<
    ImportField,
    z.ZodOptional<typeof text | typeof priority>
  >,
);

function malformed(Message: string, Field?: string): ImportRowRead {
  return { ok: false, Code: MALFORMED_ROW_CODE, Message, ...(Field ? { Field } : {}) };
}

/** Long keys are shortened in messages, so a hostile file cannot make the response huge. */
const shown = (key: string) => JSON.stringify(key.length > 40 ? `${key.slice(0, 40)}…` : key);

/**
 * Reads one untrusted row: a parsed JSON value, or a CSV record as header→cell pairs. Keys are matched to
 * the known field names in any case; an unknown, repeated or prototype-reaching key makes the row invalid.
 * The row is rebuilt key by key from the known names (never merged from the input), then checked by a
 * strict zod schema. CSV free-text cells lose their neutralising quote. `null` and empty cells are absent.
 */
export function readImportRow(raw: unknown, format: 'json' | 'csv'): ImportRowRead {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return malformed('The row is not an object of rule fields.');
  }
  const entries: [string, unknown][] = [];
  try {
    for (const key of Object.keys(raw)) entries.push([key, (raw as Record<string, unknown>)[key]]);
  } catch {
    return malformed('The row cannot be read.');
  }
  const candidate: Record<string, unknown> = {};
  const direction = entries.find(([key]) => importFieldOf(key) === 'Direction')?.[1];
  const withDirection = (read: ImportRowRead): ImportRowRead =>
    !read.ok && typeof direction === 'string' ? { ...read, Direction: direction.trim().toLowerCase() } : read;
  for (const [key, value] of entries) {
    if (FORBIDDEN_KEYS.has(key.trim())) {
      return withDirection(malformed(`The key ${shown(key)} is not allowed in a rule.`, key));
    }
    const field = importFieldOf(key);
    if (!field) return withDirection(malformed(`The key ${shown(key)} is not a rule field.`, key));
    if (Object.hasOwn(candidate, field))
      return withDirection(malformed(`The field ${field} is given more than once.`, field));
    if (value === null || value === undefined || value === '') continue;
    candidate[field] = format === 'csv' && FREE_TEXT_FIELDS.has(field) ? restoreCell(String(value)) : value;
  }
  const checked = ROW_SCHEMA.safeParse(candidate);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    const field = issue?.path[0] === undefined ? undefined : String(issue.path[0]);
    const why =
      issue?.code === 'too_big' && issue.origin === 'string'
        ? `is longer than ${MAX_CELL_LENGTH} characters`
        : `is not valid: ${field === 'Priority' ? 'text or a whole number' : 'text'} is expected`;
    return withDirection(malformed(`The field ${field ?? '?'} ${why}.`, field));
  }
  const values: ImportRowValues = {};
  for (const [field, value] of Object.entries(checked.data) as [ImportField, string | number | undefined][]) {
    if (value !== undefined) values[field] = String(value);
  }
  return { ok: true, values };
}
