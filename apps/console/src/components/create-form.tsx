import { Button, Group, Stack } from '@mantine/core';
import type { EngineError } from '@sg/engine';
import type { FormEvent, ReactNode } from 'react';
import { ApiError } from './api-error.tsx';

interface CreateFormProps {
  /** The form's submit handler, and a refusal about no field (shown in the dialog's alert). */
  submit: { handleSubmit: (event?: FormEvent<HTMLFormElement>) => void; unplacedError: EngineError | null };
  /** The alert's title for a refusal that is about no field, e.g. "The VPC was not created". */
  errorTitle: string;
  isPending: boolean;
  onCancel: () => void;
  children: ReactNode;
}

/**
 * The frame of a create dialog (Create VPC, Create vSwitch, Tencent's and JD's Create Security Group): the fields,
 * an alert for a refusal no field shows, Cancel and OK.
 */
export function CreateForm({ submit, errorTitle, isPending, onCancel, children }: CreateFormProps) {
  return (
    <form onSubmit={submit.handleSubmit} noValidate>
      <Stack gap="md">
        {children}
        {submit.unplacedError && <ApiError error={submit.unplacedError} title={errorTitle} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={isPending}>
            OK
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
