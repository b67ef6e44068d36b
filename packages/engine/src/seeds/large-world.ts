import type { Call, WorldSeed } from '../engine.ts';
import type { Limits } from '../profiles/profile.ts';

const REGION = 'cn-hangzhou';
const GROUPS = 500;
const RULES_PER_GROUP = 200;
const INSTANCES = 10_000;
const GROUPS_PER_INSTANCE = 5;

/** The quotas above the defaults that this world needs: 500 groups in one region (the default is lower). */
export const LARGE_WORLD_LIMITS: Partial<Limits> = { groupsPerRegion: GROUPS };

/**
 * A world for measuring at scale: 500 groups × 200 rules (the default per-group cap) = 100,000 rules; 10,000
 * instances in batches of 100, each batch in 5 consecutive groups (1,000 rules: exactly the per-interface cap). Every
 * third group isolates its members (Drop). Built through the actions, so it obeys every rule a user's world does;
 * deterministic (no randomness), so the same ID seed gives the same world.
 */
export const largeWorld: WorldSeed = { name: 'large', build: buildLargeWorld };

async function buildLargeWorld(call: Call): Promise<void> {
  const { VpcId } = await call('CreateVpc', { RegionId: REGION, CidrBlock: '10.0.0.0/8' });
  const { VSwitchId } = await call('CreateVSwitch', {
    RegionId: REGION,
    VpcId,
    ZoneId: 'cn-hangzhou-h',
    CidrBlock: '10.64.0.0/18',
  });
  const ids: string[] = [];
  for (let g = 0; g < GROUPS; g++)
    ids.push((await call('CreateSecurityGroup', { RegionId: REGION, VpcId })).SecurityGroupId);
  for (let g = 0; g < GROUPS; g++) {
    if (g % 3 === 0)
      await call('ModifySecurityGroupPolicy', {
        RegionId: REGION,
        SecurityGroupId: ids[g]!,
        InnerAccessPolicy: 'Drop',
      });
    for (let half = 0; half < 2; half++) {
      const Permissions = Array.from({ length: RULES_PER_GROUP / 2 }, (_, k) => {
        const i = half * (RULES_PER_GROUP / 2) + k;
        // Never the group itself (a self-reference is refused); at most 4 group rules per group (the cap is 20).
        if (i % 50 === 0)
          return { IpProtocol: 'TCP', PortRange: '22/22', SourceGroupId: ids[(g + 1 + i) % GROUPS], Priority: '5' };
        if (i % 40 === 1)
          return {
            Direction: 'egress',
            IpProtocol: 'TCP',
            PortRange: `${8000 + i}/${8000 + i}`,
            DestCidrIp: '0.0.0.0/0',
            Policy: 'drop',
          };
        const port =
          i % 9 === 0
            ? '22/22'
            : `${1024 + ((g * RULES_PER_GROUP + i) % 60000)}/${1024 + ((g * RULES_PER_GROUP + i) % 60000)}`;
        return {
          IpProtocol: 'TCP',
          PortRange: port,
          SourceCidrIp: `10.64.${(g + i) % 64}.${(i * 16) % 256}/28`,
          Policy: i % 11 === 0 ? 'drop' : 'accept',
          Priority: String((i % 100) + 1),
        };
      });
      const egress = Permissions.filter((p) => 'Direction' in p).map(({ Direction: _, ...p }) => p);
      const ingress = Permissions.filter((p) => !('Direction' in p));
      await call('AuthorizeSecurityGroup', { RegionId: REGION, SecurityGroupId: ids[g]!, Permissions: ingress });
      if (egress.length > 0)
        await call('AuthorizeSecurityGroupEgress', {
          RegionId: REGION,
          SecurityGroupId: ids[g]!,
          Permissions: egress,
        });
    }
  }
  for (let b = 0; b < INSTANCES / 100; b++) {
    const SecurityGroupIds = Array.from(
      { length: GROUPS_PER_INSTANCE },
      (_, j) => ids[(b * GROUPS_PER_INSTANCE + j) % GROUPS]!,
    );
    await call('RunInstances', {
      RegionId: REGION,
      VSwitchId,
      ImageId: 'aliyun_3_x64_20G_alibase_20240101.vhd',
      Amount: 100,
      SecurityGroupIds,
    });
  }
}
