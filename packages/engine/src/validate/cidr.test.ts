import { describe, expect, it } from 'vitest';
import { cidrCovers, formatIPv6, parseAddress, parseCidr } from './cidr.ts';

describe('parseCidr', () => {
  it('reads IPv4 blocks and bare addresses', () => {
    expect(parseCidr('10.0.0.0/8')).toMatchObject({ family: 'IPv4', text: '10.0.0.0/8', isCanonical: true });
    expect(parseCidr('192.168.0.100')).toMatchObject({ text: '192.168.0.100', prefix: 32, isBareAddress: true });
    expect(parseCidr('0.0.0.0/0')?.network).toBe('0.0.0.0/0');
  });

  it('keeps a non-canonical IPv4 block as written but matches on its network', () => {
    const cidr = parseCidr('10.159.6.18/12')!;
    expect(cidr.text).toBe('10.159.6.18/12');
    expect(cidr.network).toBe('10.144.0.0/12');
    expect(cidr.isCanonical).toBe(false);
  });

  it('compresses IPv6 without masking it, as the service reads it back', () => {
    expect(parseCidr('2001:0db8:3c4d:0015:0000:0000:1a2f:1a2b/0')?.text).toBe('2001:db8:3c4d:15::1a2f:1a2b/0');
    expect(parseCidr('::/0')?.text).toBe('::/0');
    expect(parseCidr('2001:0DB8:0000::/32')?.text).toBe('2001:db8::/32');
  });

  it('rejects malformed input', () => {
    for (const bad of [
      '',
      '1.2.3.4/33',
      '1.2.3.256',
      '01.2.3.4',
      '1.2.3/8',
      '10.0.0.0/',
      '10.0.0.0/a',
      'x',
      '::/129',
      '1.2.3.4/8/8',
    ]) {
      expect(parseCidr(bad), bad).toBeNull();
    }
  });

  it('compares blocks', () => {
    expect(cidrCovers(parseCidr('10.0.0.0/8')!, parseCidr('10.1.2.0/24')!)).toBe(true);
    expect(cidrCovers(parseCidr('10.1.2.0/24')!, parseCidr('10.0.0.0/8')!)).toBe(false);
    expect(cidrCovers(parseCidr('::/0')!, parseCidr('10.0.0.0/8')!)).toBe(false);
  });

  it('formats IPv6 per RFC 5952', () => {
    expect(formatIPv6(parseAddress('2001:db8:0:0:1:0:0:1')!.value)).toBe('2001:db8::1:0:0:1');
    expect(formatIPv6(0n)).toBe('::');
    expect(formatIPv6(1n)).toBe('::1');
  });
});
