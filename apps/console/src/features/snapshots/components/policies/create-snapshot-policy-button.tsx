import { Button, Center, Loader, Modal } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { ApiError } from '../../../../components/api-error.tsx';
import { useEngine } from '../../../../lib/engine-provider.tsx';
import { snapshotRoleQuery } from '../../api/snapshot-queries.ts';
import { useCreateSnapshotPolicy } from '../../api/use-create-snapshot-policy.ts';
import { ServiceLinkedRolePrompt } from './service-linked-role-prompt.tsx';
import { SnapshotPolicyForm } from './snapshot-policy-form.tsx';
import { valuesOfPolicy } from './use-snapshot-policy-form.ts';

/** "Create Snapshot Policy": asks for the service-linked role first when the account has not authorised it. */
export function CreateSnapshotPolicyButton({ regionId }: { regionId: string }) {
  const engine = useEngine();
  const [opened, { open, close }] = useDisclosure(false);
  const role = useQuery({ ...snapshotRoleQuery(engine), enabled: opened });
  const create = useCreateSnapshotPolicy();
  const handleClose = () => {
    create.reset();
    close();
  };
  return (
    <>
      <Button onClick={open}>Create Snapshot Policy</Button>
      <Modal opened={opened} onClose={handleClose} title="Create Snapshot Policy" size="lg" centered>
        {role.isPending ? (
          <Center py="xl">
            <Loader size="sm" aria-label="Loading the service-linked role" />
          </Center>
        ) : role.error ? (
          <ApiError error={role.error} title="Could not check the service-linked role" />
        ) : !role.data ? (
          <ServiceLinkedRolePrompt onCancel={handleClose} />
        ) : (
          <SnapshotPolicyForm
            initialValues={valuesOfPolicy()}
            isModify={false}
            isPending={create.isPending}
            error={create.error}
            submit={(params) => create.mutateAsync({ RegionId: regionId, ...params }).then(handleClose)}
            onCancel={handleClose}
          />
        )}
      </Modal>
    </>
  );
}
