import { Button } from '@mantine/core';
import { useState } from 'react';
import { OnceOpened } from '../../../../components/once-opened.tsx';
import { lazyNamed } from '../../../../lib/lazy-named.ts';
import type { GroupToDelete } from './delete-security-groups-dialog.tsx';

const DeleteSecurityGroupsDialog = lazyNamed(
  () => import('./delete-security-groups-dialog.tsx'),
  'DeleteSecurityGroupsDialog',
);

interface DeleteSecurityGroupButtonProps {
  regionId: string;
  group: GroupToDelete & { ServiceManaged: boolean };
  onDeleted: () => void;
}

/** "Delete" on a group's details page; `onDeleted` leads away from the page of the deleted group. */
export function DeleteSecurityGroupButton({ regionId, group, onDeleted }: DeleteSecurityGroupButtonProps) {
  const [isOpen, setIsOpen] = useState(false);
  return (
    <>
      <Button color="red" variant="outline" onClick={() => setIsOpen(true)} disabled={group.ServiceManaged}>
        Delete
      </Button>
      <OnceOpened opened={isOpen}>
        <DeleteSecurityGroupsDialog
          regionId={regionId}
          groups={isOpen ? [group] : []}
          onClose={() => setIsOpen(false)}
          onDeleted={onDeleted}
        />
      </OnceOpened>
    </>
  );
}
