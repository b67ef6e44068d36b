import type { IpProtocol } from '../model/security-group.ts';

/** A rule a template or quick choice adds, in AuthorizeSecurityGroup's Permission shape. */
export interface TemplatePermission {
  IpProtocol: IpProtocol;
  /** In the cloud's own port syntax. */
  PortRange: string;
  /** '' when the rule's source is an IPv6 block. */
  SourceCidrIp: string;
  Ipv6SourceCidrIp?: string;
  Priority: string;
  Policy: 'accept';
  Description: string;
}

export interface SecurityGroupTemplate {
  /** Stable key for forms and URLs. */
  id: string;
  /** The console's own words. */
  name: string;
  description: string;
  /** What the console's "Notes" column says of the template (Tencent); absent where it says nothing. */
  note?: string;
  ingress: TemplatePermission[];
  /** Outbound rules the template adds too (Tencent's); none means the group's outbound default. */
  egress?: ConsoleEgressPermission[];
}

const fromAnywhere = (IpProtocol: IpProtocol, PortRange: string, Description: string): TemplatePermission => ({
  IpProtocol,
  PortRange,
  SourceCidrIp: '0.0.0.0/0',
  Priority: '1',
  Policy: 'accept',
  Description,
});

/** Create Security Group's templates (seed 000): inbound rules only; outbound stays the group's default. */
export const securityGroupTemplates: readonly SecurityGroupTemplate[] = [
  {
    id: 'web-server-linux',
    name: 'Web Server Linux',
    description: 'Inbound traffic to TCP port 80, TCP port 443, TCP port 22, and for the ICMP protocol is allowed.',
    ingress: [
      fromAnywhere('TCP', '80/80', 'HTTP'),
      fromAnywhere('TCP', '443/443', 'HTTPS'),
      fromAnywhere('TCP', '22/22', 'SSH'),
      fromAnywhere('ICMP', '-1/-1', 'ICMP'),
    ],
  },
  {
    id: 'web-server-windows',
    name: 'Web Server Windows',
    description: 'Inbound traffic to TCP port 80, TCP port 443, TCP port 3389, and for the ICMP protocol is allowed.',
    ingress: [
      fromAnywhere('TCP', '80/80', 'HTTP'),
      fromAnywhere('TCP', '443/443', 'HTTPS'),
      fromAnywhere('TCP', '3389/3389', 'RDP'),
      fromAnywhere('ICMP', '-1/-1', 'ICMP'),
    ],
  },
  {
    id: 'customize',
    name: 'Customize',
    description: 'No rules: add security group rules after the group is created.',
    ingress: [],
  },
];

export interface QuickRule {
  /** The console's label, e.g. "SSH (22)". */
  label: string;
  IpProtocol: IpProtocol;
  PortRange: string;
  /** Seed 004's recommended source; empty means "your office network or a fixed public IP". */
  recommendedSource: string;
  advice: string;
}

/** A quick rule's ports in a cloud's syntax: `22/22` (Alibaba), `22` (Tencent, JD). */
export function quickRulesFor(portSyntax: 'alibaba' | 'tencent' | 'jdcloud'): QuickRule[] {
  if (portSyntax === 'alibaba') return [...quickRules];
  return quickRules.map((rule) => {
    const [from, to] = rule.PortRange.split('/');
    return { ...rule, PortRange: from === to ? `${from}` : `${from}-${to}` };
  });
}

/** Seed 004's common ports, with their recommended sources. */
export const quickRules: readonly QuickRule[] = [
  {
    label: 'SSH (22)',
    IpProtocol: 'TCP',
    PortRange: '22/22',
    recommendedSource: '',
    advice: 'Your office network or a fixed public IP address. Long-term use of 0.0.0.0/0 is not recommended.',
  },
  {
    label: 'RDP (3389)',
    IpProtocol: 'TCP',
    PortRange: '3389/3389',
    recommendedSource: '',
    advice: 'Your office network or a fixed public IP address. Long-term use of 0.0.0.0/0 is not recommended.',
  },
  {
    label: 'HTTP (80)',
    IpProtocol: 'TCP',
    PortRange: '80/80',
    recommendedSource: '0.0.0.0/0',
    advice: 'You can use 0.0.0.0/0 for public websites.',
  },
  {
    label: 'HTTPS (443)',
    IpProtocol: 'TCP',
    PortRange: '443/443',
    recommendedSource: '0.0.0.0/0',
    advice: 'You can use 0.0.0.0/0 for public websites.',
  },
  {
    label: 'MySQL (3306)',
    IpProtocol: 'TCP',
    PortRange: '3306/3306',
    recommendedSource: '',
    advice: 'Authorize the application servers’ security group as the source. Do not expose this port to the public.',
  },
  {
    label: 'BT-Panel (8888)',
    IpProtocol: 'TCP',
    PortRange: '8888/8888',
    recommendedSource: '',
    advice: 'Allow traffic only from administrator IP addresses.',
  },
];

/** One of Create Instance's common rules: the label the console shows and the rule it adds. */
export interface InstanceQuickRule {
  label: string;
  permission: TemplatePermission;
}

const PUBLIC_SERVER_PORTS = ['22/22', '3389/3389', '80/80', '443/443'];

/**
 * Create Instance's common rules (seed 004, "Quickly configure common rules"): each opens a port or protocol to
 * every address (0.0.0.0/0), described by its label. The ports are the quick rules that suit a public server (SSH,
 * RDP, HTTP, HTTPS), plus ICMP for ping; database and panel ports are left out, as they must not face everyone.
 */
export const instanceQuickRules: readonly InstanceQuickRule[] = [
  ...quickRules
    .filter((r) => PUBLIC_SERVER_PORTS.includes(r.PortRange))
    .map((r) => ({ label: r.label, permission: fromAnywhere(r.IpProtocol, r.PortRange, r.label) })),
  { label: 'ICMP', permission: fromAnywhere('ICMP', '-1/-1', 'ICMP') },
];

/** An outbound rule the console adds on its own, in AuthorizeSecurityGroupEgress's Permission shape. */
export interface ConsoleEgressPermission {
  IpProtocol: IpProtocol;
  PortRange: string;
  /** '' when the rule's destination is an IPv6 block. */
  DestCidrIp: string;
  Ipv6DestCidrIp?: string;
  Priority: string;
  Policy: 'accept';
  Description: string;
}

/**
 * An advanced group denies all outbound traffic by default; when the console (not the API) creates one,
 * it also adds an "allow all outbound" rule (spec §2.1). Basic groups allow outbound by default: none.
 */
export function consoleCreatedGroupEgress(type: 'normal' | 'enterprise'): ConsoleEgressPermission[] {
  if (type !== 'enterprise') return [];
  return [
    {
      IpProtocol: 'ALL',
      PortRange: '-1/-1',
      DestCidrIp: '0.0.0.0/0',
      Priority: '100',
      Policy: 'accept',
      Description: 'Allow all outbound traffic',
    },
  ];
}
