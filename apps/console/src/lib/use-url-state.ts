import { useState } from 'react';
import { useSearchParams } from 'react-router';

/**
 * Values kept in the URL's query (so a reload or a shared link keeps them) but rendered from local
 * state: the router applies URL updates asynchronously, and an input bound straight to the URL loses
 * characters typed faster than it catches up.
 */
export function useUrlState<K extends string>(
  keys: readonly K[],
): [Record<K, string>, (changes: Partial<Record<K, string>>) => void] {
  const [params, setParams] = useSearchParams();
  const [values, setValues] = useState(
    () => Object.fromEntries(keys.map((k) => [k, params.get(k) ?? ''])) as Record<K, string>,
  );
  const update = (changes: Partial<Record<K, string>>) => {
    setValues((current) => ({ ...current, ...changes }));
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes) as [string, string | undefined][]) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        return next;
      },
      { replace: true },
    );
  };
  return [values, update];
}
