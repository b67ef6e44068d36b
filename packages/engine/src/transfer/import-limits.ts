import { fail } from '../errors.ts';

/** At most this many rules per import (SEED004 "Import rules"); a longer file is refused whole. */
export const MAX_IMPORT_RULES = 200;

/**
 * Ours (the docs give no file size): 2 MiB. A 200-rule file at its largest (every field filled, 512-character
 * descriptions of 3-byte characters written as JSON `\u` escapes) is about 1 MiB, a real export of 200 rules about
 * 80 KB; anything bigger is not a rule file. Checked against the file's size before it is read, and against the
 * text's length (a UTF-8 text never has more characters than bytes).
 */
export const MAX_IMPORT_FILE_BYTES = 2 * 1024 * 1024;

/** Ours: the 26 field names a row may carry, with room for blank columns a spreadsheet adds. */
export const MAX_IMPORT_COLUMNS = 64;

/**
 * Ours: how deep JSON may nest. `{ "Permissions": { "Permission": [ { ... } ] } }` needs 4 levels, and a row's
 * value that is itself an array or object (refused with the row) one more.
 */
export const MAX_IMPORT_JSON_DEPTH = 8;

/** Ours (the docs give none): why a whole file is refused. Rows have their own codes. */
export const IMPORT_FILE_CODES = {
  Malformed: 'InvalidImportFile.Malformed',
  TooLarge: 'InvalidImportFile.TooLarge',
  TooManyColumns: 'InvalidImportFile.TooManyColumns',
  TooDeep: 'InvalidImportFile.TooDeep',
  NoRules: 'InvalidImportFile.NoRules',
  TooManyRules: 'InvalidImportFile.TooManyRules',
} as const;

const mebibytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

/**
 * Refuses a file by its size alone, before anything reads it: `size` is its length in bytes (File.size) or,
 * for a text already read, in characters.
 * @throws InvalidImportFile.TooLarge
 */
export function checkImportFileSize(size: number): void {
  if (size <= MAX_IMPORT_FILE_BYTES) return;
  fail(
    IMPORT_FILE_CODES.TooLarge,
    `The file is ${mebibytes(size)}; at most ${mebibytes(MAX_IMPORT_FILE_BYTES)} can be imported (a file of ${MAX_IMPORT_RULES} rules is far smaller).`,
    400,
    'Content',
  );
}

/**
 * Refuses a rule count: none, or more than MAX_IMPORT_RULES.
 * @throws InvalidImportFile.NoRules, InvalidImportFile.TooManyRules
 */
export function checkRuleCount(count: number): void {
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
