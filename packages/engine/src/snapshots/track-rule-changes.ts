import { ruleIdentity } from '../validate/rule-identity.ts';
import type { Rule, SecurityGroup } from '../model/security-group.ts';
import { SNAPSHOT_DELAY_MS } from '../model/snapshot.ts';
import type { Transaction } from '../transaction.ts';
import type { World } from '../world.ts';
import { enabledPoliciesOfGroup, policiesOfGroup } from './snapshot-records.ts';

/**
 * The engine calls this before committing any transaction. It looks at the security groups the transaction
 * writes, not at which action wrote them, so every rule-changing action (Authorize, Revoke, Modify, Restore,
 * imports, force-deletes, actions not written yet) starts a snapshot window without knowing about snapshots.
 *
 * - Rules changed, an enabled policy holds the group, no window pending: open one, due in 5 minutes, holding
 *   the rules as the world had them before this transaction.
 * - A window is already pending: nothing; its snapshot keeps the rules from before its first change.
 * - Group deleted: its window is dropped and it leaves every policy (its snapshots stay until they expire).
 */
export function trackRuleChanges(tx: Transaction, before: Pick<World, 'get'>, nowMs: number): void {
  const touched = tx.changes().filter((c) => c.table === 'securityGroups');
  for (const change of touched) {
    const groupId = change.id;
    if (change.data === null) {
      forgetGroup(tx, groupId);
      continue;
    }
    const after = change.data as SecurityGroup;
    const old = before.get('securityGroups', groupId);
    if (old?.Rules === after.Rules) continue;
    // Cheap checks first: comparing rule contents costs a rule identity per rule, on every write of the group.
    if (tx.get('snapshotSchedules', groupId)) continue;
    if (enabledPoliciesOfGroup(tx, groupId).length === 0) continue;
    // A group created in this transaction had no rules before it.
    const rulesBefore = old?.Rules ?? [];
    if (sameRuleContents(rulesBefore, after.Rules)) continue;
    tx.put('snapshotSchedules', groupId, {
      SecurityGroupId: groupId,
      RegionId: after.RegionId,
      FirstChangeAtMs: nowMs,
      DueAtMs: nowMs + SNAPSHOT_DELAY_MS,
      RulesBefore: rulesBefore,
    });
  }
}

function forgetGroup(tx: Transaction, groupId: string): void {
  if (tx.get('snapshotSchedules', groupId)) tx.delete('snapshotSchedules', groupId);
  for (const policy of policiesOfGroup(tx, groupId)) {
    tx.put('snapshotPolicies', policy.SnapshotPolicyId, {
      ...policy,
      SecurityGroupIds: policy.SecurityGroupIds.filter((id) => id !== groupId),
    });
  }
}

/**
 * Same rules by content: a new array holding the same rules (a Revoke that matched nothing, a Restore to what is
 * already there) is no change. Content is the rule identity plus Description; IDs and creation times are not.
 */
export function sameRuleContents(a: readonly Rule[], b: readonly Rule[]): boolean {
  if (a.length !== b.length) return false;
  const counts = new Map<string, number>();
  for (const rule of a) {
    const key = contentKey(rule);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  for (const rule of b) {
    const key = contentKey(rule);
    const left = counts.get(key) ?? 0;
    if (left === 0) return false;
    counts.set(key, left - 1);
  }
  return true;
}

function contentKey(rule: Rule): string {
  return `${ruleIdentity(rule)}\n${rule.Description}`;
}
