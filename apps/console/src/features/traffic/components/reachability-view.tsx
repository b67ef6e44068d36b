import { Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { isEngineError } from '@sg/engine';
import { ApiError } from '../../../components/api-error.tsx';
import { VpcSelect } from '../../../components/vpc-select.tsx';
import { useEngine } from '../../../lib/engine-provider.tsx';
import { problemText } from '../../../views/problem-text.ts';
import { flowHasPorts } from '../../../views/traffic-flow.ts';
import { vpcListQuery } from '../../../queries/vpc-queries.ts';
import { reachabilityQuery } from '../api/traffic-queries.ts';
import { FlowBetweenModal } from './flow-between-modal.tsx';
import { ReachabilityMatrix } from './reachability-matrix.tsx';

export const REACHABILITY_KEYS = ['vpc', 'protocol', 'port', 'from', 'to'] as const;
export type ReachabilityValues = Record<(typeof REACHABILITY_KEYS)[number], string>;

interface ReachabilityViewProps {
  regionId: string;
  values: ReachabilityValues;
  onChange: (changes: Partial<ReachabilityValues>) => void;
}

/** Which instances of a VPC can open a flow to which, on one protocol and port; a cell explains itself. */
export function ReachabilityView({ regionId, values, onChange }: ReachabilityViewProps) {
  const engine = useEngine();
  const vpcs = useQuery(vpcListQuery(engine, regionId));
  const vpcId = values.vpc || vpcs.data?.[0]?.VpcId || '';
  const protocol = values.protocol || 'TCP';
  const needsPort = flowHasPorts(protocol) && values.port.trim() === '';
  const port = flowHasPorts(protocol) ? values.port : '';
  const query = useQuery({
    ...reachabilityQuery(engine, regionId, vpcId, protocol, port),
    enabled: vpcId !== '' && !needsPort,
  });
  const error = isEngineError(query.error) ? query.error : null;
  const fieldError = (field: string) => (error?.Field === field ? problemText(error) : null);
  const instances = query.data?.Instances.Instance ?? [];
  const indexOf = (id: string) => instances.findIndex((i) => i.InstanceId === id);
  const nameOf = (id: string) => instances[indexOf(id)]?.InstanceName || id;
  const picked = query.data?.Matrix[indexOf(values.from)]?.[indexOf(values.to)];
  return (
    <Stack gap="md">
      <Group align="flex-start">
        <VpcSelect vpcs={vpcs.data ?? []} value={vpcId || null} onChange={(v) => onChange({ vpc: v ?? '' })} w={420} />
        <NativeSelect
          label="Protocol"
          data={['TCP', 'UDP', 'ICMP', 'ICMPv6', 'GRE']}
          value={protocol}
          error={fieldError('IpProtocol')}
          onChange={(e) => onChange({ protocol: e.currentTarget.value })}
        />
        <TextInput
          label="Port"
          placeholder={flowHasPorts(protocol) ? '1-65535' : 'No port'}
          value={port}
          disabled={!flowHasPorts(protocol)}
          error={fieldError('Port')}
          onChange={(e) => onChange({ port: e.currentTarget.value })}
          w={160}
        />
      </Group>
      {needsPort && (
        <Text size="sm" c="dimmed">
          Enter a destination port to see which instances can reach which.
        </Text>
      )}
      {query.error && !fieldError('Port') && !fieldError('IpProtocol') && (
        <ApiError error={query.error} title="Could not compute reachability" />
      )}
      {query.data && !needsPort && !query.error && (
        <>
          <Text size="sm" c="dimmed">
            Rows are sources, columns destinations, through each instance&apos;s primary network interface. Select a
            cell to see the rules that decide it.
          </Text>
          <ReachabilityMatrix reachability={query.data} onPick={(from, to) => onChange({ from, to })} />
        </>
      )}
      <FlowBetweenModal
        regionId={regionId}
        from={typeof picked === 'boolean' ? values.from : ''}
        to={typeof picked === 'boolean' ? values.to : ''}
        protocol={protocol}
        port={port}
        nameOf={nameOf}
        isAllowed={picked === true}
        onClose={() => onChange({ from: '', to: '' })}
      />
    </Stack>
  );
}
