import { describe, expect, it } from 'vitest';
import { toPermission } from '../model/permission.ts';
import { modifyRuleChanges } from './modify-rule-changes.ts';

const stored = toPermission(
  {
    SecurityGroupRuleId: 'sgr-1',
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
    Description: 'ssh',
    CreateTime: '2026-01-01T00:00:00Z',
  },
  () => '',
);

const same = { IpProtocol: 'tcp', PortRange: '22/22', Policy: 'accept', Priority: '1', SourceCidrIp: '10.0.0.0/8' };

describe('modifyRuleChanges', () => {
  it('sends nothing when only the case of protocol or policy differs', () => {
    expect(modifyRuleChanges(stored, same, 'ssh')).toEqual({});
  });

  it('sends exactly the fields that changed', () => {
    expect(
      modifyRuleChanges(stored, { ...same, Policy: 'drop', Priority: '5', PortRange: '2222/2222' }, 'ssh'),
    ).toEqual({ Policy: 'drop', Priority: '5', PortRange: '2222/2222' });
  });

  it('sends a new authorization object in its own field, so a change of kind reaches Modify', () => {
    const { SourceCidrIp: _, ...withoutCidr } = same;
    expect(modifyRuleChanges(stored, { ...withoutCidr, SourceGroupId: 'sg-2' }, 'ssh')).toEqual({
      SourceGroupId: 'sg-2',
    });
  });

  it('sends a cleared description, and a port list in place of a range', () => {
    expect(modifyRuleChanges(stored, same, '')).toEqual({ Description: '' });
    expect(modifyRuleChanges(stored, { ...same, PortRange: undefined, PortRangeListId: 'prl-1' }, 'ssh')).toEqual({
      PortRange: '',
      PortRangeListId: 'prl-1',
    });
  });
});
