import { describe, expect, it } from 'vitest';
import {
  listEntryDescriptionProblem,
  listNameProblem,
  parseListPortRange,
  parsePrefixListCidr,
} from './list-fields.ts';

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
