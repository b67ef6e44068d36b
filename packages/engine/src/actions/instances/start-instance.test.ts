import { describe, expect, it } from 'vitest';
import { expectCode } from '../../test/expect-code.ts';
import { emptyWorldWithVpc } from '../../test/fixtures.ts';

const IMAGE = 'ubuntu_22_04_x64_20G_alibase_20240101.vhd';

describe('StartInstance', () => {
  it('starts a stopped instance at once', async () => {
    const { engine, vSwitchId } = await emptyWorldWithVpc();
    const [id] = (await engine.call('RunInstances', { RegionId: 'cn-hangzhou', VSwitchId: vSwitchId, ImageId: IMAGE }))
      .InstanceIdSets.InstanceIdSet;
    await engine.call('StopInstance', { InstanceId: id! });
    const res = await engine.call('StartInstance', { InstanceId: id!, RegionId: 'cn-hangzhou' });
    expect(res.RequestId).not.toBe('');
    const [instance] = (await engine.call('DescribeInstances', { RegionId: 'cn-hangzhou' })).Instances.Instance;
    expect(instance?.Status).toBe('Running');
  });

  it('refuses a running instance and unknown IDs', async () => {
    const { engine, vSwitchId } = await emptyWorldWithVpc();
    const [id] = (await engine.call('RunInstances', { RegionId: 'cn-hangzhou', VSwitchId: vSwitchId, ImageId: IMAGE }))
      .InstanceIdSets.InstanceIdSet;
    const busy = await expectCode(engine.call('StartInstance', { InstanceId: id! }), 'IncorrectInstanceStatus');
    expect(busy.HttpStatus).toBe(403);
    expect(busy.Message).toBe('The current status of the resource does not support this operation.');
    const missing = await expectCode(
      engine.call('StartInstance', { InstanceId: 'i-nope' }),
      'InvalidInstanceId.NotFound',
    );
    expect(missing.HttpStatus).toBe(404);
    await expectCode(
      engine.call('StartInstance', { InstanceId: id!, RegionId: 'cn-beijing' }),
      'InvalidInstanceId.NotFound',
    );
    await expectCode(engine.call('StartInstance', { InstanceId: '' }), 'MissingParameter.InstanceId');
  });
});
