import type { Page } from '@playwright/test';
import { inPage, longestTask, type Timing } from './in-page.ts';

/**
 * The large world's measurements. Set-up goes through the engine the console uses (`window.sgEngine`); what is timed
 * is the console: an in-app navigation (as a link click does it) to the first frame showing the result.
 */
const REGION = 'cn-hangzhou';

/** Navigates inside the app (pushState and popstate, as React Router's links do) and times it to `done`. */
export async function timeNavigation(page: Page, path: string, done: string): Promise<Timing> {
  const { start, end } = await page.evaluate(
    async ({ path, doneSource }) => {
      const cloud = location.pathname.split('/')[1];
      const t0 = performance.now();
      history.pushState({}, '', `/${cloud}${path}`);
      dispatchEvent(new PopStateEvent('popstate'));
      return { start: t0, end: await window.__benchUntil!(doneSource, t0) };
    },
    { path, doneSource: done },
  );
  return { ms: end - start, longestTaskMs: await longestTask(page, start, end) };
}

/** A 1,000-rule group of the large world, and a new 10-rule group in the same VPC. */
export async function bigAndSmallGroups(page: Page): Promise<{ big: string; small: string }> {
  return inPage(
    page,
    async (call, region: string) => {
      type Group = { SecurityGroupId: string; SecurityGroupName: string; VpcId: string };
      const found = (await call('DescribeSecurityGroups', {
        RegionId: region,
        SecurityGroupName: '-1000-rules',
        FuzzyQuery: true,
        MaxResults: 10,
      })) as unknown as { SecurityGroups: { SecurityGroup: Group[] } };
      const big = found.SecurityGroups.SecurityGroup.find((g) => g.SecurityGroupName.endsWith('-1000-rules'))!;
      const { SecurityGroupId: small } = (await call('CreateSecurityGroup', {
        RegionId: region,
        VpcId: big.VpcId,
        SecurityGroupName: 'bench-10-rules',
      })) as { SecurityGroupId: string };
      await call('AuthorizeSecurityGroup', {
        RegionId: region,
        SecurityGroupId: small,
        Permissions: Array.from({ length: 10 }, (_, i) => ({
          IpProtocol: 'TCP',
          PortRange: `${8000 + i}/${8000 + i}`,
          SourceCidrIp: '10.0.0.0/8',
        })),
      });
      return { big: big.SecurityGroupId, small };
    },
    REGION,
  );
}

/**
 * Two snapshots of a 1,000-rule group that differ in 100 rules: the association snapshot, then 100 rules revoked and
 * 100 others authorised, and the snapshot their change window takes (the clock moved past it).
 */
export async function twoSnapshots(page: Page, groupId: string): Promise<{ from: string; to: string }> {
  return inPage(
    page,
    async (call, { region, groupId }: { region: string; groupId: string }) => {
      await call('CreateServiceLinkedRole', { ServiceName: 'securitygroup-snapshot.ecs.aliyuncs.com' });
      await call('CreateSecurityGroupSnapshotPolicy', {
        RegionId: region,
        SnapshotPolicyName: 'bench-diff',
        SecurityGroupIds: [groupId],
      });
      const attr = (await call('DescribeSecurityGroupAttribute', {
        RegionId: region,
        SecurityGroupId: groupId,
        Direction: 'ingress',
        MaxResults: 1000,
      })) as unknown as { Permissions: { Permission: { SecurityGroupRuleId: string }[] } };
      const ruleIds = attr.Permissions.Permission.slice(0, 100).map((p) => p.SecurityGroupRuleId);
      await call('RevokeSecurityGroup', { RegionId: region, SecurityGroupId: groupId, SecurityGroupRuleId: ruleIds });
      await call('AuthorizeSecurityGroup', {
        RegionId: region,
        SecurityGroupId: groupId,
        Permissions: Array.from({ length: 100 }, (_, i) => ({
          IpProtocol: 'UDP',
          PortRange: `${20_000 + i}/${20_000 + i}`,
          SourceCidrIp: '192.168.0.0/16',
        })),
      });
      await call('AdvanceClock', { Minutes: 10 });
      const list = (await call('DescribeSecurityGroupSnapshots', {
        RegionId: region,
        SecurityGroupId: groupId,
      })) as unknown as { Snapshots: { Snapshot: { SnapshotId: string; CreationTime: string }[] } };
      const snaps = [...list.Snapshots.Snapshot].sort((a, b) => a.CreationTime.localeCompare(b.CreationTime));
      return { from: snaps[0]!.SnapshotId, to: snaps.at(-1)!.SnapshotId };
    },
    { region: REGION, groupId },
  );
}

/** Whether DescribeReachability answers for the large VPC, and the code when it refuses. */
export async function reachabilityOfLargeVpc(page: Page): Promise<string> {
  return inPage(
    page,
    async (call, region: string) => {
      const vpcs = (await call('DescribeVpcs', { RegionId: region })) as unknown as {
        Vpcs: { Vpc: { VpcId: string; VpcName: string }[] };
      };
      const vpc = vpcs.Vpcs.Vpc.find((v) => v.VpcName === 'large-vpc')!;
      const t0 = performance.now();
      try {
        await call('DescribeReachability', { RegionId: region, VpcId: vpc.VpcId, IpProtocol: 'TCP', Port: 22 });
        return `answered in ${(performance.now() - t0).toFixed(0)} ms`;
      } catch (error) {
        return `refused: ${(error as { Code?: string }).Code}`;
      }
    },
    REGION,
  );
}
