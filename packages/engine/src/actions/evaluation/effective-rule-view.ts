import type { DefaultRuleName, EffectiveDefaultEntry, EffectiveEntry } from '../../evaluate/effective-rules.ts';
import type { EvaluationIndex } from '../../evaluate/evaluation-index.ts';
import { toPermission, type Permission } from '../../model/permission.ts';
import type { Direction } from '../../model/security-group.ts';

/**
 * One entry of an interface's effective rules as the evaluation actions print it: a rule in the Permission shape
 * of DescribeSecurityGroupAttribute (so the console formats it like any rule), or a named default.
 */
export interface EffectiveRuleView {
  Kind: 'Rule' | 'Default';
  Direction: Direction;
  Policy: 'Accept' | 'Drop';
  /**
   * A rule's priority; for a default below every rule, its priority 110 (seed 001); '' for a default that acts
   * before every rule (the platform's TCP 25 block, the Accept internal policy).
   */
  Priority: string;
  /** A rule's group; '' for a default (see SecurityGroupIds). */
  SecurityGroupId: string;
  SecurityGroupName: string;
  /** A rule: its group; a default: the groups it comes from ([] for the platform's TCP 25 block). */
  SecurityGroupIds: string[];
  /** '' for a rule. */
  DefaultName: DefaultRuleName | '';
  /** The rule's description, or what the default does. */
  Description: string;
  /** The rule itself; null for a default. */
  Permission: Permission | null;
  /** True when the rule comes from RuleOverrides (unsaved). */
  Unsaved: boolean;
}

/** A default's priority as the API prints priorities (a string), '' when it has none. */
export function priorityText(entry: EffectiveDefaultEntry): string {
  return entry.Priority === null ? '' : String(entry.Priority);
}

export function effectiveRuleView(index: EvaluationIndex, entry: EffectiveEntry): EffectiveRuleView {
  const nameOf = (id: string) => index.group(id)?.SecurityGroupName ?? '';
  if (entry.Kind === 'Default') {
    return {
      Kind: 'Default',
      Direction: entry.Direction,
      Policy: entry.Policy === 'accept' ? 'Accept' : 'Drop',
      Priority: priorityText(entry),
      SecurityGroupId: '',
      SecurityGroupName: '',
      SecurityGroupIds: [...entry.SecurityGroupIds],
      DefaultName: entry.Name,
      Description: entry.Description,
      Permission: null,
      Unsaved: false,
    };
  }
  // List names too, so a rule that names a prefix list or port list reads like it does in the group's rule table.
  const permission = toPermission(entry.Rule, nameOf, {
    prefixListName: (id) => index.prefixList(id)?.PrefixListName ?? '',
    portRangeListName: (id) => index.portRangeList(id)?.PortRangeListName ?? '',
  });
  return {
    Kind: 'Rule',
    Direction: entry.Direction,
    Policy: permission.Policy,
    Priority: permission.Priority,
    SecurityGroupId: entry.SecurityGroupId,
    SecurityGroupName: nameOf(entry.SecurityGroupId),
    SecurityGroupIds: [entry.SecurityGroupId],
    DefaultName: '',
    Description: entry.Rule.Description,
    Permission: permission,
    Unsaved: entry.Unsaved,
  };
}
