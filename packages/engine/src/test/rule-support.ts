import { expect } from 'vitest';
import { createManualClock } from '../clock.ts';
import { createEngine, type Engine } from '../engine.ts';
import type { EngineError } from '../errors.ts';
import { MemoryDatabase } from '../memory-storage.ts';
import type { Permission } from '../model/permission.ts';
import type { SecurityGroup, SecurityGroupType } from '../model/security-group.ts';
import { alibabaProfile } from '../profiles/alibaba.ts';
import type { Limits } from '../profiles/profile.ts';
import { expectCode } from './expect-code.ts';
import { emptyWorldWithVpc } from './fixtures.ts';

export const REGION = 'cn-hangzhou';

export async function newGroup(engine: Engine, vpcId: string, type: SecurityGroupType = 'normal'): Promise<string> {
  const { SecurityGroupId } = await engine.call('CreateSecurityGroup', {
    RegionId: REGION,
    VpcId: vpcId,
    SecurityGroupType: type,
  });
  return SecurityGroupId;
}

/** The usual world of these tests: one VPC with one basic group. */
export async function ruleWorld(): Promise<{ engine: Engine; vpcId: string; vSwitchId: string; groupId: string }> {
  const world = await emptyWorldWithVpc();
  return { ...world, groupId: await newGroup(world.engine, world.vpcId) };
}

/** A world on a shared database, for changes no action makes, and with its own limits for quota tests. */
export async function ruleWorldOnDatabase(limits: Partial<Limits> = {}) {
  const db = new MemoryDatabase();
  const profile = { ...alibabaProfile, limits: { ...alibabaProfile.limits, ...limits } };
  const engine = await createEngine({
    storage: db.connect(),
    idSeed: 'test',
    clock: createManualClock(),
    profile,
  });
  const { VpcId: vpcId } = await engine.call('CreateVpc', { RegionId: REGION, CidrBlock: '172.16.0.0/12' });
  const { VSwitchId: vSwitchId } = await engine.call('CreateVSwitch', {
    RegionId: REGION,
    VpcId: vpcId,
    ZoneId: 'cn-hangzhou-h',
    CidrBlock: '172.16.1.0/24',
  });
  return { engine, db, vpcId, vSwitchId, groupId: await newGroup(engine, vpcId) };
}

/** Marks a group as managed by a cloud service, as that service would: from outside the engine. */
export async function markManaged(engine: Engine, db: MemoryDatabase, groupId: string): Promise<void> {
  const row = db.tables.get('securityGroups')?.get(groupId);
  if (!row) throw new Error(`no stored group ${groupId}`);
  const reloaded = new Promise<void>((resolve) => {
    const stop = engine.subscribe((change) => {
      if (change.external) {
        stop();
        resolve();
      }
    });
  });
  const other = db.connect();
  const data: SecurityGroup = { ...(row.data as SecurityGroup), ServiceManaged: true, ServiceID: 'ack' };
  await other.commit([{ table: 'securityGroups', id: groupId, baseRev: row.rev, data }]);
  other.close();
  await reloaded;
}

export async function describeGroup(engine: Engine, groupId: string) {
  const { RequestId: _, ...group } = await engine.call('DescribeSecurityGroupAttribute', {
    RegionId: REGION,
    SecurityGroupId: groupId,
  });
  return group;
}

export async function rulesOf(
  engine: Engine,
  groupId: string,
  direction: 'ingress' | 'egress' | 'all' = 'all',
): Promise<Permission[]> {
  const res = await engine.call('DescribeSecurityGroupAttribute', {
    RegionId: REGION,
    SecurityGroupId: groupId,
    Direction: direction,
  });
  return res.Permissions.Permission;
}

/** Expects the call to fail with `code` and the group (rules included) to be exactly as before. */
export async function expectRejected(
  engine: Engine,
  groupId: string,
  call: () => Promise<unknown>,
  code: string,
): Promise<EngineError> {
  const before = await describeGroup(engine, groupId);
  const error = await expectCode(call(), code);
  expect(await describeGroup(engine, groupId)).toEqual(before);
  return error;
}
