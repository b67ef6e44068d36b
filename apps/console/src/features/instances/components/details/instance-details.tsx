import { Alert, Anchor, Breadcrumbs, Center, Loader } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { ApiError } from '../../../../components/api-error.tsx';
import { PageHeader } from '../../../../components/page-header.tsx';
import { useEngine } from '../../../../lib/engine-provider.tsx';
import { instanceQuery } from '../../api/instance-queries.ts';
import { InstanceBasicInfo } from './instance-basic-info.tsx';
import { InstanceDetailsTabs, type InstanceDetailsTabsProps } from './instance-details-tabs.tsx';

interface InstanceDetailsProps extends Omit<InstanceDetailsTabsProps, 'instance'> {
  regionId: string;
  instanceId: string;
  listHref: string;
}

/** An instance's details page: Basic Information, then its tabs. */
export function InstanceDetails({ regionId, instanceId, listHref, ...tabs }: InstanceDetailsProps) {
  const engine = useEngine();
  const instance = useQuery(instanceQuery(engine, regionId, instanceId));
  const breadcrumbs = (
    <Breadcrumbs mb="xs">
      <Anchor component={Link} to={listHref} size="sm">
        Instances
      </Anchor>
      <span>{instanceId}</span>
    </Breadcrumbs>
  );
  if (instance.isPending) {
    return (
      <Center py="xl">
        <Loader size="sm" aria-label="Loading instance" />
      </Center>
    );
  }
  if (instance.error) {
    return (
      <>
        {breadcrumbs}
        <ApiError error={instance.error} title="Could not load the instance" />
      </>
    );
  }
  if (!instance.data) {
    return (
      <>
        {breadcrumbs}
        <Alert color="yellow" title="Instance not found" role="alert">
          There is no instance {instanceId} in {regionId}.
        </Alert>
      </>
    );
  }
  return (
    <>
      {breadcrumbs}
      <PageHeader title={instance.data.InstanceName || instanceId} description="Instance Details" />
      <InstanceBasicInfo instance={instance.data} interfaceHref={tabs.interfaceHref} />
      <InstanceDetailsTabs instance={instance.data} {...tabs} />
    </>
  );
}
