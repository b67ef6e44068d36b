import { describe, expect, it } from 'vitest';
import { ipProtocolProblem, parseIpProtocol, protocolHasPorts } from './protocol.ts';

describe('IpProtocol', () => {
  it('reads names in any case into the canonical form', () => {
    expect(parseIpProtocol('tcp')).toBe('TCP');
    expect(parseIpProtocol(' Udp ')).toBe('UDP');
    expect(parseIpProtocol('icmpv6')).toBe('ICMPv6');
    expect(parseIpProtocol('ICMPV6')).toBe('ICMPv6');
    expect(parseIpProtocol('gre')).toBe('GRE');
    expect(parseIpProtocol('all')).toBe('ALL');
    expect(ipProtocolProblem('Icmp')).toBeNull();
  });

  it('rejects unknown names and protocol numbers with InvalidIpProtocol.ValueNotSupported', () => {
    for (const bad of ['SCTP', '6', 'tcp/udp']) {
      expect(parseIpProtocol(bad)).toBeNull();
      expect(ipProtocolProblem(bad)?.Code).toBe('InvalidIpProtocol.ValueNotSupported');
    }
  });

  it('reports a blank protocol as missing', () => {
    expect(ipProtocolProblem('')?.Code).toBe('MissingParameter.IpProtocol');
  });

  it('gives ports to TCP and UDP only', () => {
    expect(protocolHasPorts('TCP')).toBe(true);
    expect(protocolHasPorts('UDP')).toBe(true);
    expect(protocolHasPorts('ICMP')).toBe(false);
    expect(protocolHasPorts('ALL')).toBe(false);
  });
});
