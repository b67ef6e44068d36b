import { describe, expect, it } from 'vitest';
import { portRangeProblem } from './port-range.ts';

describe('port ranges', () => {
  it('accepts a/b ranges from 1 to 65535 for TCP and UDP', () => {
    for (const ok of ['22/22', '1/200', '1/65535', '65535/65535', ' 80/443 ']) {
      expect(portRangeProblem('TCP', ok)).toBeNull();
    }
    expect(portRangeProblem('UDP', '53/53')).toBeNull();
  });

  it('rejects bad syntax, out-of-range and reversed ranges as InvalidParam.PortRange', () => {
    for (const bad of ['200/1', '22', '0/22', '1/65536', 'a/b', '22-23', '', '-5/22']) {
      expect(portRangeProblem('TCP', bad)?.Code, bad).toBe('InvalidParam.PortRange');
    }
    expect(portRangeProblem('ICMP', 'x')?.Code).toBe('InvalidParam.PortRange');
  });

  it('uses -1/-1 for the port-less protocols, and calls the other combinations a mismatch', () => {
    for (const protocol of ['ICMP', 'ICMPv6', 'GRE', 'ALL'] as const) {
      expect(portRangeProblem(protocol, '-1/-1')).toBeNull();
      expect(portRangeProblem(protocol, '22/22')?.Code).toBe('OperationDenied');
    }
    expect(portRangeProblem('TCP', '-1/-1')?.Code).toBe('OperationDenied');
  });

  it('has its own code for a malformed source port range', () => {
    expect(portRangeProblem('TCP', '9/1', 'SourcePortRange')?.Code).toBe('InvalidSourcePortRange.Malformed');
    expect(portRangeProblem('TCP', '1024/65535', 'SourcePortRange')).toBeNull();
  });
});
