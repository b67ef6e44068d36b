import { describe, expect, it } from 'vitest';
import { expandRow } from './row-expansion.ts';
import { blankRow, type RuleRow } from './rule-rows.ts';

const row = (changes: Partial<RuleRow>): RuleRow => ({ ...blankRow(), ...changes });

describe('expandRow', () => {
  it('gives each authorization object the port list instead of a port range', () => {
    const expansion = expandRow(
      row({ PortRangeListId: 'prl-1', AuthorizationObjects: '10.0.0.0/8, pl-2', Description: 'App' }),
      'ingress',
    );
    expect(expansion).toEqual({
      ok: true,
      permissions: [
        {
          IpProtocol: 'TCP',
          Policy: 'accept',
          Priority: '1',
          SourceCidrIp: '10.0.0.0/8',
          Description: 'App',
          PortRangeListId: 'prl-1',
        },
        {
          IpProtocol: 'TCP',
          Policy: 'accept',
          Priority: '1',
          SourcePrefixListId: 'pl-2',
          Description: 'App',
          PortRangeListId: 'prl-1',
        },
      ],
    });
  });

  it("reports the engine's code for a protocol that takes no port list, under the ports", () => {
    const expansion = expandRow(
      row({ IpProtocol: 'ICMP', PortRangeListId: 'prl-1', AuthorizationObjects: '0.0.0.0/0' }),
      'ingress',
    );
    expect(expansion.ok).toBe(false);
    if (!expansion.ok) {
      expect(expansion.problem.Code).toBe('InvalidParam.ProtocolNotSupportPortRangeList');
      expect(expansion.field).toBe('PortRanges');
    }
  });

  it('leaves a row without a port list to expandRuleEntry', () => {
    const expansion = expandRow(row({ PortRanges: '', AuthorizationObjects: '10.0.0.0/8' }), 'ingress');
    expect(expansion.ok).toBe(false);
    if (!expansion.ok) expect(expansion.field).toBe('PortRanges');
  });
});
