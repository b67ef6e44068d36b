import { useMutation } from '@tanstack/react-query';
import { useEngine } from '../../../lib/engine-provider.tsx';
import type { CreateListInput } from './list-inputs.ts';
import { saveList } from './save-list.ts';

/** CreatePrefixList. The EngineProvider refetches every query after a change. */
export function useCreatePrefixList() {
  const engine = useEngine();
  return useMutation({
    mutationFn: ({ regionId, Name, Description, AddressFamily, MaxEntries, Entries }: CreateListInput) => {
      const params = { RegionId: regionId, PrefixListName: Name, Description, AddressFamily, MaxEntries };
      const Entry = Entries.map((e) => ({ Cidr: e.Key, Description: e.Description }));
      return saveList(engine, {
        save: (call) => call('CreatePrefixList', { ...params, Entry }).then((r) => r.PrefixListId),
        dryRunWith: (call, _param, count) =>
          call('CreatePrefixList', { ...params, Entry: Entry.slice(0, count), DryRun: true }),
        counts: { Entry: Entry.length },
      });
    },
  });
}
