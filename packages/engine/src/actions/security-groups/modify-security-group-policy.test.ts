import { describe, expect, it } from 'vitest';
import { expectCode } from '../../test/expect-code.ts';
import { patchStoredGroup, storedRows, worldWithDatabase } from '../../test/group-support.ts';

const R = 'cn-hangzhou';

describe('ModifySecurityGroupPolicy', () => {
  it('switches a basic group between Accept and Drop, in any letter case', async () => {
    const { engine, vpcId } = await worldWithDatabase();
    const { SecurityGroupId } = await engine.call('CreateSecurityGroup', { RegionId: R, VpcId: vpcId });
    const policy = async () =>
      (await engine.call('DescribeSecurityGroupAttribute', { RegionId: R, SecurityGroupId })).InnerAccessPolicy;
    await engine.call('ModifySecurityGroupPolicy', { RegionId: R, SecurityGroupId, InnerAccessPolicy: 'DROP' });
    expect(await policy()).toBe('Drop');
    await engine.call('ModifySecurityGroupPolicy', { RegionId: R, SecurityGroupId, InnerAccessPolicy: 'accept' });
    expect(await policy()).toBe('Accept');
  });

  it('rejects bad input, enterprise, unknown and managed groups, and stores nothing', async () => {
    const { engine, db, vpcId } = await worldWithDatabase();
    const { SecurityGroupId } = await engine.call('CreateSecurityGroup', { RegionId: R, VpcId: vpcId });
    const { SecurityGroupId: enterprise } = await engine.call('CreateSecurityGroup', {
      RegionId: R,
      VpcId: vpcId,
      SecurityGroupType: 'enterprise',
    });
    const before = storedRows(db);
    const call = (params: Record<string, unknown>) =>
      engine.call('ModifySecurityGroupPolicy', { RegionId: R, SecurityGroupId, InnerAccessPolicy: 'Drop', ...params });
    await expectCode(call({ RegionId: undefined }), 'MissingParamter.RegionId');
    await expectCode(call({ RegionId: 'mars-1' }), 'InvalidRegionId.NotFound');
    await expectCode(call({ SecurityGroupId: '' }), 'MissingParameter.SecurityGroupId');
    await expectCode(call({ SecurityGroupId: `sg-${'x'.repeat(98)}` }), 'InvalidSecurityGroupId.Malformed');
    for (const bad of ['Allow', '', undefined]) {
      await expectCode(call({ InnerAccessPolicy: bad }), 'InvalidPolicy.Malformed');
    }
    await expectCode(call({ SecurityGroupId: 'sg-bp1nothere' }), 'InvalidSecurityGroupId.NotFound');
    const error = await expectCode(call({ SecurityGroupId: enterprise }), 'InvalidParameter.InnerAccessPolicy');
    expect(error.HttpStatus).toBe(404);
    expect(error.Message).toBe("The InnerAccessPolicy attribute of enterprise level security group can't be modified.");
    expect(storedRows(db)).toBe(before);

    await patchStoredGroup(engine, db, SecurityGroupId, { ServiceManaged: true });
    const managed = storedRows(db);
    await expectCode(call({}), 'InvalidOperation.ResourceManagedByCloudProduct');
    expect(storedRows(db)).toBe(managed);
  });
});
