import { Center, Loader } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router';
import { ApiError } from '../../components/api-error.tsx';
import { securityGroupQuery } from '../../features/security-groups/api/security-group-queries.ts';
import { SecurityGroupHeader } from '../../features/security-groups/components/manage/security-group-header.tsx';
import { CustomizeNextStep } from '../../features/security-groups/components/create/customize-next-step.tsx';
import { SecurityGroupBasicInfo } from '../../features/security-groups/components/security-group-basic-info.tsx';
import { SecurityGroupDetailsTabs } from '../../features/security-groups/components/security-group-details-tabs.tsx';
import { GroupSnapshotsPanel } from '../../features/snapshots/components/group/group-snapshots-panel.tsx';
import { useEngine } from '../../lib/engine-provider.tsx';
import { paths } from '../../lib/paths.ts';

/** A group's details; `tab="snapshots"` for /security-groups/:groupId/snapshots, else the rules of `:direction`. */
export function SecurityGroupPage({ tab }: { tab?: 'snapshots' }) {
  const engine = useEngine();
  const navigate = useNavigate();
  const { regionId = '', groupId = '', direction } = useParams();
  const group = useQuery(securityGroupQuery(engine, regionId, groupId));
  const listHref = paths.securityGroups(regionId);
  const header = (
    <SecurityGroupHeader
      listHref={listHref}
      groupId={groupId}
      group={group.data}
      onDeleted={() => navigate(listHref, { replace: true })}
    />
  );
  if (group.isPending)
    return (
      <Center py="xl">
        <Loader size="sm" aria-label="Loading security group" />
      </Center>
    );
  if (group.error)
    return [header, <ApiError key="error" error={group.error} title="Could not load the security group" />];
  return (
    <>
      {header}
      <SecurityGroupBasicInfo group={group.data} />
      <CustomizeNextStep regionId={regionId} group={group.data} />
      <SecurityGroupDetailsTabs
        regionId={regionId}
        group={group.data}
        tab={tab ?? (direction === 'egress' ? 'egress' : 'ingress')}
        onTabChange={(t) =>
          navigate(
            t === 'snapshots'
              ? paths.securityGroupSnapshots(regionId, groupId)
              : paths.securityGroupRules(regionId, groupId, t),
            { replace: true },
          )
        }
        snapshotsPanel={<GroupSnapshotsPanel regionId={regionId} groupId={groupId} />}
      />
    </>
  );
}
