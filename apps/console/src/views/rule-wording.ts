/** How the console words a rule's API values (Policy, IpProtocol, PortRange), as the ECS console shows them. */
export function policyLabel(policy: string): string {
  return policy.toLowerCase() === 'drop' ? 'Deny' : 'Allow';
}

/** Protocol as the rule form names it: Custom TCP, Custom UDP, All ICMP (IPv4), All ICMP (IPv6), All GRE, All. */
export function protocolLabel(protocol: string): string {
  switch (protocol.toUpperCase()) {
    case 'TCP':
      return 'Custom TCP';
    case 'UDP':
      return 'Custom UDP';
    case 'ICMP':
      return 'All ICMP (IPv4)';
    case 'ICMPV6':
      return 'All ICMP (IPv6)';
    case 'GRE':
      return 'All GRE';
    case 'ALL':
      return 'All';
    default:
      return protocol;
  }
}

export function portRangeLabel(portRange: string): string {
  return portRange === '-1/-1' ? 'All' : portRange;
}
