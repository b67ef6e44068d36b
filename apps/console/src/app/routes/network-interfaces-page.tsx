import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { PageHeader } from '../../components/page-header.tsx';
import { networkInterfaceListQuery } from '../../features/network-interfaces/api/network-interface-queries.ts';
import { NetworkInterfaceTable } from '../../features/network-interfaces/components/network-interface-table.tsx';
import { useEngine } from '../../lib/engine-provider.tsx';

export function NetworkInterfacesPage() {
  const engine = useEngine();
  const { regionId = '' } = useParams();
  const list = useQuery(networkInterfaceListQuery(engine, regionId));
  return (
    <>
      <PageHeader title="Network Interfaces" />
      <NetworkInterfaceTable interfaces={list.data} isPending={list.isPending} error={list.error} />
    </>
  );
}
