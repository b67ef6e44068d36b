import { Select } from '@mantine/core';
import type { SnapshotView } from '@sg/engine';
import { CURRENT } from '../../api/snapshot-queries.ts';

const TRIGGERS: Record<string, string> = { Association: 'association', RuleChange: 'rule change' };

interface SideSelectProps {
  label: 'From' | 'To';
  value: string;
  snapshots: SnapshotView[];
  onChange: (value: string) => void;
}

/** One side of a comparison: "Current rules" or any snapshot of the group. */
export function SideSelect({ label, value, snapshots, onChange }: SideSelectProps) {
  const data = [
    { value: CURRENT, label: 'Current rules' },
    ...snapshots.map((s) => ({
      value: s.SnapshotId,
      label: `${s.SnapshotId} · ${s.CreationTime} · ${TRIGGERS[s.Trigger] ?? s.Trigger}`,
    })),
  ];
  // A snapshot that expired or was deleted since the link was made stays named, so the engine can say so.
  if (!data.some((d) => d.value === value)) data.push({ value, label: value });
  return (
    <Select
      label={label}
      data={data}
      value={value}
      onChange={(v) => v && onChange(v)}
      allowDeselect={false}
      w={520}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
