import type { ConsoleEgressPermission, SecurityGroupTemplate, TemplatePermission } from './templates.ts';

/**
 * JD Cloud's three default group templates (spec §12: "The console offers 3 default group templates"; their names
 * as JD's security group overview gives them). A JD rule only allows; ports are written `22`.
 */
const inbound = (IpProtocol: 'TCP' | 'ALL', PortRange: string, Description: string): TemplatePermission => ({
  IpProtocol,
  PortRange,
  SourceCidrIp: '0.0.0.0/0',
  Priority: '1',
  Policy: 'accept',
  Description,
});

const allOutbound: ConsoleEgressPermission[] = [
  { IpProtocol: 'ALL', PortRange: 'ALL', DestCidrIp: '0.0.0.0/0', Priority: '1', Policy: 'accept', Description: '' },
];

export const jdcloudTemplates: readonly SecurityGroupTemplate[] = [
  {
    id: 'linux-22',
    name: 'Linux security group allows port 22',
    description: 'Inbound: only TCP port 22 is allowed. Outbound: all traffic is allowed.',
    ingress: [inbound('TCP', '22', 'SSH')],
    egress: allOutbound,
  },
  {
    id: 'windows-3389',
    name: 'Windows security group allows port 3389',
    description: 'Inbound: only TCP port 3389 is allowed. Outbound: all traffic is allowed.',
    ingress: [inbound('TCP', '3389', 'RDP')],
    egress: allOutbound,
  },
  {
    id: 'allow-all',
    name: 'Default security group allows all traffic',
    description: 'Inbound and outbound: all traffic is allowed.',
    ingress: [inbound('ALL', 'ALL', 'All traffic')],
    egress: allOutbound,
  },
];
