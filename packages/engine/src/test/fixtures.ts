import { createManualClock } from '../clock.ts';
import { createEngine, type Engine } from '../engine.ts';

/** An empty world with one VPC and one vSwitch in cn-hangzhou, on memory storage and a test clock. */
export async function emptyWorldWithVpc(
  idSeed = 'test',
): Promise<{ engine: Engine; vpcId: string; vSwitchId: string }> {
  const engine = await createEngine({ idSeed, clock: createManualClock() });
  const { VpcId: vpcId } = await engine.call('CreateVpc', {
    RegionId: 'cn-hangzhou',
    CidrBlock: '172.16.0.0/12',
    VpcName: 'test-vpc',
  });
  const { VSwitchId: vSwitchId } = await engine.call('CreateVSwitch', {
    RegionId: 'cn-hangzhou',
    VpcId: vpcId,
    ZoneId: 'cn-hangzhou-h',
    CidrBlock: '172.16.1.0/24',
    VSwitchName: 'test-vsw',
  });
  return { engine, vpcId, vSwitchId };
}
