import type { RuleDialect } from '../profiles/profile.ts';
import { allPortsText, readPortSpec } from '../validate/port-spec.ts';
import { parseIpProtocol, protocolHasPorts } from '../validate/protocol.ts';

/**
 * A rule's protocol and ports in one text, as Tencent's console writes them in its "Protocol port" column
 * (`TCP:80,443`, `UDP:8000-8010`, `ICMP`, `ALL`), the ports in the cloud's own spelling: a protocol without ports
 * is its name alone, every protocol is `ALL`, and TCP or UDP on every port is `TCP:ALL` (`TCP:-1/-1` in Alibaba's
 * syntax). A protocol the engine does not know, or a rule without ports (a port list), is shown as given.
 */
export function protocolPortText(
  rule: { IpProtocol: string; PortRange: string },
  dialect: Pick<RuleDialect, 'portSyntax'>,
): string {
  const protocol = parseIpProtocol(rule.IpProtocol);
  if (protocol === null) return [rule.IpProtocol, rule.PortRange].filter(Boolean).join(':');
  if (protocol === 'ALL') return allPortsText({ portSyntax: 'tencent' });
  if (!protocolHasPorts(protocol)) return protocol;
  const written = rule.PortRange.trim();
  if (written === '') return protocol;
  return `${protocol}:${readPortSpec(written)?.all ? allPortsText(dialect) : written}`;
}
