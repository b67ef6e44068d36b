import { Button } from '@mantine/core';
import { useState } from 'react';
import { CloneSecurityGroupDialog } from './clone-security-group-dialog.tsx';
import type { CloneSource } from './use-clone-security-group-form.ts';

/** "Clone Security Group" on a group's details page. */
export function CloneSecurityGroupButton({ regionId, group }: { regionId: string; group: CloneSource }) {
  const [isOpen, setIsOpen] = useState(false);
  return (
    <>
      <Button variant="default" onClick={() => setIsOpen(true)}>
        Clone Security Group
      </Button>
      <CloneSecurityGroupDialog regionId={regionId} source={isOpen ? group : null} onClose={() => setIsOpen(false)} />
    </>
  );
}
