import { Center, Loader } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ApiError } from './api-error.tsx';

interface QueryContentProps<T> {
  query: UseQueryResult<T>;
  /** The loader's accessible name, e.g. "Loading zones". */
  loadingLabel: string;
  errorTitle: string;
  children: (data: T) => ReactNode;
}

/** What a query's data shows, once it is there: a loader while pending, the engine's error if the call failed. */
export function QueryContent<T>({ query, loadingLabel, errorTitle, children }: QueryContentProps<T>) {
  if (query.isPending) {
    return (
      <Center py="xl">
        <Loader size="sm" aria-label={loadingLabel} />
      </Center>
    );
  }
  if (query.isError) return <ApiError error={query.error} title={errorTitle} />;
  return children(query.data);
}
