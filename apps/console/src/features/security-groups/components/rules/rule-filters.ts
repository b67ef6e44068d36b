import type { Permission } from '@sg/engine';
import { rulePortsInclude } from '@sg/engine/forms';
import { authorizationObject } from '../../../../components/rule-peer.tsx';

export interface RuleFilters {
  /** Matches the authorization object (and a group's or list's name), a port list, the description or the rule ID. */
  text: string;
  /** A port number: rules whose port range includes it. */
  port: string;
  /** An IpProtocol value, or '' for all. */
  protocol: string;
}

/** A whole port number, or null while the text is not one (the filter is then not applied). */
export function portFilterValue(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,5}$/.test(trimmed)) return null;
  return Number(trimmed);
}

export function filterRules(rules: Permission[], filters: RuleFilters): Permission[] {
  const text = filters.text.trim().toLowerCase();
  const port = portFilterValue(filters.port);
  return rules.filter((rule) => {
    if (filters.protocol && rule.IpProtocol.toUpperCase() !== filters.protocol.toUpperCase()) return false;
    if (port !== null && !rulePortsInclude(rule, port)) return false;
    if (!text) return true;
    const haystack = [
      authorizationObject(rule),
      rule.SourceGroupName,
      rule.DestGroupName,
      rule.SourcePrefixListName,
      rule.DestPrefixListName,
      rule.PortRangeListId,
      rule.PortRangeListName,
      rule.Description,
      rule.SecurityGroupRuleId,
    ];
    return haystack.some((value) => value.toLowerCase().includes(text));
  });
}
