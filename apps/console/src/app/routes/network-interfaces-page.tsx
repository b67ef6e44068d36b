import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router';
import { PageHeader } from '../../components/page-header.tsx';
import { networkInterfaceListQuery } from '../../features/network-interfaces/api/network-interface-queries.ts';
import { CreateNetworkInterfaceButton } from '../../features/network-interfaces/components/create/create-network-interface-button.tsx';
import { NetworkInterfaceTable } from '../../features/network-interfaces/components/network-interface-table.tsx';
import { useEngine } from '../../lib/engine-provider.tsx';
import { paths } from '../../lib/paths.ts';

export function NetworkInterfacesPage() {
  const engine = useEngine();
  const navigate = useNavigate();
  const { regionId = '' } = useParams();
  const list = useQuery(networkInterfaceListQuery(engine, regionId));
  return (
    <>
      <PageHeader
        title="Network Interfaces"
        actions={
          <CreateNetworkInterfaceButton
            regionId={regionId}
            onCreated={(id) => navigate(paths.networkInterface(regionId, id))}
          />
        }
      />
      <NetworkInterfaceTable
        regionId={regionId}
        interfaces={list.data}
        isPending={list.isPending}
        error={list.error}
        interfaceHref={(id) => paths.networkInterface(regionId, id)}
        instanceHref={(id) => paths.instance(regionId, id)}
        groupHref={(id) => paths.securityGroup(regionId, id)}
      />
    </>
  );
}
