import { describe, expect, it } from 'vitest';
import { expectCode } from '../../test/expect-code.ts';
import { hostEntries, listWorld, newPrefixList, OTHER_REGION, prefixListOf, REGION } from '../../test/list-support.ts';

describe('CreatePrefixList', () => {
  it('creates a regional list with canonical entries: bare addresses become /32, IPv6 is compressed', async () => {
    const { engine } = await listWorld();
    const v4 = await newPrefixList(engine, {
      PrefixListName: 'office-v4',
      Entry: [{ Cidr: '10.0.0.0/8', Description: 'corp' }, { Cidr: ' 192.168.1.1 ' }],
    });
    expect(v4).toMatch(/^pl-bp1[a-z0-9]{17}$/);
    expect(await prefixListOf(engine, v4)).toEqual({
      PrefixListId: v4,
      PrefixListName: 'office-v4',
      Description: '',
      AddressFamily: 'IPv4',
      MaxEntries: 10,
      CreationTime: expect.stringMatching(/Z$/),
      Entries: {
        Entry: [
          { Cidr: '10.0.0.0/8', Description: 'corp' },
          { Cidr: '192.168.1.1/32', Description: '' },
        ],
      },
    });
    const v6 = await newPrefixList(engine, {
      AddressFamily: 'ipv6',
      Description: 'IPv6 ranges',
      Entry: [{ Cidr: '2001:0DB8:0000:0000:0000:0000:0000:0000/32' }, { Cidr: '2001:db8:1::1' }],
    });
    const list = await prefixListOf(engine, v6);
    expect([list.AddressFamily, list.Description]).toEqual(['IPv6', 'IPv6 ranges']);
    expect(list.Entries.Entry.map((e) => e.Cidr)).toEqual(['2001:db8::/32', '2001:db8:1::1/128']);
    // An empty list is fine: entries can come later.
    expect((await prefixListOf(engine, await newPrefixList(engine))).Entries.Entry).toEqual([]);
  });

  it.each([
    [{ PrefixListName: undefined }, 'MissingParameter', 'PrefixListName'],
    [{ PrefixListName: '1office' }, 'InvalidParameter.PrefixListName', 'PrefixListName'],
    [{ PrefixListName: 'o' }, 'InvalidParameter.PrefixListName', 'PrefixListName'],
    [{ PrefixListName: 'com.aliyun.office' }, 'InvalidParameter.PrefixListName', 'PrefixListName'],
    [{ PrefixListName: 'office list' }, 'InvalidParameter.PrefixListName', 'PrefixListName'],
    [{ Description: 'x' }, 'InvalidParameter', 'Description'],
    [{ Description: 'https://example.com' }, 'InvalidParameter', 'Description'],
    [{ AddressFamily: undefined }, 'MissingParameter', 'AddressFamily'],
    [{ AddressFamily: 'IPv5' }, 'InvalidParameter.AddressFamily', 'AddressFamily'],
    [{ MaxEntries: undefined }, 'MissingParameter', 'MaxEntries'],
    [{ MaxEntries: 0 }, 'InvalidParameter', 'MaxEntries'],
    [{ MaxEntries: 201 }, 'InvalidParameter', 'MaxEntries'],
    [{ MaxEntries: 'ten' }, 'InvalidParameter', 'MaxEntries'],
    [{ Entry: 'x' }, 'InvalidParameter', 'Entry'],
    [{ Entry: ['10.0.0.0/8'] }, 'InvalidParameter', 'Entry'],
    [{ Entry: [{ Description: 'no cidr' }] }, 'MissingParameter', 'Entry'],
    [{ Entry: [{ Cidr: '10.0.0.1/8' }] }, 'InvalidParameter.CidrMalformed', 'Entry'],
    [{ Entry: [{ Cidr: '10.0.0.0/33' }] }, 'InvalidParameter.CidrMalformed', 'Entry'],
    [{ Entry: [{ Cidr: 'fe80::/10' }] }, 'InvalidParameter.CidrMalformed', 'Entry'],
    [{ AddressFamily: 'IPv6', Entry: [{ Cidr: '10.0.0.0/8' }] }, 'InvalidParameter.CidrMalformed', 'Entry'],
    [{ AddressFamily: 'IPv6', Entry: [{ Cidr: '2001:db8::1/32' }] }, 'InvalidParameter.CidrMalformed', 'Entry'],
    [{ Entry: [{ Cidr: '10.0.0.0/8', Description: 'x' }] }, 'InvalidParameter', 'Entry'],
    [{ Entry: [{ Cidr: '10.0.0.0/8', Description: 'x'.repeat(33) }] }, 'InvalidParameter', 'Entry'],
    [{ Entry: [{ Cidr: '10.0.0.1' }, { Cidr: '10.0.0.1/32' }] }, 'InvalidParameter.CidrDuplicated', 'Entry'],
    [
      { AddressFamily: 'IPv6', Entry: [{ Cidr: '2001:fd01:0:0:0:0:0:0/32' }, { Cidr: '2001:fd01::/32' }] },
      'InvalidParameter.CidrDuplicated',
      'Entry',
    ],
    [{ MaxEntries: 2, Entry: hostEntries(3) }, 'LimitExceed.MaxEntries', 'Entry'],
    [{ MaxEntries: 200, Entry: hostEntries(201) }, 'LimitExceed.Entry', 'Entry'],
    [{ ClientToken: 'x'.repeat(65) }, 'InvalidClientToken.ValueNotSupported', 'ClientToken'],
    [{ ClientToken: 'tökén' }, 'InvalidClientToken.ValueNotSupported', 'ClientToken'],
    [{ RegionId: 'mars-1' }, 'InvalidRegionId.NotFound', 'RegionId'],
  ])('refuses %j with %s', async (params, code, field) => {
    const { engine } = await listWorld();
    const error = await expectCode(newPrefixList(engine, params as never), code);
    expect(error.Field).toBe(field);
    expect((await engine.call('DescribePrefixLists', { RegionId: REGION })).PrefixLists.PrefixList).toEqual([]);
  });

  it('accepts 200 entries, the most one call and one list may hold', async () => {
    const { engine } = await listWorld();
    const id = await newPrefixList(engine, { MaxEntries: 200, Entry: hostEntries(200) });
    expect((await prefixListOf(engine, id)).Entries.Entry).toHaveLength(200);
  });

  it('caps the prefix lists of a region (LimitExceed.PrefixListPerRegion, 404 as documented)', async () => {
    const { engine } = await listWorld({ prefixListsPerRegion: 2 });
    await newPrefixList(engine);
    await newPrefixList(engine);
    const error = await expectCode(newPrefixList(engine), 'LimitExceed.PrefixListPerRegion');
    expect(error.HttpStatus).toBe(404);
    // The quota is per region.
    await newPrefixList(engine, { RegionId: OTHER_REGION });
  });
});
