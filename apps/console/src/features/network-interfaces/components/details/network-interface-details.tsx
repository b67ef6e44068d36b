import { Alert, Anchor, Breadcrumbs, Center, Loader } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { ApiError } from '../../../../components/api-error.tsx';
import { PageHeader } from '../../../../components/page-header.tsx';
import { useEngine } from '../../../../lib/engine-provider.tsx';
import { networkInterfaceQuery } from '../../api/network-interface-queries.ts';
import { NetworkInterfaceBasicInfo } from './network-interface-basic-info.tsx';
import {
  NetworkInterfaceDetailsTabs,
  type NetworkInterfaceDetailsTabsProps,
} from './network-interface-details-tabs.tsx';

interface NetworkInterfaceDetailsProps extends NetworkInterfaceDetailsTabsProps {
  regionId: string;
  networkInterfaceId: string;
  listHref: string;
  instanceHref: (instanceId: string) => string;
  onDeleted: () => void;
}

/** A network interface's details page: Basic Information with its actions, then its tabs. */
export function NetworkInterfaceDetails(props: NetworkInterfaceDetailsProps) {
  const { regionId, networkInterfaceId, listHref, instanceHref, onDeleted, ...tabs } = props;
  const engine = useEngine();
  const eni = useQuery(networkInterfaceQuery(engine, regionId, networkInterfaceId));
  const breadcrumbs = (
    <Breadcrumbs mb="xs">
      <Anchor component={Link} to={listHref} size="sm">
        Network Interfaces
      </Anchor>
      <span>{networkInterfaceId}</span>
    </Breadcrumbs>
  );
  if (eni.isPending) {
    return (
      <Center py="xl">
        <Loader size="sm" aria-label="Loading network interface" />
      </Center>
    );
  }
  if (eni.error || !eni.data) {
    return (
      <>
        {breadcrumbs}
        {eni.error ? (
          <ApiError error={eni.error} title="Could not load the network interface" />
        ) : (
          <Alert color="yellow" title="Network interface not found" role="alert">
            There is no network interface {networkInterfaceId} in {regionId}.
          </Alert>
        )}
      </>
    );
  }
  return (
    <>
      {breadcrumbs}
      <PageHeader title={eni.data.NetworkInterfaceName || networkInterfaceId} description="Network Interface Details" />
      <NetworkInterfaceBasicInfo regionId={regionId} eni={eni.data} instanceHref={instanceHref} onDeleted={onDeleted} />
      <NetworkInterfaceDetailsTabs regionId={regionId} eni={eni.data} {...tabs} />
    </>
  );
}
