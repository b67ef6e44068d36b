import { Select } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEngine } from '../../../../lib/engine-provider.tsx';
import { listSummariesQuery } from '../../../../queries/list-queries.ts';

interface PortListSelectProps {
  regionId: string;
  ariaLabel: string;
  /** '' for none: the row's port ranges apply. */
  value: string;
  error: string | undefined;
  onChange: (portRangeListId: string) => void;
}

/** A port list of the region in place of port ranges (TCP and UDP take one; the engine refuses the others). */
export function PortListSelect({ regionId, ariaLabel, value, error, onChange }: PortListSelectProps) {
  const engine = useEngine();
  const lists = useQuery(listSummariesQuery(engine, 'port', regionId));
  const data = (lists.data ?? []).map((l) => ({
    value: l.Id,
    label: `${l.Name} (${l.Id}) · Max Entries ${l.MaxEntries}`,
  }));
  return (
    <Select
      label="Port List"
      aria-label={ariaLabel}
      placeholder="None"
      data={data}
      value={value || null}
      onChange={(id) => onChange(id ?? '')}
      error={error}
      clearable
      searchable
      nothingFoundMessage="No port list in this region"
      comboboxProps={{ withinPortal: true, width: 360, position: 'bottom-start' }}
    />
  );
}
