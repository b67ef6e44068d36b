import { typeDefaultRule, type DefaultRuleName } from '../../evaluate/effective-rules.ts';
import type { Direction, SecurityGroupType } from '../../model/security-group.ts';
import type { RuleDialect } from '../../profiles/profile.ts';
import { allPortsText } from '../../validate/port-spec.ts';
import { priorityText } from '../evaluation/effective-rule-view.ts';

/**
 * Ours: one of a group's implicit default rules (seed 001 "Security group overview": priority 110, below every
 * rule; a basic group denies inbound and allows outbound, an advanced group denies both ways), in the columns of a
 * Permission so the console lists it after the group's rules. Not stored, not counted by any quota, not editable.
 */
export interface DefaultRuleView {
  DefaultName: DefaultRuleName;
  Direction: Direction;
  Policy: 'Accept' | 'Drop';
  /** '110' (Alibaba); '' where rules have no priority. */
  Priority: string;
  /** A default matches every packet: every protocol, every port, every IPv4 and IPv6 address. */
  IpProtocol: 'ALL';
  PortRange: string;
  CidrIps: string[];
  Description: string;
}

/**
 * The default rules of a group of `type`, in `directions`: the very entries DescribeEffectiveRules ends each
 * direction with (typeDefaultRule), so the group's page and the effective rules cannot disagree.
 */
export function defaultRuleViews(
  dialect: Pick<RuleDialect, 'defaults' | 'portSyntax'>,
  type: SecurityGroupType,
  groupId: string,
  directions: Direction[],
): DefaultRuleView[] {
  return directions.map((direction) => {
    const entry = typeDefaultRule(dialect.defaults, type === 'enterprise', direction, [groupId]);
    return {
      DefaultName: entry.Name,
      Direction: entry.Direction,
      Policy: entry.Policy === 'accept' ? 'Accept' : 'Drop',
      Priority: priorityText(entry),
      IpProtocol: 'ALL',
      PortRange: allPortsText(dialect),
      CidrIps: ['0.0.0.0/0', '::/0'],
      Description: entry.Description,
    };
  });
}
