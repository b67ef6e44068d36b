import { Alert, Button, Center, Code, Group, Loader, Modal, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { isEngineError } from '@sg/engine';
import { useState, type ReactNode } from 'react';
import { useEngine } from '../../lib/engine-provider.tsx';
import { vpcGroupsQuery } from '../../queries/interface-group-queries.ts';
import { ApiError } from '../api-error.tsx';
import { ChangedMeanwhileNotice } from '../changed-meanwhile-notice.tsx';
import { groupSetChanges } from './group-set-changes.ts';
import { SecurityGroupTransfer } from './security-group-transfer.tsx';

export interface ChangeSecurityGroupsDialogProps {
  opened: boolean;
  regionId: string;
  vpcId: string;
  /** The interface's groups as stored now (they may change while the dialog is open). */
  currentGroupIds: readonly string[];
  /** What changes, e.g. "Instance i-… (its primary network interface)". */
  target: ReactNode;
  isSaving: boolean;
  /** The last failed save: the engine's Code and Message are shown as they are. */
  error: unknown;
  /**
   * Sends the whole new set in one call, with the set the dialog's choices start from: the save is refused
   * (InvalidOperation.Conflict) if the stored set is no longer that one. The caller closes the dialog on success.
   */
  onSubmit: (groupIds: string[], openedOn: readonly string[]) => void;
  onClose: () => void;
}

/**
 * "Change Security Groups" for an instance (its primary interface) or a network interface: the VPC's groups
 * to add and the chosen ones to remove, in one step. Every limit is the engine's: the dialog only counts.
 */
export function ChangeSecurityGroupsDialog(props: ChangeSecurityGroupsDialogProps) {
  return (
    <Modal opened={props.opened} onClose={props.onClose} title="Change Security Groups" size="xl" centered>
      <ChangeSecurityGroupsForm {...props} />
    </Modal>
  );
}

function ChangeSecurityGroupsForm(props: ChangeSecurityGroupsDialogProps) {
  const { regionId, vpcId, currentGroupIds, target, isSaving, error, onSubmit, onClose } = props;
  const engine = useEngine();
  const groups = useQuery(vpcGroupsQuery(engine, regionId, vpcId));
  const [openedOn, setOpenedOn] = useState<readonly string[]>(() => [...currentGroupIds]);
  const [selected, setSelected] = useState<string[]>(() => [...currentGroupIds]);
  const changedMeanwhile = groupSetChanges(openedOn, currentGroupIds);
  const { groupsPerInterface, rulesPerInterface } = engine.profile.limits;
  const byId = new Map((groups.data ?? []).map((g) => [g.SecurityGroupId, g]));
  const rules = selected.reduce((sum, id) => sum + (byId.get(id)?.RuleCount ?? 0), 0);
  const added = selected.filter((id) => !openedOn.includes(id));
  const removed = openedOn.filter((id) => !selected.includes(id));
  const isChanged = added.length > 0 || removed.length > 0 || selected.join() !== openedOn.join();
  const reload = () => {
    setOpenedOn([...currentGroupIds]);
    setSelected([...currentGroupIds]);
  };

  if (groups.isPending) {
    return (
      <Center py="xl">
        <Loader size="sm" aria-label="Loading security groups" />
      </Center>
    );
  }
  if (groups.error) return <ApiError error={groups.error} title="Could not load the security groups" />;
  return (
    <Stack gap="md">
      <Text size="sm">{target}</Text>
      <Text size="sm" c="dimmed">
        The security groups of the same VPC are listed. Their rules are combined and applied according to priority.
      </Text>
      <SecurityGroupTransfer groups={groups.data} selected={selected} current={openedOn} onChange={setSelected} />
      <Group gap="lg" aria-live="polite">
        <Text size="sm" c={selected.length > groupsPerInterface ? 'red' : undefined}>
          Security groups: {selected.length} / {groupsPerInterface}
        </Text>
        <Text size="sm" c={rules > rulesPerInterface ? 'red' : undefined}>
          Rules: {rules.toLocaleString('en-US')} / {rulesPerInterface.toLocaleString('en-US')}
        </Text>
        <Text size="sm" c="dimmed">
          {added.length} to add, {removed.length} to remove
        </Text>
      </Group>
      <ChangedMeanwhileNotice changes={changedMeanwhile} onReload={reload} />
      {error !== null && error !== undefined && (
        <Alert color="red" title="The security groups were not changed" role="alert">
          {isEngineError(error) ? (
            <Text size="sm">
              <Code>{error.Code}</Code>: {error.Message}
            </Text>
          ) : (
            String(error)
          )}
        </Alert>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          Cancel
        </Button>
        <Button onClick={() => onSubmit(selected, openedOn)} loading={isSaving} disabled={!isChanged}>
          OK
        </Button>
      </Group>
    </Stack>
  );
}
