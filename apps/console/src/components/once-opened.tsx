import { Center, Loader } from '@mantine/core';
import { Suspense, useState, type ReactNode } from 'react';

/**
 * Mounts a lazily loaded dialog (see `lazyNamed`) from its first opening on, so its chunk loads only when it is
 * wanted, and keeps it mounted afterwards so it closes with its transition and opens again at once. While the
 * chunk loads, a status says so.
 */
export function OnceOpened({ opened, children }: { opened: boolean; children: ReactNode }) {
  const [wasOpened, setWasOpened] = useState(opened);
  if (opened && !wasOpened) setWasOpened(true);
  if (!wasOpened) return null;
  return <Suspense fallback={<DialogLoading />}>{children}</Suspense>;
}

function DialogLoading() {
  return (
    <Center pos="fixed" inset={0} role="status" aria-label="Loading dialog" style={{ zIndex: 200 }}>
      <Loader />
    </Center>
  );
}
