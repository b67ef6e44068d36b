import { describe, expect, it } from 'vitest';
import { expectCode } from '../../test/expect-code.ts';
import { emptyWorldWithVpc } from '../../test/fixtures.ts';

const REGION = 'cn-hangzhou';
const IMAGE = 'aliyun_3_x64_20G_alibase_20240101.vhd';

describe('RunInstances metadata options and DescribeInstances filters on them', () => {
  it('answers the defaults or the launch choices, and filters by them', async () => {
    const { engine, vSwitchId } = await emptyWorldWithVpc();
    const run = (extra: Record<string, unknown>) =>
      engine.call('RunInstances', { RegionId: REGION, VSwitchId: vSwitchId, ImageId: IMAGE, ...extra });
    const describe = async (extra: Record<string, unknown> = {}) =>
      (await engine.call('DescribeInstances', { RegionId: REGION, ...extra })).Instances.Instance;
    const [plain] = (await run({})).InstanceIdSets.InstanceIdSet;
    const [hardened] = (await run({ HttpTokens: 'required', HttpPutResponseHopLimit: 3 })).InstanceIdSets.InstanceIdSet;
    const byId = new Map((await describe()).map((i) => [i.InstanceId, i]));
    expect(byId.get(plain!)!.MetadataOptions).toEqual({
      HttpEndpoint: 'enabled',
      HttpTokens: 'optional',
      HttpPutResponseHopLimit: 1,
      InstanceMetadataTags: 'disabled',
    });
    expect(byId.get(hardened!)!.MetadataOptions).toMatchObject({ HttpTokens: 'required', HttpPutResponseHopLimit: 3 });
    expect((await describe({ HttpTokens: 'required' })).map((i) => i.InstanceId)).toEqual([hardened]);
    expect((await describe({ HttpPutResponseHopLimit: 1 })).map((i) => i.InstanceId)).toEqual([plain]);
    expect(await describe({ HttpEndpoint: 'disabled' })).toEqual([]);
    expect(await describe({ DeviceAvailable: false })).toEqual([]);
    expect(await describe({ DeviceAvailable: true })).toHaveLength(2);
    const refused = await expectCode(run({ HttpTokens: 'sometimes' }), 'InvalidParameter');
    expect(refused.Field).toBe('HttpTokens');
    await expectCode(run({ HttpPutResponseHopLimit: 65 }), 'InvalidParameter');
    expect(await describe()).toHaveLength(2);
  });
});
