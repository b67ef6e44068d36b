import { Anchor, Group, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { SnapshotPolicyView } from '@sg/engine';
import { useState } from 'react';
import { IdText } from '../../../../components/id-text.tsx';
import { ResourceTable, type Column } from '../../../../components/resource-table.tsx';
import { StatusBadge } from '../../../../components/status-badge.tsx';
import { useEngine } from '../../../../lib/engine-provider.tsx';
import { snapshotPoliciesQuery } from '../../api/snapshot-queries.ts';
import { AssociateSecurityGroupsDialog } from './associate-security-groups-dialog.tsx';
import { DeleteSnapshotPolicyDialog } from './delete-snapshot-policy-dialog.tsx';
import { ModifySnapshotPolicyDialog } from './modify-snapshot-policy-dialog.tsx';

type Dialog = 'modify' | 'associate' | 'delete';

const days = (n: number) => `${n} ${n === 1 ? 'day' : 'days'}`;

/** The region's snapshot policies with their Modify, Associated Security Group and Delete actions. */
export function SnapshotPolicyTable({ regionId }: { regionId: string }) {
  const engine = useEngine();
  const policies = useQuery(snapshotPoliciesQuery(engine, regionId));
  const [open, setOpen] = useState<{ dialog: Dialog; id: string } | null>(null);
  // Looked up again on every render, so an open dialog shows the policy as the engine has it now.
  const current = (dialog: Dialog) =>
    (open?.dialog === dialog && policies.data?.find((p) => p.SnapshotPolicyId === open.id)) || null;
  const close = () => setOpen(null);
  const action = (dialog: Dialog, label: string, policy: SnapshotPolicyView, color?: string) => (
    <Anchor component="button" size="sm" c={color} onClick={() => setOpen({ dialog, id: policy.SnapshotPolicyId })}>
      {label}
    </Anchor>
  );
  const columns: Column<SnapshotPolicyView>[] = [
    {
      key: 'name',
      header: 'Policy Name',
      render: (p) => (
        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
          {p.SnapshotPolicyName}
        </Text>
      ),
    },
    { key: 'id', header: 'ID', render: (p) => <IdText>{p.SnapshotPolicyId}</IdText> },
    { key: 'status', header: 'Status', render: (p) => <StatusBadge status={p.Status} /> },
    { key: 'retention', header: 'Retention Period', render: (p) => days(p.RetentionDays) },
    {
      key: 'bucket',
      header: 'OSS Bucket',
      render: (p) => (p.OssBucketName ? <IdText>{p.OssBucketName}</IdText> : <Text size="sm">Default bucket</Text>),
    },
    { key: 'groups', header: 'Associated Security Groups', render: (p) => p.SecurityGroupCount },
    { key: 'created', header: 'Created At', render: (p) => p.CreationTime },
    {
      key: 'actions',
      header: 'Operation',
      render: (p) => (
        <Group gap="sm" wrap="nowrap">
          {action('modify', 'Modify', p)}
          {action('associate', 'Associated Security Group', p)}
          {action('delete', 'Delete', p, 'red')}
        </Group>
      ),
    },
  ];
  return (
    <>
      <ResourceTable
        label="Snapshot policies"
        columns={columns}
        rows={policies.data}
        rowKey={(p) => p.SnapshotPolicyId}
        isPending={policies.isPending}
        error={policies.error}
        emptyText="No snapshot policies yet. Create one, then associate security groups with it to back up their rules."
      />
      <ModifySnapshotPolicyDialog policy={current('modify')} onClose={close} />
      <AssociateSecurityGroupsDialog policy={current('associate')} onClose={close} />
      <DeleteSnapshotPolicyDialog policy={current('delete')} onClose={close} />
    </>
  );
}
