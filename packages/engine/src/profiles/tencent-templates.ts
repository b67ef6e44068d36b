import type { IpProtocol } from '../model/security-group.ts';
import type { ConsoleEgressPermission, SecurityGroupTemplate, TemplatePermission } from './templates.ts';

/**
 * Tencent Cloud's "Create a security group" templates (seed 002, in its words). The rules of "Open port 22, 80,
 * 443, 3389 and ICMP protocol" are those a real group made from it holds (§11 research: 13 rules, IPv4 and IPv6,
 * "All ports are open internally" being the three private ranges); their descriptions are ours in English.
 */
const inbound = (
  IpProtocol: IpProtocol,
  PortRange: string,
  source: string,
  Description: string,
): TemplatePermission => ({
  IpProtocol,
  PortRange,
  ...(source.includes(':') ? { SourceCidrIp: '', Ipv6SourceCidrIp: source } : { SourceCidrIp: source }),
  Priority: '1',
  Policy: 'accept',
  Description,
});

const outbound = (destination: string): ConsoleEgressPermission => ({
  IpProtocol: 'ALL',
  PortRange: 'ALL',
  ...(destination.includes(':') ? { DestCidrIp: '', Ipv6DestCidrIp: destination } : { DestCidrIp: destination }),
  Priority: '1',
  Policy: 'accept',
  Description: '',
});

const bothFamilies = (protocol: IpProtocol, port: string, description: string) => [
  inbound(protocol, port, '0.0.0.0/0', description),
  inbound(protocol === 'ICMP' ? 'ICMPv6' : protocol, port, '::/0', description),
];

const openOutbound = [outbound('0.0.0.0/0'), outbound('::/0')];

export const tencentTemplates: readonly SecurityGroupTemplate[] = [
  {
    id: 'open-all-ports',
    name: 'Open all ports',
    description: 'All ports are open. May present security issues.',
    ingress: bothFamilies('ALL', 'ALL', 'Open all ports'),
    egress: openOutbound,
  },
  {
    id: 'open-common-ports',
    name: 'Open port 22, 80, 443, 3389 and ICMP protocol',
    description: 'Port 22, 80, 443 and 3389, and the ICMP protocol are open. All ports are open internally.',
    note: 'Suitable for instances with web services.',
    ingress: [
      ...bothFamilies('TCP', '3389', 'Allow Windows remote login'),
      ...bothFamilies('TCP', '22', 'Allow Linux SSH login'),
      ...bothFamilies('TCP', '80,443', 'Allow web service ports'),
      ...bothFamilies('ICMP', 'ALL', 'Allow ping'),
      ...['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'].map((cidr) =>
        inbound('ALL', 'ALL', cidr, 'Allow the private network'),
      ),
    ],
    egress: openOutbound,
  },
  {
    id: 'custom',
    name: 'Custom',
    description: 'Creates a blank security group in which rules are added afterwards.',
    ingress: [],
  },
];
