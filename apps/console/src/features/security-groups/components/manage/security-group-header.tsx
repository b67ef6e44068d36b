import { Anchor, Breadcrumbs } from '@mantine/core';
import type { ResponseOf } from '@sg/engine';
import { Link } from 'react-router';
import { PageHeader } from '../../../../components/page-header.tsx';
import { useCloudWords } from '../../../../views/cloud-words.ts';
import { CloneSecurityGroupButton } from '../clone/clone-security-group-button.tsx';
import { DeleteSecurityGroupButton } from './delete-security-group-button.tsx';

interface SecurityGroupHeaderProps {
  listHref: string;
  groupId: string;
  /** Absent while the group loads or when it could not be loaded: only the breadcrumbs show. */
  group?: ResponseOf<'DescribeSecurityGroupAttribute'>;
  onDeleted: () => void;
}

/** Breadcrumbs back to the list, the group's name and its Clone and Delete actions. */
export function SecurityGroupHeader({ listHref, groupId, group, onDeleted }: SecurityGroupHeaderProps) {
  const words = useCloudWords();
  return (
    <>
      <Breadcrumbs mb="xs">
        <Anchor component={Link} to={listHref} size="sm">
          {words.securityGroups}
        </Anchor>
        <span>{groupId}</span>
      </Breadcrumbs>
      {group && (
        <PageHeader
          title={group.SecurityGroupName || group.SecurityGroupId}
          description="Security Group Details"
          actions={
            <>
              <CloneSecurityGroupButton regionId={group.RegionId} group={group} />
              <DeleteSecurityGroupButton regionId={group.RegionId} group={group} onDeleted={onDeleted} />
            </>
          }
        />
      )}
    </>
  );
}
