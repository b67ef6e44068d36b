import { describe, expect, it } from 'vitest';
import { expectCode } from '../../test/expect-code.ts';
import { listWorld, newPortList, portListEntries, REGION } from '../../test/list-support.ts';

async function webPorts() {
  const world = await listWorld();
  const id = await newPortList(world.engine, {
    MaxEntries: 3,
    Entry: [{ PortRange: '80/80', Description: 'http' }, { PortRange: '443/443' }],
  });
  const modify = (params: Record<string, unknown>) =>
    world.engine.call('ModifyPortRangeList', { RegionId: REGION, PortRangeListId: id, ...params });
  return { ...world, id, modify };
}

describe('ModifyPortRangeList', () => {
  it('renames, removes, adds and re-describes entries', async () => {
    const { engine, id, modify } = await webPorts();
    await modify({
      PortRangeListName: 'edge-ports',
      Description: 'edge listeners',
      RemoveEntry: [{ PortRange: '443/443' }],
      AddEntry: [
        { PortRange: '80/80', Description: 'plain http' },
        { PortRange: '8000/8100', Description: 'apps' },
      ],
    });
    expect(await portListEntries(engine, id)).toEqual([
      { PortRange: '80/80', Description: 'plain http' },
      { PortRange: '8000/8100', Description: 'apps' },
    ]);
    const [summary] = (await engine.call('DescribePortRangeLists', { RegionId: REGION, PortRangeListId: [id] }))
      .PortRangeLists;
    expect(summary).toMatchObject({ PortRangeListName: 'edge-ports', Description: 'edge listeners', MaxEntries: 3 });
  });

  it.each([
    [{ PortRangeListId: undefined }, 'MissingParameter', 'PortRangeListId'],
    [{ PortRangeListId: 'prl-nothere' }, 'InvalidPortRangeListId.NotFound', 'PortRangeListId'],
    [{ PortRangeListName: 'a' }, 'InvalidParameter.PortRangeListName', 'PortRangeListName'],
    [{ Description: 'https://x' }, 'InvalidDescription.Malformed', 'Description'],
    [{ AddEntry: [{ PortRange: '22-22' }] }, 'InvalidParameter.PortRange', 'AddEntry'],
    [
      { AddEntry: [{ PortRange: '22/22' }, { PortRange: '22/22' }] },
      'InvalidParameter.PortRangeDuplicated',
      'AddEntry',
    ],
    [
      { RemoveEntry: [{ PortRange: '80/80' }, { PortRange: '80/80' }] },
      'InvalidParameter.PortRangeDuplicated',
      'RemoveEntry',
    ],
    [
      { AddEntry: [{ PortRange: '80/80' }], RemoveEntry: [{ PortRange: '80/80' }] },
      'InvalidParameter.PortRangeDuplicated',
      'RemoveEntry',
    ],
    [{ RemoveEntry: [{ PortRange: '22/22' }] }, 'InvalidParam.Entry', 'RemoveEntry'],
    [{ AddEntry: [{ PortRange: '22/22' }, { PortRange: '23/23' }] }, 'LimitExceed.MaxEntries', 'AddEntry'],
    [
      { AddEntry: Array.from({ length: 201 }, (_, i) => ({ PortRange: `${i + 1}/${i + 1}` })) },
      'LimitExceed.Entry',
      'AddEntry',
    ],
  ])('refuses %j with %s and changes nothing', async (params, code, field) => {
    const { engine, id, modify } = await webPorts();
    const before = await portListEntries(engine, id);
    const error = await expectCode(modify(params), code);
    expect(error.Field).toBe(field);
    expect(await portListEntries(engine, id)).toEqual(before);
  });
});
