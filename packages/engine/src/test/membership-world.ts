import { expect } from 'vitest';
import { createManualClock } from '../clock.ts';
import { createEngine, type Engine } from '../engine.ts';
import type { EngineError } from '../errors.ts';
import { MemoryDatabase } from '../memory-storage.ts';
import type { TableName, TableTypes } from '../model/tables.ts';
import { alibabaProfile } from '../profiles/alibaba.ts';
import type { Limits } from '../profiles/profile.ts';
import { expectCode } from './expect-code.ts';

export const REGION = 'cn-hangzhou';
export const IMAGE = 'ubuntu_22_04_x64_20G_alibase_20240101.vhd';

/**
 * The world of the membership and network-interface tests, on a database a test can also write to from outside
 * (as another tab would), to reach states no action makes (an instance that is Starting):
 * - VPC 172.16.0.0/12 with vSwitch `vswH` (172.16.1.0/24, zone h) and `vswI` (172.16.2.0/24, zone i);
 * - another VPC 10.0.0.0/8 with `otherVsw` (10.1.0.0/24, zone h);
 * - basic groups `a` and `b`, advanced `e` in the VPC, basic `x` in the other VPC, managed `m` (ACK's);
 * - instance `instanceId` (ecs.g7.large, Running) in vswH, in group `a`; its primary interface `primaryId`.
 */
export async function membershipWorld(limits: Partial<Limits> = {}) {
  const db = new MemoryDatabase();
  const profile = { ...alibabaProfile, limits: { ...alibabaProfile.limits, ...limits } };
  const engine = await createEngine({
    storage: db.connect(),
    idSeed: 'test',
    clock: createManualClock(),
    profile,
  });
  const { VpcId: vpcId } = await engine.call('CreateVpc', { RegionId: REGION, CidrBlock: '172.16.0.0/12' });
  const vsw = async (VpcId: string, ZoneId: string, CidrBlock: string) =>
    (await engine.call('CreateVSwitch', { RegionId: REGION, VpcId, ZoneId, CidrBlock })).VSwitchId;
  const vswH = await vsw(vpcId, 'cn-hangzhou-h', '172.16.1.0/24');
  const vswI = await vsw(vpcId, 'cn-hangzhou-i', '172.16.2.0/24');
  const { VpcId: otherVpcId } = await engine.call('CreateVpc', { RegionId: REGION, CidrBlock: '10.0.0.0/8' });
  const otherVsw = await vsw(otherVpcId, 'cn-hangzhou-h', '10.1.0.0/24');
  const group = async (VpcId: string, SecurityGroupType: 'normal' | 'enterprise' = 'normal') =>
    (await engine.call('CreateSecurityGroup', { RegionId: REGION, VpcId, SecurityGroupType })).SecurityGroupId;
  const groups = {
    a: await group(vpcId),
    b: await group(vpcId),
    e: await group(vpcId, 'enterprise'),
    x: await group(otherVpcId),
    m: (
      await engine.call('CreateServiceManagedSecurityGroup', {
        RegionId: REGION,
        VpcId: vpcId,
        ServiceID: 'cs.aliyuncs.com',
      })
    ).SecurityGroupId,
  };
  const instanceId = await runInstance(engine, vswH, [groups.a]);
  const primaryId = (await engine.call('DescribeInstances', { RegionId: REGION, InstanceIds: [instanceId] })).Instances
    .Instance[0]!.NetworkInterfaces.NetworkInterface[0]!.NetworkInterfaceId;
  return { engine, db, vpcId, vswH, vswI, otherVpcId, otherVsw, groups, instanceId, primaryId, newGroup: group };
}

export async function runInstance(
  engine: Engine,
  VSwitchId: string,
  SecurityGroupIds: string[],
  InstanceType?: string,
) {
  const res = await engine.call('RunInstances', {
    RegionId: REGION,
    VSwitchId,
    ImageId: IMAGE,
    SecurityGroupIds,
    InstanceType,
  });
  return res.InstanceIdSets.InstanceIdSet[0]!;
}

export async function createInterface(engine: Engine, VSwitchId: string, SecurityGroupIds: string[]) {
  return (await engine.call('CreateNetworkInterface', { RegionId: REGION, VSwitchId, SecurityGroupIds }))
    .NetworkInterfaceId;
}

export async function interfaceOf(engine: Engine, id: string) {
  const res = await engine.call('DescribeNetworkInterfaces', { RegionId: REGION, NetworkInterfaceId: [id] });
  return res.NetworkInterfaceSets.NetworkInterfaceSet[0]!;
}

/** Adds `count` ingress rules (TCP ports 1..count from 10.0.0.0/8) to a group: for the 1,000-rule cap tests. */
export async function addRules(engine: Engine, SecurityGroupId: string, count: number, firstPort = 1) {
  await engine.call('AuthorizeSecurityGroup', {
    RegionId: REGION,
    SecurityGroupId,
    Permissions: Array.from({ length: count }, (_, i) => ({
      IpProtocol: 'TCP',
      PortRange: `${firstPort + i}/${firstPort + i}`,
      SourceCidrIp: '10.0.0.0/8',
    })),
  });
}

/** Every stored row: a failed call must leave exactly this. */
export function storedRows(db: MemoryDatabase): string {
  return JSON.stringify([...db.tables].map(([name, rows]) => [name, [...rows.values()]]));
}

/** Expects the call to fail with `code` and to have written nothing. */
export async function rejectsUnchanged(
  db: MemoryDatabase,
  call: () => Promise<unknown>,
  code: string,
): Promise<EngineError> {
  const before = storedRows(db);
  const error = await expectCode(call(), code);
  expect(storedRows(db)).toBe(before);
  return error;
}

/** Rewrites a stored record from outside the engine (another tab, the platform) and waits for the engine to reload. */
export async function patchStored<K extends TableName>(
  engine: Engine,
  db: MemoryDatabase,
  table: K,
  id: string,
  patch: Partial<TableTypes[K]>,
): Promise<void> {
  const row = db.tables.get(table)!.get(id);
  if (!row) throw new Error(`no stored ${table} row ${id}`);
  const reloaded = new Promise<void>((resolve) => {
    const stop = engine.subscribe((change) => {
      if (change.external) {
        stop();
        resolve();
      }
    });
  });
  const other = db.connect();
  await other.commit([{ table, id, baseRev: row.rev, data: { ...(row.data as TableTypes[K]), ...patch } }]);
  other.close();
  await reloaded;
}
