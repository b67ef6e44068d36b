import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router';
import { ListPagination } from '../../components/list-pagination.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { networkInterfaceListQuery } from '../../features/network-interfaces/api/network-interface-queries.ts';
import { CreateNetworkInterfaceButton } from '../../features/network-interfaces/components/create/create-network-interface-button.tsx';
import { NetworkInterfaceTable } from '../../features/network-interfaces/components/network-interface-table.tsx';
import { useEngine } from '../../lib/engine-provider.tsx';
import { paths } from '../../lib/paths.ts';
import { useUrlState } from '../../lib/use-url-state.ts';

/** The console pages its interface list; 20 a page. */
const PAGE_SIZE = 20;

export function NetworkInterfacesPage() {
  const engine = useEngine();
  const navigate = useNavigate();
  const { regionId = '' } = useParams();
  const [url, updateUrl] = useUrlState(['page'] as const);
  const page = Math.max(1, Number(url.page) || 1);
  const list = useQuery(networkInterfaceListQuery(engine, regionId, page, PAGE_SIZE));
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
        interfaces={list.data?.interfaces}
        isPending={list.isPending}
        error={list.error}
        interfaceHref={(id) => paths.networkInterface(regionId, id)}
        instanceHref={(id) => paths.instance(regionId, id)}
        groupHref={(id) => paths.securityGroup(regionId, id)}
      />
      <ListPagination
        total={list.data?.total ?? 0}
        pageSize={PAGE_SIZE}
        page={page}
        onChange={(p) => updateUrl({ page: String(p) })}
        label="Network interface pages"
      />
    </>
  );
}
