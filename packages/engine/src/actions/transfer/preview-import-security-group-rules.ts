import { countImportRows } from '../../transfer/classify-import.ts';
import { defineAction } from '../define.ts';
import { classifyImportRequest, rowView, type ImportRulesParams, type ImportRulesResult } from './import-request.ts';

export type PreviewImportSecurityGroupRulesParams = ImportRulesParams;
export type PreviewImportSecurityGroupRulesResponse = ImportRulesResult;

/**
 * Ours, not in the ECS API: the check step of the console's "Import Security Group Rule" (SEED004): every
 * row of the file with what the import would do with it (ready, duplicate, invalid, priority-ignored,
 * reference-not-possible, over-limit) and why, and the counts. Only reads.
 * @throws MissingParameter.RegionId, InvalidRegionId.NotFound, MissingParameter.SecurityGroupId,
 * InvalidSecurityGroupId.Malformed, InvalidSecurityGroupId.NotFound, InvalidOperation.ResourceManagedByCloudProduct,
 * InvalidParameter, InvalidImportFile.TooLarge, InvalidImportFile.Malformed, InvalidImportFile.TooDeep,
 * InvalidImportFile.TooManyColumns, InvalidImportFile.NoRules,
 * InvalidImportFile.TooManyRules
 */
export const previewImportSecurityGroupRules = defineAction<
  PreviewImportSecurityGroupRulesParams,
  PreviewImportSecurityGroupRulesResponse
>({
  readOnly: true,
  run(ctx, params) {
    const { format, sourceRegionId, rows } = classifyImportRequest(ctx, params);
    const views = rows.map((row) => rowView(ctx, row));
    return { Format: format, SourceRegionId: sourceRegionId, Rows: views, Counts: countImportRows(views) };
  },
});
