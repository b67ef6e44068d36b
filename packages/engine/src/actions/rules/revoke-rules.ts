import type { ActionContext } from '../../context.ts';
import { EngineError, fail } from '../../errors.ts';
import { ruleIdentity } from '../../validate/rule-identity.ts';
import type { Direction } from '../../model/security-group.ts';
import type { PermissionInput } from '../../validate/permission.ts';
import {
  hasFlatPermission,
  readPermissionInputs,
  requirePermission,
  type GroupOwnerInput,
} from './read-permissions.ts';
import { requireRuleGroup, saveRules } from './rule-group.ts';
import { checkRulesVersion } from './rule-position.ts';

/** Revoke* take rule IDs (the recommended mode) or permissions to match, never both. */
export interface RevokeParams extends PermissionInput, GroupOwnerInput {
  RegionId: string;
  SecurityGroupId: string;
  SecurityGroupRuleId?: string[];
  Permissions?: (PermissionInput & GroupOwnerInput)[];
  ClientToken?: string;
  /** Tencent: the rules' current Version; refused when stale, not checked when absent. */
  Version?: string | number;
}

export type RevokeResponse = Record<never, never>;

function readRuleIds(ctx: ActionContext, raw: unknown): string[] {
  const ids = typeof raw === 'string' ? [raw] : raw;
  if (!Array.isArray(ids) || ids.some((id) => typeof id !== 'string' || id.trim() === '')) {
    fail('InvalidParameter', 'The specified parameter SecurityGroupRuleId is not valid.', 400, 'SecurityGroupRuleId');
  }
  const limit = ctx.profile.limits.permissionsPerCall;
  if (ids.length === 0 || ids.length > limit) {
    fail(
      'InvalidParam.SecurityGroupRuleId',
      `The specified parameter SecurityGroupRuleId must contain 1 to ${limit} items.`,
      400,
      'SecurityGroupRuleId',
    );
  }
  const trimmed = ids.map((id: string) => id.trim());
  if (new Set(trimmed).size !== trimmed.length) {
    fail(
      'InvalidParam.SecurityGroupRuleIdRepeated',
      'The specified parameter SecurityGroupRuleId contains repeated values.',
      400,
      'SecurityGroupRuleId',
    );
  }
  return trimmed;
}

/** A malformed port range in a permission to revoke has Revoke's own code. */
function requireRevokePermission(ctx: ActionContext, direction: Direction, input: unknown, label: string) {
  try {
    return requirePermission(ctx.profile.rules, direction, input, label);
  } catch (error) {
    if (error instanceof EngineError && error.Code === 'InvalidParam.PortRange') {
      throw new EngineError('InvalidIpPortRange.Malformed', error.Message, 400, error.Field);
    }
    throw error;
  }
}

/** Removes rules of one direction from a group; the shared body of both Revoke actions. */
export function revokeRules(ctx: ActionContext, params: RevokeParams, direction: Direction): RevokeResponse {
  const group = requireRuleGroup(ctx, params.RegionId, params.SecurityGroupId);
  checkRulesVersion(ctx, group, params.Version);
  const rawIds = params.SecurityGroupRuleId;
  if (rawIds !== undefined && rawIds !== null) {
    if (params.Permissions !== undefined || hasFlatPermission(params)) {
      fail(
        'InvalidParam.Permissions',
        'The specified parameter Permissions cannot coexist with other parameters.',
        400,
        'Permissions',
      );
    }
    const ids = readRuleIds(ctx, rawIds);
    const inDirection = new Set(group.Rules.filter((r) => r.Direction === direction).map((r) => r.SecurityGroupRuleId));
    // Since 2024-07 a missing ID fails the whole call instead of being skipped.
    const missing = ids.find((id) => !inDirection.has(id));
    if (missing !== undefined) {
      if (direction === 'ingress') {
        fail(
          'InvalidParam.SecurityGroupRuleId',
          `The specified parameter SecurityGroupRuleId is not valid: ${missing}.`,
          400,
          'SecurityGroupRuleId',
        );
      }
      fail(
        'InvalidSecurityGroupRule.RuleNotExist',
        `The specified rule does not exist: ${missing}.`,
        400,
        'SecurityGroupRuleId',
      );
    }
    const revoked = new Set(ids);
    saveRules(
      ctx,
      group,
      group.Rules.filter((r) => !revoked.has(r.SecurityGroupRuleId)),
    );
    return {};
  }

  const keys = new Set(
    readPermissionInputs(ctx, params).map(({ input, label }) =>
      ruleIdentity(requireRevokePermission(ctx, direction, input, label)),
    ),
  );
  const kept = group.Rules.filter((r) => !keys.has(ruleIdentity(r)));
  // No match is a silent success, as the docs still say for the Permissions mode.
  if (kept.length !== group.Rules.length) saveRules(ctx, group, kept);
  return {};
}
