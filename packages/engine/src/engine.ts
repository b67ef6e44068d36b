import { systemClock, isoTime, type Clock } from './clock.ts';
import { conflictError, EngineError, StorageConflictError } from './errors.ts';
import { formatId, formatRequestId } from './ids.ts';
import { registry } from './actions/registry.ts';
import type { ActionDef } from './actions/define.ts';
import { runIdempotent } from './actions/client-token.ts';
import type { ActionContext } from './context.ts';
import type { ActionName, ParamsOf, ResponseOf } from './actions/types.ts';
import type { WorldMeta } from './model/meta.ts';
import { settingsOf } from './model/settings.ts';
import { TABLE_NAMES, type TableName } from './model/tables.ts';
import { createMemoryStorage } from './memory-storage.ts';
import { alibabaProfile } from './profiles/alibaba.ts';
import { problemInCloudTerms } from './profiles/cloud-errors.ts';
import type { Profile } from './profiles/profile.ts';
import { withQuotaIncreases, type QuotaIncreases } from './profiles/quota-increases.ts';
import type { Storage } from './storage.ts';
import { Transaction } from './transaction.ts';
import { stampRuleVersions } from './rule-versions.ts';
import { World } from './world.ts';
import { runDueWork } from './snapshots/run-due-work.ts';
import { trackRuleChanges } from './snapshots/track-rule-changes.ts';

/**
 * What a new world is built from: a name stored with the world (`WorldMeta.World`) and a builder that makes the
 * world through the one door, inside the transaction that creates it. Seeds live in `src/seeds/` (the demo world,
 * the large world); the engine knows none of them but the empty one.
 */
export interface WorldSeed {
  readonly name: string;
  /**
   * Quotas this world has above the profile's (as the real console's quota increases grant them), stored with the
   * world (`WorldMeta.QuotaIncreases`) before `build` runs: a later reset to another seed drops them.
   */
  readonly quotaIncreases?: QuotaIncreases;
  /** `progress(done, total)` between calls lets a long build report how far it is and lets the caller breathe. */
  build(call: Call, progress: BuildProgress): Promise<void>;
}

/**
 * How far a world's build is, in the seed's own units. Awaited: the caller may yield to the event loop there (the
 * console does, so a large build neither freezes the page nor hides its progress).
 */
export type BuildProgress = (done: number, total: number) => Promise<void> | void;

/** Nothing but the world's bookkeeping: the default for a never-used storage. */
export const emptyWorld: WorldSeed = { name: 'empty', build: async () => undefined };

export interface EngineOptions {
  /** Where the world is kept; in memory by default. The console passes IndexedDB storage. */
  storage?: Storage;
  clock?: Clock;
  /** Same seed, same IDs. */
  idSeed?: string;
  /** What a new (never used) storage starts with; the empty world unless given. */
  world?: WorldSeed;
  /** Told how far the build of `world` is, on a never-used storage only. */
  onBuildProgress?: BuildProgress;
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
  /** Replaces the whole world with a new one built from `seed`, in one transaction; `onProgress` as the build goes. */
  resetWorld(seed: WorldSeed, onProgress?: BuildProgress): Promise<void>;
  /**
   * Reloads the world if the storage moved on without a change notice reaching this engine (the other tab died
   * between its commit and its notice, or the channel is missing); true when it did. The console calls it on focus.
   */
  catchUp(): Promise<boolean>;
  subscribe(listener: (change: EngineChange) => void): () => void;
  /** Takes the snapshots and expiries that are due (RunScheduledTasks); the console calls it on a timer. */
  runDueWork(): Promise<ResponseOf<'RunScheduledTasks'>>;
  /** The injected clock. The world's time is this plus the simulated offset (AdvanceClock, DescribeClock). */
  readonly clock: Clock;
  /** The cloud's profile, its limits raised by the world's quota increases (`WorldSeed.quotaIncreases`). */
  readonly profile: Profile;
  close(): void;
}

const META_ID = 'world';
/** Runs the due work itself, to report what it did; every other call runs it first. */
const SCHEDULER_ACTION = 'RunScheduledTasks';

