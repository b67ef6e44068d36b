import { TABLE_NAMES, type TableName } from '@sg/engine';

/** Tells other connections (tabs) which tables a commit changed, so they reload instead of acting on stale data. */
export interface ChangeChannel {
  post(tables: TableName[]): void;
  listen(listener: (tables: TableName[]) => void): () => void;
  close(): void;
}

interface ChangeMessage {
  tables: TableName[];
}

function isChangeMessage(value: unknown): value is ChangeMessage {
  if (!value || typeof value !== 'object') return false;
  const tables = (value as { tables?: unknown }).tables;
  return Array.isArray(tables) && tables.every((t) => (TABLE_NAMES as readonly unknown[]).includes(t));
}

/**
 * One BroadcastChannel object per storage: a channel object never receives its own posts, which is exactly
 * "other connections only". Without BroadcastChannel (old runtimes) changes simply are not announced.
 */
export function openChangeChannel(name: string): ChangeChannel {
  const listeners = new Set<(tables: TableName[]) => void>();
  if (typeof BroadcastChannel === 'undefined') {
    return { post() {}, listen: () => () => undefined, close() {} };
  }
  const channel = new BroadcastChannel(name);
  // Node only: an open channel would keep a script alive after its work is done; browsers lack unref.
  (channel as { unref?: () => void }).unref?.();
  let closed = false;
  channel.onmessage = (event: MessageEvent<unknown>) => {
    // Another build or page may share the name: ignore what is not ours rather than reload on garbage.
    if (!isChangeMessage(event.data)) return;
    const tables = [...event.data.tables];
    listeners.forEach((listener) => listener(tables));
  };
  return {
    post(tables) {
      if (!closed) channel.postMessage({ tables } satisfies ChangeMessage);
    },
    listen(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      closed = true;
      listeners.clear();
      channel.close();
    },
  };
}
