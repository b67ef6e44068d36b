import { instanceQuickRules, ruleWarnings, type TemplatePermission } from '@sg/engine/forms';

/** Create Instance's common rules, chosen by label: the engine's `instanceQuickRules` (seed 004). */
export const quickRuleChoices = instanceQuickRules;

export function permissionsOf(labels: readonly string[]): TemplatePermission[] {
  return quickRuleChoices.filter((c) => labels.includes(c.label)).map((c) => c.permission);
}

/** True when a chosen rule opens a remote management port to everyone, by the engine's own rule warnings. */
export function opensManagementPort(labels: readonly string[]): boolean {
  return permissionsOf(labels).some((p) =>
    ruleWarnings({ ...p, Direction: 'ingress' }, []).some((w) => w.code === 'SensitivePortOpenToAll'),
  );
}
