import { matchPath } from 'react-router';
import { describe, expect, it } from 'vitest';
import { enterCloud } from './current-cloud.ts';
import { cloudHome, paths, samePageInRegion } from './paths.ts';
import { REGION_ROUTE, routeNames, routeTable, type RouteName } from './route-table.ts';

type Case = { [K in RouteName]: { name: K; args: Parameters<(typeof paths)[K]>; url: string } }[RouteName];

/** Each builder with the URL it gives (an old link without the cloud is sent on to `/alibaba/...`). */
const cases: Case[] = [
  { name: 'instances', args: ['cn-hangzhou'], url: '/alibaba/cn-hangzhou/instances' },
  { name: 'instance', args: ['cn-hangzhou', 'i-1'], url: '/alibaba/cn-hangzhou/instances/i-1/security-groups' },
  {
    name: 'instance',
    args: ['cn-hangzhou', 'i-1', 'check-traffic'],
    url: '/alibaba/cn-hangzhou/instances/i-1/check-traffic',
  },
  { name: 'securityGroups', args: ['cn-beijing'], url: '/alibaba/cn-beijing/security-groups' },
  { name: 'securityGroup', args: ['cn-hangzhou', 'sg-1'], url: '/alibaba/cn-hangzhou/security-groups/sg-1' },
  {
    name: 'securityGroupRules',
    args: ['cn-hangzhou', 'sg-1', 'egress'],
    url: '/alibaba/cn-hangzhou/security-groups/sg-1/rules/egress',
  },
  {
    name: 'securityGroupSnapshots',
    args: ['cn-hangzhou', 'sg-1'],
    url: '/alibaba/cn-hangzhou/security-groups/sg-1/snapshots',
  },
  {
    name: 'snapshotCompare',
    args: ['cn-hangzhou', 'sg-1', 'sgsnap-1', 'current'],
    url: '/alibaba/cn-hangzhou/security-groups/sg-1/snapshots/compare?from=sgsnap-1&to=current',
  },
  { name: 'networkInterfaces', args: ['cn-hangzhou'], url: '/alibaba/cn-hangzhou/network-interfaces' },
  {
    name: 'networkInterface',
    args: ['cn-hangzhou', 'eni-1'],
    url: '/alibaba/cn-hangzhou/network-interfaces/eni-1/security-groups',
  },
  {
    name: 'networkInterface',
    args: ['cn-hangzhou', 'eni-1', 'effective-rules'],
    url: '/alibaba/cn-hangzhou/network-interfaces/eni-1/effective-rules',
  },
  { name: 'prefixLists', args: ['cn-hangzhou'], url: '/alibaba/cn-hangzhou/prefix-lists' },
  { name: 'prefixList', args: ['cn-hangzhou', 'pl-1'], url: '/alibaba/cn-hangzhou/prefix-lists/pl-1' },
  { name: 'portLists', args: ['cn-hangzhou'], url: '/alibaba/cn-hangzhou/port-lists' },
  { name: 'portList', args: ['cn-hangzhou', 'prl-1'], url: '/alibaba/cn-hangzhou/port-lists/prl-1' },
  { name: 'snapshots', args: ['cn-hangzhou'], url: '/alibaba/cn-hangzhou/security-group-snapshots' },
  { name: 'reachability', args: ['cn-hangzhou'], url: '/alibaba/cn-hangzhou/reachability' },
  { name: 'vpcs', args: ['cn-hangzhou'], url: '/alibaba/cn-hangzhou/vpcs' },
  { name: 'vpc', args: ['cn-hangzhou', 'vpc-1'], url: '/alibaba/cn-hangzhou/vpcs/vpc-1' },
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
    // The cloud, then path parameters in the pattern's order, then the query's values: the builder's arguments.
    const [cloud, ...values] = [...Object.values(match?.params ?? {}), ...url.searchParams.values()];
    expect(cloud).toBe('alibaba');
    expect(values.filter((v) => v !== undefined).slice(0, c.args.length)).toEqual(c.args);
  });

  it('builds links in the cloud the console shows', () => {
    enterCloud('tencent');
    try {
      expect(paths.securityGroup('ap-guangzhou', 'sg-1')).toBe('/tencent/ap-guangzhou/security-groups/sg-1');
      expect(samePageInRegion('/tencent/ap-guangzhou/instances/ins-1/check-traffic', 'ap-beijing')).toBe(
        '/tencent/ap-beijing/instances',
      );
    } finally {
      enterCloud('alibaba');
    }
    expect(cloudHome('jdcloud')).toBe('/jdcloud/cn-north-1/security-groups');
  });

  it('every pattern lives under the region', () => {
    for (const name of routeNames) expect(routeTable[name].startsWith(`${REGION_ROUTE}/`)).toBe(true);
  });
});
