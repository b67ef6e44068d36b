import { Button } from '@mantine/core';
import { useState } from 'react';
import { CreateInstanceDialog } from './create-instance-dialog.tsx';

/** Opens the Create Instance dialog; `onCreated` gets the new instances' IDs. */
export function CreateInstanceButton({
  regionId,
  onCreated,
}: {
  regionId: string;
  onCreated?: (instanceIds: string[]) => void;
}) {
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button onClick={() => setOpened(true)}>Create Instance</Button>
      <CreateInstanceDialog
        regionId={regionId}
        opened={opened}
        onClose={() => setOpened(false)}
        onCreated={(ids) => {
          setOpened(false);
          onCreated?.(ids);
        }}
      />
    </>
  );
}
