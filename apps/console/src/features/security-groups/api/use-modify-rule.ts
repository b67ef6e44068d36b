import { useMutation } from '@tanstack/react-query';
import type { Permission } from '@sg/engine';
import type { PermissionInput } from '@sg/engine/forms';
import { assertUnchanged, changedMeanwhileError, fieldChanges } from '../../../lib/changed-meanwhile.ts';
import { useEngine } from '../../../lib/engine-provider.tsx';

export interface ModifyRuleInput {
  regionId: string;
  groupId: string;
  direction: 'ingress' | 'egress';
  ruleId: string;
  /** Only the fields that change; the rule keeps the others. */
  changes: PermissionInput;
  /** The rule as the dialog was opened on it: if the stored rule is no longer this one, nothing is written. */
  openedOn: Permission;
  /** The group's rules Version the dialog was opened on (Tencent); a stale one is refused. */
  version?: string;
}

/**
 * ModifySecurityGroupRule (inbound) or ModifySecurityGroupEgressRule (outbound): one rule, by ID. Refused with
 * InvalidOperation.Conflict when the rule changed or went since the dialog was opened.
 */
export function useModifyRule() {
  const engine = useEngine();
  return useMutation({
    mutationFn: ({ regionId, groupId, direction, ruleId, changes, openedOn, version }: ModifyRuleInput) =>
      engine.batch(async (call) => {
        // The rules come in pages (500 by default): a rule of a big group may be on a later one.
        let now: Permission | undefined;
        let token = '';
        do {
          const group = await call('DescribeSecurityGroupAttribute', {
            RegionId: regionId,
            SecurityGroupId: groupId,
            Direction: direction,
            MaxResults: 1000,
            ...(token === '' ? {} : { NextToken: token }),
          });
          now = group.Permissions.Permission.find((r) => r.SecurityGroupRuleId === ruleId);
          token = group.NextToken;
        } while (!now && token !== '');
        if (!now) throw changedMeanwhileError(`Rule ${ruleId}`, ['the rule was deleted']);
        assertUnchanged(`Rule ${ruleId}`, fieldChanges(openedOn, now));
        return call(direction === 'ingress' ? 'ModifySecurityGroupRule' : 'ModifySecurityGroupEgressRule', {
          ...changes,
          RegionId: regionId,
          SecurityGroupId: groupId,
          SecurityGroupRuleId: ruleId,
          ...(version === undefined ? {} : { Version: version }),
        });
      }),
  });
}
