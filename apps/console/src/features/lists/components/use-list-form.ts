import { useForm } from '@mantine/form';
import {
  descriptionProblem,
  isEngineError,
  listEntryDescriptionProblem,
  listNameProblem,
  parseListPortRange,
  parsePrefixListCidr,
  type ListAddressFamily,
  type Problem,
} from '@sg/engine';
import type { ListKind } from '../../../views/list-views.ts';
import { problemText } from '../../../views/problem-text.ts';
import { entryChanges, type EntryRow } from './entry-changes.ts';
import { LIST_WORDS } from './list-words.ts';

export interface ListFormValues {
  Name: string;
  Description: string;
  /** Prefix lists only; fixed once created. */
  AddressFamily: ListAddressFamily;
  /** NumberInput gives '' while empty; fixed once created. */
  MaxEntries: number | string;
  entries: EntryRow[];
}

function keyProblem(kind: ListKind, text: string, family: ListAddressFamily, label: string): Problem | null {
  const parsed = kind === 'prefix' ? parsePrefixListCidr(text, family, label) : parseListPortRange(text, label);
  return parsed.ok ? null : parsed.problem;
}

/**
 * Early checks with the engine's own validators, labelled as the call will be (`Entry.2`, `AddEntry.1`). An empty
 * key is left to the engine (MissingParameter); MaxEntries and what needs the world (duplicates, the count against
 * MaxEntries, quotas) too.
 */
export function validateList(values: ListFormValues, kind: ListKind, param: 'Entry' | 'AddEntry') {
  const words = LIST_WORDS[kind];
  const found: Record<string, string | null> = {
    Name: problemText(listNameProblem(values.Name, words.nameCode)),
    Description: problemText(descriptionProblem(values.Description, words.descriptionCode)),
  };
  entryChanges(values.entries).adds.forEach(({ rowIndex, entry }, i) => {
    const label = `${param}.${i + 1}`;
    if (values.entries[rowIndex]?.original === null && entry.Key !== '') {
      found[`entries.${rowIndex}.Key`] = problemText(keyProblem(kind, entry.Key, values.AddressFamily, label));
    }
    found[`entries.${rowIndex}.Description`] = problemText(
      listEntryDescriptionProblem(entry.Description, words.entryCode, label),
    );
  });
  return Object.fromEntries(Object.entries(found).filter(([, text]) => text !== null)) as Record<string, string>;
}

export function useListForm(kind: ListKind, initialValues: ListFormValues, param: 'Entry' | 'AddEntry') {
  return useForm<ListFormValues>({
    mode: 'controlled',
    initialValues,
    validateInputOnBlur: true,
    validate: (values) => validateList(values, kind, param),
  });
}

const FIELD_PATHS: Record<string, keyof ListFormValues> = {
  PrefixListName: 'Name',
  PortRangeListName: 'Name',
  Description: 'Description',
  AddressFamily: 'AddressFamily',
  MaxEntries: 'MaxEntries',
};

/** The form field an engine error is about, or null when the dialog's alert shows it. */
export function fieldOfError(error: unknown): keyof ListFormValues | null {
  return isEngineError(error) ? (FIELD_PATHS[error.Field ?? ''] ?? null) : null;
}
