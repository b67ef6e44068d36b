import { Anchor } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { paths } from '../lib/paths.ts';

interface ListLinkProps {
  kind: 'prefix' | 'port';
  id: string;
  /** The list's name as the engine filled it in the rule ('' once the list is gone). */
  name: string;
}

/** A prefix list or port list a rule names: its name, linking to the list's details in the current region. */
export function ListLink({ kind, id, name }: ListLinkProps) {
  const { regionId = '' } = useParams();
  const to = kind === 'prefix' ? paths.prefixList(regionId, id) : paths.portList(regionId, id);
  return (
    <Anchor component={Link} to={to} size="xs">
      {name || id}
    </Anchor>
  );
}
