import type { Page } from '@playwright/test';
import { inPage, timeEngineCall } from './in-page.ts';

/**
 * Builds, through the engine the console uses (`window.sgEngine`), an instance whose interface is in five groups of
 * 200 rules each (1,000 rules, the per-interface cap) in the demo world's prod-vpc, and times a verdict on it that
 * no rule matches (so every rule is looked at): the median of 15 calls, in the page.
 */
export async function verdictOnThousandRules(page: Page): Promise<number> {
  const instanceId = await inPage(
    page,
    async (call, RegionId: string) => {
      const vpcs = (await call('DescribeVpcs', { RegionId })) as {
        Vpcs: { Vpc: { VpcId: string; VpcName: string }[] };
      };
      const vpc = vpcs.Vpcs.Vpc.find((v) => v.VpcName === 'prod-vpc')!;
      const vsws = (await call('DescribeVSwitches', { RegionId, VpcId: vpc.VpcId })) as {
        VSwitches: { VSwitch: { VSwitchId: string }[] };
      };
      const groups: string[] = [];
      for (let g = 0; g < 5; g++) {
        const { SecurityGroupId } = (await call('CreateSecurityGroup', {
          RegionId,
          VpcId: vpc.VpcId,
          SecurityGroupName: `bench-1000-${g}`,
        })) as { SecurityGroupId: string };
        groups.push(SecurityGroupId);
        for (let half = 0; half < 2; half++) {
          await call('AuthorizeSecurityGroup', {
            RegionId,
            SecurityGroupId,
            Permissions: Array.from({ length: 100 }, (_, k) => {
              const i = g * 200 + half * 100 + k;
              return { IpProtocol: 'TCP', PortRange: `${1 + i}/${1 + i}`, SourceCidrIp: `10.${i % 250}.0.0/16` };
            }),
          });
        }
      }
      const run = (await call('RunInstances', {
        RegionId,
        VSwitchId: vsws.VSwitches.VSwitch[0]!.VSwitchId,
        ImageId: 'aliyun_3_x64_20G_alibase_20240101.vhd',
        InstanceName: 'bench-1000-rules',
        SecurityGroupIds: groups,
      })) as { InstanceIdSets: { InstanceIdSet: string[] } };
      return run.InstanceIdSets.InstanceIdSet[0]!;
    },
    'cn-hangzhou',
  );
  return timeEngineCall(page, 'EvaluateTraffic', {
    RegionId: 'cn-hangzhou',
    InstanceId: instanceId,
    Direction: 'ingress',
    IpProtocol: 'TCP',
    Port: 65_000,
    PeerIp: '192.0.2.10',
  });
}
