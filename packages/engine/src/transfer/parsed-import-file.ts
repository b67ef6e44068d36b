import { z } from 'zod';
import { fail } from '../errors.ts';
import { MAX_IMPORT_RULES } from './import-limits.ts';
import { MALFORMED_ROW_CODE, MAX_CELL_LENGTH, SHOWN_CELL_LENGTH } from './import-row.ts';
import type { ParsedImportFile } from './parse-import.ts';
import { IMPORT_FIELDS, type ImportField } from './transfer-fields.ts';

const cell = z.string().max(MAX_CELL_LENGTH);
const shown = z.string().max(SHOWN_CELL_LENGTH + 1);
const values = z.strictObject(
  Object.fromEntries(IMPORT_FIELDS.map((f) => [f, cell.optional()])) as Record<ImportField, z.ZodOptional<typeof cell>>,
);

/** What parseImportFile returns, and nothing more: strict objects, the bounds it keeps, its one row code. */
const PARSED_FILE_SCHEMA = z.strictObject({
  format: z.enum(['json', 'csv']),
  rows: z
    .array(
      z.discriminatedUnion('ok', [
        z.strictObject({ ok: z.literal(true), values }),
        z.strictObject({
          ok: z.literal(false),
          Code: z.literal(MALFORMED_ROW_CODE),
          Message: z.string().max(500),
          Field: shown.optional(),
          Direction: shown.optional(),
          values: values.optional(),
        }),
      ]),
    )
    .min(1)
    .max(MAX_IMPORT_RULES),
});

/**
 * A file parsed elsewhere (the console parses in a worker, once per file), taken as a parameter: it must have the
 * shape parseImportFile gives. Its rows are still untrusted; the import classifies them like any file's rows.
 * @throws InvalidParameter (field ParsedFile)
 */
export function readParsedImportFile(value: unknown): ParsedImportFile {
  const checked = PARSED_FILE_SCHEMA.safeParse(value);
  if (!checked.success) {
    const where = checked.error.issues[0]?.path.join('.') ?? '';
    fail(
      'InvalidParameter',
      `The ParsedFile is not a parsed import file (at ${where || 'the top'}).`,
      400,
      'ParsedFile',
    );
  }
  return checked.data as ParsedImportFile;
}
