import { describe, expect, it } from 'vitest';
import { expectCode } from '../../test/expect-code.ts';
import { emptyWorldWithVpc } from '../../test/fixtures.ts';

const IMAGE = 'ubuntu_22_04_x64_20G_alibase_20240101.vhd';

describe('StopInstance', () => {
  it('stops a running instance at once and refuses to stop it twice', async () => {
    const { engine, vSwitchId } = await emptyWorldWithVpc();
    const [id] = (await engine.call('RunInstances', { RegionId: 'cn-hangzhou', VSwitchId: vSwitchId, ImageId: IMAGE }))
      .InstanceIdSets.InstanceIdSet;
    await engine.call('StopInstance', { InstanceId: id! });
    const [instance] = (await engine.call('DescribeInstances', { RegionId: 'cn-hangzhou' })).Instances.Instance;
    expect(instance?.Status).toBe('Stopped');
    await expectCode(engine.call('StopInstance', { InstanceId: id! }), 'IncorrectInstanceStatus');
    await expectCode(engine.call('StopInstance', { InstanceId: 'i-nope' }), 'InvalidInstanceId.NotFound');
    await expectCode(engine.call('StopInstance', {} as never), 'MissingParameter.InstanceId');
  });
});
