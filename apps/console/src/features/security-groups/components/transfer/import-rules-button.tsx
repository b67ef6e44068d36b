import { Button } from '@mantine/core';
import { useState } from 'react';
import { OnceOpened } from '../../../../components/once-opened.tsx';
import { lazyNamed } from '../../../../lib/lazy-named.ts';

const ImportRulesDialog = lazyNamed(() => import('./import-rules-dialog.tsx'), 'ImportRulesDialog');

/** "Import Security Group Rule" in the rules toolbar. */
export function ImportRulesButton({ regionId, groupId }: { regionId: string; groupId: string }) {
  const [isOpen, setIsOpen] = useState(false);
  return (
    <>
      <Button variant="default" onClick={() => setIsOpen(true)}>
        Import Security Group Rule
      </Button>
      <OnceOpened opened={isOpen}>
        <ImportRulesDialog regionId={regionId} groupId={groupId} opened={isOpen} onClose={() => setIsOpen(false)} />
      </OnceOpened>
    </>
  );
}
