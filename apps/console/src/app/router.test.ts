import { generatePath, matchRoutes } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { PageHandle } from '../lib/lazy-named.ts';
import { CLOUD_ROUTE, REGION_ROUTE, routeNames, routeTable } from '../lib/route-table.ts';
import { appRoutes } from './router.tsx';

const regionChildren = () =>
  appRoutes()
    .find((r) => r.path === CLOUD_ROUTE)
    ?.children?.find((r) => r.path === REGION_ROUTE)?.children ?? [];

/** URLs of the pattern, each parameter filled with its own name: with every parameter, then without the optional ones. */
const samplesOf = (pattern: string) =>
  [pattern, pattern.replace(/\/:\w+\?/g, '')].map((p) =>
    generatePath(p, Object.fromEntries([...p.matchAll(/:(\w+)/g)].map(([, key]) => [key, `x-${key}`]))),
  );

describe('router', () => {
  it('sends an old link without the cloud to the cloud route, which forwards it to Alibaba', () => {
    const matched = matchRoutes(appRoutes(), '/cn-hangzhou/security-groups/sg-1')?.map((m) => m.route.path);
    expect(matched?.[0]).toBe(CLOUD_ROUTE);
  });

  it('routes exactly the patterns of the route table under the region', () => {
    const routed = regionChildren()
      .filter((r) => !r.index && r.path !== '*')
      .map((r) => r.path);
    expect(routed).toEqual(routeNames.map((name) => routeTable[name]));
  });

  it.each(routeNames)('sends the URLs of %s to the route of its pattern', (name) => {
    for (const url of samplesOf(routeTable[name])) {
      expect(matchRoutes(appRoutes(), url)?.at(-1)?.route.path, url).toBe(routeTable[name]);
    }
  });

  it('gives each page route a handle that loads its page, so the page can load while the world opens', async () => {
    const pageRoutes = regionChildren().filter((r) => !r.index && r.path !== '*');
    expect(pageRoutes.every((r) => typeof (r.handle as PageHandle | undefined)?.preload === 'function')).toBe(true);
    const vpcs = pageRoutes.find((r) => r.path === routeTable.vpcs)?.handle as PageHandle;
    await expect(vpcs.preload()).resolves.toHaveProperty('VpcsPage');
  });
});
