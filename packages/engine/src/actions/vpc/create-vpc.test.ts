import { describe, expect, it } from 'vitest';
import { createManualClock } from '../../clock.ts';
import { createEngine, type Engine } from '../../engine.ts';
import { alibabaProfile } from '../../profiles/alibaba.ts';
import type { Profile } from '../../profiles/profile.ts';
import { expectCode } from '../../test/expect-code.ts';

const REGION = 'cn-hangzhou';

const newEngine = (profile?: Profile) => createEngine({ idSeed: 'test', clock: createManualClock(), profile });

const vpcs = async (engine: Engine) => (await engine.call('DescribeVpcs', { RegionId: REGION })).Vpcs.Vpc;

/** Asserts that CreateVpc refuses these params with the code, on the field, and stores nothing. */
async function expectRefused(engine: Engine, params: Record<string, unknown>, code: string, field?: string) {
  const before = await vpcs(engine);
  const error = await expectCode(engine.call('CreateVpc', { RegionId: REGION, ...params }), code);
  if (field) expect(error.Field).toBe(field);
  expect(await vpcs(engine)).toEqual(before);
}

describe('CreateVpc', () => {
  it('stores the VPC with its name, description and block in network form', async () => {
    const engine = await newEngine();
    const { VpcId } = await engine.call('CreateVpc', {
      RegionId: REGION,
      VpcName: 'prod_vpc-1.a',
      Description: 'Production',
      CidrBlock: '192.168.0.0/16',
    });
    expect(await vpcs(engine)).toEqual([
      expect.objectContaining({
        VpcId,
        VpcName: 'prod_vpc-1.a',
        Description: 'Production',
        CidrBlock: '192.168.0.0/16',
      }),
    ]);
  });

  it("defaults to the profile's block and takes the private ranges' subnets at every allowed mask", async () => {
    const engine = await newEngine();
    await engine.call('CreateVpc', { RegionId: REGION });
    expect((await vpcs(engine))[0]?.CidrBlock).toBe('172.16.0.0/12');
    for (const block of ['10.0.0.0/8', '10.20.0.0/16', '172.31.255.240/28', '192.168.10.0/24']) {
      await engine.call('CreateVpc', { RegionId: REGION, CidrBlock: block });
    }
    expect(await vpcs(engine)).toHaveLength(5);
  });

  it('refuses a malformed block: not CIDR, not IPv4, a bare address, or not the network address', async () => {
    const engine = await newEngine();
    for (const block of ['abc', '10.0.0.0/', '10.0.0.0/33', '10.0.0.256/16', 'fd00::/8', '10.0.0.0', '10.0.0.1/16']) {
      await expectRefused(engine, { CidrBlock: block }, 'InvalidCidrBlock.Malformed', 'CidrBlock');
    }
  });

  it("refuses a mask outside the profile's range and a block outside its private ranges", async () => {
    const engine = await newEngine();
    await expectRefused(engine, { CidrBlock: '10.0.0.0/7' }, 'IllegalParam.CidrBlockMask', 'CidrBlock');
    await expectRefused(engine, { CidrBlock: '192.168.0.0/29' }, 'IllegalParam.CidrBlockMask', 'CidrBlock');
    await expectRefused(engine, { CidrBlock: '0.0.0.0/0' }, 'IllegalParam.CidrBlockMask', 'CidrBlock');
    for (const block of ['8.8.8.0/24', '172.32.0.0/16', '172.0.0.0/8', '192.169.0.0/16', '100.64.0.0/10']) {
      await expectRefused(engine, { CidrBlock: block }, 'InvalidParameter', 'CidrBlock');
    }
  });

  it("takes its ranges and masks from the profile's network rules", async () => {
    const tencentLike: Profile = {
      ...alibabaProfile,
      network: { ...alibabaProfile.network, vpcMask: { min: 12, max: 28 } },
    };
    const engine = await newEngine(tencentLike);
    await expectRefused(engine, { CidrBlock: '10.0.0.0/8' }, 'IllegalParam.CidrBlockMask', 'CidrBlock');
    await engine.call('CreateVpc', { RegionId: REGION, CidrBlock: '10.0.0.0/12' });
    expect(await vpcs(engine)).toHaveLength(1);
  });

  it('refuses a bad name or description', async () => {
    const engine = await newEngine();
    for (const name of ['1vpc', '-vpc', 'http://vpc', 'vpc name', 'a'.repeat(129)]) {
      await expectRefused(engine, { VpcName: name }, 'InvalidVpcName.Malformed', 'VpcName');
    }
    for (const description of ['x', 'https://example.com', 'd'.repeat(257)]) {
      await expectRefused(engine, { Description: description }, 'InvalidVpcDiscription.Malformed', 'Description');
    }
  });

  it('refuses a missing or unknown region', async () => {
    const engine = await newEngine();
    await expectCode(engine.call('CreateVpc', { RegionId: '' }), 'MissingParameter.RegionId');
    await expectCode(engine.call('CreateVpc', { RegionId: 'mars-1' }), 'InvalidRegionId.NotFound');
    expect(await vpcs(engine)).toEqual([]);
  });
});
