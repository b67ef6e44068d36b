import { useMutation } from '@tanstack/react-query';
import { useEngine } from '../../../lib/engine-provider.tsx';
import type { CreateListInput } from './list-inputs.ts';
import { saveList } from './save-list.ts';

/** CreatePortRangeList. The EngineProvider refetches every query after a change. */
export function useCreatePortRangeList() {
  const engine = useEngine();
  return useMutation({
    mutationFn: ({ regionId, Name, Description, MaxEntries, Entries }: CreateListInput) => {
      const params = { RegionId: regionId, PortRangeListName: Name, Description, MaxEntries };
      const Entry = Entries.map((e) => ({ PortRange: e.Key, Description: e.Description }));
      return saveList(engine, {
        save: (call) => call('CreatePortRangeList', { ...params, Entry }).then((r) => r.PortRangeListId),
        dryRunWith: (call, _param, count) =>
          call('CreatePortRangeList', { ...params, Entry: Entry.slice(0, count), DryRun: true }),
        counts: { Entry: Entry.length },
      });
    },
  });
}
