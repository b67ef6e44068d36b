import type { ListAddressFamily } from '@sg/engine';
import type { ListEntryView } from '../../../views/list-views.ts';

/** What the Create dialogs send, for either kind; each hook spells it as its action's parameters. */
export interface CreateListInput {
  regionId: string;
  Name: string;
  Description: string;
  /** Prefix lists only. */
  AddressFamily: ListAddressFamily;
  /** As typed: the engine checks it. */
  MaxEntries: number | string;
  Entries: ListEntryView[];
}

/** What the Modify dialogs send: only what changes. */
export interface ModifyListInput {
  regionId: string;
  id: string;
  Name?: string;
  Description?: string;
  /** New entries, and existing ones re-added with a new description. */
  AddEntry: ListEntryView[];
  /** Keys (CIDRs, port ranges) of the entries to remove. */
  RemoveEntry: string[];
}

export interface DeleteListInput {
  regionId: string;
  id: string;
}
