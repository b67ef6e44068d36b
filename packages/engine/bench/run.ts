import { createManualClock } from '../src/clock.ts';
import { createEngine, type Engine } from '../src/engine.ts';
import { alibabaProfile } from '../src/profiles/alibaba.ts';
import { runEvaluationBenchmarks } from './evaluate.ts';
import { measure, report } from './measure.ts';

/**
 * `pnpm bench`: engine throughput on memory storage. A 1,000-rule group is above the default per-group
 * cap (200), so the benchmark engine raises that cap; the per-interface cap is 1,000 anyway.
 */
const profile = { ...alibabaProfile, limits: { ...alibabaProfile.limits, rulesPerGroup: 1000 } };

async function setup(): Promise<{ engine: Engine; vpcId: string }> {
  const engine = await createEngine({ clock: createManualClock(), idSeed: 'bench', profile });
  const { VpcId } = await engine.call('CreateVpc', { RegionId: 'cn-hangzhou', CidrBlock: '10.0.0.0/8' });
  return { engine, vpcId: VpcId };
}

function permission(i: number) {
  return {
    IpProtocol: 'TCP',
    PortRange: `${(i % 60000) + 1}/${(i % 60000) + 1}`,
    SourceCidrIp: `10.${(i >> 8) & 255}.${i & 255}.0/24`,
    Priority: String((i % 100) + 1),
    Description: `rule ${i}`,
  };
}

async function main() {
  const { engine, vpcId } = await setup();
  const newGroup = async () =>
    (await engine.call('CreateSecurityGroup', { RegionId: 'cn-hangzhou', VpcId: vpcId })).SecurityGroupId;
  const dropGroup = (id: string) =>
    engine.call('DeleteSecurityGroup', { RegionId: 'cn-hangzhou', SecurityGroupId: id });

  console.log('SG Console engine benchmarks (memory storage, one engine, Node', process.version + ')\n');

  report(
    await measure('AuthorizeSecurityGroup: 100 rules in one call (new group)', async () => {
      const id = await newGroup();
      await engine.call('AuthorizeSecurityGroup', {
        RegionId: 'cn-hangzhou',
        SecurityGroupId: id,
        Permissions: Array.from({ length: 100 }, (_, i) => permission(i)),
      });
      await dropGroup(id);
    }),
  );

  report(
    await measure('AuthorizeSecurityGroup: 100 rules, one call each (new group)', async () => {
      const id = await newGroup();
      for (let i = 0; i < 100; i++) {
        await engine.call('AuthorizeSecurityGroup', {
          RegionId: 'cn-hangzhou',
          SecurityGroupId: id,
          Permissions: [permission(i)],
        });
      }
      await dropGroup(id);
    }),
  );

  const big = await newGroup();
  for (let start = 0; start < 1000; start += 100) {
    await engine.call('AuthorizeSecurityGroup', {
      RegionId: 'cn-hangzhou',
      SecurityGroupId: big,
      Permissions: Array.from({ length: 100 }, (_, i) => permission(start + i)),
    });
  }
  report(
    await measure('DescribeSecurityGroupAttribute: 1,000-rule group, MaxResults 1000', () =>
      engine.call('DescribeSecurityGroupAttribute', {
        RegionId: 'cn-hangzhou',
        SecurityGroupId: big,
        MaxResults: 1000,
      }),
    ),
  );
  report(
    await measure('DescribeSecurityGroups: region list with rule counts', () =>
      engine.call('DescribeSecurityGroups', { RegionId: 'cn-hangzhou', MaxResults: 100 }),
    ),
  );
}

await main();
await runEvaluationBenchmarks();
