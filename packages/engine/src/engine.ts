import { systemClock, isoTime, type Clock } from './clock.ts';
import { conflictError, EngineError, StorageConflictError } from './errors.ts';
import { formatId, formatRequestId } from './ids.ts';
import { registry } from './actions/registry.ts';
import type { ActionContext, ActionDef } from './actions/define.ts';
import type { ActionName, ParamsOf, ResponseOf } from './actions/types.ts';
import type { WorldMeta } from './model/meta.ts';
import type { TableName } from './model/tables.ts';
import { createMemoryStorage } from './memory-storage.ts';
import { alibabaProfile } from './profiles/alibaba.ts';
import type { Profile } from './profiles/profile.ts';
import type { Storage } from './storage.ts';
import { Transaction } from './transaction.ts';
import { World } from './world.ts';
import { buildDemoWorld } from './demo/demo-world.ts';

export type StartingWorld = 'empty' | 'demo';

export interface EngineOptions {
  /** Where the world is kept; in memory by default. The console passes IndexedDB storage. */
  storage?: Storage;
  clock?: Clock;
  /** Same seed, same IDs. */
  idSeed?: string;
  /** What a new (never used) storage starts with. */
  world?: StartingWorld;
  profile?: Profile;
}

export interface EngineChange {
  tables: TableName[];
  /** True when the change came from another connection (another tab). */
  external: boolean;
}

/** Every action also takes `DryRun: true`: validate only, then reject with DryRunOperation. */
export type Call = <A extends ActionName>(
  action: A,
  params: ParamsOf<A> & { DryRun?: boolean },
) => Promise<ResponseOf<A>>;

export interface Engine {
  /** The one door: `call('AuthorizeSecurityGroup', { RegionId, SecurityGroupId, Permissions })`. */
  call: Call;
  /** Runs several calls as one transaction: all their changes are written together, or none. */
  batch<T>(work: (call: Call) => Promise<T>): Promise<T>;
  /** Replaces the whole world with a new empty or demo world, in one transaction. */
  resetWorld(world: StartingWorld): Promise<void>;
  subscribe(listener: (change: EngineChange) => void): () => void;
  readonly clock: Clock;
  readonly profile: Profile;
  close(): void;
}

const META_ID = 'world';

