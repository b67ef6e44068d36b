import { Button } from '@mantine/core';
import { useState } from 'react';
import { ImportRulesDialog } from './import-rules-dialog.tsx';

/** "Import Security Group Rule" in the rules toolbar. */
export function ImportRulesButton({ regionId, groupId }: { regionId: string; groupId: string }) {
  const [isOpen, setIsOpen] = useState(false);
  return (
    <>
      <Button variant="default" onClick={() => setIsOpen(true)}>
        Import Security Group Rule
      </Button>
      <ImportRulesDialog regionId={regionId} groupId={groupId} opened={isOpen} onClose={() => setIsOpen(false)} />
    </>
  );
}
