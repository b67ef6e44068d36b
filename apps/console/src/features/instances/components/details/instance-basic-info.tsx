import { Anchor, Card, Group, SimpleGrid, Title } from '@mantine/core';
import type { ResponseOf } from '@sg/engine';
import { Link } from 'react-router';
import { DetailField } from '../../../../components/detail-field.tsx';
import { StatusBadge } from '../../../../components/status-badge.tsx';
import { useCloudWords } from '../../../../views/cloud-words.ts';
import { InstanceStatusActions } from './instance-status-actions.tsx';

type Instance = ResponseOf<'DescribeInstances'>['Instances']['Instance'][number];

interface InstanceBasicInfoProps {
  instance: Instance;
  interfaceHref: (networkInterfaceId: string) => string;
}

/** The instance's Basic Information, with Start and Stop. */
export function InstanceBasicInfo({ instance, interfaceHref }: InstanceBasicInfoProps) {
  const primary = instance.NetworkInterfaces.NetworkInterface.find((n) => n.Type === 'Primary');
  const words = useCloudWords();
  return (
    <Card withBorder mb="md" aria-label="Basic Information" component="section">
      <Group justify="space-between" align="flex-start" mb="sm">
        <Title order={4}>Basic Information</Title>
        <InstanceStatusActions regionId={instance.RegionId} instanceId={instance.InstanceId} status={instance.Status} />
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        <DetailField label="Instance ID" isId>
          {instance.InstanceId}
        </DetailField>
        <DetailField label="Instance Name">{instance.InstanceName}</DetailField>
        <DetailField label="Status">
          <StatusBadge status={instance.Status} />
        </DetailField>
        <DetailField label="Operating System">{instance.OSName}</DetailField>
        <DetailField label="Image ID" isId>
          {instance.ImageId}
        </DetailField>
        <DetailField label="Instance Type" isId>
          {instance.InstanceType}
        </DetailField>
        <DetailField label="Zone">{instance.ZoneId}</DetailField>
        <DetailField label={words.vpc} isId>
          {instance.VpcAttributes.VpcId}
        </DetailField>
        <DetailField label={words.vSwitch} isId>
          {instance.VpcAttributes.VSwitchId}
        </DetailField>
        <DetailField label="Private IP Address">
          {instance.VpcAttributes.PrivateIpAddress.IpAddress.join(', ')}
        </DetailField>
        <DetailField label="Public IP Address">{instance.PublicIpAddress.IpAddress.join(', ') || '-'}</DetailField>
        <DetailField label="Billing Method">
          {instance.InstanceChargeType === 'PrePaid'
            ? `Subscription (expires ${instance.ExpiredTime})`
            : 'Pay-as-you-go'}
        </DetailField>
        <DetailField label="Primary ENI" isId>
          {primary ? (
            <Anchor component={Link} to={interfaceHref(primary.NetworkInterfaceId)} size="sm" ff="monospace">
              {primary.NetworkInterfaceId}
            </Anchor>
          ) : (
            '-'
          )}
        </DetailField>
        <DetailField label="Created At">{instance.CreationTime}</DetailField>
      </SimpleGrid>
    </Card>
  );
}
