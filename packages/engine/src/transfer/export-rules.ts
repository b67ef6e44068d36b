import { writeCsv } from './csv.ts';
import { neutraliseCell } from './neutralise.ts';
import { EXPORT_FIELDS, FREE_TEXT_FIELDS, type ExportField } from './transfer-fields.ts';

export type ExportFormat = 'json' | 'csv';

export const EXPORT_MIME_TYPES: Readonly<Record<ExportFormat, string>> = {
  json: 'application/json',
  csv: 'text/csv;charset=utf-8',
};

/** A rule in the API (Permission) or stored shape; only the export's fields are read. */
export type ExportablePermission = { readonly [K in ExportField]?: string | number };

/** The export date as the file names print it: YYYY-MM-DD, in UTC (the engine has no time zone). */
function isoDate(epochMs: number): string {
  return new Date(epochMs).toISOString().slice(0, 10);
}

/**
 * The console's file names (SEED004 "Export rules"): `ecs_${region_id}_${groupID}.json` and
 * `ecs_sgRule_${groupID}_${region_id}_${YYYY-MM-DD}.csv`. `date` is epoch milliseconds from the engine's clock.
 */
export function exportFileName(format: ExportFormat, regionId: string, groupId: string, date: number): string {
  return format === 'json'
    ? `ecs_${regionId}_${groupId}.json`
    : `ecs_sgRule_${groupId}_${regionId}_${isoDate(date)}.csv`;
}

/** A browser adds ` (1)` to a second download of the same name. */
const COPY_SUFFIX = String.raw`(?: \(\d+\))?`;
const JSON_NAME = new RegExp(String.raw`^ecs_([a-z0-9-]+)_(sg-[A-Za-z0-9_-]+)${COPY_SUFFIX}\.json$`, 'i');
// The date pattern is also seen on JSON downloads of the current console (spec §9), so either extension.
const DATED_NAME = new RegExp(
  String.raw`^ecs_sgRule_(sg-[A-Za-z0-9_-]+?)_([a-z0-9-]+)_\d{4}-\d{2}-\d{2}${COPY_SUFFIX}\.(?:csv|json)$`,
  'i',
);

/** The region and group an exported file came from, read back from its name; null for other names. */
export function parseExportFileName(fileName: string): { regionId: string; groupId: string } | null {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  // The dated pattern first: `ecs_sgRule_...` would also fit the JSON one with `sgRule` as the region.
  const dated = DATED_NAME.exec(base);
  if (dated) return { regionId: dated[2]!.toLowerCase(), groupId: dated[1]! };
  const json = JSON_NAME.exec(base);
  if (json) return { regionId: json[1]!.toLowerCase(), groupId: json[2]! };
  return null;
}

function exportRow(permission: ExportablePermission): Record<ExportField, string> {
  const row = {} as Record<ExportField, string>;
  for (const field of EXPORT_FIELDS) row[field] = String(permission[field] ?? '');
  return row;
}

/** A JSON array of objects with the Permission field names, every value a string, as Describe prints them. */
export function exportRulesJson(permissions: readonly ExportablePermission[]): string {
  return `${JSON.stringify(permissions.map(exportRow), null, 2)}\n`;
}

/**
 * CSV with a header row of the Permission field names. It starts with a UTF-8 byte-order mark so that
 * spreadsheets read non-ASCII descriptions as UTF-8; the importer skips it. Free-text cells are neutralised
 * against formulas; structured cells are written as they are.
 */
export function exportRulesCsv(permissions: readonly ExportablePermission[]): string {
  const rows = permissions.map((p) => {
    const row = exportRow(p);
    return EXPORT_FIELDS.map((field) => (FREE_TEXT_FIELDS.has(field) ? neutraliseCell(row[field]) : row[field]));
  });
  return `\uFEFF${writeCsv([[...EXPORT_FIELDS], ...rows])}`;
}
