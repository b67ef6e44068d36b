import { expect } from 'vitest';
import { createManualClock, type ManualClock } from '../clock.ts';
import { createEngine, type Engine } from '../engine.ts';
import { MemoryDatabase } from '../memory-storage.ts';
import { ruleIdentity } from '../validate/rule-identity.ts';
import type { Rule } from '../model/security-group.ts';
import { SNAPSHOT_SERVICE_NAME } from '../model/snapshot.ts';
import { alibabaProfile } from '../profiles/alibaba.ts';
import type { Limits } from '../profiles/profile.ts';
import type { PermissionInput } from '../validate/permission.ts';

/** Test helpers of the snapshot tests: a world on a manual clock, policies, rules and comparisons by content. */

export const R = 'cn-hangzhou';
export const MINUTE = 60_000;
export const DAY = 24 * 60 * MINUTE;
export const START = Date.UTC(2026, 0, 1);

export interface SnapshotWorld {
  engine: Engine;
  db: MemoryDatabase;
  clock: ManualClock;
  vpcId: string;
  groupId: string;
}

export async function snapshotWorld(limits: Partial<Limits> = {}): Promise<SnapshotWorld> {
  const db = new MemoryDatabase();
  const clock = createManualClock(START);
  const profile = { ...alibabaProfile, limits: { ...alibabaProfile.limits, ...limits } };
  const engine = await createEngine({ storage: db.connect(), idSeed: 'snap', clock, profile });
  const { VpcId: vpcId } = await engine.call('CreateVpc', { RegionId: R, CidrBlock: '172.16.0.0/12' });
  const groupId = await newGroup(engine, vpcId, 'web');
  return { engine, db, clock, vpcId, groupId };
}

export async function newGroup(engine: Engine, vpcId: string, name = 'group'): Promise<string> {
  const { SecurityGroupId } = await engine.call('CreateSecurityGroup', {
    RegionId: R,
    VpcId: vpcId,
    SecurityGroupName: name,
  });
  return SecurityGroupId;
}

export async function authorizeRole(engine: Engine): Promise<void> {
  await engine.call('CreateServiceLinkedRole', { ServiceName: SNAPSHOT_SERVICE_NAME });
}

/** Authorises the role if needed and creates an enabled policy holding `groupIds`. */
export async function newPolicy(
  engine: Engine,
  groupIds: string[],
  params: { Status?: 'Enable' | 'Disable'; RetentionDays?: number; SnapshotPolicyName?: string } = {},
): Promise<string> {
  await authorizeRole(engine);
  const { SnapshotPolicyId } = await engine.call('CreateSecurityGroupSnapshotPolicy', {
    RegionId: R,
    SnapshotPolicyName: 'nightly',
    SecurityGroupIds: groupIds,
    ...params,
  });
  return SnapshotPolicyId;
}

export function tcpIn(port: number, extra: Partial<PermissionInput> = {}): PermissionInput {
  return { IpProtocol: 'TCP', PortRange: `${port}/${port}`, SourceCidrIp: '10.0.0.0/8', Priority: '1', ...extra };
}

export function tcpOut(port: number, extra: Partial<PermissionInput> = {}): PermissionInput {
  return { IpProtocol: 'TCP', PortRange: `${port}/${port}`, DestCidrIp: '10.0.0.0/8', Priority: '1', ...extra };
}

export async function allowIn(engine: Engine, groupId: string, ...permissions: PermissionInput[]): Promise<void> {
  await engine.call('AuthorizeSecurityGroup', { RegionId: R, SecurityGroupId: groupId, Permissions: permissions });
}

export async function allowOut(engine: Engine, groupId: string, ...permissions: PermissionInput[]): Promise<void> {
  await engine.call('AuthorizeSecurityGroupEgress', {
    RegionId: R,
    SecurityGroupId: groupId,
    Permissions: permissions,
  });
}

/**
 * The group's snapshots once the due work is stored: as the console shows them after its timer ran (a read alone
 * shows due snapshots without writing them).
 */
export async function snapshotsOf(engine: Engine, groupId: string) {
  await engine.runDueWork();
  const res = await engine.call('DescribeSecurityGroupSnapshots', { RegionId: R, SecurityGroupId: groupId });
  return res.Snapshots.Snapshot;
}

/** The group's rules as stored (the engine's Rule shape), read through the storage the engine wrote. */
export function storedRules(db: MemoryDatabase, groupId: string): Rule[] {
  return (db.tables.get('securityGroups')!.get(groupId)!.data as { Rules: Rule[] }).Rules;
}

export function storedSnapshotRules(db: MemoryDatabase, snapshotId: string): Rule[] {
  return (db.tables.get('snapshots')!.get(snapshotId)!.data as { Rules: Rule[] }).Rules;
}

/** Rules by content (identity and description), ignoring IDs and order; optionally one direction only. */
export function contents(rules: readonly Rule[], direction?: 'ingress' | 'egress'): string[] {
  return rules
    .filter((r) => direction === undefined || r.Direction === direction)
    .map((r) => `${ruleIdentity(r)} ${r.Description}`)
    .sort();
}

export function expectSameContents(actual: readonly Rule[], expected: readonly Rule[]): void {
  expect(contents(actual, 'ingress')).toEqual(contents(expected, 'ingress'));
  expect(contents(actual, 'egress')).toEqual(contents(expected, 'egress'));
}

/** Moves the injected clock (not the world's offset): real time passing while the console is open or closed. */
export function wait(world: SnapshotWorld, ms: number): void {
  world.clock.advance(ms);
}
