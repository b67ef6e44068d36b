import { describe, expect, it } from 'vitest';
import type { Rule } from '../model/security-group.ts';
import { changedFields, diffDirection, diffRules, isEmptyDiff } from './diff-rules.ts';

let counter = 0;
function rule(fields: Partial<Rule> = {}): Rule {
  return {
    SecurityGroupRuleId: `sgr-${++counter}`,
    Direction: 'ingress',
    IpProtocol: 'TCP',
    PortRange: '22/22',
    PortRangeListId: '',
    SourcePortRange: '',
    Policy: 'accept',
    Priority: 1,
    SourceCidrIp: '10.0.0.0/8',
    Ipv6SourceCidrIp: '',
    SourceGroupId: '',
    SourcePrefixListId: '',
    DestCidrIp: '',
    Ipv6DestCidrIp: '',
    DestGroupId: '',
    DestPrefixListId: '',
    NicType: 'intranet',
    Description: '',
    CreateTime: '2026-01-01T00:00:00Z',
    ...fields,
  };
}

const ids = (rules: readonly Rule[]) => rules.map((r) => r.SecurityGroupRuleId);

describe('diffRules', () => {
  it('finds nothing between equal rule sets, whatever the IDs and order', () => {
    const a = [
      rule(),
      rule({ PortRange: '80/80' }),
      rule({ Direction: 'egress', DestCidrIp: '0.0.0.0/0', SourceCidrIp: '' }),
    ];
    const b = [...a].reverse().map((r) => ({ ...r, SecurityGroupRuleId: `new-${r.SecurityGroupRuleId}` }));
    const diff = diffRules(a, b);
    expect(isEmptyDiff(diff)).toBe(true);
    expect(diff.Ingress.Unchanged).toHaveLength(2);
    expect(diff.Egress.Unchanged).toHaveLength(1);
  });

  it('lists added and removed rules per direction, in their own sides order', () => {
    const keep = rule();
    const gone = rule({ PortRange: '3389/3389' });
    const goneOut = rule({ Direction: 'egress', SourceCidrIp: '', DestCidrIp: '1.1.1.1/32', PortRange: '53/53' });
    const added = rule({ PortRange: '443/443' });
    const added2 = rule({ PortRange: '80/80' });
    const diff = diffRules([gone, keep, goneOut], [added, keep, added2]);
    expect(ids(diff.Ingress.Added)).toEqual(ids([added, added2]));
    expect(ids(diff.Ingress.Removed)).toEqual(ids([gone]));
    expect(ids(diff.Egress.Removed)).toEqual(ids([goneOut]));
    expect(diff.Egress.Added).toEqual([]);
    expect(isEmptyDiff(diff)).toBe(false);
  });

  it('sees a description edit as a change of the same rule', () => {
    const before = rule({ Description: 'ssh' });
    const after = { ...before, Description: 'ssh from office' };
    const diff = diffDirection([before], [after]);
    expect(diff.Changed).toEqual([{ Before: before, After: after, Fields: ['Description'] }]);
  });

  it('sees a priority or policy edit as a change, not as a removed and an added rule, even under a new ID', () => {
    const before = rule({ Priority: 1 });
    const after = rule({ Priority: 5, Policy: 'drop' });
    const diff = diffDirection([before], [after]);
    expect(diff.Added).toEqual([]);
    expect(diff.Removed).toEqual([]);
    expect(diff.Changed).toEqual([{ Before: before, After: after, Fields: ['Policy', 'Priority'] }]);
  });

  it('sees a port edit kept under the same ID (ModifySecurityGroupRule) as a change', () => {
    const before = rule({ PortRange: '22/22' });
    const after = { ...before, PortRange: '2222/2222' };
    expect(diffDirection([before], [after]).Changed[0]!.Fields).toEqual(['PortRange']);
  });

  it('sees a port edit under another ID as a removed and an added rule', () => {
    const before = rule({ PortRange: '22/22' });
    const after = rule({ PortRange: '2222/2222' });
    const diff = diffDirection([before], [after]);
    expect(ids(diff.Removed)).toEqual(ids([before]));
    expect(ids(diff.Added)).toEqual(ids([after]));
  });

  it('compares CIDRs by the addresses they cover', () => {
    const before = rule({ SourceCidrIp: '192.168.1.7' });
    const after = rule({ SourceCidrIp: '192.168.1.7/32' });
    expect(diffDirection([before], [after]).Unchanged).toEqual([after]);
    expect(changedFields(before, after)).toEqual([]);
  });

  it('prefers exact matches over loose ones, and the same ID among loose ones', () => {
    // Two rules for the same port at priorities 1 and 2; afterwards priority 2 became 3.
    const p1 = rule({ Priority: 1 });
    const p2 = rule({ Priority: 2, Description: 'backup' });
    const p3 = { ...p2, Priority: 3 };
    const diff = diffDirection([p1, p2], [p1, p3]);
    expect(diff.Unchanged).toEqual([p1]);
    expect(diff.Changed).toEqual([{ Before: p2, After: p3, Fields: ['Priority'] }]);

    // Both priorities changed: each pairs with the rule of its own ID.
    const q1 = { ...p1, Priority: 10 };
    const q2 = { ...p2, Priority: 20 };
    const swapped = diffDirection([p1, p2], [q2, q1]);
    expect(swapped.Changed.map((c) => [c.Before.SecurityGroupRuleId, c.After.SecurityGroupRuleId])).toEqual([
      [p2.SecurityGroupRuleId, p2.SecurityGroupRuleId],
      [p1.SecurityGroupRuleId, p1.SecurityGroupRuleId],
    ]);
  });

  it('matches a rule that moved to a new ID by content before pairing IDs', () => {
    // The rule was revoked and authorised again (new ID); another rule was modified in place.
    const ssh = rule({ PortRange: '22/22' });
    const sshAgain = { ...ssh, SecurityGroupRuleId: 'sgr-again' };
    const web = rule({ PortRange: '80/80' });
    const webModified = { ...web, PortRange: '8080/8080' };
    const diff = diffDirection([ssh, web], [sshAgain, webModified]);
    expect(diff.Unchanged).toEqual([sshAgain]);
    expect(diff.Changed).toEqual([{ Before: web, After: webModified, Fields: ['PortRange'] }]);
  });

  it('handles empty sides', () => {
    const a = [rule(), rule({ PortRange: '80/80' })];
    expect(diffRules([], a).Ingress.Added).toEqual(a);
    expect(diffRules(a, []).Ingress.Removed).toEqual(a);
    expect(isEmptyDiff(diffRules([], []))).toBe(true);
  });

  it('keeps rules of one direction from matching the other', () => {
    const inbound = rule({ SourceCidrIp: '10.0.0.0/8' });
    const outbound = rule({
      Direction: 'egress',
      SourceCidrIp: '',
      DestCidrIp: '10.0.0.0/8',
      SecurityGroupRuleId: inbound.SecurityGroupRuleId,
    });
    const diff = diffRules([inbound], [outbound]);
    expect(diff.Ingress.Removed).toEqual([inbound]);
    expect(diff.Egress.Added).toEqual([outbound]);
  });
});
