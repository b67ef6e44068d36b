import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';

/**
 * Whether the browser keeps this site's storage under pressure (`navigator.storage.persisted()`): browser state,
 * not the engine's, so it has its own key. Without the Storage API (old browsers) the answer is "unknown".
 */
export type Persistence = 'persistent' | 'best-effort' | 'unknown';

const persistenceKey = ['browser-storage', 'persistence'] as const;

export const persistenceQuery = () =>
  queryOptions({
    queryKey: persistenceKey,
    queryFn: async (): Promise<Persistence> => {
      if (!navigator.storage?.persisted) return 'unknown';
      return (await navigator.storage.persisted()) ? 'persistent' : 'best-effort';
    },
  });

/** Asks the browser to keep the data (`navigator.storage.persist()`); the answer replaces the shown state. */
export function useRequestPersistence() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (): Promise<Persistence> => {
      if (!navigator.storage?.persist) return 'unknown';
      return (await navigator.storage.persist()) ? 'persistent' : 'best-effort';
    },
    onSuccess: (answer) => queryClient.setQueryData(persistenceKey, answer),
  });
}
