import { Button, Group, NumberInput, Radio, Stack, TextInput } from '@mantine/core';
import { isEngineError } from '@sg/engine';
import { MAX_RETENTION_DAYS, MIN_RETENTION_DAYS, SNAPSHOT_BUCKET_PREFIX } from '@sg/engine/forms';
import { ApiError } from '../../../../components/api-error.tsx';
import { problemText } from '../../../../views/problem-text.ts';
import {
  fieldOfError,
  toPolicyParams,
  useSnapshotPolicyForm,
  type SnapshotPolicyValues,
} from './use-snapshot-policy-form.ts';

interface SnapshotPolicyFormProps {
  initialValues: SnapshotPolicyValues;
  /** Modify keeps OK disabled until something changed. */
  isModify: boolean;
  isPending: boolean;
  /** The last engine error; shown here unless it belongs to a field. */
  error: unknown;
  submit: (params: ReturnType<typeof toPolicyParams>) => Promise<unknown>;
  onCancel: () => void;
}

/** The fields of the Create Snapshot Policy dialog (SEED004), shared with Modify. */
export function SnapshotPolicyForm(props: SnapshotPolicyFormProps) {
  const { initialValues, isModify, isPending, error, submit, onCancel } = props;
  const form = useSnapshotPolicyForm(initialValues);
  const handleSubmit = form.onSubmit((values) => {
    submit(toPolicyParams(values)).catch((failure: unknown) => {
      const field = fieldOfError(failure);
      if (field && isEngineError(failure)) form.setFieldError(field, problemText(failure));
    });
  });
  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack>
        <TextInput label="Policy Name" withAsterisk {...form.getInputProps('SnapshotPolicyName')} />
        <Radio.Group
          label="Status"
          description="Snapshots are created for the associated security groups only while the policy is enabled."
          {...form.getInputProps('Status')}
        >
          <Group mt={6}>
            <Radio value="Enable" label="Enable" />
            <Radio value="Disable" label="Disable" />
          </Group>
        </Radio.Group>
        <NumberInput
          label="Retention Period"
          description={`Days to keep each snapshot, ${MIN_RETENTION_DAYS} to ${MAX_RETENTION_DAYS}. Expired snapshots are deleted automatically.`}
          min={MIN_RETENTION_DAYS}
          max={MAX_RETENTION_DAYS}
          allowDecimal={false}
          // Out-of-range days stay as typed so the engine's own check says why, rather than silently becoming 30.
          clampBehavior="none"
          rightSection="days"
          rightSectionWidth={48}
          {...form.getInputProps('RetentionDays')}
        />
        <TextInput
          label="OSS Storage Configuration"
          description={`The OSS bucket that stores the snapshot data (a name starting with ${SNAPSHOT_BUCKET_PREFIX}). Leave it empty to use the default bucket.`}
          placeholder="Default bucket"
          {...form.getInputProps('OssBucketName')}
        />
        {Boolean(error) && !fieldOfError(error) && <ApiError error={error} title="The snapshot policy was not saved" />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={isPending} disabled={isModify && !form.isDirty()}>
            OK
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
