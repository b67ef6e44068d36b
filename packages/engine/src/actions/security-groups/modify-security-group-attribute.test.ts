import { describe, expect, it } from 'vitest';
import { expectCode } from '../../test/expect-code.ts';
import { patchStoredGroup, storedRows, worldWithDatabase } from '../../test/group-support.ts';

const R = 'cn-hangzhou';

describe('ModifySecurityGroupAttribute', () => {
  it('changes the name and the description, each only when given', async () => {
    const { engine, vpcId } = await worldWithDatabase();
    const { SecurityGroupId } = await engine.call('CreateSecurityGroup', {
      RegionId: R,
      VpcId: vpcId,
      SecurityGroupName: 'old',
      Description: 'old text',
    });
    const attr = () => engine.call('DescribeSecurityGroupAttribute', { RegionId: R, SecurityGroupId });
    await engine.call('ModifySecurityGroupAttribute', { RegionId: R, SecurityGroupId, SecurityGroupName: 'new-name' });
    expect(await attr()).toMatchObject({ SecurityGroupName: 'new-name', Description: 'old text' });
    await engine.call('ModifySecurityGroupAttribute', { RegionId: R, SecurityGroupId, Description: 'new text' });
    expect(await attr()).toMatchObject({ SecurityGroupName: 'new-name', Description: 'new text' });
    await engine.call('ModifySecurityGroupAttribute', { RegionId: R, SecurityGroupId, Description: '' });
    expect((await attr()).Description).toBe('');
    await engine.call('ModifySecurityGroupAttribute', { RegionId: R, SecurityGroupId });
    expect((await attr()).SecurityGroupName).toBe('new-name');
  });

  it('rejects bad input, unknown and managed groups, and stores nothing', async () => {
    const { engine, db, vpcId } = await worldWithDatabase();
    const { SecurityGroupId } = await engine.call('CreateSecurityGroup', {
      RegionId: R,
      VpcId: vpcId,
      SecurityGroupName: 'keep',
    });
    const before = storedRows(db);
    const call = (params: Record<string, unknown>) =>
      engine.call('ModifySecurityGroupAttribute', {
        RegionId: R,
        SecurityGroupId,
        SecurityGroupName: 'changed',
        ...params,
      });
    await expectCode(call({ RegionId: '' }), 'MissingParameter.RegionId');
    await expectCode(call({ RegionId: 'mars-1' }), 'InvalidRegionId.NotFound');
    await expectCode(call({ SecurityGroupId: undefined }), 'MissingParameter.SecurityGroupId');
    await expectCode(call({ SecurityGroupId: 'xx-1' }), 'InvalidSecurityGroupId.Malformed');
    await expectCode(call({ SecurityGroupName: '1abc' }), 'InvalidSecurityGroupName.Malformed');
    await expectCode(call({ Description: 'http://x' }), 'InvalidDescription.Malformed');
    await expectCode(call({ SecurityGroupId: 'sg-bp1nothere' }), 'InvalidSecurityGroupId.NotFound');
    await expectCode(call({ RegionId: 'cn-beijing' }), 'InvalidSecurityGroupId.NotFound');
    expect(storedRows(db)).toBe(before);

    await patchStoredGroup(engine, db, SecurityGroupId, { ServiceManaged: true, ServiceID: 'ack' });
    const managed = storedRows(db);
    const error = await expectCode(call({}), 'InvalidOperation.ResourceManagedByCloudProduct');
    expect(error.HttpStatus).toBe(403);
    expect(storedRows(db)).toBe(managed);
  });
});
