import { isEngineError, type Call, type Engine, type EngineError } from '@sg/engine';

/** The entry parameters of the list actions: Entry on Create, AddEntry and RemoveEntry on Modify. */
export type EntryParam = 'Entry' | 'AddEntry' | 'RemoveEntry';

const ENTRY_PARAMS: readonly string[] = ['Entry', 'AddEntry', 'RemoveEntry'];

/** The entry of a refused call that the engine's error is about, by its position in its parameter. */
export interface EntryFault {
  param: EntryParam;
  index: number;
}

export type ListSaveOutcome =
  | { ok: true; id: string }
  /** Nothing was written. `entry` is set when the error is about one entry. */
  | { ok: false; error: EngineError; entry: EntryFault | null };

async function refusal(run: () => Promise<unknown>): Promise<EngineError | null> {
  try {
    await run();
    return null;
  } catch (error) {
    if (isEngineError(error)) return error.Code === 'DryRunOperation' ? null : error;
    throw error;
  }
}

interface SaveListOptions {
  /** Makes the call; resolves to the list's ID. */
  save: (call: Call) => Promise<string>;
  /** The same call as a DryRun with only the first `count` entries of `param`. */
  dryRunWith: (call: Call, param: EntryParam, count: number) => Promise<unknown>;
  /** How many entries each entry parameter holds. */
  counts: Partial<Record<EntryParam, number>>;
}

/**
 * Runs a Create or Modify of a list in one engine batch. The engine names the parameter of a bad entry (Entry,
 * AddEntry, RemoveEntry) but not which entry, so on such a refusal the call is dry-run again with the first 1, 2, …
 * entries of that parameter: the first the engine refuses ends at the entry to blame (a duplicate, say, is the
 * second of the pair). The console judges nothing itself.
 */
export function saveList(engine: Engine, { save, dryRunWith, counts }: SaveListOptions): Promise<ListSaveOutcome> {
  return engine.batch(async (call): Promise<ListSaveOutcome> => {
    try {
      return { ok: true, id: await save(call) };
    } catch (error) {
      if (!isEngineError(error)) throw error;
      const param = ENTRY_PARAMS.includes(error.Field ?? '') ? (error.Field as EntryParam) : null;
      if (!param) return { ok: false, error, entry: null };
      for (let count = 1; count <= (counts[param] ?? 0); count += 1) {
        const found = await refusal(() => dryRunWith(call, param, count));
        if (found?.Field === param) return { ok: false, error: found, entry: { param, index: count - 1 } };
      }
      return { ok: false, error, entry: null };
    }
  });
}
