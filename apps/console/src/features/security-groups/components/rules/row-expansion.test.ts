import { describe, expect, it } from 'vitest';
import { alibabaProfile } from '@sg/engine';
import { expandRow } from './row-expansion.ts';
import { blankRow, type RuleRow } from './rule-rows.ts';

const row = (changes: Partial<RuleRow>): RuleRow => ({ ...blankRow(), ...changes });

describe('expandRow', () => {
  it('gives each authorization object the port list instead of a port range', () => {
    const expansion = expandRow(
      row({ PortRangeListId: 'prl-1', AuthorizationObjects: '10.0.0.0/8, 192.168.0.0/16', Description: 'App' }),
      'ingress',
      alibabaProfile.rules,
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
          SourceCidrIp: '192.168.0.0/16',
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
      alibabaProfile.rules,
    );
    expect(expansion.ok).toBe(false);
    if (!expansion.ok) {
      expect(expansion.problem.Code).toBe('InvalidParam.ProtocolNotSupportPortRangeList');
      expect(expansion.field).toBe('PortRanges');
    }
  });

  it("passes the row's Authorization Type on: an object of another kind gets the engine's code", () => {
    const expansion = expandRow(
      row({ PortRanges: '22/22', AuthorizationObjects: '::/0' }),
      'ingress',
      alibabaProfile.rules,
    );
    expect(expansion.ok).toBe(false);
    if (!expansion.ok) {
      expect(expansion.problem.Code).toBe('InvalidSourceCidrIp.Malformed');
      expect(expansion.field).toBe('AuthorizationObjects');
    }
    const listed = expandRow(
      row({ PortRanges: '22/22', AuthorizationType: 'prefixList', AuthorizationObjects: 'pl-2' }),
      'egress',
      alibabaProfile.rules,
    );
    expect(listed.ok && listed.permissions[0]?.DestPrefixListId).toBe('pl-2');
  });

  it('leaves a row without a port list to expandRuleEntry', () => {
    const expansion = expandRow(
      row({ PortRanges: '', AuthorizationObjects: '10.0.0.0/8' }),
      'ingress',
      alibabaProfile.rules,
    );
    expect(expansion.ok).toBe(false);
    if (!expansion.ok) expect(expansion.field).toBe('PortRanges');
  });
});
