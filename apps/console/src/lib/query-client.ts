import { QueryClient } from '@tanstack/react-query';
import type { EngineError } from '@sg/engine';

declare module '@tanstack/react-query' {
  interface Register {
    defaultError: EngineError;
  }
}

/**
 * There is no network: the engine answers from memory, and its errors are deterministic, so retrying
 * or pausing "offline" would only hide them.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { networkMode: 'always', retry: false, staleTime: Infinity, refetchOnWindowFocus: false },
      mutations: { networkMode: 'always', retry: false },
    },
  });
}
