import { describe, expect, it } from 'vitest';
import type { Engine } from '../../engine.ts';
import { expectCode } from '../../test/expect-code.ts';
import { emptyWorldWithVpc } from '../../test/fixtures.ts';

const REGION = 'cn-hangzhou';

/** The world has one VPC (172.16.0.0/12) with one vSwitch (172.16.1.0/24 in cn-hangzhou-h). */
async function world() {
  const { engine, vpcId, vSwitchId } = await emptyWorldWithVpc();
  const create = (params: Record<string, unknown>) =>
    engine.call('CreateVSwitch', { RegionId: REGION, VpcId: vpcId, ZoneId: 'cn-hangzhou-i', ...params } as never);
  return { engine, vpcId, vSwitchId, create };
}

const vSwitchIds = async (engine: Engine) =>
  (await engine.call('DescribeVSwitches', { RegionId: REGION })).VSwitches.VSwitch.map((v) => v.VSwitchId);

/** Asserts that the call is refused with the code, on the field, and that no vSwitch was stored. */
async function expectRefused(engine: Engine, call: Promise<unknown>, code: string, field: string) {
  const before = await vSwitchIds(engine);
  const error = await expectCode(call, code);
  expect(error.Field).toBe(field);
  expect(await vSwitchIds(engine)).toEqual(before);
}

describe('CreateVSwitch', () => {
  it('stores the vSwitch in its zone with its name, description and block', async () => {
    const { engine, vpcId, create } = await world();
    const { VSwitchId } = await create({ CidrBlock: '172.16.2.0/24', VSwitchName: 'db', Description: 'Databases' });
    const res = await engine.call('DescribeVSwitches', { RegionId: REGION, VSwitchId });
    expect(res.VSwitches.VSwitch[0]).toMatchObject({
      VpcId: vpcId,
      ZoneId: 'cn-hangzhou-i',
      VSwitchName: 'db',
      Description: 'Databases',
      CidrBlock: '172.16.2.0/24',
      AvailableIpAddressCount: 252,
    });
  });

  it('takes every mask from /16 to /29 and blocks that touch without overlapping', async () => {
    const { engine, create } = await world();
    await create({ CidrBlock: '172.17.0.0/16' });
    await create({ CidrBlock: '172.16.0.0/24' });
    await create({ CidrBlock: '172.16.2.0/29' });
    await create({ CidrBlock: '172.16.2.8/29' });
    expect(await vSwitchIds(engine)).toHaveLength(5);
  });

  it('refuses a malformed block and a mask outside /16 to /29', async () => {
    const { engine, create } = await world();
    for (const block of ['172.16.2.0', '172.16.2.1/24', 'fd00::/64', '172.16.2.0/x']) {
      await expectRefused(engine, create({ CidrBlock: block }), 'InvalidCidrBlock.Malformed', 'CidrBlock');
    }
    for (const block of ['172.16.0.0/15', '172.16.2.0/30', '172.16.2.4/32']) {
      await expectRefused(engine, create({ CidrBlock: block }), 'InvalidCirdrBlock.MaskLength', 'CidrBlock');
    }
  });

  it("refuses a block outside the VPC's block", async () => {
    const { engine, create } = await world();
    for (const block of ['10.0.0.0/24', '192.168.1.0/24', '172.32.0.0/16']) {
      await expectRefused(engine, create({ CidrBlock: block }), 'InvalidParameter', 'CidrBlock');
    }
  });

  it('refuses a block that overlaps another vSwitch of the VPC, but not one of another VPC', async () => {
    const { engine, vSwitchId, create } = await world();
    for (const block of ['172.16.1.0/24', '172.16.0.0/16', '172.16.1.128/25']) {
      const error = await expectCode(create({ CidrBlock: block }), 'InvalidCidrBlock.Overlapped');
      expect(error.Message).toContain(vSwitchId);
    }
    const { VpcId: other } = await engine.call('CreateVpc', { RegionId: REGION, CidrBlock: '172.16.0.0/16' });
    await engine.call('CreateVSwitch', {
      RegionId: REGION,
      VpcId: other,
      ZoneId: 'cn-hangzhou-h',
      CidrBlock: '172.16.1.0/24',
    });
    expect(await vSwitchIds(engine)).toHaveLength(2);
    await expectRefused(engine, create({ CidrBlock: '172.16.1.0/26' }), 'InvalidCidrBlock.Overlapped', 'CidrBlock');
  });

  it('refuses a bad name or description', async () => {
    const { engine, create } = await world();
    const block = { CidrBlock: '172.16.9.0/24' };
    for (const name of ['9lives', 'https://vsw', 'a b']) {
      await expectRefused(
        engine,
        create({ ...block, VSwitchName: name }),
        'InvalidVSwitchName.Malformed',
        'VSwitchName',
      );
    }
    for (const description of ['x', 'http://x.example', 'd'.repeat(257)]) {
      await expectRefused(
        engine,
        create({ ...block, Description: description }),
        'InvalidVSwitchDiscription.Malformed',
        'Description',
      );
    }
  });

  it('refuses missing parameters, an unknown VPC or one of another region, and an unknown zone', async () => {
    const { engine, vpcId, create } = await world();
    await expectRefused(engine, create({ VpcId: '', CidrBlock: '172.16.9.0/24' }), 'MissingParameter.VpcId', 'VpcId');
    await expectRefused(
      engine,
      create({ ZoneId: '', CidrBlock: '172.16.9.0/24' }),
      'MissingParameter.ZoneId',
      'ZoneId',
    );
    await expectRefused(engine, create({}), 'MissingParameter.CidrBlock', 'CidrBlock');
    await expectRefused(
      engine,
      create({ VpcId: 'vpc-none', CidrBlock: '172.16.9.0/24' }),
      'InvalidVpcId.NotFound',
      'VpcId',
    );
    const elsewhere = engine.call('CreateVSwitch', {
      RegionId: 'cn-beijing',
      VpcId: vpcId,
      ZoneId: 'cn-beijing-g',
      CidrBlock: '172.16.9.0/24',
    });
    await expectRefused(engine, elsewhere, 'InvalidVpcId.NotFound', 'VpcId');
    await expectRefused(
      engine,
      create({ ZoneId: 'cn-beijing-g', CidrBlock: '172.16.9.0/24' }),
      'InvalidZoneId.NotFound',
      'ZoneId',
    );
  });
});
