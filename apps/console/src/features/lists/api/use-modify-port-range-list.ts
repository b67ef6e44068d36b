import { useMutation } from '@tanstack/react-query';
import { useEngine } from '../../../lib/engine-provider.tsx';
import type { ModifyListInput } from './list-inputs.ts';
import { saveList } from './save-list.ts';

/** ModifyPortRangeList: name, description, added and removed entries in one call. */
export function useModifyPortRangeList() {
  const engine = useEngine();
  return useMutation({
    mutationFn: ({ regionId, id, Name, Description, AddEntry, RemoveEntry }: ModifyListInput) => {
      const entries = {
        AddEntry: AddEntry.map((e) => ({ PortRange: e.Key, Description: e.Description })),
        RemoveEntry: RemoveEntry.map((PortRange) => ({ PortRange })),
      };
      const params = { RegionId: regionId, PortRangeListId: id, PortRangeListName: Name, Description, ...entries };
      return saveList(engine, {
        save: (call) => call('ModifyPortRangeList', params).then(() => id),
        dryRunWith: (call, param, count) =>
          param === 'Entry'
            ? Promise.resolve()
            : call('ModifyPortRangeList', { ...params, [param]: entries[param].slice(0, count), DryRun: true }),
        counts: { AddEntry: AddEntry.length, RemoveEntry: RemoveEntry.length },
      });
    },
  });
}
