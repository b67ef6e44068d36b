import { Anchor, Breadcrumbs, Center, Loader } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError } from '../../components/api-error.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { securityGroupQuery } from '../../features/security-groups/api/security-group-queries.ts';
import { SecurityGroupBasicInfo } from '../../features/security-groups/components/security-group-basic-info.tsx';
import { SecurityGroupRulesTabs } from '../../features/security-groups/components/security-group-rules-tabs.tsx';
import { useEngine } from '../../lib/engine-provider.tsx';
import { paths } from '../paths.ts';

export function SecurityGroupPage() {
  const engine = useEngine();
  const navigate = useNavigate();
  const { regionId = '', groupId = '', direction: rawDirection } = useParams();
  const direction = rawDirection === 'egress' ? 'egress' : 'ingress';
  const group = useQuery(securityGroupQuery(engine, regionId, groupId));
  const crumbs = (
    <Breadcrumbs mb="xs">
      <Anchor component={Link} to={paths.securityGroups(regionId)} size="sm">
        Security Groups
      </Anchor>
      <span>{groupId}</span>
    </Breadcrumbs>
  );
  if (group.isPending)
    return (
      <Center py="xl">
        <Loader size="sm" aria-label="Loading security group" />
      </Center>
    );
  if (group.error)
    return (
      <>
        {crumbs}
        <ApiError error={group.error} title="Could not load the security group" />
      </>
    );
  return (
    <>
      {crumbs}
      <PageHeader
        title={group.data.SecurityGroupName || group.data.SecurityGroupId}
        description="Security Group Details"
      />
      <SecurityGroupBasicInfo group={group.data} />
      <SecurityGroupRulesTabs
        regionId={regionId}
        group={group.data}
        direction={direction}
        onDirectionChange={(d) => navigate(paths.securityGroupRules(regionId, groupId, d), { replace: true })}
      />
    </>
  );
}
