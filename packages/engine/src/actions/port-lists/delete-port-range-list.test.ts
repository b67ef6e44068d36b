import { describe, expect, it } from 'vitest';
import { expectCode } from '../../test/expect-code.ts';
import { listWorld, newPortList, REGION } from '../../test/list-support.ts';

describe('DeletePortRangeList', () => {
  it('deletes an unused list; refuses one a rule uses with DependencyViolation.PortRangeList', async () => {
    const { engine, groupId } = await listWorld();
    const unused = await newPortList(engine);
    await engine.call('DeletePortRangeList', { RegionId: REGION, PortRangeListId: unused });
    await expectCode(
      engine.call('DeletePortRangeList', { RegionId: REGION, PortRangeListId: unused }),
      'InvalidPortRangeListId.NotFound',
    );

    const used = await newPortList(engine, { Entry: [{ PortRange: '22/22' }] });
    const { SecurityGroupRuleIds } = await engine.call('AuthorizeSecurityGroup', {
      RegionId: REGION,
      SecurityGroupId: groupId,
      Permissions: [{ IpProtocol: 'TCP', PortRangeListId: used, SourceCidrIp: '10.0.0.0/8' }],
    });
    const error = await expectCode(
      engine.call('DeletePortRangeList', { RegionId: REGION, PortRangeListId: used }),
      'DependencyViolation.PortRangeList',
    );
    expect([error.HttpStatus, error.Message.includes(groupId)]).toEqual([403, true]);
    await engine.call('RevokeSecurityGroup', {
      RegionId: REGION,
      SecurityGroupId: groupId,
      SecurityGroupRuleId: SecurityGroupRuleIds.SecurityGroupRuleId,
    });
    await engine.call('DeletePortRangeList', { RegionId: REGION, PortRangeListId: used });
    await expectCode(engine.call('DeletePortRangeList', { RegionId: REGION } as never), 'MissingParameter');
  });
});
