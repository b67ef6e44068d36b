import type { ActionContext } from '../../context.ts';
import { EngineError, fail } from '../../errors.ts';
import { toPermission, type Permission } from '../../model/permission.ts';
import type { RuleDraft } from '../../model/rule-draft.ts';
import type { Rule, SecurityGroup } from '../../model/security-group.ts';
import {
  classifyImport,
  type ClassifiedImportRow,
  type ImportCounts,
  type ImportRowStatus,
} from '../../transfer/classify-import.ts';
import { parseExportFileName } from '../../transfer/export-rules.ts';
import { parseImportFile, type ImportFormat, type ParsedImportFile } from '../../transfer/parse-import.ts';
import { readParsedImportFile } from '../../transfer/parsed-import-file.ts';
import type { ImportRowValues } from '../../transfer/transfer-fields.ts';
import { optionalString } from '../../validate/params.ts';
import { listNamesOf } from '../rules/list-references.ts';
import { referenceProblem } from '../rules/reference-problem.ts';
import { requireRuleGroup } from '../rules/rule-group.ts';
import { checkRuleQuotas } from '../rules/rule-quotas.ts';
import { groupNameOf } from '../security-groups/group-lookup.ts';

export interface ImportRulesParams {
  RegionId: string;
  SecurityGroupId: string;
  /** The chosen file's name: its extension gives the format, an export's name gives SourceRegionId. */
  FileName?: string;
  /** The file's text. Untrusted. Absent or empty when ParsedFile is given. */
  Content?: string;
  /**
   * Ours: the file already read by `parseImportFile` (the console does it once per file, in a worker), instead of
   * Content. It must have that function's shape; its rows are checked like any file's.
   */
  ParsedFile?: ParsedImportFile;
  /** The region the rules come from. Absent: read from an exported file's name, else the group's region. */
  SourceRegionId?: string;
}

export interface ImportRowView {
  Index: number;
  Direction: string;
  /** The rule as it would be (or was) stored; absent for rows that are not a valid rule. */
  Permission?: Permission;
  /**
   * Ours, for a row that is not a valid rule (no Permission): what the file said, its known fields as text (Field
   * names the offending one), so the preview can show the bad value. An unreadable row's cells are cut at 200
   * characters; values that are not text or numbers are left out.
   */
  Values?: ImportRowValues;
  Status: ImportRowStatus;
  Code?: string;
  Message?: string;
  Field?: string;
}

export interface ImportRulesResult {
  Format: ImportFormat;
  SourceRegionId: string;
  Rows: ImportRowView[];
  Counts: ImportCounts;
}

export interface ClassifiedRequest {
  group: SecurityGroup;
  format: ImportFormat;
  sourceRegionId: string;
  rows: ClassifiedImportRow[];
}

function readSourceRegion(ctx: ActionContext, params: ImportRulesParams, fileName: string, group: SecurityGroup) {
  const known = (id: string) => ctx.profile.regions.some((r) => r.RegionId === id);
  const given = optionalString(params.SourceRegionId, 'SourceRegionId').trim();
  if (given !== '') {
    if (!known(given)) {
      fail('InvalidRegionId.NotFound', 'The specified SourceRegionId does not exist.', 404, 'SourceRegionId');
    }
    return given;
  }
  // A name that only looks like an export (unknown region) says nothing: the rules are taken as local.
  const fromName = parseExportFileName(fileName)?.regionId;
  return fromName && known(fromName) ? fromName : group.RegionId;
}

/** The rows of the request: the ParsedFile given, or Content parsed now; not both. */
function parsedFile(given: unknown, fileName: string, content: string): ParsedImportFile {
  if (given === undefined) return parseImportFile(fileName, content);
  if (content !== '') fail('InvalidParameter', 'Give either Content or ParsedFile, not both.', 400, 'ParsedFile');
  return readParsedImportFile(given);
}

/**
 * Reads and classifies an import request against the world as it is now: the one body of the preview and
 * of the import, so the import re-checks everything and a stale preview cannot write a bad row.
 * @throws the group's codes (requireRuleGroup), InvalidParameter, InvalidRegionId.NotFound (SourceRegionId)
 * and the file's (parseImportFile)
 */
export function classifyImportRequest(ctx: ActionContext, params: ImportRulesParams): ClassifiedRequest {
  const group = requireRuleGroup(ctx, params.RegionId, params.SecurityGroupId);
  const fileName = optionalString(params.FileName, 'FileName');
  const content = optionalString(params.Content, 'Content');
  const sourceRegionId = readSourceRegion(ctx, params, fileName, group);
  const { format, rows } = parsedFile(params.ParsedFile, fileName, content);
  const placeholder = (draft: RuleDraft): Rule => ({ ...draft, SecurityGroupRuleId: '', CreateTime: '' });
  const classified = classifyImport(rows, {
    regionId: group.RegionId,
    sourceRegionId,
    existing: group.Rules,
    dialect: ctx.profile.rules,
    referenceProblem: (rule) => referenceProblem(ctx, group, rule),
    quotaProblem(added) {
      try {
        checkRuleQuotas(ctx, group, [...group.Rules, ...added.map(placeholder)]);
        return null;
      } catch (error) {
        if (error instanceof EngineError) return { Code: error.Code, Message: error.Message };
        throw error;
      }
    },
  });
  return { group, format, sourceRegionId, rows: classified };
}

/** A classified row as the response shows it; `stored` is the written rule of an imported row. */
export function rowView(
  ctx: ActionContext,
  row: ClassifiedImportRow,
  stored?: Rule,
  status: ImportRowStatus = row.Status,
): ImportRowView {
  const view: ImportRowView = { Index: row.Index, Direction: row.Direction, Status: status };
  const rule = stored ?? (row.rule ? { ...row.rule, SecurityGroupRuleId: '', CreateTime: '' } : undefined);
  if (rule) view.Permission = toPermission(rule, groupNameOf(ctx.tx), listNamesOf(ctx.tx));
  if (row.Code !== undefined) view.Code = row.Code;
  if (row.Message !== undefined) view.Message = row.Message;
  if (row.Field !== undefined) view.Field = row.Field;
  if (!rule && row.values) view.Values = { ...row.values };
  return view;
}
