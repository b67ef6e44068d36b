import { fail } from '../errors.ts';
import { CsvSyntaxError, parseCsv } from './csv.ts';
import { MALFORMED_ROW_CODE, readImportRow, type ImportRowRead } from './import-row.ts';
import { importFieldOf } from './transfer-fields.ts';

export type ImportFormat = 'json' | 'csv';

export interface ParsedImportFile {
  format: ImportFormat;
  /** One entry per rule of the file, in file order (CSV: blank lines skipped). */
  rows: ImportRowRead[];
}

/** At most this many rules per import (SEED004 "Import rules"); a longer file is refused whole. */
export const MAX_IMPORT_RULES = 200;
/** Far above 200 rules of any valid size; refused before parsing, so a huge file costs nothing. */
export const MAX_IMPORT_FILE_CHARS = 2 * 1024 * 1024;

/** Ours (the docs give none): why a whole file is refused. Rows have their own codes. */
export const IMPORT_FILE_CODES = {
  Malformed: 'InvalidImportFile.Malformed',
  TooLarge: 'InvalidImportFile.TooLarge',
  NoRules: 'InvalidImportFile.NoRules',
  TooManyRules: 'InvalidImportFile.TooManyRules',
} as const;

function malformedFile(message: string): never {
  fail(IMPORT_FILE_CODES.Malformed, message, 400, 'Content');
}

function checkCount(count: number): void {
  if (count === 0) fail(IMPORT_FILE_CODES.NoRules, 'The file holds no rules.', 400, 'Content');
  if (count > MAX_IMPORT_RULES) {
    fail(
      IMPORT_FILE_CODES.TooManyRules,
      `A maximum of ${MAX_IMPORT_RULES} rules can be imported at a time; the file holds ${count}.`,
      400,
      'Content',
    );
  }
}

/** By extension; a file named otherwise is JSON when it starts like JSON. */
function formatOf(fileName: string, content: string): ImportFormat {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName.trim())?.[1]?.toLowerCase();
  if (extension === 'json' || extension === 'csv') return extension;
  return /^\s*[[{]/.test(content) ? 'json' : 'csv';
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** An own key matched case-insensitively; two spellings of it are ambiguous, so none is taken. */
function ownKey(object: Record<string, unknown>, name: string): unknown {
  const keys = Object.keys(object).filter((k) => k.trim().toLowerCase() === name);
  return keys.length === 1 ? object[keys[0]!] : undefined;
}

/** The rule list of this console's export (an array) or of an API response ({ Permissions: { Permission } }). */
function jsonRows(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  if (isObject(value)) {
    const permissions = ownKey(value, 'permissions');
    if (Array.isArray(permissions)) return permissions;
    const inner = isObject(permissions) ? ownKey(permissions, 'permission') : ownKey(value, 'permission');
    if (Array.isArray(inner)) return inner;
  }
  return malformedFile(
    'The JSON file must hold an array of rules, { "Permissions": { "Permission": [...] } } or { "Permission": [...] }.',
  );
}

function parseJson(content: string): ImportRowRead[] {
  let value: unknown;
  try {
    value = JSON.parse(content);
  } catch (error) {
    const reason = error instanceof Error ? error.message.slice(0, 200) : 'unreadable';
    return malformedFile(`The file is not valid JSON: ${reason}`);
  }
  const rows = jsonRows(value);
  checkCount(rows.length);
  return rows.map((row) => readImportRow(row, 'json'));
}

function parseCsvFile(content: string): ImportRowRead[] {
  let records: string[][];
  try {
    records = parseCsv(content);
  } catch (error) {
    if (error instanceof CsvSyntaxError) malformedFile(`The file is not valid CSV: ${error.message}`);
    throw error;
  }
  records = records.filter((cells) => cells.some((cell) => cell.trim() !== ''));
  const [header, ...data] = records;
  const names = (header ?? []).map((cell) => cell.trim());
  if (!names.some((name) => importFieldOf(name))) {
    malformedFile('The first row of a CSV file must name the columns, e.g. Direction,IpProtocol,PortRange,...');
  }
  const seen = new Set<string>();
  for (const name of names) {
    const key = importFieldOf(name) ?? name;
    if (key !== '' && seen.has(key)) malformedFile(`The column ${key} appears more than once.`);
    seen.add(key);
  }
  checkCount(data.length);
  return data.map((cells) => {
    if (cells.slice(names.length).some((cell) => cell !== '')) {
      const Message = `The row has ${cells.length} cells; the header names ${names.length} columns.`;
      return { ok: false, Code: MALFORMED_ROW_CODE, Message } satisfies ImportRowRead;
    }
    // fromEntries defines own properties: a `__proto__` header is then just an unknown key.
    const pairs = names.map((name, i) => [name, cells[i] ?? ''] as const).filter(([n, v]) => n !== '' || v !== '');
    return readImportRow(Object.fromEntries(pairs), 'csv');
  });
}

/**
 * Reads an untrusted rule file into rows. JSON: this console's export (an array), an API-shaped object
 * `{ Permissions: { Permission: [...] } }` or `{ Permission: [...] }`, keys in any case. CSV: a header row
 * of field names in any case, RFC 4180 quoting, CRLF or LF, multi-line cells. A leading byte-order mark is
 * skipped. Each row is read on its own (readImportRow): a bad row is reported, not fatal.
 * @throws InvalidImportFile.TooLarge, InvalidImportFile.Malformed, InvalidImportFile.NoRules,
 * InvalidImportFile.TooManyRules (more than 200 rules: the whole file is refused)
 */
export function parseImportFile(fileName: string, content: string): ParsedImportFile {
  if (content.length > MAX_IMPORT_FILE_CHARS) {
    fail(
      IMPORT_FILE_CODES.TooLarge,
      `The file is larger than ${MAX_IMPORT_FILE_CHARS / 1024 / 1024} MB; a rule file of ${MAX_IMPORT_RULES} rules is far smaller.`,
      400,
      'Content',
    );
  }
  const text = content.startsWith('\uFEFF') ? content.slice(1) : content;
  if (text.trim() === '') fail(IMPORT_FILE_CODES.NoRules, 'The file is empty.', 400, 'Content');
  const format = formatOf(fileName, text);
  return { format, rows: format === 'json' ? parseJson(text) : parseCsvFile(text) };
}
