import { fail } from '../../errors.ts';
import { toPermission } from '../../model/permission.ts';
import {
  EXPORT_MIME_TYPES,
  exportFileName,
  exportRulesCsv,
  exportRulesJson,
  type ExportFormat,
} from '../../transfer/export-rules.ts';
import { requiredString, requireRegion } from '../../validate/params.ts';
import { defineAction } from '../define.ts';
import { listNamesOf } from '../rules/list-references.ts';
import { groupNameOf, readGroupId, requireGroup } from '../security-groups/group-lookup.ts';

export interface ExportSecurityGroupRulesParams {
  RegionId: string;
  SecurityGroupId: string;
  /** `json` or `csv`, in any case. */
  Format: ExportFormat;
}

export interface ExportSecurityGroupRulesResponse {
  /** The console's name for the file (SEED004): the CSV one carries the export date of the engine's clock. */
  FileName: string;
  /** The file's text; CSV free-text cells are neutralised against spreadsheet formulas. */
  Content: string;
  MimeType: string;
}

/**
 * Ours, not in the ECS API: the console's "Export" of a group's rules (SEED004 "Export rules", spec §9),
 * both directions in stored order, as JSON or CSV with the Permission field names. Only reads; the console
 * turns the response into a download. ImportSecurityGroupRules reads such a file back.
 * @throws MissingParameter.RegionId, InvalidRegionId.NotFound, MissingParameter.SecurityGroupId,
 * InvalidSecurityGroupId.Malformed, InvalidSecurityGroupId.NotFound, MissingParameter.Format, InvalidParameter.Format
 */
export const exportSecurityGroupRules = defineAction<ExportSecurityGroupRulesParams, ExportSecurityGroupRulesResponse>({
  readOnly: true,
  run(ctx, params) {
    const region = requireRegion(ctx, params.RegionId);
    const group = requireGroup(ctx.tx, region.RegionId, readGroupId(params.SecurityGroupId));
    const format = requiredString(params.Format, 'Format').trim().toLowerCase();
    if (format !== 'json' && format !== 'csv') {
      fail(
        'InvalidParameter.Format',
        'The specified parameter Format is not valid. Valid values: json, csv.',
        400,
        'Format',
      );
    }
    const nameOf = groupNameOf(ctx.tx);
    const listNames = listNamesOf(ctx.tx);
    const permissions = group.Rules.map((rule) => toPermission(rule, nameOf, listNames));
    return {
      FileName: exportFileName(format, group.RegionId, group.SecurityGroupId, ctx.now),
      Content: format === 'json' ? exportRulesJson(permissions) : exportRulesCsv(permissions),
      MimeType: EXPORT_MIME_TYPES[format],
    };
  },
});
