import { describe, expect, it } from 'vitest';
import { ALIBABA_RULES } from '../profiles/alibaba.ts';
import { JDCLOUD_RULES } from '../profiles/jdcloud.ts';
import { TENCENT_RULES } from '../profiles/tencent.ts';
import { allPortsText, checkPorts, portSpecCovers, portSpecHolds, readPortSpec } from './port-spec.ts';

describe('readPortSpec', () => {
  it("reads every cloud's syntax", () => {
    expect(readPortSpec('-1/-1')).toEqual({ all: true });
    expect(readPortSpec('all')).toEqual({ all: true });
    expect(readPortSpec('22/23')).toEqual({ all: false, spans: [{ from: 22, to: 23 }] });
    expect(readPortSpec('80, 443')).toEqual({
      all: false,
      spans: [
        { from: 80, to: 80 },
        { from: 443, to: 443 },
      ],
    });
    expect(readPortSpec('8000-8010')).toEqual({ all: false, spans: [{ from: 8000, to: 8010 }] });
    for (const bad of ['80;443', 'x', '1-2-3', '80,', '22/']) expect(readPortSpec(bad)).toBeNull();
  });

  it('answers whether one spec holds a port and covers another', () => {
    const list = readPortSpec('80,443')!;
    expect(portSpecHolds(list, 443)).toBe(true);
    expect(portSpecHolds(list, 444)).toBe(false);
    expect(portSpecCovers(readPortSpec('1-1000')!, list)).toBe(true);
    expect(portSpecCovers(list, readPortSpec('80-443')!)).toBe(false);
    expect(portSpecCovers(readPortSpec('ALL')!, readPortSpec('-1/-1')!)).toBe(true);
    expect(portSpecCovers(list, readPortSpec('ALL')!)).toBe(false);
  });
});

describe('checkPorts by dialect', () => {
  const stored = (dialect: typeof ALIBABA_RULES, protocol: 'TCP' | 'ICMP', text: string) => {
    const checked = checkPorts(dialect, protocol, text);
    return checked.ok ? checked.text : checked.problem.Code;
  };

  it('keeps each cloud to its own spelling and stores it canonically', () => {
    expect(stored(ALIBABA_RULES, 'TCP', '22/22')).toBe('22/22');
    expect(stored(ALIBABA_RULES, 'TCP', '22')).toBe('InvalidParam.PortRange');
    expect(stored(TENCENT_RULES, 'TCP', ' 80 , 443 ')).toBe('80,443');
    expect(stored(TENCENT_RULES, 'TCP', 'all')).toBe('ALL');
    expect(stored(TENCENT_RULES, 'ICMP', '')).toBe('ALL');
    expect(stored(TENCENT_RULES, 'TCP', '22/22')).toBe('InvalidParameterValue.Malformed');
    expect(stored(TENCENT_RULES, 'TCP', Array.from({ length: 16 }, (_, i) => i + 1).join(','))).toBe(
      'InvalidParameterValue.LimitExceeded',
    );
    expect(stored(JDCLOUD_RULES, 'TCP', '20-22')).toBe('20-22');
    expect(stored(JDCLOUD_RULES, 'TCP', '')).toBe('1-65535');
    expect(stored(JDCLOUD_RULES, 'ICMP', '')).toBe('ALL');
    expect(stored(JDCLOUD_RULES, 'TCP', '80,443')).toBe('INVALID_ARGUMENT');
    expect(stored(JDCLOUD_RULES, 'ICMP', '22')).toBe('INVALID_ARGUMENT');
  });
});

describe('allPortsText', () => {
  it("is each cloud's word for every port, which each cloud's check takes for a port-less protocol", () => {
    expect(allPortsText(ALIBABA_RULES)).toBe('-1/-1');
    expect(allPortsText(TENCENT_RULES)).toBe('ALL');
    expect(allPortsText(JDCLOUD_RULES)).toBe('ALL');
    for (const dialect of [ALIBABA_RULES, TENCENT_RULES, JDCLOUD_RULES]) {
      expect(checkPorts(dialect, 'ICMP', allPortsText(dialect))).toEqual({ ok: true, text: allPortsText(dialect) });
    }
  });
});
