import { describe, expect, it } from 'vitest';
import { createManualClock } from '../clock.ts';
import { createEngine } from '../engine.ts';
import { MemoryDatabase } from '../memory-storage.ts';
import type { SecurityGroup } from '../model/security-group.ts';
import { alibabaProfile } from '../profiles/alibaba.ts';
import { LARGE_WORLD_LIMITS, largeWorld } from './large-world.ts';

describe('large world', () => {
  it(
    'holds 10,000 instances, 500 groups and 100,000 rules, built through the actions',
    { timeout: 60_000 },
    async () => {
      const db = new MemoryDatabase();
      const profile = { ...alibabaProfile, limits: { ...alibabaProfile.limits, ...LARGE_WORLD_LIMITS } };
      await createEngine({
        storage: db.connect(),
        world: largeWorld,
        clock: createManualClock(),
        idSeed: 'large',
        profile,
      });
      const rows = (table: 'instances' | 'networkInterfaces' | 'securityGroups') => [...db.tables.get(table)!.values()];
      expect(rows('instances')).toHaveLength(10_000);
      expect(rows('networkInterfaces')).toHaveLength(10_000);
      const groups = rows('securityGroups').map((r) => r.data as SecurityGroup);
      expect(groups).toHaveLength(500);
      expect(groups.reduce((sum, g) => sum + g.Rules.length, 0)).toBe(100_000);
    },
  );
});
