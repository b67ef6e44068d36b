import { Button } from '@mantine/core';
import { useState } from 'react';
import { OnceOpened } from '../../../../components/once-opened.tsx';
import { lazyNamed } from '../../../../lib/lazy-named.ts';

const CreateInstanceDialog = lazyNamed(() => import('./create-instance-dialog.tsx'), 'CreateInstanceDialog');

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
      <OnceOpened opened={opened}>
        <CreateInstanceDialog
          regionId={regionId}
          opened={opened}
          onClose={() => setOpened(false)}
          onCreated={(ids) => {
            setOpened(false);
            onCreated?.(ids);
          }}
        />
      </OnceOpened>
    </>
  );
}
