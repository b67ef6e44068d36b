import { Text } from '@mantine/core';
import type { Permission } from '@sg/engine';
import type { ReactNode } from 'react';
import type { Column } from './resource-table.tsx';
import { RulePeer } from './rule-peer.tsx';
import {
  directionLabel,
  ruleColumnKeys,
  ruleHeader,
  ruleText,
  type RuleValues,
  type RuleView,
} from '../views/rule-view.ts';
import type { RuleColumnKey } from '../views/rule-words.ts';

export type { RuleColumnKey };

/** What a rule-like row needs for its columns: its values and direction. */
type RuleLikeRow = RuleValues & { Direction: string };

interface RuleColumnOptions<T, R> {
  /** The table's one direction: its peer column says Source or Destination. Without it, a Direction column leads. */
  direction?: 'ingress' | 'egress';
  /** Leave out the Direction column of a table of both directions (a table that has its own). */
  withoutDirection?: boolean;
  /** Cells shown otherwise than as the cloud's text (the rule table's coloured policy, ports with list links). */
  cells?: Partial<Record<RuleColumnKey, (rule: R) => ReactNode>>;
  /** The cells of a row that is not a rule (an import row): "-" unless given. */
  otherwise?: (row: T, key: RuleColumnKey) => ReactNode;
}

/**
 * The columns of rules in the shown cloud's order and words (Alibaba: Action, Priority, Protocol, Port Range,
 * Source, Description; Tencent: Source, Protocol port, Policy, Notes; JD: Protocol, Destination Port, Source IP,
 * Policy, Remarks), Priority only where the dialect has priorities. `peer` renders the other end of a rule.
 */
export function ruleColumns<T, R extends RuleLikeRow>(
  view: RuleView,
  ruleOf: (row: T) => R | undefined,
  peer: (rule: R) => ReactNode,
  options: RuleColumnOptions<T, R> = {},
): Column<T>[] {
  const { direction, withoutDirection = false, cells = {}, otherwise = () => '-' } = options;
  const defaultCell = (key: RuleColumnKey, rule: R): ReactNode => {
    switch (key) {
      case 'direction':
        return directionLabel(rule.Direction);
      case 'object':
        return peer(rule);
      case 'description':
        return <Text size="sm">{rule.Description || '-'}</Text>;
      default:
        return ruleText(view, key, rule);
    }
  };
  return ruleColumnKeys(view, !direction && !withoutDirection).map((key) => ({
    key,
    header: ruleHeader(view, key, direction),
    render: (row: T) => {
      const rule = ruleOf(row);
      if (!rule) return otherwise(row, key);
      return (cells[key] ?? ((r: R) => defaultCell(key, r)))(rule) || '-';
    },
  }));
}

/** ruleColumns of API rules (Permission): the peer is a CIDR block, a group with its name or a prefix list. */
export function permissionColumns<T>(
  view: RuleView,
  ruleOf: (row: T) => Permission | undefined,
  options: RuleColumnOptions<T, Permission> = {},
): Column<T>[] {
  return ruleColumns(view, ruleOf, (rule) => <RulePeer rule={rule} />, {
    ...options,
    // A rule with a port list has no PortRange: the list's ID stands in its place.
    cells: { port: (r) => ruleText(view, 'port', r) || r.PortRangeListId, ...options.cells },
  });
}
