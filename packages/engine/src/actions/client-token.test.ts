import { describe, expect, it } from 'vitest';
import { createManualClock } from '../clock.ts';
import { createEngine } from '../engine.ts';
import { createMemoryStorage } from '../memory-storage.ts';
import { expectCode } from '../test/expect-code.ts';
import { emptyWorldWithVpc } from '../test/fixtures.ts';

const REGION = 'cn-hangzhou';

describe('ClientToken (idempotence)', () => {
  it('answers a retry with the same token and parameters with the first answer and makes nothing new', async () => {
    const { engine, vpcId, vSwitchId } = await emptyWorldWithVpc();
    const group = { RegionId: REGION, VpcId: vpcId, SecurityGroupName: 'web', ClientToken: 'tok-1' };
    const first = await engine.call('CreateSecurityGroup', group);
    const again = await engine.call('CreateSecurityGroup', group);
    expect(again.SecurityGroupId).toBe(first.SecurityGroupId);
    expect(again.RequestId).not.toBe(first.RequestId);
    const groups = await engine.call('DescribeSecurityGroups', { RegionId: REGION });
    expect(groups.SecurityGroups.SecurityGroup).toHaveLength(1);

    const run = {
      RegionId: REGION,
      VSwitchId: vSwitchId,
      ImageId: 'aliyun_3_x64_20G_alibase_20240528.vhd',
      Amount: 2,
      ClientToken: 'run-1',
    };
    const launched = await engine.call('RunInstances', run);
    expect(await engine.call('RunInstances', run)).toMatchObject({ InstanceIdSets: launched.InstanceIdSets });
    expect((await engine.call('DescribeInstances', { RegionId: REGION })).TotalCount).toBe(2);
  });

  it('keeps tokens per action, and a revoke retried with its token answers again instead of failing', async () => {
    const { engine, vpcId } = await emptyWorldWithVpc();
    const { SecurityGroupId } = await engine.call('CreateSecurityGroup', {
      RegionId: REGION,
      VpcId: vpcId,
      ClientToken: 't',
    });
    const rule = { IpProtocol: 'TCP', PortRange: '22/22', SourceCidrIp: '10.0.0.0/8' };
    await engine.call('AuthorizeSecurityGroup', {
      RegionId: REGION,
      SecurityGroupId,
      Permissions: [rule],
      ClientToken: 't',
    });
    const attr = await engine.call('DescribeSecurityGroupAttribute', { RegionId: REGION, SecurityGroupId });
    const ruleId = attr.Permissions.Permission[0]!.SecurityGroupRuleId;
    const revoke = { RegionId: REGION, SecurityGroupId, SecurityGroupRuleId: [ruleId], ClientToken: 't' };
    await engine.call('RevokeSecurityGroup', revoke);
    await engine.call('RevokeSecurityGroup', revoke);
    const error = await expectCode(
      engine.call('RevokeSecurityGroup', { ...revoke, ClientToken: 'u' }),
      'InvalidParam.SecurityGroupRuleId',
    );
    expect(error.Field).toContain('SecurityGroupRuleId');
  });

  it('refuses the same token with other parameters (IdempotentParameterMismatch), changing nothing', async () => {
    const { engine, vpcId } = await emptyWorldWithVpc();
    await engine.call('CreatePrefixList', {
      RegionId: REGION,
      PrefixListName: 'office',
      AddressFamily: 'IPv4',
      MaxEntries: 5,
      ClientToken: 'pl',
    });
    const error = await expectCode(
      engine.call('CreatePrefixList', {
        RegionId: REGION,
        PrefixListName: 'other',
        AddressFamily: 'IPv4',
        MaxEntries: 5,
        ClientToken: 'pl',
      }),
      'IdempotentParameterMismatch',
    );
    expect(error.Field).toBe('ClientToken');
    expect((await engine.call('DescribePrefixLists', { RegionId: REGION })).PrefixLists.PrefixList).toHaveLength(1);
    await expectCode(
      engine.call('CreateSecurityGroup', { RegionId: REGION, VpcId: vpcId, ClientToken: 'x'.repeat(65) }),
      'InvalidClientToken.ValueNotSupported',
    );
    expect((await engine.call('DescribeSecurityGroups', { RegionId: REGION })).SecurityGroups.SecurityGroup).toEqual(
      [],
    );
  });

  it('forgets the token of a failed or DryRun call, and keeps the token of a stored call across a reload', async () => {
    const storage = createMemoryStorage();
    const engine = await createEngine({ storage, idSeed: 't', clock: createManualClock() });
    const create = { RegionId: REGION, CidrBlock: '10.0.0.0/8', ClientToken: 'vpc' };
    await expectCode(engine.call('CreateVpc', { ...create, CidrBlock: '8.8.8.0/24' }), 'InvalidParameter');
    await expectCode(engine.call('CreateVpc', { ...create, DryRun: true }), 'DryRunOperation');
    const { VpcId } = await engine.call('CreateVpc', create);
    const reopened = await createEngine({ storage, idSeed: 't', clock: createManualClock() });
    expect((await reopened.call('CreateVpc', create)).VpcId).toBe(VpcId);
    expect((await reopened.call('DescribeVpcs', { RegionId: REGION })).Vpcs.Vpc).toHaveLength(1);
  });
});
