import { ALL_PORTS, parsePortRange } from '../validate/port-range.ts';
import { parseIpProtocol, protocolHasPorts } from '../validate/protocol.ts';

/**
 * True when traffic to destination `port` can match the rule's ports: an ALL rule's `-1/-1` covers every port, a
 * TCP or UDP range holds it; protocols without ports (ICMP, ICMPv6, GRE) never do. A port-list rule is not read
 * here (its entries can change), so it answers false.
 */
export function rulePortsInclude(rule: { IpProtocol: string; PortRange: string }, port: number): boolean {
  const protocol = parseIpProtocol(rule.IpProtocol);
  if (protocol === null || (protocol !== 'ALL' && !protocolHasPorts(protocol))) return false;
  if (rule.PortRange === ALL_PORTS) return true;
  const range = parsePortRange(rule.PortRange);
  return range !== null && range.start <= port && port <= range.end;
}
