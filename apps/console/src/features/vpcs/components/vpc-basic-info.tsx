import { Card, SimpleGrid, Title } from '@mantine/core';
import { DetailField } from '../../../components/detail-field.tsx';
import { StatusBadge } from '../../../components/status-badge.tsx';
import type { VpcView } from '../../../components/vpc-select.tsx';
import { useCloudWords } from '../../../views/cloud-words.ts';

/** A VPC's Basic Information. */
export function VpcBasicInfo({ vpc }: { vpc: VpcView }) {
  const words = useCloudWords();
  return (
    <Card withBorder mb="md" aria-label="Basic Information" component="section">
      <Title order={4} mb="sm">
        Basic Information
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 4 }} spacing="md">
        <DetailField label="VPC ID" isId>
          {vpc.VpcId}
        </DetailField>
        <DetailField label="Name">{vpc.VpcName}</DetailField>
        <DetailField label="IPv4 CIDR Block">{vpc.CidrBlock}</DetailField>
        <DetailField label="Status">
          <StatusBadge status={vpc.Status} />
        </DetailField>
        <DetailField label="Default VPC">{vpc.IsDefault ? 'Yes' : 'No'}</DetailField>
        <DetailField label={words.vSwitches}>{vpc.VSwitchIds.VSwitchId.length}</DetailField>
        <DetailField label="Description">{vpc.Description}</DetailField>
        <DetailField label="Created At">{vpc.CreationTime}</DetailField>
      </SimpleGrid>
    </Card>
  );
}
