import { Button } from '@mantine/core';
import { useState } from 'react';
import { HealthCheckDialog } from './health-check-dialog.tsx';

/** "Health Check" in the rules toolbar. */
export function HealthCheckButton(props: { regionId: string; groupId: string; isReadOnly: boolean }) {
  const [isOpen, setIsOpen] = useState(false);
  return (
    <>
      <Button variant="default" onClick={() => setIsOpen(true)}>
        Health Check
      </Button>
      <HealthCheckDialog {...props} opened={isOpen} onClose={() => setIsOpen(false)} />
    </>
  );
}
