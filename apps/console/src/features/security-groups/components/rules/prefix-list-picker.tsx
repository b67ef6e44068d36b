import { useQuery } from '@tanstack/react-query';
import { useEngine } from '../../../../lib/engine-provider.tsx';
import { listSummariesQuery } from '../../../../queries/list-queries.ts';
import { ObjectSelect, type ObjectPickerProps } from './object-select.tsx';

interface PrefixListPickerProps extends ObjectPickerProps {
  regionId: string;
}

/** Picks prefix lists of the region as authorization objects (`pl-…`); the engine checks the family on Save. */
export function PrefixListPicker({ regionId, ...props }: PrefixListPickerProps) {
  const engine = useEngine();
  const lists = useQuery(listSummariesQuery(engine, 'prefix', regionId));
  const data = (lists.data ?? []).map((l) => ({
    value: l.Id,
    label: `${l.Name} (${l.Id}) · ${l.AddressFamily} · Max Entries ${l.MaxEntries}`,
  }));
  return (
    <ObjectSelect
      {...props}
      data={data}
      placeholder="Select a prefix list"
      nothingFoundMessage="No prefix list in this region"
    />
  );
}
