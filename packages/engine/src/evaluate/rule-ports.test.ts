import { describe, expect, it } from 'vitest';
import { rulePortsInclude } from './rule-ports.ts';

describe('rulePortsInclude', () => {
  it('reads TCP and UDP ranges, in any case', () => {
    expect(rulePortsInclude({ IpProtocol: 'TCP', PortRange: '22/22' }, 22)).toBe(true);
    expect(rulePortsInclude({ IpProtocol: 'udp', PortRange: '1000/2000' }, 2000)).toBe(true);
    expect(rulePortsInclude({ IpProtocol: 'TCP', PortRange: '1000/2000' }, 999)).toBe(false);
    expect(rulePortsInclude({ IpProtocol: 'TCP', PortRange: '1000/2000' }, 2001)).toBe(false);
  });

  it("lets an ALL rule's -1/-1 cover every port, and never matches a protocol without ports", () => {
    expect(rulePortsInclude({ IpProtocol: 'ALL', PortRange: '-1/-1' }, 65535)).toBe(true);
    for (const IpProtocol of ['ICMP', 'ICMPv6', 'GRE']) {
      expect(rulePortsInclude({ IpProtocol, PortRange: '-1/-1' }, 22)).toBe(false);
    }
  });

  it('does not read port lists (their entries change) and refuses what it cannot read', () => {
    expect(rulePortsInclude({ IpProtocol: 'TCP', PortRange: '' }, 80)).toBe(false);
    expect(rulePortsInclude({ IpProtocol: 'SCTP', PortRange: '80/80' }, 80)).toBe(false);
    expect(rulePortsInclude({ IpProtocol: 'TCP', PortRange: '80-90' }, 85)).toBe(false);
  });
});
