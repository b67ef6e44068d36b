import { Anchor, Card, Group, SimpleGrid, Title } from '@mantine/core';
import type { ResponseOf } from '@sg/engine';
import { Link } from 'react-router';
import { DetailField } from '../../../../components/detail-field.tsx';
import { StatusBadge } from '../../../../components/status-badge.tsx';
import { useCloudWords } from '../../../../views/cloud-words.ts';
import { NetworkInterfaceActions } from '../actions/network-interface-actions.tsx';

type Eni = ResponseOf<'DescribeNetworkInterfaces'>['NetworkInterfaceSets']['NetworkInterfaceSet'][number];

interface NetworkInterfaceBasicInfoProps {
  regionId: string;
  eni: Eni;
  instanceHref: (instanceId: string) => string;
  onDeleted: () => void;
}

/** The interface's Basic Information, with Attach / Detach / Delete for a secondary interface. */
export function NetworkInterfaceBasicInfo({ regionId, eni, instanceHref, onDeleted }: NetworkInterfaceBasicInfoProps) {
  const words = useCloudWords();
  return (
    <Card withBorder mb="md" aria-label="Basic Information" component="section">
      <Group justify="space-between" mb="sm">
        <Title order={4}>Basic Information</Title>
        <NetworkInterfaceActions regionId={regionId} eni={eni} size="xs" onDeleted={onDeleted} />
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        <DetailField label="ENI ID" isId>
          {eni.NetworkInterfaceId}
        </DetailField>
        <DetailField label="Name">{eni.NetworkInterfaceName}</DetailField>
        <DetailField label="Type">{eni.Type === 'Primary' ? 'Primary ENI' : 'Secondary ENI'}</DetailField>
        <DetailField label="Status">
          <StatusBadge status={eni.Status} />
        </DetailField>
        <DetailField label="Associated Instance" isId>
          {eni.InstanceId ? (
            <Anchor component={Link} to={instanceHref(eni.InstanceId)} size="sm" ff="monospace">
              {eni.InstanceId}
            </Anchor>
          ) : (
            '-'
          )}
        </DetailField>
        <DetailField label="Zone">{eni.ZoneId}</DetailField>
        <DetailField label={words.vpc} isId>
          {eni.VpcId}
        </DetailField>
        <DetailField label={words.vSwitch} isId>
          {eni.VSwitchId}
        </DetailField>
        <DetailField label="Primary Private IP">{eni.PrivateIpAddress}</DetailField>
        <DetailField label="Secondary Private IPs">
          {eni.PrivateIpSets.PrivateIpSet.filter((ip) => !ip.Primary)
            .map((ip) => ip.PrivateIpAddress)
            .join(', ') || '-'}
        </DetailField>
        <DetailField label="MAC Address" isId>
          {eni.MacAddress}
        </DetailField>
        <DetailField label="Description">{eni.Description}</DetailField>
        <DetailField label="Created At">{eni.CreationTime}</DetailField>
      </SimpleGrid>
    </Card>
  );
}
