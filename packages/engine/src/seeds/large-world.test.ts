import { describe, expect, it } from 'vitest';
import { createManualClock } from '../clock.ts';
import { createEngine, type WorldSeed } from '../engine.ts';
import { MemoryDatabase } from '../memory-storage.ts';
import type { Instance } from '../model/instance.ts';
import type { SecurityGroup } from '../model/security-group.ts';
import { alibabaProfile } from '../profiles/alibaba.ts';
import { BIG_GROUP_RULES, LARGE_WORLD_SIZE, largeWorld, largeWorldAt } from './large-world.ts';

async function build(seed: WorldSeed, onBuildProgress?: (done: number, total: number) => void) {
  const db = new MemoryDatabase();
  const engine = await createEngine({
    storage: db.connect(),
    world: seed,
    clock: createManualClock(),
    idSeed: 'large',
    profile: alibabaProfile,
    onBuildProgress,
  });
  const rows = <T>(table: 'instances' | 'networkInterfaces' | 'securityGroups' | 'prefixLists' | 'portRangeLists') =>
    [...db.tables.get(table)!.values()].map((r) => r.data as T);
  return { engine, rows };
}

describe('large world', () => {
  // Half size keeps this test near its old time (the full world takes about 12 s); `pnpm bench` builds the full one.
  it(
    'holds its instances, groups and rules over two regions, four groups at a raised 1,000-rule quota',
    { timeout: 60_000 },
    async () => {
      const reports: [number, number][] = [];
      const { engine, rows } = await build(largeWorldAt(0.5), (done, total) => void reports.push([done, total]));
      const instances = rows<Instance>('instances');
      expect(instances).toHaveLength(5_000);
      expect(new Set(instances.map((i) => i.RegionId))).toEqual(new Set(['cn-hangzhou', 'cn-shanghai']));
      expect(rows('networkInterfaces')).toHaveLength(5_000);
      const groups = rows<SecurityGroup>('securityGroups');
      expect(groups).toHaveLength(250);
      expect(groups.reduce((sum, g) => sum + g.Rules.length, 0)).toBe(50_000);
      expect(groups.filter((g) => g.Rules.length === BIG_GROUP_RULES)).toHaveLength(4);
      const lists = groups
        .flatMap((g) => g.Rules)
        .filter((r) => r.SourcePrefixListId !== '' || r.PortRangeListId !== '');
      expect(lists.length).toBeGreaterThan(0);
      expect(rows('prefixLists')).toHaveLength(20);
      expect(rows('portRangeLists')).toHaveLength(10);
      // The quota increases come with the world: a 1,000-rule group is within this world's quota.
      expect(engine.profile.limits.rulesPerGroup).toBe(1000);
      expect(reports[0]).toEqual([0, 55_000]);
      expect(reports.at(-1)).toEqual([55_000, 55_000]);
    },
  );

  it('is the same world every time, and a smaller scale keeps its big groups and lists', async () => {
    const first = await build(largeWorldAt(0.05));
    const second = await build(largeWorldAt(0.05));
    const groups = first.rows<SecurityGroup>('securityGroups');
    expect(second.rows('securityGroups')).toEqual(groups);
    expect(second.rows('instances')).toEqual(first.rows('instances'));
    expect(first.rows('instances')).toHaveLength(500);
    expect(groups).toHaveLength(25);
    expect(groups.reduce((sum, g) => sum + g.Rules.length, 0)).toBe(5_000);
    expect(groups.filter((g) => g.Rules.length === BIG_GROUP_RULES)).toHaveLength(4);
    expect(first.rows('prefixLists')).toHaveLength(20);
  });

  it('loses its quota increases when the world is reset to another seed', async () => {
    const { engine } = await build(largeWorldAt(0.05));
    await engine.resetWorld({ name: 'empty', build: async () => undefined });
    expect(engine.profile).toBe(alibabaProfile);
  });

  it('is 10,000 instances, 500 groups and 100,000 rules at full size', () => {
    expect(LARGE_WORLD_SIZE).toEqual({ instances: 10_000, groups: 500, rules: 100_000 });
    expect(largeWorld.quotaIncreases).toEqual({ groupsPerRegion: 300, rulesPerGroup: 1000 });
  });

  it('refuses a scale outside (0, 1]', () => {
    expect(() => largeWorldAt(0)).toThrow(RangeError);
    expect(() => largeWorldAt(2)).toThrow(RangeError);
  });
});
