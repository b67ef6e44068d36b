import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { PageHeader } from '../../components/page-header.tsx';
import { instanceListQuery } from '../../features/instances/api/instance-queries.ts';
import { InstanceTable } from '../../features/instances/components/instance-table.tsx';
import { useEngine } from '../../lib/engine-provider.tsx';

export function InstancesPage() {
  const engine = useEngine();
  const { regionId = '' } = useParams();
  const list = useQuery(instanceListQuery(engine, regionId));
  return (
    <>
      <PageHeader title="Instances" />
      <InstanceTable instances={list.data} isPending={list.isPending} error={list.error} />
    </>
  );
}
