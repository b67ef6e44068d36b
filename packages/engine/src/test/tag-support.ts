import { createManualClock } from '../clock.ts';
import { createEngine, type Engine } from '../engine.ts';
import { MemoryDatabase } from '../memory-storage.ts';
import type { Limits } from '../profiles/profile.ts';
import { alibabaProfile } from '../profiles/alibaba.ts';

export const REGION = 'cn-hangzhou';
const UBUNTU = 'ubuntu_22_04_x64_20G_alibase_20240101.vhd';

/** One VPC with a group and an instance in it, on a database the test can inspect, with its own limits. */
export async function tagWorld(limits: Partial<Limits> = {}) {
  const db = new MemoryDatabase();
  const profile = { ...alibabaProfile, limits: { ...alibabaProfile.limits, ...limits } };
  const engine: Engine = await createEngine({
    storage: db.connect(),
    idSeed: 'tags',
    clock: createManualClock(),
    profile,
  });
  const { VpcId } = await engine.call('CreateVpc', { RegionId: REGION, CidrBlock: '172.16.0.0/12' });
  const { VSwitchId } = await engine.call('CreateVSwitch', {
    RegionId: REGION,
    VpcId,
    ZoneId: 'cn-hangzhou-h',
    CidrBlock: '172.16.1.0/24',
  });
  const { SecurityGroupId: groupId } = await engine.call('CreateSecurityGroup', {
    RegionId: REGION,
    VpcId,
    Tag: [{ Key: 'env', Value: 'prod' }],
  });
  const run = await engine.call('RunInstances', {
    RegionId: REGION,
    VSwitchId,
    ImageId: UBUNTU,
    SecurityGroupIds: [groupId],
  });
  const instanceId = run.InstanceIdSets.InstanceIdSet[0]!;
  return { engine, db, vpcId: VpcId, groupId, instanceId };
}

export async function groupTags(engine: Engine, groupId: string) {
  const res = await engine.call('DescribeSecurityGroups', { RegionId: REGION, SecurityGroupIds: [groupId] });
  return res.SecurityGroups.SecurityGroup[0]?.Tags.Tag;
}

export async function instanceTags(engine: Engine, instanceId: string) {
  const res = await engine.call('DescribeInstances', { RegionId: REGION });
  return res.Instances.Instance.find((i) => i.InstanceId === instanceId)?.Tags.Tag;
}
