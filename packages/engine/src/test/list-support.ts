import type { Engine } from '../engine.ts';
import type { Limits } from '../profiles/profile.ts';
import type { CreatePortRangeListParams } from '../actions/port-lists/create-port-range-list.ts';
import { REGION, ruleWorldOnDatabase } from './rule-support.ts';
import type { CreatePrefixListParams } from '../actions/prefix-lists/create-prefix-list.ts';

/** Test helpers of the prefix-list and port-list tests: a rule world, lists with defaults, their stored views. */
export { REGION };
export const OTHER_REGION = 'cn-beijing';

/** One VPC, one vSwitch, one basic group (`groupId`), with the given limits; lists are created by the test. */
export async function listWorld(limits: Partial<Limits> = {}) {
  return ruleWorldOnDatabase(limits);
}

export async function newPrefixList(engine: Engine, params: Partial<CreatePrefixListParams> = {}): Promise<string> {
  const res = await engine.call('CreatePrefixList', {
    RegionId: REGION,
    PrefixListName: 'office',
    AddressFamily: 'IPv4',
    MaxEntries: 10,
    ...params,
  });
  return res.PrefixListId;
}

export async function newPortList(engine: Engine, params: Partial<CreatePortRangeListParams> = {}): Promise<string> {
  const res = await engine.call('CreatePortRangeList', {
    RegionId: REGION,
    PortRangeListName: 'web-ports',
    MaxEntries: 10,
    ...params,
  });
  return res.PortRangeListId;
}

export async function prefixListOf(engine: Engine, PrefixListId: string) {
  const { RequestId: _, ...list } = await engine.call('DescribePrefixListAttributes', {
    RegionId: REGION,
    PrefixListId,
  });
  return list;
}

export async function portListEntries(engine: Engine, PortRangeListId: string) {
  const res = await engine.call('DescribePortRangeListEntries', { RegionId: REGION, PortRangeListId });
  return res.Entries;
}

/** `count` distinct IPv4 /32 entries: 10.0.x.y. */
export function hostEntries(count: number): { Cidr: string }[] {
  return Array.from({ length: count }, (_, i) => ({ Cidr: `10.0.${Math.floor(i / 256)}.${i % 256}` }));
}
