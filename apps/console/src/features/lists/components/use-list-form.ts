import { useForm } from '@mantine/form';
import { isEngineError, type ListAddressFamily } from '@sg/engine';
import { LIST_FIELD_CHECKS } from '@sg/engine/forms';
import type { ListKind } from '../../../views/list-views.ts';
import { problemText } from '../../../views/problem-text.ts';
import { entryChanges, type EntryRow } from './entry-changes.ts';

export interface ListFormValues {
  Name: string;
  Description: string;
  /** Prefix lists only; fixed once created. */
  AddressFamily: ListAddressFamily;
  /** NumberInput gives '' while empty; fixed once created. */
  MaxEntries: number | string;
  entries: EntryRow[];
}

/**
 * Early checks with the engine's own validators, labelled as the call will be (`Entry.2`, `AddEntry.1`). An empty
 * key is left to the engine (MissingParameter); MaxEntries and what needs the world (duplicates, the count against
 * MaxEntries, quotas) too.
 */
export function validateList(values: ListFormValues, kind: ListKind, param: 'Entry' | 'AddEntry') {
  const checks = LIST_FIELD_CHECKS[kind];
  const found: Record<string, string | null> = {
    Name: problemText(checks.nameProblem(values.Name)),
    Description: problemText(checks.descriptionProblem(values.Description)),
  };
  entryChanges(values.entries).adds.forEach(({ rowIndex, entry }, i) => {
    const label = `${param}.${i + 1}`;
    if (values.entries[rowIndex]?.original === null && entry.Key !== '') {
      found[`entries.${rowIndex}.Key`] = problemText(checks.entryKeyProblem(entry.Key, values.AddressFamily, label));
    }
    found[`entries.${rowIndex}.Description`] = problemText(checks.entryDescriptionProblem(entry.Description, label));
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
