/** What a large world's rules may name in their region. */
export interface LargeRuleRefs {
  prefixLists: string[];
  portLists: string[];
  /** The region's groups, the big ones first. */
  groups: string[];
}

export interface LargeRule {
  direction: 'ingress' | 'egress';
  /** It names a prefix list or a port list. */
  namesList: boolean;
  permission: Record<string, string>;
}

const SERVICE_PORTS = [22, 80, 443, 3306, 6379, 8080];

/**
 * Rule `i` of the region's group `k` (`number` across the world, for variety): distinct within its group, since
 * each CIDR rule has its own source (`10.<i / 256>.<i % 256>.0/24`). An ordinary group starts with two rules naming
 * prefix lists and one naming a port list (each weighs 10 against the quotas: MaxEntries); a big group names no list,
 * so its 1,000 rules weigh exactly its raised quota. Every 50th rule names another group of the region (at most 20
 * per group, the cap), every 40th is outbound.
 */
export function largeRule(refs: LargeRuleRefs, k: number, i: number, big: boolean, number: number): LargeRule {
  if (!big && i < 2) {
    const port = i === 0 ? '443/443' : '22/22';
    const SourcePrefixListId = refs.prefixLists[(number + i) % refs.prefixLists.length]!;
    return ingress({ IpProtocol: 'TCP', PortRange: port, SourcePrefixListId, Priority: String(5 + i) }, true);
  }
  if (!big && i === 2) {
    const PortRangeListId = refs.portLists[number % refs.portLists.length]!;
    return ingress({ IpProtocol: 'TCP', PortRangeListId, SourceCidrIp: '10.0.0.0/8', Priority: '10' }, true);
  }
  const j = Math.floor(i / 50);
  if (i % 50 === 4 && refs.groups.length > 1) {
    // Never the group itself: a self-reference is refused.
    const other = refs.groups[(k + 1 + (j % (refs.groups.length - 1))) % refs.groups.length]!;
    const port = 3306 + j;
    return ingress({ IpProtocol: 'TCP', PortRange: `${port}/${port}`, SourceGroupId: other, Priority: '20' });
  }
  const cidr = `10.${i >> 8}.${i & 255}.0/24`;
  if (i % 40 === 3) {
    const port = 8000 + (i % 1000);
    return {
      direction: 'egress',
      namesList: false,
      permission: { IpProtocol: 'TCP', PortRange: `${port}/${port}`, DestCidrIp: cidr, Policy: 'drop' },
    };
  }
  const port = SERVICE_PORTS[(number + i) % SERVICE_PORTS.length]!;
  return ingress({
    IpProtocol: 'TCP',
    PortRange: `${port}/${port}`,
    SourceCidrIp: cidr,
    Policy: i % 11 === 0 ? 'drop' : 'accept',
    Priority: String((i % 100) + 1),
  });
}

const ingress = (permission: Record<string, string>, namesList = false): LargeRule => ({
  direction: 'ingress',
  namesList,
  permission,
});
