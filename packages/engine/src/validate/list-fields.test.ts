import { describe, expect, it } from 'vitest';
import {
  LIST_FIELD_CHECKS,
  listEntryDescriptionProblem,
  listNameProblem,
  parseListPortRange,
  parsePrefixListCidr,
} from './list-fields.ts';
import { listWorld, REGION } from '../test/list-support.ts';

describe('list field rules', () => {
  it('names: 2–128 characters from a letter, no reserved start', () => {
    for (const ok of ['office', 'Büro_1', '办公室-v4', 'a:b.c']) expect(listNameProblem(ok, 'X')).toBeNull();
    for (const bad of ['', 'o', '1office', 'com.aliyun.x', 'COM.AlibabaCloud.y', 'http://x', 'a b', 'a'.repeat(129)]) {
      expect(listNameProblem(bad, 'InvalidParameter.PrefixListName')?.Code).toBe('InvalidParameter.PrefixListName');
    }
  });

  it('entry descriptions: empty, or 2–32 characters without a URL start', () => {
    expect(listEntryDescriptionProblem('', 'C', 'Entry.1')).toBeNull();
    expect(listEntryDescriptionProblem('hq', 'C', 'Entry.1')).toBeNull();
    for (const bad of ['x', 'x'.repeat(33), 'https://a']) {
      expect(listEntryDescriptionProblem(bad, 'C', 'Entry.1')?.Code).toBe('C');
    }
  });

  it('prefix-list CIDRs are canonical, of the list family, and read back compressed', () => {
    expect(parsePrefixListCidr('10.0.0.0/8', 'IPv4', 'Entry.1')).toEqual({ ok: true, value: '10.0.0.0/8' });
    expect(parsePrefixListCidr('10.0.0.1', 'IPv4', 'Entry.1')).toEqual({ ok: true, value: '10.0.0.1/32' });
    expect(parsePrefixListCidr('2001:FD01:0:0:0:0:0:0/32', 'IPv6', 'Entry.1')).toEqual({
      ok: true,
      value: '2001:fd01::/32',
    });
    for (const [text, family] of [
      ['10.0.0.1/8', 'IPv4'],
      ['10.0.0.0/8', 'IPv6'],
      ['::/0', 'IPv4'],
      ['nope', 'IPv4'],
    ] as const) {
      const parsed = parsePrefixListCidr(text, family, 'Entry.1');
      expect(parsed.ok ? '' : parsed.problem.Code).toBe('InvalidParameter.CidrMalformed');
    }
    const hint = parsePrefixListCidr('10.0.0.1/8', 'IPv4', 'Entry.1');
    expect(hint.ok ? '' : hint.problem.Message).toContain('10.0.0.0/8');
  });

  it('port-list ranges are a/b within 1–65535, stored without leading zeros', () => {
    expect(parseListPortRange('0080/080', 'Entry.1')).toEqual({ ok: true, value: '80/80' });
    for (const bad of ['80', '-1/-1', '0/1', '2/1', '1/65536', '1-2']) {
      const parsed = parseListPortRange(bad, 'Entry.1');
      expect(parsed.ok ? '' : parsed.problem.Code).toBe('InvalidParameter.PortRange');
    }
  });
});

describe('LIST_FIELD_CHECKS', () => {
  it('gives each kind of list its own codes, the ones its actions return', async () => {
    const { engine } = await listWorld();
    const cases = [
      ['prefix', 'CreatePrefixList', { PrefixListName: '1bad', AddressFamily: 'IPv4', MaxEntries: 5 }],
      ['port', 'CreatePortRangeList', { PortRangeListName: '1bad', MaxEntries: 5 }],
      ['prefix', 'CreatePrefixList', { PrefixListName: 'ok', Description: 'x', AddressFamily: 'IPv4', MaxEntries: 5 }],
      ['port', 'CreatePortRangeList', { PortRangeListName: 'ok', Description: 'x', MaxEntries: 5 }],
      [
        'prefix',
        'CreatePrefixList',
        {
          PrefixListName: 'ok',
          AddressFamily: 'IPv4',
          MaxEntries: 5,
          Entry: [{ Cidr: '10.0.0.0/8', Description: 'x' }],
        },
      ],
      [
        'port',
        'CreatePortRangeList',
        { PortRangeListName: 'ok', MaxEntries: 5, Entry: [{ PortRange: '80/80', Description: 'x' }] },
      ],
    ] as const;
    const expected = [
      LIST_FIELD_CHECKS.prefix.nameProblem('1bad')?.Code,
      LIST_FIELD_CHECKS.port.nameProblem('1bad')?.Code,
      LIST_FIELD_CHECKS.prefix.descriptionProblem('x')?.Code,
      LIST_FIELD_CHECKS.port.descriptionProblem('x')?.Code,
      LIST_FIELD_CHECKS.prefix.entryDescriptionProblem('x', 'Entry.1')?.Code,
      LIST_FIELD_CHECKS.port.entryDescriptionProblem('x', 'Entry.1')?.Code,
    ];
    expect(expected).toEqual([
      'InvalidParameter.PrefixListName',
      'InvalidParameter.PortRangeListName',
      'InvalidParameter',
      'InvalidDescription.Malformed',
      'InvalidParameter',
      'InvalidParam.Entry',
    ]);
    const returned = [];
    for (const [, action, params] of cases) {
      returned.push(
        await engine.call(action, { RegionId: REGION, ...params } as never).then(
          () => 'accepted',
          (error: { Code: string }) => error.Code,
        ),
      );
    }
    expect(returned).toEqual(expected);
  });

  it("checks an entry's key as the kind reads it", () => {
    expect(LIST_FIELD_CHECKS.prefix.entryKeyProblem('10.0.0.0/8', 'IPv4', 'Entry.1')).toBeNull();
    expect(LIST_FIELD_CHECKS.prefix.entryKeyProblem('10.0.0.1/8', 'IPv4', 'Entry.1')?.Code).toBe(
      'InvalidParameter.CidrMalformed',
    );
    expect(LIST_FIELD_CHECKS.port.entryKeyProblem('80/80', 'IPv4', 'Entry.1')).toBeNull();
    expect(LIST_FIELD_CHECKS.port.entryKeyProblem('-1/-1', 'IPv4', 'Entry.1')?.Code).toBe('InvalidParameter.PortRange');
  });
});
