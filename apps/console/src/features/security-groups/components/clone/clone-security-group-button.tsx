import { Button } from '@mantine/core';
import { useState } from 'react';
import { OnceOpened } from '../../../../components/once-opened.tsx';
import { lazyNamed } from '../../../../lib/lazy-named.ts';
import type { CloneSource } from './use-clone-security-group-form.ts';

const CloneSecurityGroupDialog = lazyNamed(
  () => import('./clone-security-group-dialog.tsx'),
  'CloneSecurityGroupDialog',
);

/** "Clone Security Group" on a group's details page. */
export function CloneSecurityGroupButton({ regionId, group }: { regionId: string; group: CloneSource }) {
  const [isOpen, setIsOpen] = useState(false);
  return (
    <>
      <Button variant="default" onClick={() => setIsOpen(true)}>
        Clone Security Group
      </Button>
      <OnceOpened opened={isOpen}>
        <CloneSecurityGroupDialog regionId={regionId} source={isOpen ? group : null} onClose={() => setIsOpen(false)} />
      </OnceOpened>
    </>
  );
}
