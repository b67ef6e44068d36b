import { Select } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEngine } from '../../../lib/engine-provider.tsx';
import { regionsQuery } from '../../../queries/region-queries.ts';

interface RegionSelectProps {
  regionId: string;
  onChange: (regionId: string) => void;
}

export function RegionSelect({ regionId, onChange }: RegionSelectProps) {
  const engine = useEngine();
  const { data: regions = [] } = useQuery(regionsQuery(engine));
  return (
    <Select
      label="Region"
      aria-label="Region"
      size="xs"
      w={300}
      allowDeselect={false}
      value={regionId}
      data={regions.map((r) => ({ value: r.RegionId, label: `${r.LocalName} (${r.RegionId})` }))}
      onChange={(value) => value && onChange(value)}
      comboboxProps={{ withinPortal: true }}
      styles={{ root: { display: 'flex', alignItems: 'center', gap: 8 }, label: { marginBottom: 0 } }}
    />
  );
}
