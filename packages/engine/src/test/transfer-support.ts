import { expect } from 'vitest';
import type { Engine } from '../engine.ts';
import { EngineError } from '../errors.ts';
import type { MemoryDatabase } from '../memory-storage.ts';
import type { Permission } from '../model/permission.ts';
import type { Limits } from '../profiles/profile.ts';
import { newGroup, REGION, ruleWorldOnDatabase } from './rule-support.ts';
import { storedRows } from './group-support.ts';

export { REGION } from './rule-support.ts';
export const OTHER_REGION = 'cn-shanghai';

/**
 * The world of the transfer tests: in cn-hangzhou a source group `groupId`, a second group `peerId` of the
 * same VPC (for group references) and an empty target `targetId`; in cn-shanghai an empty group `remoteId`.
 */
export async function transferWorld(limits: Partial<Limits> = {}) {
  const world = await ruleWorldOnDatabase(limits);
  const { engine, vpcId } = world;
  const peerId = await newGroup(engine, vpcId);
  const targetId = await newGroup(engine, vpcId);
  const { VpcId: remoteVpcId } = await engine.call('CreateVpc', { RegionId: OTHER_REGION, CidrBlock: '10.0.0.0/8' });
  const { SecurityGroupId: remoteId } = await engine.call('CreateSecurityGroup', {
    RegionId: OTHER_REGION,
    VpcId: remoteVpcId,
  });
  return { ...world, peerId, targetId, remoteId };
}

/** A rule's content: what export and import must keep (IDs, times and names aside). */
export function content(p: Permission) {
  const { SecurityGroupRuleId: _id, CreateTime: _time, SourceGroupName: _s, DestGroupName: _d, ...rest } = p;
  return rest;
}

export async function rulesIn(engine: Engine, groupId: string, regionId = REGION): Promise<Permission[]> {
  const res = await engine.call('DescribeSecurityGroupAttribute', { RegionId: regionId, SecurityGroupId: groupId });
  return res.Permissions.Permission;
}

/**
 * Runs a preview and an import of an untrusted file: neither may crash (a result, or an EngineError that is
 * not InternalError), and nothing may be written beyond the rows the import reports as imported.
 */
export async function importUntrusted(
  engine: Engine,
  db: MemoryDatabase,
  params: { RegionId: string; SecurityGroupId: string; FileName: string; Content: string },
): Promise<{ imported: number; code?: string }> {
  const before = storedRows(db);
  const rulesBefore = await rulesIn(engine, params.SecurityGroupId, params.RegionId);
  const outcome = async (call: Promise<{ Counts: { Imported: number } }>) => {
    try {
      return { imported: (await call).Counts.Imported };
    } catch (error) {
      expect(error).toBeInstanceOf(EngineError);
      expect((error as EngineError).Code).not.toBe('InternalError');
      return { imported: 0, code: (error as EngineError).Code };
    }
  };
  const preview = await outcome(engine.call('PreviewImportSecurityGroupRules', params));
  expect(preview.imported).toBe(0);
  expect(storedRows(db)).toBe(before);
  const result = await outcome(engine.call('ImportSecurityGroupRules', params));
  expect(preview.code).toBe(result.code);
  if (result.imported === 0) {
    expect(storedRows(db)).toBe(before);
  } else {
    const after = await rulesIn(engine, params.SecurityGroupId, params.RegionId);
    expect(after.slice(0, rulesBefore.length)).toEqual(rulesBefore);
    expect(after.length - rulesBefore.length).toBe(result.imported);
  }
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  return result;
}
