import { useMutation } from '@tanstack/react-query';
import { useEngine } from '../../../lib/engine-provider.tsx';
import type { ModifyListInput } from './list-inputs.ts';
import { saveList } from './save-list.ts';

/** ModifyPrefixList: name, description, added and removed entries in one call. */
export function useModifyPrefixList() {
  const engine = useEngine();
  return useMutation({
    mutationFn: ({ regionId, id, Name, Description, AddEntry, RemoveEntry }: ModifyListInput) => {
      const entries = {
        AddEntry: AddEntry.map((e) => ({ Cidr: e.Key, Description: e.Description })),
        RemoveEntry: RemoveEntry.map((Cidr) => ({ Cidr })),
      };
      const params = { RegionId: regionId, PrefixListId: id, PrefixListName: Name, Description, ...entries };
      return saveList(engine, {
        save: (call) => call('ModifyPrefixList', params).then(() => id),
        dryRunWith: (call, param, count) =>
          param === 'Entry'
            ? Promise.resolve()
            : call('ModifyPrefixList', { ...params, [param]: entries[param].slice(0, count), DryRun: true }),
        counts: { AddEntry: AddEntry.length, RemoveEntry: RemoveEntry.length },
      });
    },
  });
}
