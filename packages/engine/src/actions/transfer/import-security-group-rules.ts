import type { Rule } from '../../model/security-group.ts';
import { countImportRows } from '../../transfer/classify-import.ts';
import { newRule } from '../rules/new-rule.ts';
import { defineAction } from '../define.ts';
import { saveRules } from '../rules/rule-group.ts';
import { checkRuleQuotas } from '../rules/rule-quotas.ts';
import { classifyImportRequest, rowView, type ImportRulesParams, type ImportRulesResult } from './import-request.ts';

export type ImportSecurityGroupRulesParams = ImportRulesParams;

export interface ImportSecurityGroupRulesResponse extends ImportRulesResult {
  /** The rules written, in file order. */
  SecurityGroupRuleIds: { SecurityGroupRuleId: string[] };
}

/**
 * Ours, not in the ECS API: the console's "Import Security Group Rule" (SEED004, spec §9). Classifies the
 * file again against the world as it is now (so a preview made before another change cannot write a bad
 * row), then adds every ready row to the group in one transaction, both directions: all of them or none.
 * Rows that are not ready are reported and skipped; existing rules are never replaced. Ready rows come back
 * as `imported` with their new rule IDs.
 * @throws MissingParameter.RegionId, InvalidRegionId.NotFound, MissingParameter.SecurityGroupId,
 * InvalidSecurityGroupId.Malformed, InvalidSecurityGroupId.NotFound, InvalidOperation.ResourceManagedByCloudProduct,
 * InvalidParameter, InvalidImportFile.TooLarge, InvalidImportFile.Malformed, InvalidImportFile.TooDeep,
 * InvalidImportFile.TooManyColumns, InvalidImportFile.NoRules,
 * InvalidImportFile.TooManyRules, AuthorizationLimitExceed
 */
export const importSecurityGroupRules = defineAction<ImportSecurityGroupRulesParams, ImportSecurityGroupRulesResponse>({
  readOnly: false,
  run(ctx, params) {
    const { group, format, sourceRegionId, rows } = classifyImportRequest(ctx, params);
    const added = new Map<number, Rule>();
    for (const row of rows) {
      if (row.Status !== 'ready' || !row.rule) continue;
      added.set(row.Index, newRule(ctx, group.RegionId, row.rule));
    }
    if (added.size > 0) {
      const rules = [...group.Rules, ...added.values()];
      // Classification kept within the quotas; checked again on the final list, as Authorize does.
      checkRuleQuotas(ctx, group, rules);
      saveRules(ctx, group, rules);
    }
    const views = rows.map((row) => {
      const stored = added.get(row.Index);
      return stored ? rowView(ctx, row, stored, 'imported') : rowView(ctx, row);
    });
    return {
      Format: format,
      SourceRegionId: sourceRegionId,
      Rows: views,
      Counts: countImportRows(views),
      SecurityGroupRuleIds: { SecurityGroupRuleId: [...added.values()].map((r) => r.SecurityGroupRuleId) },
    };
  },
});
