import { Alert } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useParams } from 'react-router';
import { ListPagination } from '../../components/list-pagination.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { instanceListQuery } from '../../features/instances/api/instance-queries.ts';
import { CreateInstanceButton } from '../../features/instances/components/create/create-instance-button.tsx';
import { InstanceTable } from '../../features/instances/components/instance-table.tsx';
import { useEngine } from '../../lib/engine-provider.tsx';
import { paths } from '../../lib/paths.ts';
import { useUrlState } from '../../lib/use-url-state.ts';

/** The console pages its instance list; 20 a page. */
const PAGE_SIZE = 20;

export function InstancesPage() {
  const engine = useEngine();
  const { regionId = '' } = useParams();
  const [url, updateUrl] = useUrlState(['page'] as const);
  const page = Math.max(1, Number(url.page) || 1);
  const list = useQuery(instanceListQuery(engine, regionId, page, PAGE_SIZE));
  const [created, setCreated] = useState<string[]>([]);
  return (
    <>
      <PageHeader title="Instances" actions={<CreateInstanceButton regionId={regionId} onCreated={setCreated} />} />
      {created.length > 0 && (
        <Alert color="green" mb="md" withCloseButton closeButtonLabel="Dismiss" onClose={() => setCreated([])}>
          Instance created: {created.join(', ')}
        </Alert>
      )}
      <InstanceTable
        instances={list.data?.instances}
        isPending={list.isPending}
        error={list.error}
        instanceHref={(id) => paths.instance(regionId, id)}
        groupHref={(id) => paths.securityGroup(regionId, id)}
      />
      <ListPagination
        total={list.data?.total ?? 0}
        pageSize={PAGE_SIZE}
        page={page}
        onChange={(p) => updateUrl({ page: String(p) })}
        label="Instance pages"
      />
    </>
  );
}
