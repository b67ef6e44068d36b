import { Alert, Button, Group, Modal, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { Permission, ResponseOf } from '@sg/engine';
import { modifyRuleChanges } from '@sg/engine/forms';
import { useState } from 'react';
import { ApiError } from '../../../../components/api-error.tsx';
import { ChangedMeanwhileNotice } from '../../../../components/changed-meanwhile-notice.tsx';
import { fieldChanges } from '../../../../lib/changed-meanwhile.ts';
import { useRuleView } from '../../../../lib/use-rule-view.ts';
import { useModifyRule } from '../../api/use-modify-rule.ts';
import { previewOfInput, previewOfRule } from './preview-rule.ts';
import { DiffTable } from '../../../../components/diff-table.tsx';
import { RuleEditorRow, type RuleRowsForm } from './rule-editor-row.tsx';
import { ListQuotaNote } from './list-quota-note.tsx';
import { checkRows } from './rule-row-checks.ts';
import { rowFieldOf, rowFromRule, type RowError } from './rule-rows.ts';

interface ModifyRuleModalProps {
  regionId: string;
  group: ResponseOf<'DescribeSecurityGroupAttribute'>;
  /** The rule to modify; the dialog is open while there is one. */
  rule: Permission | null;
  onClose: () => void;
}

const ONE_RULE = 'Modify changes one rule: enter one port range and one authorization object.';

/** Modify (Tencent: Edit) one rule; the rules' Version the dialog was opened on goes with the change (Tencent). */
export function ModifyRuleModal({ regionId, group, rule, onClose }: ModifyRuleModalProps) {
  const { words } = useRuleView();
  const title = `${words.modify} ${words.ruleOf[rule?.Direction ?? 'ingress']}`;
  return (
    <Modal opened={rule !== null} onClose={onClose} title={title} size={1000}>
      {rule && (
        <ReloadableModifyRuleForm
          key={rule.SecurityGroupRuleId}
          regionId={regionId}
          group={group}
          rule={rule}
          onClose={onClose}
        />
      )}
    </Modal>
  );
}

type FormProps = ModifyRuleModalProps & { rule: Permission };
/** The one-rule form: the rules' Version it was opened on goes with the change (Tencent). */
type RuleFormProps = FormProps & { version: string | undefined };

/**
 * The rule as the dialog was opened on it, against the stored one: what changed elsewhere meanwhile shows, and
 * "Reload values" starts the form again from the stored rule (Save is refused while they differ). On a cloud whose
 * rules carry a Version (Tencent), a change to any other rule of the group moves it: that shows too, since the
 * engine would refuse the stale Version, and reloading takes the current one.
 */
function ReloadableModifyRuleForm({ rule, group, ...props }: FormProps) {
  const [openedOn, setOpenedOn] = useState(rule);
  const [openedVersion, setOpenedVersion] = useState(group.Version);
  const [generation, setGeneration] = useState(0);
  const stored = group.Permissions.Permission.find((r) => r.SecurityGroupRuleId === rule.SecurityGroupRuleId);
  const versionMoved = openedVersion !== group.Version;
  const changes = stored
    ? [
        ...fieldChanges(openedOn, stored),
        ...(versionMoved
          ? [`Rules version: ${openedVersion ?? '-'} → ${group.Version ?? '-'} (another rule changed)`]
          : []),
      ]
    : ['the rule was deleted'];
  const reload = stored
    ? () => {
        setOpenedOn(stored);
        setOpenedVersion(group.Version);
        setGeneration((g) => g + 1);
      }
    : undefined;
  return (
    <Stack gap="sm">
      <ChangedMeanwhileNotice changes={changes} onReload={reload} />
      <ModifyRuleForm key={generation} {...props} group={group} rule={openedOn} version={openedVersion} />
    </Stack>
  );
}

/** The one-rule form: prefilled with the rule; Save sends only the fields that changed. */
function ModifyRuleForm({ regionId, group, rule, version, onClose }: RuleFormProps) {
  const form = useForm<RuleRowsForm>({ mode: 'controlled', initialValues: { rows: [rowFromRule(rule)] } });
  const [engineError, setEngineError] = useState<{ snapshot: string; error: RowError } | null>(null);
  const modify = useModifyRule();
  const row = form.getValues().rows[0];
  const [check] = checkRows(
    form.getValues().rows,
    rule.Direction,
    group.Permissions.Permission.filter((r) => r.SecurityGroupRuleId !== rule.SecurityGroupRuleId),
    useRuleView().dialect,
  );
  const expansion = check?.expansion;
  const permissions = expansion?.ok ? expansion.permissions : [];
  const [next] = permissions;
  const changes = next && permissions.length === 1 && row ? modifyRuleChanges(rule, next, row.Description) : {};
  const isDirty = Object.keys(changes).length > 0;
  const shown = engineError && engineError.snapshot === JSON.stringify(row) ? engineError.error : null;

  function save() {
    modify.reset();
    setEngineError(null);
    modify.mutate(
      {
        regionId,
        groupId: group.SecurityGroupId,
        direction: rule.Direction,
        ruleId: rule.SecurityGroupRuleId,
        changes,
        openedOn: rule,
        version,
      },
      {
        onSuccess: onClose,
        onError: (error) => {
          const field = rowFieldOf(error.Field);
          if (field)
            setEngineError({
              snapshot: JSON.stringify(row),
              error: { field, Code: error.Code, Message: error.Message },
            });
        },
      },
    );
  }

  const isGeneralError = modify.error && !shown;
  return (
    <Stack gap="sm">
      <RuleEditorRow
        form={form}
        index={0}
        direction={rule.Direction}
        check={check}
        engineError={shown}
        canShow={() => true}
        onLeave={() => undefined}
        labelSuffix=""
        scope={{
          regionId,
          vpcId: group.VpcId,
          groupId: group.SecurityGroupId,
          isAdvanced: group.SecurityGroupType === 'enterprise',
          multiple: false,
        }}
      />
      <ListQuotaNote checks={[check]} />
      {permissions.length > 1 && (
        <Alert color="red" p="xs">
          {ONE_RULE}
        </Alert>
      )}
      {isDirty && next && (
        <DiffTable
          label="Preview changes"
          direction={rule.Direction}
          rows={[
            {
              key: rule.SecurityGroupRuleId,
              marker: '~',
              rule: previewOfInput(next, rule.Direction),
              before: previewOfRule(rule),
            },
          ]}
        />
      )}
      {isGeneralError && <ApiError error={modify.error} title="The rule was not modified" />}
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          Cancel
        </Button>
        <Button onClick={save} loading={modify.isPending} disabled={!isDirty}>
          Save
        </Button>
      </Group>
    </Stack>
  );
}
