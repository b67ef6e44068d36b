import type { ListAddressFamily, Permission, PortRangeListSummary, PrefixListSummary } from '@sg/engine';

/**
 * Prefix lists and port lists as the console shows them: one shape for both kinds, so the list pages, the details
 * pages and the rule editor's pickers share their components. Values are the engine's, renamed, never computed.
 */
export type ListKind = 'prefix' | 'port';

export interface ListSummaryView {
  kind: ListKind;
  Id: string;
  Name: string;
  Description: string;
  /** Prefix lists only. */
  AddressFamily: ListAddressFamily | null;
  MaxEntries: number;
  EntryCount: number;
  /** Security groups whose rules reference the list. */
  AssociationCount: number;
  CreationTime: string;
}

/** An entry: a prefix list's Cidr or a port list's PortRange, with its description. */
export interface ListEntryView {
  Key: string;
  Description: string;
}

export interface ListDetailView extends ListSummaryView {
  Entries: ListEntryView[];
}

/** One rule that references a list, with the group that holds it (Associated Security Group Rules). */
export interface AssociatedRuleView {
  SecurityGroupId: string;
  SecurityGroupName: string;
  rule: Permission;
}

export function prefixListView(list: PrefixListSummary): ListSummaryView {
  return {
    kind: 'prefix',
    Id: list.PrefixListId,
    Name: list.PrefixListName,
    Description: list.Description,
    AddressFamily: list.AddressFamily,
    MaxEntries: list.MaxEntries,
    EntryCount: list.EntryCount,
    AssociationCount: list.AssociationCount,
    CreationTime: list.CreationTime,
  };
}

export function portListView(list: PortRangeListSummary): ListSummaryView {
  return {
    kind: 'port',
    Id: list.PortRangeListId,
    Name: list.PortRangeListName,
    Description: list.Description,
    AddressFamily: null,
    MaxEntries: list.MaxEntries,
    EntryCount: list.EntryCount,
    AssociationCount: list.AssociationCount,
    CreationTime: list.CreationTime,
  };
}
