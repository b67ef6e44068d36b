import type { ListKind } from '../../../views/list-views.ts';

/** How the console names each kind of list (its field checks and their codes are the engine's LIST_FIELD_CHECKS). */
export interface ListWords {
  /** The page title and navigation entry (SEED004): "Prefix Lists", "Port Lists". */
  title: string;
  /** "Prefix List", as in "Create Prefix List". */
  noun: string;
  /** "prefix list", inside a sentence. */
  lower: string;
  /** What an entry holds: "CIDR", "Port Range". */
  keyLabel: string;
  keyPlaceholder: string;
}

export const LIST_WORDS: Record<ListKind, ListWords> = {
  prefix: {
    title: 'Prefix Lists',
    noun: 'Prefix List',
    lower: 'prefix list',
    keyLabel: 'CIDR',
    keyPlaceholder: '10.0.0.0/8 or 2001:db8::/32',
  },
  port: {
    title: 'Port Lists',
    noun: 'Port List',
    lower: 'port list',
    keyLabel: 'Port Range',
    keyPlaceholder: '80/80 or 8000/8100',
  },
};
