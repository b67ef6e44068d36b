import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { Permission } from '@sg/engine';
import { ApiError } from '../../../../components/api-error.tsx';
import { useRevokeRules } from '../../api/use-revoke-rules.ts';
import { previewOfRule } from './preview-rule.ts';
import { DiffTable } from '../../../../components/diff-table.tsx';

interface DeleteRulesModalProps {
  regionId: string;
  groupId: string;
  /** The group's rules Version shown (Tencent): a delete after another change is refused, not applied blind. */
  version: string | undefined;
  direction: 'ingress' | 'egress';
  /** The rules to delete; the dialog is open while there are any. */
  rules: Permission[];
  onClose: () => void;
  onDeleted: () => void;
}

/** Lists the rules to delete and revokes them by ID in one call when confirmed. */
export function DeleteRulesModal(props: DeleteRulesModalProps) {
  const { regionId, groupId, version, direction, rules, onClose, onDeleted } = props;
  const revoke = useRevokeRules();
  const close = () => {
    revoke.reset();
    onClose();
  };
  const confirm = () =>
    revoke.mutate(
      { regionId, groupId, direction, version, ruleIds: rules.map((r) => r.SecurityGroupRuleId) },
      {
        onSuccess: () => {
          revoke.reset();
          onDeleted();
        },
      },
    );
  const noun = direction === 'ingress' ? 'inbound' : 'outbound';
  return (
    <Modal opened={rules.length > 0} onClose={close} title="Delete Security Group Rule" size="xl" centered>
      <Stack>
        <Text size="sm">
          Are you sure you want to delete the following{' '}
          {rules.length === 1 ? `${noun} rule` : `${rules.length} ${noun} rules`}?
        </Text>
        <DiffTable
          label="Rules to delete"
          direction={direction}
          rows={rules.map((r) => ({ key: r.SecurityGroupRuleId, marker: '-', rule: previewOfRule(r) }))}
        />
        {revoke.error && <ApiError error={revoke.error} title="The rules were not deleted" />}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            Cancel
          </Button>
          <Button color="red" loading={revoke.isPending} onClick={confirm}>
            Delete
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
