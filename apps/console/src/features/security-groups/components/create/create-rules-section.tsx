import { Alert, Input, Stack, Text } from '@mantine/core';
import type { SecurityGroupType } from '@sg/engine';
import { consoleCreatedGroupEgress } from '@sg/engine/forms';
import { ListQuotaNote } from '../rules/list-quota-note.tsx';
import { ADVANCED_GROUP_NOTE, type PickerScope } from '../rules/peer-group-picker.tsx';
import type { RowCheck } from '../rules/rule-row-checks.ts';
import { RuleRowsEditor } from '../rules/rule-rows-editor.tsx';
import type { RuleRowsState } from '../rules/use-rule-rows.ts';
import { RulesToBeAddedTable, type RuleToBeAdded } from './rules-to-be-added-table.tsx';

interface CreateRulesSectionProps {
  editor: RuleRowsState;
  checks: RowCheck[];
  scope: PickerScope;
  groupType: SecurityGroupType;
}

const inbound = (permission: RuleToBeAdded['permission']): RuleToBeAdded => ({ direction: 'ingress', permission });

/**
 * Seed 004's "Configure security group rules" step of Create Security Group: the template's inbound rules as rule
 * editor rows, to change, remove or add to before OK, with the engine's codes and warnings under each row, then
 * what OK will add.
 */
export function CreateRulesSection({ editor, checks, scope, groupType }: CreateRulesSectionProps) {
  const hasErrors = checks.some((c) => !c.expansion.ok);
  // Each valid row's permissions as the engine expands them, and an advanced group's outbound rule.
  const rules: RuleToBeAdded[] = [
    ...checks.flatMap((check) => (check.expansion.ok ? check.expansion.permissions : [])).map(inbound),
    ...consoleCreatedGroupEgress(groupType).map((permission) => ({ direction: 'egress' as const, permission })),
  ];
  const invalidRows = checks.flatMap((check, row) => (check.expansion.ok ? [] : [row + 1]));
  return (
    <Input.Wrapper
      label="Inbound Rules"
      labelElement="div"
      description="Security group rules are stateful: you only need to configure inbound rules, because the responses are allowed out automatically."
    >
      <Stack gap="xs" mt={6} role="group" aria-label="Security Group Rules">
        {scope.isAdvanced && (
          <Text size="xs" c="dimmed">
            {ADVANCED_GROUP_NOTE}
          </Text>
        )}
        <RuleRowsEditor editor={editor} direction="ingress" checks={checks} scope={scope} addLabel="Add Rule" />
        <ListQuotaNote checks={checks} />
        {editor.isSubmitted && hasErrors && (
          <Alert color="red" p="xs">
            Fix the errors shown in the rules, then click OK again. Nothing has been created.
          </Alert>
        )}
        <RulesToBeAddedTable
          rules={rules}
          withPriority
          emptyText="No rules: add rules here, or after the group is created."
          footer={
            invalidRows.length > 0 && (
              <Text size="sm" c="red">
                Not listed: rule {invalidRows.join(', ')} {invalidRows.length === 1 ? 'has' : 'have'} errors.
              </Text>
            )
          }
        />
      </Stack>
    </Input.Wrapper>
  );
}
