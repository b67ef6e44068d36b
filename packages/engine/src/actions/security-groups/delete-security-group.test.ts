import { describe, expect, it } from 'vitest';
import { expectCode } from '../../test/expect-code.ts';
import { emptyWorldWithVpc } from '../../test/fixtures.ts';
import { patchStoredGroup, storedRows, worldWithDatabase } from '../../test/group-support.ts';

const R = 'cn-hangzhou';
const IMAGE = 'aliyun_3_x64_20G_alibase_20240101.vhd';

describe('DeleteSecurityGroup', () => {
  it('deletes a free group with its rules', async () => {
    const { engine, vpcId } = await emptyWorldWithVpc();
    const { SecurityGroupId } = await engine.call('CreateSecurityGroup', { RegionId: R, VpcId: vpcId });
    await engine.call('AuthorizeSecurityGroup', {
      RegionId: R,
      SecurityGroupId,
      Permissions: [{ IpProtocol: 'TCP', PortRange: '22/22', SourceCidrIp: '0.0.0.0/0' }],
    });
    await engine.call('DeleteSecurityGroup', { RegionId: R, SecurityGroupId });
    expect((await engine.call('DescribeSecurityGroups', { RegionId: R })).TotalCount).toBe(0);
    await expectCode(
      engine.call('DescribeSecurityGroupAttribute', { RegionId: R, SecurityGroupId }),
      'InvalidSecurityGroupId.NotFound',
    );
  });

  it('rejects missing, unknown and malformed IDs with InvalidSecurityGroup.NotFound', async () => {
    const { engine, db, vpcId } = await worldWithDatabase();
    const { SecurityGroupId } = await engine.call('CreateSecurityGroup', { RegionId: R, VpcId: vpcId });
    const before = storedRows(db);
    await expectCode(
      engine.call('DeleteSecurityGroup', { RegionId: '', SecurityGroupId }),
      'MissingParameter.RegionId',
    );
    await expectCode(
      engine.call('DeleteSecurityGroup', { RegionId: 'mars-1', SecurityGroupId }),
      'InvalidRegionId.NotFound',
    );
    await expectCode(
      engine.call('DeleteSecurityGroup', { RegionId: R, SecurityGroupId: '' }),
      'MissingParameter.SecurityGroupId',
    );
    for (const id of ['sg-bp1nothere', 'not-an-id']) {
      const error = await expectCode(
        engine.call('DeleteSecurityGroup', { RegionId: R, SecurityGroupId: id }),
        'InvalidSecurityGroup.NotFound',
      );
      expect(error.HttpStatus).toBe(404);
    }
    await expectCode(
      engine.call('DeleteSecurityGroup', { RegionId: 'cn-shanghai', SecurityGroupId }),
      'InvalidSecurityGroup.NotFound',
    );
    expect(storedRows(db)).toBe(before);
  });

  it('refuses a managed group before a protected one, and a protected one', async () => {
    const { engine, db, vpcId } = await worldWithDatabase();
    const { SecurityGroupId } = await engine.call('CreateSecurityGroup', { RegionId: R, VpcId: vpcId });
    await engine.call('ModifySecurityGroupDeletionProtection', {
      RegionId: R,
      SecurityGroupId,
      DeletionProtection: true,
    });
    const protectedRows = storedRows(db);
    const error = await expectCode(
      engine.call('DeleteSecurityGroup', { RegionId: R, SecurityGroupId }),
      'InvalidOperation.DeletionProtection',
    );
    expect(error.HttpStatus).toBe(403);
    expect(storedRows(db)).toBe(protectedRows);
    await patchStoredGroup(engine, db, SecurityGroupId, { ServiceManaged: true, ServiceID: 'ack' });
    const managedRows = storedRows(db);
    await expectCode(
      engine.call('DeleteSecurityGroup', { RegionId: R, SecurityGroupId }),
      'InvalidOperation.ResourceManagedByCloudProduct',
    );
    expect(storedRows(db)).toBe(managedRows);
  });

  it('refuses a group with members, then one that another group references (members checked first)', async () => {
    const { engine, vpcId, vSwitchId } = await emptyWorldWithVpc();
    const create = async () =>
      (await engine.call('CreateSecurityGroup', { RegionId: R, VpcId: vpcId })).SecurityGroupId;
    const [both, referencedOnly, holder] = [await create(), await create(), await create()];
    await engine.call('AuthorizeSecurityGroup', {
      RegionId: R,
      SecurityGroupId: holder,
      Permissions: [
        { IpProtocol: 'TCP', PortRange: '3306/3306', SourceGroupId: both },
        { IpProtocol: 'TCP', PortRange: '6379/6379', SourceGroupId: referencedOnly },
      ],
    });
    await engine.call('RunInstances', {
      RegionId: R,
      VSwitchId: vSwitchId,
      SecurityGroupIds: [both, holder],
      InstanceName: 'web-1',
      ImageId: IMAGE,
    });
    const before = await engine.call('DescribeSecurityGroups', { RegionId: R });

    const members = await expectCode(
      engine.call('DeleteSecurityGroup', { RegionId: R, SecurityGroupId: both }),
      'DependencyViolation',
    );
    expect(members.HttpStatus).toBe(403);
    expect(members.Message).toBe('There is still instance(s) in the specified security group.');
    const referenced = await expectCode(
      engine.call('DeleteSecurityGroup', { RegionId: R, SecurityGroupId: referencedOnly }),
      'DependencyViolation',
    );
    expect(referenced.HttpStatus).toBe(403);
    expect(referenced.Message).toBe('The specified security group has been authorized in another one.');
    expect(await engine.call('DescribeSecurityGroups', { RegionId: R })).toEqual({
      ...before,
      RequestId: expect.any(String),
    });
  });
});
