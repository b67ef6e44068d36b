import { fail } from '../errors.ts';
import { CsvSyntaxError, CsvTooWideError, readCsv } from './csv.ts';
import { MALFORMED_ROW_CODE, readImportRow, type ImportRowRead } from './import-row.ts';
import {
  checkImportFileSize,
  checkRuleCount,
  IMPORT_FILE_CODES,
  MAX_IMPORT_COLUMNS,
  MAX_IMPORT_JSON_DEPTH,
  MAX_IMPORT_RULES,
} from './import-limits.ts';
import { jsonNestsDeeperThan } from './json-depth.ts';
import { importFieldOf } from './transfer-fields.ts';

export type ImportFormat = 'json' | 'csv';

export interface ParsedImportFile {
  format: ImportFormat;
  /** One entry per rule of the file, in file order (CSV: blank lines skipped). */
  rows: ImportRowRead[];
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

function malformedFile(message: string): never {
  fail(IMPORT_FILE_CODES.Malformed, message, 400, 'Content');
}

function parseJson(content: string): ImportRowRead[] {
  if (jsonNestsDeeperThan(content, MAX_IMPORT_JSON_DEPTH)) {
    fail(
      IMPORT_FILE_CODES.TooDeep,
      `The JSON nests arrays and objects more than ${MAX_IMPORT_JSON_DEPTH} levels deep; a rule file needs 4.`,
      400,
      'Content',
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(content);
  } catch (error) {
    const reason = error instanceof Error ? error.message.slice(0, 200) : 'unreadable';
    return malformedFile(`The file is not valid JSON: ${reason}`);
  }
  const rows = jsonRows(value);
  checkRuleCount(rows.length);
  return rows.map((row) => readImportRow(row, 'json'));
}

/** The header's names, checked: at least one rule field, none twice. */
function readHeader(cells: readonly string[]): string[] {
  const names = cells.map((cell) => cell.trim());
  if (!names.some((name) => importFieldOf(name))) {
    malformedFile('The first row of a CSV file must name the columns, e.g. Direction,IpProtocol,PortRange,...');
  }
  const seen = new Set<string>();
  for (const name of names) {
    const key = importFieldOf(name) ?? name;
    if (key !== '' && seen.has(key)) malformedFile(`The column ${key.slice(0, 40)} appears more than once.`);
    seen.add(key);
  }
  return names;
}

function csvRow(names: readonly string[], cells: readonly string[]): ImportRowRead {
  if (cells.slice(names.length).some((cell) => cell !== '')) {
    const Message = `The row has ${cells.length} cells; the header names ${names.length} columns.`;
    return { ok: false, Code: MALFORMED_ROW_CODE, Message };
  }
  // fromEntries defines own properties: a `__proto__` header is then just an unknown key.
  const pairs = names.map((name, i) => [name, cells[i] ?? ''] as const).filter(([n, v]) => n !== '' || v !== '');
  return readImportRow(Object.fromEntries(pairs), 'csv');
}

/**
 * Reads the records one by one: the header is checked as soon as it is read, a record wider than
 * MAX_IMPORT_COLUMNS stops the reading, and records past MAX_IMPORT_RULES are counted but not kept.
 */
function parseCsvFile(content: string): ImportRowRead[] {
  let names: string[] | undefined;
  const rows: ImportRowRead[] = [];
  let count = 0;
  try {
    readCsv(content, MAX_IMPORT_COLUMNS, (cells) => {
      if (cells.every((cell) => cell.trim() === '')) return;
      if (!names) names = readHeader(cells);
      else if (++count <= MAX_IMPORT_RULES) rows.push(csvRow(names, cells));
    });
  } catch (error) {
    if (error instanceof CsvSyntaxError) malformedFile(`The file is not valid CSV: ${error.message}`);
    if (error instanceof CsvTooWideError) {
      fail(
        IMPORT_FILE_CODES.TooManyColumns,
        `Line ${error.line} has more than ${MAX_IMPORT_COLUMNS} cells; a rule file has at most ${MAX_IMPORT_COLUMNS} columns.`,
        400,
        'Content',
      );
    }
    throw error;
  }
  if (!names)
    malformedFile('The first row of a CSV file must name the columns, e.g. Direction,IpProtocol,PortRange,...');
  checkRuleCount(count);
  return rows;
}

/**
 * Reads an untrusted rule file into rows. JSON: this console's export (an array), an API-shaped object
 * `{ Permissions: { Permission: [...] } }` or `{ Permission: [...] }`, keys in any case. CSV: a header row
 * of field names in any case, RFC 4180 quoting, CRLF or LF, multi-line cells. A leading byte-order mark is
 * skipped. Each row is read on its own (readImportRow): a bad row is reported, not fatal. Every bound is
 * checked before the work it bounds: size, then depth or width, then the rule count.
 * @throws InvalidImportFile.TooLarge, InvalidImportFile.Malformed, InvalidImportFile.TooDeep (JSON),
 * InvalidImportFile.TooManyColumns (CSV), InvalidImportFile.NoRules, InvalidImportFile.TooManyRules (more than
 * 200 rules: the whole file is refused)
 */
export function parseImportFile(fileName: string, content: string): ParsedImportFile {
  checkImportFileSize(content.length);
  const text = content.startsWith('\uFEFF') ? content.slice(1) : content;
  if (text.trim() === '') fail(IMPORT_FILE_CODES.NoRules, 'The file is empty.', 400, 'Content');
  const format = formatOf(fileName, text);
  return { format, rows: format === 'json' ? parseJson(text) : parseCsvFile(text) };
}
