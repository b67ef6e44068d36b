import { useParams } from 'react-router';
import { PageHeader } from '../../components/page-header.tsx';
import { CreateSnapshotPolicyButton } from '../../features/snapshots/components/policies/create-snapshot-policy-button.tsx';
import { SnapshotPolicyTable } from '../../features/snapshots/components/policies/snapshot-policy-table.tsx';

export function SnapshotPoliciesPage() {
  const { regionId = '' } = useParams();
  return (
    <>
      <PageHeader
        title="Security Group Snapshots"
        description="Snapshot policies back up the rules of their security groups: at once when a group is associated, then 5 minutes after each rule change. Snapshot data is stored in OSS."
        actions={<CreateSnapshotPolicyButton regionId={regionId} />}
      />
      <SnapshotPolicyTable key={regionId} regionId={regionId} />
    </>
  );
}
