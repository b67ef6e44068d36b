import { Button, Center, Group, Loader, Modal, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError } from '../../../../components/api-error.tsx';
import { useEngine } from '../../../../lib/engine-provider.tsx';
import { redundantRulesQuery } from '../../api/security-group-tool-queries.ts';
import { useRevokeRedundantRules } from '../../api/use-revoke-redundant-rules.ts';
import { RedundantRulesTable } from './redundant-rules-table.tsx';

interface HealthCheckDialogProps {
  regionId: string;
  groupId: string;
  /** Managed groups are view-only: the check is shown, nothing can be deleted. */
  isReadOnly: boolean;
  opened: boolean;
  onClose: () => void;
}

/** "Health Check" (SEED004 "Redundant rules"): the engine's redundant rules; the selected ones are deleted at once. */
export function HealthCheckDialog({ regionId, groupId, isReadOnly, opened, onClose }: HealthCheckDialogProps) {
  const engine = useEngine();
  const check = useQuery({ ...redundantRulesQuery(engine, regionId, groupId), enabled: opened });
  const revoke = useRevokeRedundantRules();
  const [selectedIds, setSelectedIds] = useState<string[]>([]);
  const rules = check.data ?? [];
  // A rule deleted elsewhere (another tab) drops out of the selection when the check is refetched.
  const selected = rules.filter((r) => selectedIds.includes(r.Permission.SecurityGroupRuleId));

  const close = () => {
    setSelectedIds([]);
    revoke.reset();
    onClose();
  };
  const handleDelete = () =>
    revoke.mutate(
      { regionId, groupId, rules: selected.map((r) => r.Permission) },
      { onSuccess: () => setSelectedIds([]) },
    );

  return (
    <Modal opened={opened} onClose={close} title="Health Check" size={1100} centered>
      <Stack gap="sm">
        <Text size="sm">
          A rule is redundant when another rule of the group covers all of its conditions at an equal or higher
          priority. Redundant rules use up the rule quota without changing what is allowed.
        </Text>
        {check.isPending ? (
          <Center py="md">
            <Loader size="sm" aria-label="Checking the rules" />
          </Center>
        ) : check.error ? (
          <ApiError error={check.error} title="The health check failed" />
        ) : rules.length === 0 ? (
          <Text fw={600}>No redundant rules</Text>
        ) : (
          <RedundantRulesTable
            rules={rules}
            selectedIds={selectedIds}
            onSelectionChange={isReadOnly ? undefined : setSelectedIds}
          />
        )}
        {isReadOnly && rules.length > 0 && (
          <Text size="sm" c="dimmed">
            Managed security group: its rules are view-only and cannot be deleted.
          </Text>
        )}
        {revoke.error && <ApiError error={revoke.error} title="The rules were not deleted" />}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            Close
          </Button>
          {!isReadOnly && rules.length > 0 && (
            <Button color="red" disabled={selected.length === 0} loading={revoke.isPending} onClick={handleDelete}>
              Delete Selected Rules{selected.length > 0 ? ` (${selected.length})` : ''}
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}
