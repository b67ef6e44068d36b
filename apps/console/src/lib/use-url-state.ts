import { useState } from 'react';
import { useLocation, useSearchParams } from 'react-router';

/** Marks the history entries this hook writes, so it can tell its own writes from other navigations. */
const OWN_WRITE = 'sg-console:url-state';

const isOwnWrite = (state: unknown): boolean =>
  typeof state === 'object' && state !== null && (state as Record<string, unknown>)[OWN_WRITE] === true;

/**
 * Values kept in the URL's query (so a reload or a shared link keeps them) but rendered from local
 * state: the router applies URL updates asynchronously, and an input bound straight to the URL loses
 * characters typed faster than it catches up. Any other navigation (a link to `?addRule=1` while the page stays
 * mounted, Back, Forward) is read again from the URL.
 */
export function useUrlState<K extends string>(
  keys: readonly K[],
): [Record<K, string>, (changes: Partial<Record<K, string>>) => void] {
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const read = () => Object.fromEntries(keys.map((k) => [k, params.get(k) ?? ''])) as Record<K, string>;
  const [values, setValues] = useState(read);
  const [seenKey, setSeenKey] = useState(location.key);
  if (location.key !== seenKey) {
    // Adjusting state to a new location while rendering (React's pattern for state derived from props).
    setSeenKey(location.key);
    if (!isOwnWrite(location.state)) setValues(read());
  }
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
      { replace: true, state: { [OWN_WRITE]: true } },
    );
  };
  return [values, update];
}
