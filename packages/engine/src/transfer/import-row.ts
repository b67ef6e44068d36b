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

// The engine runs in pages with a strict Content-Security-Policy (no eval): zod must not compile parsers with
// `new Function`, nor probe whether it may (a caught probe is still reported as a policy violation).
z.config({ jitless: true });

/**
 * A row of an imported file, read: its known fields as text, or why it cannot be read (with what could be read of
 * its known fields, so the preview shows what the file said).
 */
export type ImportRowRead =
  | { ok: true; values: ImportRowValues }
  | { ok: false; Code: string; Message: string; Field?: string; Direction?: string; values?: ImportRowValues };

/** Ours: a row that is not a rule object of known fields (the engine's own checks never see it). */
export const MALFORMED_ROW_CODE = 'InvalidImportRule.Malformed';

/**
 * Longer than any valid value (rule descriptions stop at 512): a huge cell is refused here with a short
 * message instead of being copied into later checks and messages.
 */
export const MAX_CELL_LENGTH = 2048;

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

/** How much of a cell an unreadable row shows back: enough to see the mistake, never a hostile file's bulk. */
export const SHOWN_CELL_LENGTH = 200;

const cut = (text: string) => (text.length > SHOWN_CELL_LENGTH ? `${text.slice(0, SHOWN_CELL_LENGTH)}…` : text);

/** `Field` is the key as the file wrote it, cut like a shown cell (an unknown key may be of any length). */
function malformed(Message: string, Field?: string): ImportRowRead {
  return { ok: false, Code: MALFORMED_ROW_CODE, Message, ...(Field ? { Field: cut(Field) } : {}) };
}

/**
 * The known fields of an unreadable row as text, to be shown: strings and numbers as the file wrote them (cut at
 * SHOWN_CELL_LENGTH), other values (objects, arrays, booleans) left out. The first of a repeated field wins.
 */
function valuesAsRead(entries: readonly [string, unknown][]): ImportRowValues {
  const values: ImportRowValues = {};
  for (const [key, value] of entries) {
    const field = importFieldOf(key);
    if (!field || Object.hasOwn(values, field)) continue;
    if (typeof value !== 'string' && typeof value !== 'number') continue;
    const text = String(value);
    if (text !== '') values[field] = cut(text);
  }
  return values;
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
  const withDirection = (read: ImportRowRead): ImportRowRead => {
    if (read.ok) return read;
    const shown = { ...read, values: valuesAsRead(entries) };
    return typeof direction === 'string' ? { ...shown, Direction: cut(direction.trim().toLowerCase()) } : shown;
  };
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
