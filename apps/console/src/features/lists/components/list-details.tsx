import { Alert, Anchor, Breadcrumbs, Center, Loader } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { ApiError } from '../../../components/api-error.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { useEngine } from '../../../lib/engine-provider.tsx';
import { listDetailQuery } from '../../../queries/list-queries.ts';
import type { ListKind } from '../../../views/list-views.ts';
import { AssociatedRulesTable } from './associated-rules-table.tsx';
import { DeleteListDialog } from './delete-list-dialog.tsx';
import { ListBasicInfo } from './list-basic-info.tsx';
import { ListEntriesCard } from './list-entries-card.tsx';
import { LIST_WORDS } from './list-words.ts';
import { ModifyListDialog } from './modify-list-dialog.tsx';

interface ListDetailsProps {
  kind: ListKind;
  regionId: string;
  listId: string;
  listHref: string;
  onDeleted: () => void;
}

/** A list's details page: Basic Information, Entries, and the security group rules that reference it. */
export function ListDetails({ kind, regionId, listId, listHref, onDeleted }: ListDetailsProps) {
  const engine = useEngine();
  const words = LIST_WORDS[kind];
  const detail = useQuery(listDetailQuery(engine, kind, regionId, listId));
  const [dialog, setDialog] = useState<'modify' | 'delete' | null>(null);
  const breadcrumbs = (
    <Breadcrumbs mb="xs">
      <Anchor component={Link} to={listHref} size="sm">
        {words.title}
      </Anchor>
      <span>{listId}</span>
    </Breadcrumbs>
  );
  if (detail.isPending) {
    return (
      <Center py="xl">
        <Loader size="sm" aria-label={`Loading the ${words.lower}`} />
      </Center>
    );
  }
  if (!detail.data) {
    return (
      <>
        {breadcrumbs}
        {detail.error ? (
          <ApiError error={detail.error} title={`Could not load the ${words.lower}`} />
        ) : (
          <Alert color="yellow" title={`${words.noun} not found`} role="alert">
            There is no {words.lower} {listId} in {regionId}.
          </Alert>
        )}
      </>
    );
  }
  const list = detail.data;
  return (
    <>
      {breadcrumbs}
      <PageHeader title={list.Name} description={`${words.noun} Details`} />
      <ListBasicInfo list={list} onModify={() => setDialog('modify')} onDelete={() => setDialog('delete')} />
      <ListEntriesCard kind={kind} regionId={regionId} list={list} onModify={() => setDialog('modify')} />
      <AssociatedRulesTable kind={kind} regionId={regionId} listId={listId} />
      <ModifyListDialog
        kind={kind}
        regionId={regionId}
        listId={dialog === 'modify' ? listId : null}
        onClose={() => setDialog(null)}
      />
      <DeleteListDialog
        kind={kind}
        regionId={regionId}
        list={dialog === 'delete' ? list : null}
        onClose={() => setDialog(null)}
        onDeleted={onDeleted}
      />
    </>
  );
}
