import { useForm } from '@mantine/form';
import { isEngineError, type SnapshotPolicyView } from '@sg/engine';
import {
  DEFAULT_RETENTION_DAYS,
  ossBucketNameProblem,
  retentionDaysProblem,
  snapshotPolicyNameProblem,
} from '@sg/engine/forms';
import { problemText } from '../../../../views/problem-text.ts';

/** Field names are the API's parameter names, so an engine error's `Field` names the field to mark. */
export interface SnapshotPolicyValues {
  SnapshotPolicyName: string;
  Status: 'Enable' | 'Disable';
  /** NumberInput gives '' while the field is empty. */
  RetentionDays: number | string;
  OssBucketName: string;
}

const FIELDS: readonly string[] = ['SnapshotPolicyName', 'Status', 'RetentionDays', 'OssBucketName'];

export function valuesOfPolicy(policy?: SnapshotPolicyView): SnapshotPolicyValues {
  return {
    SnapshotPolicyName: policy?.SnapshotPolicyName ?? '',
    Status: policy?.Status === 'Disabled' ? 'Disable' : 'Enable',
    RetentionDays: policy?.RetentionDays ?? DEFAULT_RETENTION_DAYS,
    OssBucketName: policy?.OssBucketName ?? '',
  };
}

/** The Create/Modify Snapshot Policy form, checked early with the engine's own validators. */
export function useSnapshotPolicyForm(initialValues: SnapshotPolicyValues) {
  return useForm<SnapshotPolicyValues>({
    mode: 'controlled',
    initialValues,
    validateInputOnBlur: true,
    validate: {
      SnapshotPolicyName: (value) => problemText(snapshotPolicyNameProblem(value)),
      RetentionDays: (value) => problemText(retentionDaysProblem(value === '' ? NaN : Number(value))),
      OssBucketName: (value) => problemText(ossBucketNameProblem(value.trim())),
    },
  });
}

/** The values as the API takes them. */
export function toPolicyParams(values: SnapshotPolicyValues) {
  return {
    SnapshotPolicyName: values.SnapshotPolicyName,
    Status: values.Status,
    RetentionDays: Number(values.RetentionDays),
    OssBucketName: values.OssBucketName.trim(),
  };
}

/** The form field an engine error is about, or null when the dialog's alert shows it. */
export function fieldOfError(error: unknown): keyof SnapshotPolicyValues | null {
  if (!isEngineError(error)) return null;
  return FIELDS.includes(error.Field ?? '') ? (error.Field as keyof SnapshotPolicyValues) : null;
}
