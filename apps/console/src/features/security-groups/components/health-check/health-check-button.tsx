import { Button } from '@mantine/core';
import { useState } from 'react';
import { OnceOpened } from '../../../../components/once-opened.tsx';
import { lazyNamed } from '../../../../lib/lazy-named.ts';

const HealthCheckDialog = lazyNamed(() => import('./health-check-dialog.tsx'), 'HealthCheckDialog');

/** "Health Check" in the rules toolbar. */
export function HealthCheckButton(props: { regionId: string; groupId: string; isReadOnly: boolean }) {
  const [isOpen, setIsOpen] = useState(false);
  return (
    <>
      <Button variant="default" onClick={() => setIsOpen(true)}>
        Health Check
      </Button>
      <OnceOpened opened={isOpen}>
        <HealthCheckDialog {...props} opened={isOpen} onClose={() => setIsOpen(false)} />
      </OnceOpened>
    </>
  );
}
