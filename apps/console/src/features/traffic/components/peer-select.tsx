import { Select } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEngine } from '../../../lib/engine-provider.tsx';
import type { FlowPeer } from '../../../views/traffic-flow.ts';
import { peerChoicesQuery } from '../api/traffic-queries.ts';

interface PeerSelectProps {
  regionId: string;
  /** `instance:<id>` or `eni:<id>`; '' for none. */
  value: string;
  error: string | null;
  onChange: (value: string) => void;
}

/** The other end as a resource of the region: an instance (its primary interface) or a network interface. */
export function PeerSelect({ regionId, value, error, onChange }: PeerSelectProps) {
  const engine = useEngine();
  const choices = useQuery(peerChoicesQuery(engine, regionId));
  return (
    <Select
      label="Instance or network interface"
      placeholder={choices.isPending ? 'Loading…' : 'Search by name, ID or IP'}
      searchable
      nothingFoundMessage="No instance or network interface matches"
      data={[
        { group: 'Instances', items: choices.data?.instances ?? [] },
        { group: 'Network interfaces', items: choices.data?.interfaces ?? [] },
      ]}
      value={value || null}
      error={error ?? (choices.error ? String(choices.error) : null)}
      onChange={(next) => onChange(next ?? '')}
      comboboxProps={{ withinPortal: true }}
      w={400}
    />
  );
}

/** The peer a select value names, with the name the choices give it (its ID until they load). */
export function usePeerOfValue(regionId: string, value: string): FlowPeer | null {
  const engine = useEngine();
  const choices = useQuery(peerChoicesQuery(engine, regionId));
  const [kind, id] = value.split(':');
  if ((kind !== 'instance' && kind !== 'eni') || !id) return null;
  const choice = [...(choices.data?.instances ?? []), ...(choices.data?.interfaces ?? [])].find(
    (c) => c.value === value,
  );
  return { kind, id, label: choice?.name ?? id };
}