export async function createEngine(options: EngineOptions = {}): Promise<Engine> {
  const storage = options.storage ?? createMemoryStorage();
  const clock = options.clock ?? systemClock;
  const profile = options.profile ?? alibabaProfile;
  const listeners = new Set<(change: EngineChange) => void>();
  let world = await loadWorld(storage);
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
    world = await loadWorld(storage);
  }

  function seedOf(): string {
    return world.get('meta', META_ID)?.IdSeed ?? options.idSeed ?? 'sg-console';
  }

  /** The seed being built: its quota increases hold before its meta row is committed. */
  let building: WorldSeed | null = null;

  /**
   * The profile as this world has it: with the quota increases stored with the world. Read outside the call's
   * transaction: they change only with the whole world, so they must not make every call conflict with ID minting.
   */
  const currentProfile = () =>
    withQuotaIncreases(profile, building ? building.quotaIncreases : world.get('meta', META_ID)?.QuotaIncreases);

  /** The world's time: the injected clock moved on by the simulated offset stored with the world. */
  const effectiveNow = (tx: Transaction) => clock.now() + settingsOf(tx).ClockOffsetMs;

  function contextFor(tx: Transaction): ActionContext {
    const now = effectiveNow(tx);
    return {
      tx,
      now,
      time: isoTime(now),
      profile: currentProfile(),
      newId(prefix, regionId) {
        const meta = tx.get('meta', META_ID);
        if (!meta) throw new EngineError('InternalError', 'The world has no metadata record.', 500);
        tx.put('meta', META_ID, { ...meta, IdCounter: meta.IdCounter + 1 });
        return formatId(prefix, regionId, meta.IdSeed, meta.IdCounter + 1, profile.ids);
      },
    };
  }

  /** Runs one action inside `outer`: its writes join `outer` only if it succeeds. */
  function runAction(outer: Transaction, action: string, params: unknown, requestId: string): unknown {
    const tx = new Transaction(outer);
    try {
      const def = (registry as Record<string, ActionDef<unknown, unknown>>)[action];
      if (!def) throw new EngineError('InvalidAction.NotFound', `Specified api "${action}" is not found.`, 404);
      const ctx = contextFor(tx);
      const given = (params ?? {}) as Record<string, unknown>;
      const response = def.clientToken
        ? runIdempotent(ctx, action, given, () => def.run(ctx, given))
        : def.run(ctx, given);
      if (isDryRun(params)) {
        throw new EngineError('DryRunOperation', 'Request validation has been passed with DryRun flag set.', 400);
      }
      if (!def.readOnly) tx.mergeInto(outer);
      return { RequestId: requestId, ...(response as object) };
    } catch (error) {
      throw inCloudTerms(asEngineError(error, requestId), profile);
    }
  }

  /** `pause`: called between slices of the world's update, for a whole world's build (see World.applyInSlices). */
  async function commit(tx: Transaction, requestId: string, pause?: () => Promise<void>): Promise<void> {
    // Before the changes are listed: a rule change opens a snapshot window in the same commit.
    trackRuleChanges(tx, world, effectiveNow(tx));
    stampRuleVersions(tx, world);
    const changes = tx.changes();
    if (changes.length === 0) return;
    try {
      // What the actions read counts too: another tab may have changed it since (write skew, not only lost updates).
      await storage.commit(changes, tx.reads());
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
    if (pause) await world.applyInSlices(changes, pause);
    else world.apply(changes);
    emit({ tables: [...new Set(changes.map((c) => c.table))], external: false });
  }

  const nextRequestId = () => formatRequestId(seedOf(), ++requestCounter);

  /**
   * Due work (snapshots and expiries that fell due) is the world catching up with time, not part of a call:
   * - a read (Describe*, any DryRun) sees it without writing it: it runs in a transaction that is never committed,
   *   and if it fails the read sees the world as stored. A read never writes and never fails because of due work;
   * - a write first commits the due work on its own, then runs in a transaction of its own; if the due work fails
   *   (storage full, another tab did it first), the write goes on without it. RunScheduledTasks, which the console
   *   calls on a timer, does the due work itself and reports its failure.
   */
  function readView(): Transaction {
    const view = new Transaction(world);
    try {
      runDueWork(contextFor(view));
      return view;
    } catch {
      return new Transaction(world);
    }
  }

  async function catchUp(requestId: string): Promise<void> {
    const tx = new Transaction(world);
    try {
      runDueWork(contextFor(tx));
      await commit(tx, requestId);
    } catch {
      // Reported by RunScheduledTasks; the call goes on with the world as stored.
    }
  }

  function isRead(action: string, params: unknown): boolean {
    const def = (registry as Record<string, ActionDef<unknown, unknown> | undefined>)[action];
    return isDryRun(params) || def?.readOnly === true;
  }

  const call: Call = (action, params) =>
    enqueue(async () => {
      const requestId = nextRequestId();
      if (action !== SCHEDULER_ACTION && isRead(action, params)) {
        return runAction(readView(), action, params, requestId) as ResponseOf<typeof action>;
      }
      if (action !== SCHEDULER_ACTION) await catchUp(requestId);
      const tx = new Transaction(world);
      const response = runAction(tx, action, params, requestId) as ResponseOf<typeof action>;
      await commit(tx, requestId);
      return response;
    });

  function batch<T>(work: (call: Call) => Promise<T>): Promise<T> {
    return enqueue(async () => {
      const requestId = nextRequestId();
      await catchUp(requestId);
      const tx = new Transaction(world);
      const result = await work(
        async (action, params) => runAction(tx, action, params, nextRequestId()) as ResponseOf<typeof action>,
      );
      await commit(tx, requestId);
      return result;
    });
  }

  async function initialise(seed: WorldSeed, replace: boolean, onProgress?: BuildProgress): Promise<void> {
    const tx = new Transaction(world);
    if (replace) {
      // Everything but the ID counter: snapshots, policies, the authorised role and the simulated time too.
      for (const table of TABLE_NAMES) {
        if (table !== 'meta') for (const [id] of world.scan(table)) tx.delete(table, id);
      }
    }
    const previous = world.get('meta', META_ID);
    const meta: WorldMeta = {
      IdSeed: previous?.IdSeed ?? options.idSeed ?? 'sg-console',
      IdCounter: previous?.IdCounter ?? 0,
      World: seed.name,
      CreatedAt: isoTime(clock.now()),
      ...(seed.quotaIncreases && { QuotaIncreases: seed.quotaIncreases }),
    };
    tx.put('meta', META_ID, meta);
    const inner: Call = async (action, params) =>
      runAction(tx, action, params, nextRequestId()) as ResponseOf<typeof action>;
    let reported: [done: number, total: number] = [0, 0];
    const progress: BuildProgress = async (done, total) => {
      reported = [done, total];
      await onProgress?.(done, total);
    };
    building = seed;
    try {
      await seed.build(inner, progress);
    } finally {
      building = null;
    }
    // The build's last report stands while its world is saved and taken in.
    await commit(tx, nextRequestId(), onProgress && (async () => await onProgress(...reported)));
  }

  if (!world.get('meta', META_ID)) {
    try {
      await enqueue(() => initialise(options.world ?? emptyWorld, false, options.onBuildProgress));
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
    // From the stored world, not this tab's copy: rows another tab added meanwhile are removed too.
    resetWorld: (seed, onProgress) =>
      enqueue(async () => {
        await reload();
        await initialise(seed, true, onProgress);
      }),
    catchUp: () =>
      enqueue(async () => {
        const stored = await storage.tableRevisions();
        const moved = TABLE_NAMES.filter((table) => (stored[table] ?? 0) !== world.tableRev(table));
        if (moved.length === 0) return false;
        await reload();
        emit({ tables: moved, external: true });
        return true;
      }),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    runDueWork: () => call(SCHEDULER_ACTION, {}),
    clock,
    get profile() {
      return currentProfile();
    },
    close() {
      stopListening();
      storage.close();
    },
  };
}

/** The table revisions first, then the rows: a commit in between can only cause a false conflict, never hide one. */
async function loadWorld(storage: Storage): Promise<World> {
  const revisions = await storage.tableRevisions();
  return World.fromRows(await storage.loadAll(), revisions);
}

/** `DryRun: true` validates everything and writes nothing, as the real API's DryRun flag does. */
function isDryRun(params: unknown): boolean {
  const flag = (params as { DryRun?: unknown } | null)?.DryRun;
  return flag === true || flag === 'true';
}

/**
 * The cloud's own code for an error the engine raised by Alibaba's (the profile's `errors`); the Field, RequestId
 * and, unless the cloud words it differently, the message stay.
 */
function inCloudTerms(error: EngineError, profile: Profile): EngineError {
  const own = problemInCloudTerms(error, profile);
  if (own === error) return error;
  const translated = new EngineError(own.Code, own.Message, own.HttpStatus, error.Field);
  translated.RequestId = error.RequestId;
  return translated;
}

/** The browser refused a write because the site's storage is full (IndexedDB's QuotaExceededError). */
function isQuotaError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'QuotaExceededError';
}

function asEngineError(error: unknown, requestId: string): EngineError {
  const engineError =
    error instanceof EngineError
      ? error
      : isQuotaError(error)
        ? new EngineError(
            'StorageQuotaExceeded',
            "The browser's storage for this console is full, so nothing was saved and nothing changed. Free space: export the rules you need, delete old security group snapshots, or start with an empty world.",
            507,
          )
        : new EngineError(
            'InternalError',
            `The request processing has failed due to some unknown error. ${String(error)}`,
            500,
          );
  engineError.RequestId = requestId;
  return engineError;
}
