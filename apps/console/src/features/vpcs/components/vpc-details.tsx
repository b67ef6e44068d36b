import { Alert, Anchor, Breadcrumbs, Card, Center, Group, Loader, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { ApiError } from '../../../components/api-error.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { useEngine } from '../../../lib/engine-provider.tsx';
import { useCloudWords } from '../../../views/cloud-words.ts';
import { vpcDetailQuery } from '../api/vpc-detail-queries.ts';
import { CreateVSwitchButton } from './create-vswitch-button.tsx';
import { VpcBasicInfo } from './vpc-basic-info.tsx';
import { VSwitchTable } from './vswitch-table.tsx';

interface VpcDetailsProps {
  regionId: string;
  vpcId: string;
  listHref: string;
}

/** A VPC's page: Basic Information, and its vSwitches with Create vSwitch. */
export function VpcDetails({ regionId, vpcId, listHref }: VpcDetailsProps) {
  const engine = useEngine();
  const words = useCloudWords();
  const detail = useQuery(vpcDetailQuery(engine, regionId, vpcId));
  const breadcrumbs = (
    <Breadcrumbs mb="xs">
      <Anchor component={Link} to={listHref} size="sm">
        VPCs
      </Anchor>
      <span>{vpcId}</span>
    </Breadcrumbs>
  );
  if (detail.isPending) {
    return (
      <Center py="xl">
        <Loader size="sm" aria-label="Loading the VPC" />
      </Center>
    );
  }
  if (!detail.data) {
    return (
      <>
        {breadcrumbs}
        {detail.error ? (
          <ApiError error={detail.error} title="Could not load the VPC" />
        ) : (
          <Alert color="yellow" title="VPC not found" role="alert">
            There is no VPC {vpcId} in {regionId}.
          </Alert>
        )}
      </>
    );
  }
  const vpc = detail.data;
  return (
    <>
      {breadcrumbs}
      <PageHeader title={vpc.VpcName || vpc.VpcId} description="VPC Details" />
      <VpcBasicInfo vpc={vpc} />
      <Card withBorder aria-label={words.vSwitches} component="section">
        <Group justify="space-between" mb="sm">
          <Title order={4}>{words.vSwitches}</Title>
          <CreateVSwitchButton regionId={regionId} vpc={vpc} />
        </Group>
        <VSwitchTable regionId={regionId} vpcId={vpc.VpcId} />
      </Card>
    </>
  );
}
