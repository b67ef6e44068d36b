import { Alert, Button, Group, Modal, MultiSelect, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { type SnapshotPolicyView } from '@sg/engine';
import { GROUPS_PER_SNAPSHOT_POLICY } from '@sg/engine/forms';
import { useState } from 'react';
import { ApiError } from '../../../../components/api-error.tsx';
import { useEngine } from '../../../../lib/engine-provider.tsx';
import { groupOptionsQuery } from '../../api/snapshot-queries.ts';
import { useAssociateSecurityGroups } from '../../api/use-associate-security-groups.ts';

interface AssociateSecurityGroupsDialogProps {
  policy: SnapshotPolicyView | null;
  onClose: () => void;
}

/** "Associated Security Group": the policy's groups, picked from the region's; OK applies the difference at once. */
export function AssociateSecurityGroupsDialog({ policy, onClose }: AssociateSecurityGroupsDialogProps) {
  return (
    <Modal opened={policy !== null} onClose={onClose} title="Associated Security Group" size="lg" centered>
      {policy && <AssociateForm key={policy.SnapshotPolicyId} policy={policy} onClose={onClose} />}
    </Modal>
  );
}

function AssociateForm({ policy, onClose }: { policy: SnapshotPolicyView; onClose: () => void }) {
  const engine = useEngine();
  const groups = useQuery(groupOptionsQuery(engine, policy.RegionId));
  const associate = useAssociateSecurityGroups();
  const initial = policy.SecurityGroupIds.SecurityGroupId;
  const [selected, setSelected] = useState<string[]>(initial);
  const added = selected.filter((id) => !initial.includes(id));
  const removed = initial.filter((id) => !selected.includes(id));
  const isEnabled = policy.Status === 'Enabled';
  const known = new Set((groups.data ?? []).map((g) => g.SecurityGroupId));
  const options = [
    ...(groups.data ?? []).map((g) => ({
      value: g.SecurityGroupId,
      label: `${g.SecurityGroupName || g.SecurityGroupId} (${g.SecurityGroupId})`,
    })),
    ...initial.filter((id) => !known.has(id)).map((id) => ({ value: id, label: id })),
  ];
  const save = () =>
    associate.mutate(
      { regionId: policy.RegionId, policyId: policy.SnapshotPolicyId, added, removed },
      { onSuccess: onClose },
    );
  return (
    <Stack>
      <Text size="sm">
        Snapshot policy <b>{policy.SnapshotPolicyName}</b> ({policy.SnapshotPolicyId})
      </Text>
      <MultiSelect
        label="Security Groups"
        description={`Up to ${GROUPS_PER_SNAPSHOT_POLICY} security groups of this region. A security group can be associated with several snapshot policies that have different settings.`}
        placeholder={selected.length === 0 ? 'Select security groups' : undefined}
        data={options}
        value={selected}
        onChange={setSelected}
        maxValues={GROUPS_PER_SNAPSHOT_POLICY}
        searchable
        clearable
        comboboxProps={{ withinPortal: true }}
      />
      {groups.error && <ApiError error={groups.error} title="Could not load the security groups" />}
      <Alert color={isEnabled ? 'blue' : 'yellow'} p="xs">
        {isEnabled
          ? 'When you associate a security group with the policy, the system immediately creates a snapshot of its rules; later rule changes are snapshotted 5 minutes after the change.'
          : 'This policy is disabled: associated security groups get snapshots only while the policy is enabled.'}
      </Alert>
      {associate.error && <ApiError error={associate.error} title="The associations were not changed" />}
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {selected.length} / {GROUPS_PER_SNAPSHOT_POLICY} selected
          {added.length + removed.length > 0 && ` · ${added.length} to associate, ${removed.length} to disassociate`}
        </Text>
        <Group>
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button loading={associate.isPending} disabled={added.length + removed.length === 0} onClick={save}>
            OK
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}
