import { Group, NativeSelect, TextInput } from '@mantine/core';
import { flowHasPorts } from '../../../views/traffic-flow.ts';
import { PeerSelect } from './peer-select.tsx';

export const FLOW_KEYS = [
  'flowDirection',
  'flowProtocol',
  'flowPort',
  'flowPeerType',
  'flowPeerIp',
  'flowPeer',
] as const;
export type FlowValues = Record<(typeof FLOW_KEYS)[number], string>;
export type FlowField = 'direction' | 'protocol' | 'port' | 'peer';

const PROTOCOLS = ['TCP', 'UDP', 'ICMP', 'ICMPv6', 'GRE'];

interface CheckTrafficFieldsProps {
  regionId: string;
  values: FlowValues;
  errors: Partial<Record<FlowField, string>>;
  onChange: (changes: Partial<FlowValues>) => void;
}

/** The flow asked about: direction, protocol, port and the other end (an address, or an instance or interface). */
export function CheckTrafficFields({ regionId, values, errors, onChange }: CheckTrafficFieldsProps) {
  const direction = values.flowDirection || 'ingress';
  const protocol = values.flowProtocol || 'TCP';
  const isResource = values.flowPeerType === 'resource';
  return (
    <Group align="flex-start" gap="md">
      <NativeSelect
        label="Direction"
        data={[
          { value: 'ingress', label: 'Inbound' },
          { value: 'egress', label: 'Outbound' },
        ]}
        value={direction}
        error={errors.direction}
        onChange={(e) => onChange({ flowDirection: e.currentTarget.value })}
      />
      <NativeSelect
        label="Protocol"
        data={PROTOCOLS}
        value={protocol}
        error={errors.protocol}
        onChange={(e) => onChange({ flowProtocol: e.currentTarget.value })}
      />
      <TextInput
        label="Port"
        placeholder={flowHasPorts(protocol) ? '1-65535' : 'No port'}
        description={
          direction === 'ingress' ? 'Destination port on this interface' : 'Destination port on the other end'
        }
        value={flowHasPorts(protocol) ? values.flowPort : ''}
        disabled={!flowHasPorts(protocol)}
        error={errors.port}
        onChange={(e) => onChange({ flowPort: e.currentTarget.value })}
        w={200}
      />
      <NativeSelect
        label={direction === 'ingress' ? 'Source' : 'Destination'}
        data={[
          { value: 'ip', label: 'IP address' },
          { value: 'resource', label: 'Instance or network interface' },
        ]}
        value={isResource ? 'resource' : 'ip'}
        onChange={(e) => onChange({ flowPeerType: e.currentTarget.value === 'resource' ? 'resource' : '' })}
      />
      {isResource ? (
        <PeerSelect
          regionId={regionId}
          value={values.flowPeer}
          error={errors.peer ?? null}
          onChange={(flowPeer) => onChange({ flowPeer })}
        />
      ) : (
        <TextInput
          label="IP address"
          placeholder="e.g. 8.8.8.8 or 2001:db8::1"
          value={values.flowPeerIp}
          error={errors.peer}
          onChange={(e) => onChange({ flowPeerIp: e.currentTarget.value })}
          w={240}
        />
      )}
    </Group>
  );
}
