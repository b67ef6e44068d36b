import { describe, expect, it } from 'vitest';
import { expectCode } from '../../test/expect-code.ts';
import { hostEntries, listWorld, newPrefixList, OTHER_REGION, prefixListOf, REGION } from '../../test/list-support.ts';

async function officeList() {
  const world = await listWorld();
  const id = await newPrefixList(world.engine, {
    MaxEntries: 4,
    Entry: [{ Cidr: '10.0.0.0/8', Description: 'corp' }, { Cidr: '192.168.0.0/16' }, { Cidr: '203.0.113.7' }],
  });
  const modify = (params: Record<string, unknown>) =>
    world.engine.call('ModifyPrefixList', { RegionId: REGION, PrefixListId: id, ...params });
  return { ...world, id, modify };
}

describe('ModifyPrefixList', () => {
  it('renames, re-describes, removes and adds entries in one call; re-adding a CIDR edits its description', async () => {
    const { engine, id, modify } = await officeList();
    await modify({
      PrefixListName: 'branch',
      Description: 'branch offices',
      RemoveEntry: [{ Cidr: '192.168.0.0/16' }, { Cidr: '203.0.113.7/32' }],
      AddEntry: [
        { Cidr: '10.0.0.0/8', Description: 'corporate' },
        { Cidr: '198.51.100.0/24', Description: 'lab' },
      ],
    });
    expect(await prefixListOf(engine, id)).toMatchObject({
      PrefixListName: 'branch',
      Description: 'branch offices',
      AddressFamily: 'IPv4',
      MaxEntries: 4,
      Entries: {
        Entry: [
          { Cidr: '10.0.0.0/8', Description: 'corporate' },
          { Cidr: '198.51.100.0/24', Description: 'lab' },
        ],
      },
    });
    // Fields left out keep their values.
    await modify({ AddEntry: [{ Cidr: '172.16.0.0/12' }] });
    const list = await prefixListOf(engine, id);
    expect([list.PrefixListName, list.Description, list.Entries.Entry.length]).toEqual(['branch', 'branch offices', 3]);
  });

  it('removing then adding back the same CIDR across calls works; the count may reach MaxEntries exactly', async () => {
    const { engine, id, modify } = await officeList();
    await modify({ RemoveEntry: [{ Cidr: '10.0.0.0/8' }] });
    await modify({ AddEntry: [{ Cidr: '10.0.0.0/8' }, { Cidr: '172.16.0.0/12' }] });
    expect((await prefixListOf(engine, id)).Entries.Entry.map((e) => e.Cidr)).toEqual([
      '192.168.0.0/16',
      '203.0.113.7/32',
      '10.0.0.0/8',
      '172.16.0.0/12',
    ]);
  });

  it.each([
    [{ PrefixListId: undefined }, 'MissingParameter', 'PrefixListId'],
    [{ PrefixListId: 'pl-nothere' }, 'InvalidPrefixListId.NotFound', 'PrefixListId'],
    [{ PrefixListName: '-branch' }, 'InvalidParameter.PrefixListName', 'PrefixListName'],
    [{ PrefixListName: 'com.alibabacloud.x' }, 'InvalidParameter.PrefixListName', 'PrefixListName'],
    [{ Description: 'http://x' }, 'InvalidParameter', 'Description'],
    [{ AddEntry: [{ Cidr: '10.1.0.0/8' }] }, 'InvalidParameter.CidrMalformed', 'AddEntry'],
    [{ AddEntry: [{ Cidr: '2001:db8::/32' }] }, 'InvalidParameter.CidrMalformed', 'AddEntry'],
    [{ AddEntry: [{ Cidr: '1.1.1.1' }, { Cidr: '1.1.1.1/32' }] }, 'InvalidParameter.CidrDuplicated', 'AddEntry'],
    [
      { RemoveEntry: [{ Cidr: '10.0.0.0/8' }, { Cidr: '10.0.0.0/8' }] },
      'InvalidParameter.CidrDuplicated',
      'RemoveEntry',
    ],
    [
      { AddEntry: [{ Cidr: '10.0.0.0/8', Description: 'again' }], RemoveEntry: [{ Cidr: '10.0.0.0/8' }] },
      'InvalidParameter.CidrDuplicated',
      'RemoveEntry',
    ],
    [{ RemoveEntry: [{ Cidr: '172.16.0.0/12' }] }, 'InvalidParameter', 'RemoveEntry'],
    [{ RemoveEntry: [{}] }, 'MissingParameter', 'RemoveEntry'],
    [{ AddEntry: [{ Cidr: '172.16.0.0/12', Description: 'https://x' }] }, 'InvalidParameter', 'AddEntry'],
    [{ AddEntry: hostEntries(2) }, 'LimitExceed.MaxEntries', 'AddEntry'],
    [{ AddEntry: hostEntries(201) }, 'LimitExceed.Entry', 'AddEntry'],
    [{ RemoveEntry: hostEntries(201) }, 'LimitExceed.Entry', 'RemoveEntry'],
  ])('refuses %j with %s and changes nothing', async (params, code, field) => {
    const { engine, id, modify } = await officeList();
    const before = await prefixListOf(engine, id);
    const error = await expectCode(modify(params), code);
    expect(error.Field).toBe(field);
    expect(await prefixListOf(engine, id)).toEqual(before);
  });

  it('cannot see a list of another region', async () => {
    const { engine, id } = await officeList();
    await expectCode(
      engine.call('ModifyPrefixList', { RegionId: OTHER_REGION, PrefixListId: id, PrefixListName: 'x1' }),
      'InvalidPrefixListId.NotFound',
    );
  });

  it('keeps MaxEntries and AddressFamily: they are not parameters of Modify', async () => {
    const { engine, id, modify } = await officeList();
    await modify({ MaxEntries: 200, AddressFamily: 'IPv6' });
    expect(await prefixListOf(engine, id)).toMatchObject({ MaxEntries: 4, AddressFamily: 'IPv4' });
  });
});
