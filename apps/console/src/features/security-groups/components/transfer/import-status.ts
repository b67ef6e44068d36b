import type { ImportCounts, ImportRowStatus } from '@sg/engine';

export interface ImportStatusWording {
  label: string;
  color: string;
  /** The key of the class in the engine's Counts. */
  count: keyof Omit<ImportCounts, 'Total'>;
}

/** How the dialog names and colours each class the engine puts an import row in. */
export function importStatusWording(status: ImportRowStatus): ImportStatusWording {
  switch (status) {
    case 'ready':
      return { label: 'Ready', color: 'blue', count: 'Ready' };
    case 'duplicate':
      return { label: 'Duplicate', color: 'gray', count: 'Duplicate' };
    case 'invalid':
      return { label: 'Invalid', color: 'red', count: 'Invalid' };
    case 'priority-ignored':
      return { label: 'Priority above 100 (ignored)', color: 'orange', count: 'PriorityIgnored' };
    case 'reference-not-possible':
      return { label: 'Reference not possible in this region', color: 'orange', count: 'ReferenceNotPossible' };
    case 'over-limit':
      return { label: 'Over limit', color: 'red', count: 'OverLimit' };
    case 'imported':
      return { label: 'Imported', color: 'green', count: 'Imported' };
  }
}

/** The classes in the order the counts show them. */
export const IMPORT_STATUSES: readonly ImportRowStatus[] = [
  'ready',
  'imported',
  'duplicate',
  'invalid',
  'priority-ignored',
  'reference-not-possible',
  'over-limit',
];
