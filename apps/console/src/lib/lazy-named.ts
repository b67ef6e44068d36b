import { lazy, type ComponentType } from 'react';

/**
 * A page or dialog loaded from its own chunk the first time it renders: `React.lazy` for a module's named export.
 * Render it inside a `Suspense` with a loading state (AppLayout's for pages, `OnceOpened` for dialogs).
 */
export function lazyNamed<K extends string, P extends object>(
  load: () => Promise<{ [key in K]: ComponentType<P> }>,
  name: K,
) {
  return lazy(async () => ({ default: (await load())[name] }));
}
