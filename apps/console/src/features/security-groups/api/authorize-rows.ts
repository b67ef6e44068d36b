import type { Call, EngineError } from '@sg/engine';
import type { PermissionInput } from '@sg/engine/forms';
import { dryRunProblem } from './dry-run.ts';

export interface AuthorizeRowsInput {
  regionId: string;
  groupId: string;
  direction: 'ingress' | 'egress';
  /** The expanded permissions of each editor row, in row order. */
  rows: PermissionInput[][];
  /** Where the rules go among the direction's rules, where rules are ordered by position: 0 the top; absent appends. */
  policyIndex?: number;
  /** The group's rules Version the editor was opened on (Tencent); a stale one is refused. */
  version?: string;
}

export type AuthorizeRowsOutcome =
  | { ok: true; ruleIds: string[] }
  /** Rows the engine refused on a dry run, by row index; nothing was authorized. */
  | { ok: false; rowErrors: Map<number, EngineError> };

/**
 * AuthorizeSecurityGroup (inbound) or AuthorizeSecurityGroupEgress (outbound) for the rows of a rule editor, inside
 * an engine batch (`call`). Each row is dry-run first so a refusal can be shown next to its row; only when every row
 * passes are all permissions authorized in one call. A failure of that call (duplicates across rows, quotas) rejects
 * with the engine's error, and the batch writes nothing.
 */
export async function authorizeRows(call: Call, input: AuthorizeRowsInput): Promise<AuthorizeRowsOutcome> {
  const { regionId, groupId, direction, rows, policyIndex, version } = input;
  const action = direction === 'ingress' ? 'AuthorizeSecurityGroup' : 'AuthorizeSecurityGroupEgress';
  const params = {
    RegionId: regionId,
    SecurityGroupId: groupId,
    ...(policyIndex === undefined ? {} : { PolicyIndex: policyIndex }),
    ...(version === undefined ? {} : { Version: version }),
  };
  const rowErrors = new Map<number, EngineError>();
  for (const [index, Permissions] of rows.entries()) {
    const problem = await dryRunProblem(() => call(action, { ...params, Permissions, DryRun: true }));
    if (problem) rowErrors.set(index, problem);
  }
  if (rowErrors.size > 0) return { ok: false, rowErrors };
  const response = await call(action, { ...params, Permissions: rows.flat() });
  return { ok: true, ruleIds: response.SecurityGroupRuleIds.SecurityGroupRuleId };
}
