import { expect, type Page } from '@playwright/test';

/** The console's `window.sgEngine` (apps/console/src/lib/expose-engine.ts), as far as these steps use it. */
interface PageEngine {
  call(action: string, params: object): Promise<Record<string, unknown>>;
}

/**
 * Fills the region's VPC of that name with security groups (fill-1, fill-2, ...) until it holds `total`, through the
 * page's engine: the same one door the dialogs use, without a dialog per group. Resolves to how many were added.
 */
export async function fillVpcWithGroups(page: Page, regionId: string, vpcName: string, total: number) {
  await expect.poll(() => page.evaluate(() => 'sgEngine' in window)).toBe(true);
  return page.evaluate(
    async ({ regionId, vpcName, total }) => {
      const engine = (window as unknown as { sgEngine: PageEngine }).sgEngine;
      const vpcs = (await engine.call('DescribeVpcs', { RegionId: regionId, VpcName: vpcName })) as {
        Vpcs: { Vpc: { VpcId: string; VpcName: string }[] };
      };
      const vpc = vpcs.Vpcs.Vpc[0];
      if (!vpc) throw new Error(`No VPC named ${vpcName} in ${regionId}`);
      const groups = (await engine.call('DescribeSecurityGroups', { RegionId: regionId, VpcId: vpc.VpcId })) as {
        TotalCount: number;
      };
      for (let n = groups.TotalCount + 1; n <= total; n += 1) {
        await engine.call('CreateSecurityGroup', {
          RegionId: regionId,
          VpcId: vpc.VpcId,
          SecurityGroupName: `fill-${n}`,
        });
      }
      return Math.max(0, total - groups.TotalCount);
    },
    { regionId, vpcName, total },
  );
}
