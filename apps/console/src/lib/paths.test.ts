import { matchPath } from 'react-router';
import { describe, expect, it } from 'vitest';
import { paths } from './paths.ts';
import { REGION_ROUTE, routeNames, routeTable, type RouteName } from './route-table.ts';

type Case = { [K in RouteName]: { name: K; args: Parameters<(typeof paths)[K]>; url: string } }[RouteName];

/** Each builder with the URL it gives today: links and bookmarks must not change. */
const cases: Case[] = [
  { name: 'instances', args: ['cn-hangzhou'], url: '/cn-hangzhou/instances' },
  { name: 'instance', args: ['cn-hangzhou', 'i-1'], url: '/cn-hangzhou/instances/i-1/security-groups' },
  { name: 'instance', args: ['cn-hangzhou', 'i-1', 'check-traffic'], url: '/cn-hangzhou/instances/i-1/check-traffic' },
  { name: 'securityGroups', args: ['cn-beijing'], url: '/cn-beijing/security-groups' },
  { name: 'securityGroup', args: ['cn-hangzhou', 'sg-1'], url: '/cn-hangzhou/security-groups/sg-1' },
  {
    name: 'securityGroupRules',
    args: ['cn-hangzhou', 'sg-1', 'egress'],
    url: '/cn-hangzhou/security-groups/sg-1/rules/egress',
  },
  { name: 'securityGroupSnapshots', args: ['cn-hangzhou', 'sg-1'], url: '/cn-hangzhou/security-groups/sg-1/snapshots' },
  {
    name: 'snapshotCompare',
    args: ['cn-hangzhou', 'sg-1', 'sgsnap-1', 'current'],
    url: '/cn-hangzhou/security-groups/sg-1/snapshots/compare?from=sgsnap-1&to=current',
  },
  { name: 'networkInterfaces', args: ['cn-hangzhou'], url: '/cn-hangzhou/network-interfaces' },
  {
    name: 'networkInterface',
    args: ['cn-hangzhou', 'eni-1'],
    url: '/cn-hangzhou/network-interfaces/eni-1/security-groups',
  },
  {
    name: 'networkInterface',
    args: ['cn-hangzhou', 'eni-1', 'effective-rules'],
    url: '/cn-hangzhou/network-interfaces/eni-1/effective-rules',
  },
  { name: 'prefixLists', args: ['cn-hangzhou'], url: '/cn-hangzhou/prefix-lists' },
  { name: 'prefixList', args: ['cn-hangzhou', 'pl-1'], url: '/cn-hangzhou/prefix-lists/pl-1' },
  { name: 'portLists', args: ['cn-hangzhou'], url: '/cn-hangzhou/port-lists' },
  { name: 'portList', args: ['cn-hangzhou', 'prl-1'], url: '/cn-hangzhou/port-lists/prl-1' },
  { name: 'snapshots', args: ['cn-hangzhou'], url: '/cn-hangzhou/security-group-snapshots' },
  { name: 'reachability', args: ['cn-hangzhou'], url: '/cn-hangzhou/reachability' },
  { name: 'vpcs', args: ['cn-hangzhou'], url: '/cn-hangzhou/vpcs' },
  { name: 'vpc', args: ['cn-hangzhou', 'vpc-1'], url: '/cn-hangzhou/vpcs/vpc-1' },
];

const build = ({ name, args }: Case): string => (paths[name] as (...a: (string | undefined)[]) => string)(...args);

describe('paths', () => {
  it('has a case for every route of the table', () => {
    expect(new Set(cases.map((c) => c.name))).toEqual(new Set(routeNames));
  });

  it.each(cases)('$name builds the URL of today', (c) => {
    expect(build(c)).toBe(c.url);
  });

  it.each(cases)("$name builds a URL that its route's pattern matches, with its arguments as the values", (c) => {
    const url = new URL(build(c), 'http://console.test');
    const match = matchPath(routeTable[c.name], url.pathname);
    expect(match?.pathname).toBe(url.pathname);
    // Path parameters in the pattern's order, then the query's values: the builder's arguments, in order.
    const values = [...Object.values(match?.params ?? {}), ...url.searchParams.values()];
    expect(values.filter((v) => v !== undefined).slice(0, c.args.length)).toEqual(c.args);
  });

  it('every pattern lives under the region', () => {
    for (const name of routeNames) expect(routeTable[name].startsWith(`${REGION_ROUTE}/`)).toBe(true);
  });
});
