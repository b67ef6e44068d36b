import { useNavigate, useParams } from 'react-router';
import { ListDetails } from '../../features/lists/components/list-details.tsx';
import type { ListKind } from '../../views/list-views.ts';
import { paths } from '../../lib/paths.ts';

/** /:regionId/prefix-lists/:listId and /:regionId/port-lists/:listId. */
export function ListPage({ kind }: { kind: ListKind }) {
  const navigate = useNavigate();
  const { regionId = '', listId = '' } = useParams();
  const listHref = kind === 'prefix' ? paths.prefixLists(regionId) : paths.portLists(regionId);
  return (
    <ListDetails
      key={listId}
      kind={kind}
      regionId={regionId}
      listId={listId}
      listHref={listHref}
      onDeleted={() => navigate(listHref, { replace: true })}
    />
  );
}
