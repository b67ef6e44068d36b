import { describe, expect, it } from 'vitest';
import { emptyWorldWithVpc } from '../../test/fixtures.ts';
import { hardwareOf } from './instance-hardware.ts';

describe('instance hardware from the type name', () => {
  it('gives the family, vCPUs by size and memory by family', () => {
    expect(hardwareOf('ecs.g7.large')).toEqual({ InstanceTypeFamily: 'ecs.g7', Cpu: 2, Memory: 8192 });
    expect(hardwareOf('ecs.c7.2xlarge')).toEqual({ InstanceTypeFamily: 'ecs.c7', Cpu: 8, Memory: 16384 });
    expect(hardwareOf('ecs.r7.xlarge')).toEqual({ InstanceTypeFamily: 'ecs.r7', Cpu: 4, Memory: 32768 });
    expect(hardwareOf('ecs.hfg7.16xlarge').Cpu).toBe(64);
  });

  it('is answered by DescribeInstances, with no locks and the English OS name', async () => {
    const { engine, vSwitchId } = await emptyWorldWithVpc();
    await engine.call('RunInstances', {
      RegionId: 'cn-hangzhou',
      VSwitchId: vSwitchId,
      ImageId: 'aliyun_3_x64_20G_alibase_20240101.vhd',
      InstanceType: 'ecs.c7.xlarge',
    });
    const [instance] = (await engine.call('DescribeInstances', { RegionId: 'cn-hangzhou' })).Instances.Instance;
    expect(instance).toMatchObject({
      InstanceTypeFamily: 'ecs.c7',
      Cpu: 4,
      Memory: 8192,
      OSNameEn: instance!.OSName,
      OperationLocks: { LockReason: [] },
    });
  });
});
