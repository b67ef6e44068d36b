import { wrap, type IDBPDatabase } from 'idb';
import { MIGRATIONS, runMigrations, type Migration, type UpgradeTransaction } from './migrations.ts';

export interface ConnectionCallbacks {
  /** Another connection (tab) holds an older version open and does not close: the upgrade waits for it. */
  onBlocked?: () => void;
  /** Another connection wants a newer version (or to delete the database): this one has closed itself. */
  onVersionChange?: () => void;
}

/** Raised when the saved database is newer than this code: an old build opened after a newer one upgraded it. */
export class NewerSchemaError extends Error {
  constructor(name: string, version: number, options?: { cause?: unknown }) {
    super(
      `Database "${name}" was written by a newer version of SG Console than this one (schema ${version}); reload the page.`,
      options,
    );
    this.name = 'NewerSchemaError';
  }
}

/**
 * Opens `name` at `version` on `factory`, running the migrations the stored version lacks.
 * idb's openDB always uses the global indexedDB; this does the same wiring on an injected factory, so tests
 * can give each case its own fresh fake-indexeddb world. `migrations` is replaceable only so tests can make a
 * step fail.
 */
export async function openDatabase(
  factory: IDBFactory,
  name: string,
  version: number,
  callbacks: ConnectionCallbacks = {},
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<IDBPDatabase> {
  const request = factory.open(name, version);
  let upgradeError: unknown;

  request.addEventListener('upgradeneeded', (event) => {
    const tx = wrap(request.transaction!) as unknown as UpgradeTransaction;
    // The open request reports an aborted upgrade as a bare AbortError; the cause is reported below instead.
    tx.done.catch(() => undefined);
    runMigrations(wrap(request.result), tx, event.oldVersion, event.newVersion ?? version, migrations).catch(
      (error: unknown) => {
        upgradeError = error;
        try {
          tx.abort();
        } catch {
          // The transaction already finished; the open request reports that.
        }
      },
    );
  });

  request.addEventListener('blocked', () => {
    // Waiting is correct (the other tab may close), but never silently: someone must tell the user why.
    if (callbacks.onBlocked) callbacks.onBlocked();
    else console.warn(`Opening "${name}" is blocked by another tab holding an older version open.`);
  });

  let db: IDBPDatabase;
  try {
    db = (await wrap(request))!;
  } catch (error) {
    if (upgradeError !== undefined) throw upgradeError;
    if (error instanceof Error && error.name === 'VersionError')
      throw new NewerSchemaError(name, version, { cause: error });
    throw error;
  }

  db.addEventListener('versionchange', () => {
    // Holding on would block the other tab's upgrade forever; close first, then let the console ask for a reload.
    db.close();
    callbacks.onVersionChange?.();
  });
  // 'close' fires only when the browser drops the connection (storage cleared, disk error): same remedy.
  db.addEventListener('close', () => callbacks.onVersionChange?.());
  return db;
}
