import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

/** A lazily loaded component that can start loading its chunk before it first renders. */
export type LazyNamed<P extends object> = LazyExoticComponent<ComponentType<P>> & { preload: () => Promise<unknown> };

/** What a page route's `handle` holds: CloudRoot starts loading the page's chunk while the world opens. */
export interface PageHandle {
  preload: () => Promise<unknown>;
}

/**
 * A page or dialog loaded from its own chunk the first time it renders (or is preloaded): `React.lazy` for a
 * module's named export. Render it inside a `Suspense` with a loading state (AppLayout's for pages, `OnceOpened`
 * for dialogs). A failed preload is forgotten, so the first render loads again.
 */
export function lazyNamed<K extends string, P extends object>(
  load: () => Promise<{ [key in K]: ComponentType<P> }>,
  name: K,
): LazyNamed<P> {
  let loading: ReturnType<typeof load> | undefined;
  const preload = () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
  return Object.assign(
    lazy(async () => ({ default: (await preload())[name] })),
    { preload },
  );
}