export async function createEngine(options: EngineOptions = {}): Promise<Engine> {
  const storage = options.storage ?? createMemoryStorage();
  const clock = options.clock ?? systemClock;
  const profile = options.profile ?? alibabaProfile;
  const listeners = new Set<(change: EngineChange) => void>();
  let world = World.fromRows(await storage.loadAll());
  let requestCounter = 0;
  let queue: Promise<unknown> = Promise.resolve();

  const emit = (change: EngineChange) => listeners.forEach((l) => l(change));

  /** Calls run one at a time, in order: each sees the world the previous one left. */
  function enqueue<T>(work: () => Promise<T>): Promise<T> {
    const run = queue.then(work);
    queue = run.catch(() => undefined);
    return run;
  }

  async function reload(): Promise<void> {
    world = World.fromRows(await storage.loadAll());
  }

  function seedOf(): string {
    return world.get('meta', META_ID)?.IdSeed ?? options.idSeed ?? 'sg-console';
  }

  function contextFor(tx: Transaction): ActionContext {
    const now = clock.now();
    return {
      tx,
      now,
      time: isoTime(now),
      profile,
      newId(prefix, regionId) {
        const meta = tx.get('meta', META_ID);
        if (!meta) throw new EngineError('InternalError', 'The world has no metadata record.', 500);
        tx.put('meta', META_ID, { ...meta, IdCounter: meta.IdCounter + 1 });
        return formatId(prefix, regionId, meta.IdSeed, meta.IdCounter + 1);
      },
    };
  }

  /** Runs one action inside `outer`: its writes join `outer` only if it succeeds. */
  function runAction(outer: Transaction, action: string, params: unknown, requestId: string): unknown {
    const tx = new Transaction(outer);
    try {
      const def = (registry as Record<string, ActionDef<unknown, unknown>>)[action];
      if (!def) throw new EngineError('InvalidAction.NotFound', `Specified api "${action}" is not found.`, 404);
      const response = def.run(contextFor(tx), params ?? {});
      if (isDryRun(params)) {
        throw new EngineError('DryRunOperation', 'Request validation has been passed with DryRun flag set.', 400);
      }
      if (!def.readOnly) tx.mergeInto(outer);
      return { RequestId: requestId, ...(response as object) };
    } catch (error) {
      throw asEngineError(error, requestId);
    }
  }

  async function commit(tx: Transaction, requestId: string): Promise<void> {
    const changes = tx.changes();
    if (changes.length === 0) return;
    try {
      await storage.commit(changes);
    } catch (error) {
      if (error instanceof StorageConflictError) {
        await reload();
        emit({ tables: [...new Set(changes.map((c) => c.table))], external: true });
        const conflict = conflictError();
        conflict.RequestId = requestId;
        throw conflict;
      }
      throw asEngineError(error, requestId);
    }
    world.apply(changes);
    emit({ tables: [...new Set(changes.map((c) => c.table))], external: false });
  }

  const nextRequestId = () => formatRequestId(seedOf(), ++requestCounter);

  const call: Call = (action, params) =>
    enqueue(async () => {
      const requestId = nextRequestId();
      const tx = new Transaction(world);
      const response = runAction(tx, action, params, requestId);
      await commit(tx, requestId);
      return response as ResponseOf<typeof action>;
    });

  function batch<T>(work: (call: Call) => Promise<T>): Promise<T> {
    return enqueue(async () => {
      const tx = new Transaction(world);
      const inner: Call = async (action, params) =>
        runAction(tx, action, params, nextRequestId()) as ResponseOf<typeof action>;
      const result = await work(inner);
      await commit(tx, nextRequestId());
      return result;
    });
  }

  async function initialise(kind: StartingWorld, replace: boolean): Promise<void> {
    const tx = new Transaction(world);
    if (replace) {
      for (const table of ['vpcs', 'vSwitches', 'instances', 'networkInterfaces', 'securityGroups'] as const) {
        for (const [id] of world.scan(table)) tx.delete(table, id);
      }
    }
    const previous = world.get('meta', META_ID);
    const meta: WorldMeta = {
      IdSeed: previous?.IdSeed ?? options.idSeed ?? 'sg-console',
      IdCounter: previous?.IdCounter ?? 0,
      World: kind,
      CreatedAt: isoTime(clock.now()),
    };
    tx.put('meta', META_ID, meta);
    if (kind === 'demo') {
      const inner: Call = async (action, params) =>
        runAction(tx, action, params, nextRequestId()) as ResponseOf<typeof action>;
      await buildDemoWorld(inner);
    }
    await commit(tx, nextRequestId());
  }

  if (!world.get('meta', META_ID)) {
    try {
      await enqueue(() => initialise(options.world ?? 'demo', false));
    } catch (error) {
      // Another tab initialised the same storage first: use its world.
      if (!(error instanceof EngineError && error.Code === 'InvalidOperation.Conflict')) throw error;
    }
  }

  const stopListening = storage.onExternalChange((tables) => {
    void enqueue(reload).then(() => emit({ tables, external: true }));
  });

  return {
    call,
    batch,
    resetWorld: (kind) => enqueue(() => initialise(kind, true)),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    clock,
    profile,
    close() {
      stopListening();
      storage.close();
    },
  };
}

/** `DryRun: true` validates everything and writes nothing, as the real API's DryRun flag does. */
function isDryRun(params: unknown): boolean {
  const flag = (params as { DryRun?: unknown } | null)?.DryRun;
  return flag === true || flag === 'true';
}

function asEngineError(error: unknown, requestId: string): EngineError {
  const engineError =
    error instanceof EngineError
      ? error
      : new EngineError(
          'InternalError',
          `The request processing has failed due to some unknown error. ${String(error)}`,
          500,
        );
  engineError.RequestId = requestId;
  return engineError;
}
