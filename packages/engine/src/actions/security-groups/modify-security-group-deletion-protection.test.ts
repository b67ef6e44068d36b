import { describe, expect, it } from 'vitest';
import { expectCode } from '../../test/expect-code.ts';
import { patchStoredGroup, storedRows, worldWithDatabase } from '../../test/group-support.ts';

const R = 'cn-hangzhou';

describe('ModifySecurityGroupDeletionProtection (console extension)', () => {
  it('turns protection on and off; a protected group cannot be deleted', async () => {
    const { engine, vpcId } = await worldWithDatabase();
    const { SecurityGroupId } = await engine.call('CreateSecurityGroup', { RegionId: R, VpcId: vpcId });
    await engine.call('ModifySecurityGroupDeletionProtection', {
      RegionId: R,
      SecurityGroupId,
      DeletionProtection: true,
    });
    expect(
      (await engine.call('DescribeSecurityGroupAttribute', { RegionId: R, SecurityGroupId })).DeletionProtection,
    ).toBe(true);
    await expectCode(
      engine.call('DeleteSecurityGroup', { RegionId: R, SecurityGroupId }),
      'InvalidOperation.DeletionProtection',
    );
    await engine.call('ModifySecurityGroupDeletionProtection', {
      RegionId: R,
      SecurityGroupId,
      DeletionProtection: 'false' as never,
    });
    await engine.call('DeleteSecurityGroup', { RegionId: R, SecurityGroupId });
  });

  it('rejects bad input, unknown and managed groups, and stores nothing', async () => {
    const { engine, db, vpcId } = await worldWithDatabase();
    const { SecurityGroupId } = await engine.call('CreateSecurityGroup', { RegionId: R, VpcId: vpcId });
    const before = storedRows(db);
    const call = (params: Record<string, unknown>) =>
      engine.call('ModifySecurityGroupDeletionProtection', {
        RegionId: R,
        SecurityGroupId,
        DeletionProtection: true,
        ...params,
      });
    await expectCode(call({ RegionId: '' }), 'MissingParameter.RegionId');
    await expectCode(call({ RegionId: 'mars-1' }), 'InvalidRegionId.NotFound');
    await expectCode(call({ SecurityGroupId: undefined }), 'MissingParameter.SecurityGroupId');
    await expectCode(call({ SecurityGroupId: 'group-1' }), 'InvalidSecurityGroupId.Malformed');
    await expectCode(call({ DeletionProtection: undefined }), 'MissingParameter.DeletionProtection');
    await expectCode(call({ DeletionProtection: 'yes' }), 'InvalidParameter');
    await expectCode(call({ SecurityGroupId: 'sg-bp1nothere' }), 'InvalidSecurityGroupId.NotFound');
    expect(storedRows(db)).toBe(before);

    await patchStoredGroup(engine, db, SecurityGroupId, { ServiceManaged: true, DeletionProtection: true });
    const managed = storedRows(db);
    await expectCode(call({ DeletionProtection: false }), 'InvalidOperation.ResourceManagedByCloudProduct');
    expect(storedRows(db)).toBe(managed);
  });
});
