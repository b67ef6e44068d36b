import { describe, expect, it } from 'vitest';
import { ALIBABA_RULES } from '../profiles/alibaba.ts';
import { JDCLOUD_RULES } from '../profiles/jdcloud.ts';
import { TENCENT_RULES } from '../profiles/tencent.ts';
import { protocolPortText } from './protocol-port-text.ts';

describe('protocolPortText', () => {
  it("writes Tencent's Protocol port column", () => {
    const text = (IpProtocol: string, PortRange: string) => protocolPortText({ IpProtocol, PortRange }, TENCENT_RULES);
    expect(text('TCP', '80,443')).toBe('TCP:80,443');
    expect(text('UDP', '8000-8010')).toBe('UDP:8000-8010');
    expect(text('TCP', 'ALL')).toBe('TCP:ALL');
    expect(text('ICMP', 'ALL')).toBe('ICMP');
    expect(text('ICMPv6', 'ALL')).toBe('ICMPv6');
    expect(text('ALL', 'ALL')).toBe('ALL');
    expect(text('all', 'all')).toBe('ALL');
  });

  it("keeps each cloud's spelling of the ports", () => {
    expect(protocolPortText({ IpProtocol: 'TCP', PortRange: '22/22' }, ALIBABA_RULES)).toBe('TCP:22/22');
    expect(protocolPortText({ IpProtocol: 'TCP', PortRange: '-1/-1' }, ALIBABA_RULES)).toBe('TCP:-1/-1');
    expect(protocolPortText({ IpProtocol: 'ICMP', PortRange: '-1/-1' }, ALIBABA_RULES)).toBe('ICMP');
    expect(protocolPortText({ IpProtocol: 'TCP', PortRange: '20-22' }, JDCLOUD_RULES)).toBe('TCP:20-22');
  });

  it('shows what it cannot read as given', () => {
    expect(protocolPortText({ IpProtocol: 'TCP', PortRange: '' }, ALIBABA_RULES)).toBe('TCP');
    expect(protocolPortText({ IpProtocol: '47', PortRange: '' }, TENCENT_RULES)).toBe('47');
  });
});
