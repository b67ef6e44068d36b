/**
 * Prefix lists and port lists (spec §6): named sets of CIDR blocks and of port ranges that rules reference by ID.
 * A rule that names a list matches what the list holds when it is evaluated, so editing a list changes what every
 * referencing rule matches at once. Both are regional; MaxEntries and a prefix list's AddressFamily never change.
 */
import type { Tag } from './security-group.ts';

export type ListAddressFamily = 'IPv4' | 'IPv6';

export interface PrefixListEntry {
  /** Canonical network form: masked, IPv6 zero-compressed and lower-case; a bare address stored as /32 or /128. */
  Cidr: string;
  /** '' or 2–32 characters. */
  Description: string;
}

export interface PrefixList {
  PrefixListId: string;
  RegionId: string;
  PrefixListName: string;
  Description: string;
  AddressFamily: ListAddressFamily;
  /** 1–200. A referencing rule counts as this many rules against the group's and the interface's quotas. */
  MaxEntries: number;
  /** In the order they were added; unique by Cidr. */
  Entries: PrefixListEntry[];
  CreationTime: string;
  /** Absent in worlds stored before list tags: read as `Tags ?? []`. */
  Tags?: Tag[];
  /** Absent in worlds stored before resource groups: read it with `resourceGroupOf`. */
  ResourceGroupId?: string;
}

export interface PortRangeListEntry {
  /** `a/b` with 1 <= a <= b <= 65535, as given (a single port is `80/80`). */
  PortRange: string;
  Description: string;
}

export interface PortRangeList {
  PortRangeListId: string;
  RegionId: string;
  PortRangeListName: string;
  Description: string;
  /** 1–2000. A referencing rule counts as this many rules against the quotas. */
  MaxEntries: number;
  /** Unique by PortRange. */
  Entries: PortRangeListEntry[];
  CreationTime: string;
  /** Absent in worlds stored before list tags: read as `Tags ?? []`. */
  Tags?: Tag[];
  /** Absent in worlds stored before resource groups: read it with `resourceGroupOf`. */
  ResourceGroupId?: string;
}
