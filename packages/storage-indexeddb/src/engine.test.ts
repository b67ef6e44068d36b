import { afterEach, describe, expect, it } from 'vitest';
import { createEngine } from '@sg/engine';
import { closeAll, freshWorld, openOn } from './fixtures/test-support.ts';

afterEach(closeAll);

describe('the engine on IndexedDB', () => {
  it('keeps a created VPC and the ID sequence across a reopen', async () => {
    const world = freshWorld();
    const first = await createEngine({ storage: await openOn(world), idSeed: 'idb-test' });
    const { VpcId } = await first.call('CreateVpc', { RegionId: 'cn-hangzhou', CidrBlock: '10.0.0.0/8' });
    first.close();

    const storage = await openOn(world);
    const rows = await storage.loadAll();
    expect(rows.vpcs).toEqual([
      { id: VpcId, rev: 1, data: expect.objectContaining({ VpcId, RegionId: 'cn-hangzhou', CidrBlock: '10.0.0.0/8' }) },
    ]);
    expect(rows.meta[0]?.data).toMatchObject({ World: 'empty', IdSeed: 'idb-test' });

    // The reopened engine continues the stored ID counter instead of handing out the same ID again.
    const second = await createEngine({ storage });
    const listed = await second.call('DescribeVpcs', { RegionId: 'cn-hangzhou' });
    expect(listed.Vpcs.Vpc.map((v) => v.VpcId)).toEqual([VpcId]);
    const again = await second.call('CreateVpc', { RegionId: 'cn-hangzhou', CidrBlock: '10.0.0.0/8' });
    expect(again.VpcId).not.toBe(VpcId);
    expect((await storage.loadAll()).vpcs).toHaveLength(2);
    second.close();
  });
});
