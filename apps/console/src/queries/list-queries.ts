import { describeWholeGroup } from './describe-whole-group.ts';
import { queryOptions } from '@tanstack/react-query';
import type { Engine, ListAssociationView } from '@sg/engine';
import {
  portListView,
  prefixListView,
  type AssociatedRuleView,
  type ListDetailView,
  type ListKind,
  type ListSummaryView,
} from '../views/list-views.ts';

/**
 * Prefix lists and port lists: shared by the lists feature (pages) and the security-groups feature (the rule
 * editor's pickers). Each factory asks the engine's Describe* action of the kind and returns the shared views.
 */
export const listKeys = {
  all: ['lists'] as const,
  summaries: (kind: ListKind, regionId: string) => [...listKeys.all, kind, regionId, 'summaries'] as const,
  detail: (kind: ListKind, regionId: string, id: string) => [...listKeys.all, kind, regionId, 'detail', id] as const,
  associatedRules: (kind: ListKind, regionId: string, id: string) =>
    [...listKeys.all, kind, regionId, 'associatedRules', id] as const,
};

/** Follows NextToken to the end: the region quota is 100 lists, the association limit 1,000 groups. */
async function allPages<T>(page: (token: string) => Promise<{ items: T[]; NextToken: string }>): Promise<T[]> {
  const out: T[] = [];
  let token = '';
  do {
    const result = await page(token);
    out.push(...result.items);
    token = result.NextToken;
  } while (token !== '');
  return out;
}

/** Every list of one kind in a region, newest first (the engine's order). */
export function listSummariesQuery(engine: Engine, kind: ListKind, regionId: string) {
  return queryOptions({
    queryKey: listKeys.summaries(kind, regionId),
    queryFn: (): Promise<ListSummaryView[]> =>
      allPages(async (NextToken) => {
        const params = { RegionId: regionId, MaxResults: 100, NextToken: NextToken || undefined };
        if (kind === 'prefix') {
          const res = await engine.call('DescribePrefixLists', params);
          return { items: res.PrefixLists.PrefixList.map(prefixListView), NextToken: res.NextToken };
        }
        const res = await engine.call('DescribePortRangeLists', params);
        return { items: res.PortRangeLists.map(portListView), NextToken: res.NextToken };
      }),
  });
}

async function listDetail(engine: Engine, kind: ListKind, RegionId: string, id: string): Promise<ListDetailView> {
  if (kind === 'prefix') {
    const [attributes, summaries] = await Promise.all([
      engine.call('DescribePrefixListAttributes', { RegionId, PrefixListId: id }),
      engine.call('DescribePrefixLists', { RegionId, PrefixListId: [id] }),
    ]);
    const entries = attributes.Entries.Entry.map((e) => ({ Key: e.Cidr, Description: e.Description }));
    const summary = summaries.PrefixLists.PrefixList[0];
    if (!summary) throw new Error(`The prefix list ${id} is gone.`);
    return { ...prefixListView(summary), Entries: entries };
  }
  const [entries, summaries] = await Promise.all([
    engine.call('DescribePortRangeListEntries', { RegionId, PortRangeListId: id }),
    engine.call('DescribePortRangeLists', { RegionId, PortRangeListId: [id] }),
  ]);
  const summary = summaries.PortRangeLists[0];
  if (!summary) throw new Error(`The port list ${id} is gone.`);
  return {
    ...portListView(summary),
    Entries: entries.Entries.map((e) => ({ Key: e.PortRange, Description: e.Description })),
  };
}

/** One list with its entries (DescribePrefixListAttributes; DescribePortRangeListEntries) and its counts. */
export function listDetailQuery(engine: Engine, kind: ListKind, regionId: string, id: string) {
  return queryOptions({
    queryKey: listKeys.detail(kind, regionId, id),
    queryFn: () => listDetail(engine, kind, regionId, id),
  });
}

/** The groups whose rules reference the list (Describe…ListAssociations), each with those rules, by group ID. */
export function associatedRulesQuery(engine: Engine, kind: ListKind, regionId: string, id: string) {
  return queryOptions({
    queryKey: listKeys.associatedRules(kind, regionId, id),
    queryFn: async (): Promise<AssociatedRuleView[]> => {
      const associations = await allPages<ListAssociationView>(async (NextToken) => {
        const paging = { RegionId: regionId, MaxResults: 100, NextToken: NextToken || undefined };
        if (kind === 'prefix') {
          const res = await engine.call('DescribePrefixListAssociations', { ...paging, PrefixListId: id });
          return { items: res.PrefixListAssociations.PrefixListAssociation, NextToken: res.NextToken };
        }
        const res = await engine.call('DescribePortRangeListAssociations', { ...paging, PortRangeListId: id });
        return { items: res.PortRangeListAssociations, NextToken: res.NextToken };
      });
      const groups = await Promise.all(
        associations.map((a) => describeWholeGroup(engine.call, { RegionId: regionId, SecurityGroupId: a.ResourceId })),
      );
      return associations.flatMap((a, i) => {
        const ruleIds = new Set(a.SecurityGroupRuleIds.SecurityGroupRuleId);
        const rules = groups[i]?.Permissions.Permission.filter((r) => ruleIds.has(r.SecurityGroupRuleId)) ?? [];
        return rules.map((rule) => ({ SecurityGroupId: a.ResourceId, SecurityGroupName: a.SecurityGroupName, rule }));
      });
    },
  });
}
