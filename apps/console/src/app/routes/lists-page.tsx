import { useParams } from 'react-router';
import { PageHeader } from '../../components/page-header.tsx';
import { CreateListButton } from '../../features/lists/components/create-list-button.tsx';
import { ListTable } from '../../features/lists/components/list-table.tsx';
import type { ListKind } from '../../views/list-views.ts';
import { paths } from '../../lib/paths.ts';

const DESCRIPTIONS: Record<ListKind, { title: string; text: string }> = {
  prefix: {
    title: 'Prefix Lists',
    text: 'Named sets of CIDR blocks that security group rules use as their source or destination.',
  },
  port: { title: 'Port Lists', text: 'Named sets of port ranges that TCP and UDP security group rules use.' },
};

/** /:regionId/prefix-lists and /:regionId/port-lists. */
export function ListsPage({ kind }: { kind: ListKind }) {
  const { regionId = '' } = useParams();
  const hrefOf = (id: string) => (kind === 'prefix' ? paths.prefixList(regionId, id) : paths.portList(regionId, id));
  return (
    <>
      <PageHeader
        title={DESCRIPTIONS[kind].title}
        description={DESCRIPTIONS[kind].text}
        actions={<CreateListButton kind={kind} regionId={regionId} />}
      />
      <ListTable key={regionId} kind={kind} regionId={regionId} hrefOf={hrefOf} />
    </>
  );
}
