import { describe, expect, it } from 'vitest';
import { expectCode } from '../../test/expect-code.ts';
import { listWorld, newPortList, OTHER_REGION, portListEntries, REGION } from '../../test/list-support.ts';

const ports = (count: number) => Array.from({ length: count }, (_, i) => ({ PortRange: `${i + 1}/${i + 1}` }));

describe('CreatePortRangeList', () => {
  it('creates a regional list of unique a/b ranges', async () => {
    const { engine } = await listWorld();
    const id = await newPortList(engine, {
      MaxEntries: 2000,
      Entry: [{ PortRange: '80/80', Description: 'http' }, { PortRange: '08000/8100' }],
    });
    expect(id).toMatch(/^prl-bp1[a-z0-9]{17}$/);
    expect(await portListEntries(engine, id)).toEqual([
      { PortRange: '80/80', Description: 'http' },
      // Stored without leading zeros, so duplicates compare as numbers.
      { PortRange: '8000/8100', Description: '' },
    ]);
  });

  it.each([
    [{ PortRangeListName: undefined }, 'MissingParameter', 'PortRangeListName'],
    [{ PortRangeListName: '_web' }, 'InvalidParameter.PortRangeListName', 'PortRangeListName'],
    [{ PortRangeListName: 'com.aliyun.web' }, 'InvalidParameter.PortRangeListName', 'PortRangeListName'],
    [{ Description: 'x' }, 'InvalidDescription.Malformed', 'Description'],
    [{ MaxEntries: undefined }, 'MissingParameter', 'MaxEntries'],
    [{ MaxEntries: 0 }, 'InvalidParameter', 'MaxEntries'],
    [{ MaxEntries: 1.5 }, 'InvalidParameter', 'MaxEntries'],
    [{ MaxEntries: 2001 }, 'InvalidOperation.MaxEntriesCountExceed', 'MaxEntries'],
    [{ Entry: [{ PortRange: '80' }] }, 'InvalidParameter.PortRange', 'Entry'],
    [{ Entry: [{ PortRange: '-1/-1' }] }, 'InvalidParameter.PortRange', 'Entry'],
    [{ Entry: [{ PortRange: '200/1' }] }, 'InvalidParameter.PortRange', 'Entry'],
    [{ Entry: [{ PortRange: '0/80' }] }, 'InvalidParameter.PortRange', 'Entry'],
    [{ Entry: [{ PortRange: '1/65536' }] }, 'InvalidParameter.PortRange', 'Entry'],
    [{ Entry: [{}] }, 'MissingParameter', 'Entry'],
    [{ Entry: [42] }, 'InvalidParam.Entry', 'Entry'],
    [{ Entry: [{ PortRange: '80/80', Description: 'h' }] }, 'InvalidParam.Entry', 'Entry'],
    [{ Entry: [{ PortRange: '80/80' }, { PortRange: '080/80' }] }, 'InvalidParameter.PortRangeDuplicated', 'Entry'],
    [{ MaxEntries: 2, Entry: ports(3) }, 'InvalidOperation.EntryCountExceedMaxEntries', 'Entry'],
    [{ MaxEntries: 300, Entry: ports(201) }, 'LimitExceed.Entry', 'Entry'],
  ])('refuses %j with %s', async (params, code, field) => {
    const { engine } = await listWorld();
    const error = await expectCode(newPortList(engine, params as never), code);
    expect(error.Field).toBe(field);
    expect((await engine.call('DescribePortRangeLists', { RegionId: REGION })).PortRangeLists).toEqual([]);
  });

  it('caps the port lists of a region (InvalidOperation.MaxCountExceed)', async () => {
    const { engine } = await listWorld({ portRangeListsPerRegion: 1 });
    await newPortList(engine);
    const error = await expectCode(newPortList(engine), 'InvalidOperation.MaxCountExceed');
    expect(error.HttpStatus).toBe(403);
    await newPortList(engine, { RegionId: OTHER_REGION });
  });
});
