import { Button, Group, Stack } from '@mantine/core';
import type { EngineError } from '@sg/engine';
import type { FormEvent, ReactNode } from 'react';
import { ApiError } from '../../../components/api-error.tsx';

interface CreateFormProps {
  /** From `useCreateSubmit`. */
  submit: { handleSubmit: (event?: FormEvent<HTMLFormElement>) => void; unplacedError: EngineError | null };
  /** The alert's title for a refusal that is about no field, e.g. "The VPC was not created". */
  errorTitle: string;
  isPending: boolean;
  onCancel: () => void;
  children: ReactNode;
}

/** The frame of Create VPC and Create vSwitch: the fields, an alert for a refusal no field shows, Cancel and OK. */
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
