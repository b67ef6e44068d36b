import { Select } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEngine } from '../../../../lib/engine-provider.tsx';
import { listSummariesQuery } from '../../../../queries/list-queries.ts';

interface PrefixListPickerProps {
  regionId: string;
  ariaLabel: string;
  onPick: (prefixListId: string) => void;
}

/** Picks a prefix list of the region as authorization object (`pl-…`); the engine checks the family on Save. */
export function PrefixListPicker({ regionId, ariaLabel, onPick }: PrefixListPickerProps) {
  const engine = useEngine();
  const lists = useQuery(listSummariesQuery(engine, 'prefix', regionId));
  const data = (lists.data ?? []).map((l) => ({
    value: l.Id,
    label: `${l.Name} (${l.Id}) · ${l.AddressFamily} · Max Entries ${l.MaxEntries}`,
  }));
  return (
    <Select
      label="Prefix List"
      aria-label={ariaLabel}
      placeholder="Select a prefix list"
      data={data}
      value={null}
      onChange={(value) => value && onPick(value)}
      searchable
      nothingFoundMessage="No prefix list in this region"
      comboboxProps={{ withinPortal: true, width: 480, position: 'bottom-start' }}
    />
  );
}
