import type { SecurityGroup } from './model/security-group.ts';
import type { Transaction } from './transaction.ts';
import type { World } from './world.ts';

/**
 * The engine calls this before committing: every group whose rule list this transaction replaced gets its
 * RulesVersion bumped once (Tencent's SecurityGroupPolicySet.Version, "increased by one on every update"), whichever
 * action wrote the rules. A new group starts without one.
 */
export function stampRuleVersions(tx: Transaction, before: Pick<World, 'get'>): void {
  for (const change of tx.changes()) {
    if (change.table !== 'securityGroups' || change.data === null) continue;
    const after = change.data as SecurityGroup;
    const old = before.get('securityGroups', change.id);
    if (!old || old.Rules === after.Rules) continue;
    tx.put('securityGroups', change.id, { ...after, RulesVersion: (old.RulesVersion ?? 0) + 1 });
  }
}
