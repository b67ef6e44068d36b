import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { ResponseOf } from '@sg/engine';
import type { QuickRule } from '@sg/engine/forms';
import { useState } from 'react';
import { ApiError } from '../../../../components/api-error.tsx';
import { useRuleView } from '../../../../lib/use-rule-view.ts';
import { useAuthorizeRules } from '../../api/use-authorize-rules.ts';
import { ListQuotaNote } from './list-quota-note.tsx';
import { ADVANCED_GROUP_NOTE } from './peer-group-picker.tsx';
import { RuleEditorPreview } from './rule-editor-preview.tsx';
import { RulePlacement, type Placement } from './rule-placement.tsx';
import { RuleQuickChoices } from './rule-quick-choices.tsx';
import { checkRows } from './rule-row-checks.ts';
import { RuleRowsEditor } from './rule-rows-editor.tsx';
import { blankRow, isBlankRow, rowFromQuickRule } from './rule-rows.ts';
import { useRuleRows } from './use-rule-rows.ts';
import { WatchedFlowChanges } from './watched-flow-changes.tsx';

interface AddRulesModalProps {
  regionId: string;
  group: ResponseOf<'DescribeSecurityGroupAttribute'>;
  direction: 'ingress' | 'egress';
  opened: boolean;
  /** Insert: the rules go at this place among the direction's rules (clouds ordered by position). */
  insertAt: number | undefined;
  onClose: () => void;
}

/**
 * The multi-row rule editor: many rows, one Save that authorizes them all in one engine batch. Where rules are
 * ordered by position, they go where the user says (the top, the end, or above the rule Insert was chosen on), and
 * the rules' Version the dialog was opened on goes with them, so a change made meanwhile is refused, not overrun.
 */
export function AddRulesModal({ regionId, group, direction, opened, insertAt, onClose }: AddRulesModalProps) {
  const view = useRuleView();
  const editor = useRuleRows(() => [blankRow()]);
  const [isPreviewing, setPreviewing] = useState(false);
  const [placement, setPlacement] = useState<Placement>('bottom');
  const [openedOn, setOpenedOn] = useState<{ version: string | undefined } | null>(null);
  if (opened && openedOn === null) setOpenedOn({ version: group.Version });
  if (!opened && openedOn !== null) setOpenedOn(null);
  const authorize = useAuthorizeRules();
  const { rows } = editor;
  const checks = checkRows(rows, direction, group.Permissions.Permission, view.dialect);
  const isByPosition = view.dialect.ordering === 'position';
  const isAdvanced = group.SecurityGroupType === 'enterprise';
  const scope = { regionId, vpcId: group.VpcId, groupId: group.SecurityGroupId, isAdvanced };

  function close() {
    editor.reset([blankRow()]);
    setPreviewing(false);
    setPlacement('bottom');
    authorize.reset();
    onClose();
  }
  function addQuick(quick: QuickRule) {
    const row = rowFromQuickRule(quick);
    const [only] = rows;
    if (rows.length === 1 && only && isBlankRow(only)) editor.form.setFieldValue('rows', [row]);
    else editor.form.insertListItem('rows', row);
  }
  function save() {
    editor.submit();
    authorize.reset();
    const expansions = checks.map((c) => c.expansion);
    if (expansions.some((e) => !e.ok)) return;
    const policyIndex = !isByPosition ? undefined : (insertAt ?? (placement === 'top' ? 0 : undefined));
    authorize.mutate(
      {
        regionId,
        groupId: group.SecurityGroupId,
        direction,
        rows: expansions.map((e) => (e.ok ? e.permissions : [])),
        policyIndex,
        version: openedOn?.version,
      },
      { onSuccess: (outcome) => (outcome.ok ? close() : editor.hold(outcome.rowErrors)) },
    );
  }

  const verb = isByPosition && insertAt !== undefined ? view.words.positionActions.insert : 'Add';
  const title = `${verb} ${view.words.ruleOf[direction]}`;
  const isEmpty = rows.length === 0 || rows.every(isBlankRow);
  return (
    <Modal opened={opened} onClose={close} title={title} size={1100}>
      <Stack gap="sm">
        {isByPosition && (
          <RulePlacement words={view.words} insertAt={insertAt} value={placement} onChange={setPlacement} />
        )}
        {direction === 'ingress' && <RuleQuickChoices onPick={addQuick} />}
        {isAdvanced && (
          <Text size="sm" c="dimmed">
            {ADVANCED_GROUP_NOTE}
          </Text>
        )}
        <RuleRowsEditor editor={editor} direction={direction} checks={checks} scope={scope} addLabel="Add Row" />
        <ListQuotaNote checks={checks} />
        {isPreviewing && <RuleEditorPreview direction={direction} checks={checks} />}
        <WatchedFlowChanges regionId={regionId} group={group} direction={direction} checks={checks} />
        {authorize.error && <ApiError error={authorize.error} title="No rule was added" />}
        {editor.isSubmitted && checks.some((c) => !c.expansion.ok) && (
          <Alert color="red" p="xs">
            Fix the errors shown in the rows, then save again. Nothing has been saved.
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setPreviewing((p) => !p)} disabled={isEmpty}>
            {isPreviewing ? 'Hide preview' : 'Preview changes'}
          </Button>
          <Button variant="default" onClick={close}>
            Cancel
          </Button>
          <Button onClick={save} loading={authorize.isPending} disabled={isEmpty}>
            Save
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
