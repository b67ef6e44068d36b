import { Menu } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { persistenceQuery, useRequestPersistence, type Persistence } from '../api/storage-persistence-queries.ts';

const SAID: Record<Persistence, string> = {
  persistent: 'Storage: kept by the browser',
  'best-effort': 'Storage: the browser may clear it when space runs low',
  unknown: 'Storage: this browser does not say whether it keeps it',
};

/** The World menu's storage lines: whether the browser keeps the worlds, and a way to ask it to. */
export function StoragePersistenceItems() {
  const persistence = useQuery(persistenceQuery());
  const request = useRequestPersistence();
  const state = request.data ?? persistence.data ?? 'unknown';
  return (
    <>
      <Menu.Label>{SAID[state]}</Menu.Label>
      {state === 'best-effort' && (
        <Menu.Item closeMenuOnClick={false} onClick={() => request.mutate()} disabled={request.isPending}>
          Ask the browser to keep this data
        </Menu.Item>
      )}
    </>
  );
}
