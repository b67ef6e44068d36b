import { quickRules, ruleWarnings, type TemplatePermission } from '@sg/engine';

/**
 * Create Instance's common rules (seed 004, "Quickly configure common rules"): each opens a port or protocol to
 * every address (0.0.0.0/0). The ports are the engine's quick rules that suit a public server (SSH, RDP, HTTP,
 * HTTPS), plus ICMP for ping; database and panel ports are left out, as they must not face everyone.
 */
export interface QuickRuleChoice {
  label: string;
  permission: TemplatePermission;
}

const PUBLIC_SERVER_PORTS = ['22/22', '3389/3389', '80/80', '443/443'];

const fromAnywhere = (label: string, IpProtocol: TemplatePermission['IpProtocol'], PortRange: string) =>
  ({
    label,
    permission: {
      IpProtocol,
      PortRange,
      SourceCidrIp: '0.0.0.0/0',
      Priority: '1',
      Policy: 'accept',
      Description: label,
    },
  }) satisfies QuickRuleChoice;

export const quickRuleChoices: readonly QuickRuleChoice[] = [
  ...quickRules
    .filter((r) => PUBLIC_SERVER_PORTS.includes(r.PortRange))
    .map((r) => fromAnywhere(r.label, r.IpProtocol, r.PortRange)),
  fromAnywhere('ICMP', 'ICMP', '-1/-1'),
];

export function permissionsOf(labels: readonly string[]): TemplatePermission[] {
  return quickRuleChoices.filter((c) => labels.includes(c.label)).map((c) => c.permission);
}

/** True when a chosen rule opens a remote management port to everyone, by the engine's own rule warnings. */
export function opensManagementPort(labels: readonly string[]): boolean {
  return permissionsOf(labels).some((p) =>
    ruleWarnings({ ...p, Direction: 'ingress' }, []).some((w) => w.code === 'SensitivePortOpenToAll'),
  );
}
