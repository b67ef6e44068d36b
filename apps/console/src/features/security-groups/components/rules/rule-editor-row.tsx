import { CloseButton, Grid, Group, Paper, Select, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { allPortsText, problemInCloudTerms, type AuthorizationType } from '@sg/engine/forms';
import { useEngine } from '../../../../lib/engine-provider.tsx';
import { useRuleView } from '../../../../lib/use-rule-view.ts';
import { AuthorizationObjectField } from './authorization-object-field.tsx';
import type { PickerScope } from './peer-group-picker.tsx';
import { PortListSelect } from './port-list-select.tsx';
import { policyOptions, protocolOptions } from './protocol-options.ts';
import type { RowCheck } from './rule-row-checks.ts';
import { errorText, rowHasPorts, type RowError, type RowField, type RuleRow } from './rule-rows.ts';
import { RowMessages } from './row-messages.tsx';

export interface RuleRowsForm {
  rows: RuleRow[];
}

interface RuleEditorRowProps {
  form: UseFormReturnType<RuleRowsForm>;
  index: number;
  direction: 'ingress' | 'egress';
  check: RowCheck | undefined;
  /** The engine's refusal of this row on Save, while the row is unchanged since. */
  engineError: RowError | null;
  /** Whether the check's field error may show yet (after the field was left, or after Save). */
  canShow: (field: RowField) => boolean;
  onLeave: (field: RowField) => void;
  /** ", row 2" in the multi-row editor, '' in the one-rule form. */
  labelSuffix: string;
  /** Where the security-group and list pickers look; `multiple` in the add-rule rows, one object in Modify. */
  scope: PickerScope & { multiple: boolean };
  onRemove?: () => void;
}

/**
 * One rule entry in the cloud's fields and words: Action (Policy), Priority where rules have one, Protocol, the
 * ports (Port Range or Port List in Alibaba's, Port in Tencent's, Destination Port in JD's syntax), the kind of
 * object and the object, Description (Notes, Remarks). Which fields and choices exist is the engine's dialect.
 */
export function RuleEditorRow(props: RuleEditorRowProps) {
  const { form, index, direction, check, engineError, canShow, onLeave, labelSuffix, scope, onRemove } = props;
  const profile = useEngine().profile;
  const { dialect, words } = useRuleView();
  const row = form.getValues().rows[index];
  if (!row) return null;
  const path = (field: keyof RuleRow) => `rows.${index}.${field}`;
  const hasPorts = rowHasPorts(row);
  const usesPortList = row.PortRangeListId !== '';

  function errorOf(field: RowField): string | undefined {
    if (engineError?.field === field) return errorText(engineError);
    const expansion = check?.expansion;
    // The early check speaks Alibaba's codes, as the engine's validators do; the door would answer in the cloud's.
    if (expansion && !expansion.ok && expansion.field === field && canShow(field))
      return errorText(problemInCloudTerms(expansion.problem, profile));
    return undefined;
  }
  const inputProps = (field: RowField) => ({
    ...form.getInputProps(path(field)),
    error: errorOf(field),
    onBlur: () => onLeave(field),
  });
  const setProtocol = (value: string | null) => {
    if (!value) return;
    const next = { ...row, IpProtocol: value };
    form.setFieldValue(path('IpProtocol'), value);
    // Port-less protocols always use every port (-1/-1, ALL); coming back to TCP/UDP starts from an empty range.
    if (!rowHasPorts(next)) form.setFieldValue(path('PortRanges'), allPortsText(dialect));
    else if (!hasPorts) form.setFieldValue(path('PortRanges'), '');
  };
  const setPortList = (id: string) => {
    form.setFieldValue(path('PortRangeListId'), id);
    // A port list replaces the ranges: the engine ignores a list when PortRange is given.
    if (id !== '') form.setFieldValue(path('PortRanges'), '');
    onLeave('PortRanges');
  };
  const setType = (type: AuthorizationType) => {
    form.setFieldValue(path('AuthorizationType'), type);
    // Objects of one kind are not objects of another: the field starts empty.
    form.setFieldValue(path('AuthorizationObjects'), '');
  };
  const setObjects = (objects: string) => {
    form.setFieldValue(path('AuthorizationObjects'), objects);
    // A pick is complete at once; typed text is checked when the field is left.
    if (row.AuthorizationType === 'group' || row.AuthorizationType === 'prefixList') onLeave('AuthorizationObjects');
  };
  const rowError = engineError && engineError.field === null ? errorText(engineError) : null;

  return (
    <Paper withBorder p="sm" role="group" aria-label={`Rule${labelSuffix}`}>
      <Stack gap="xs">
        {onRemove && (
          <Group justify="space-between">
            <Text size="sm" fw={600}>
              Rule {index + 1}
            </Text>
            <CloseButton aria-label={`Remove row ${index + 1}`} onClick={onRemove} />
          </Group>
        )}
        <Grid gap="sm">
          <Grid.Col span={2}>
            <Select
              label={words.fields.policy}
              aria-label={`${words.fields.policy}${labelSuffix}`}
              data={policyOptions({ dialect, words })}
              allowDeselect={false}
              {...inputProps('Policy')}
            />
          </Grid.Col>
          {dialect.priority && (
            <Grid.Col span={1}>
              <TextInput label="Priority" aria-label={`Priority${labelSuffix}`} {...inputProps('Priority')} />
            </Grid.Col>
          )}
          <Grid.Col span={3}>
            <Select
              label="Protocol"
              aria-label={`Protocol${labelSuffix}`}
              data={protocolOptions({ dialect, words })}
              allowDeselect={false}
              {...inputProps('IpProtocol')}
              onChange={setProtocol}
            />
          </Grid.Col>
          <Grid.Col span={3}>
            <TextInput
              label={words.fields.port}
              aria-label={`${words.fields.port}${labelSuffix}`}
              placeholder={usesPortList ? 'From the port list' : words.fields.portPlaceholder}
              disabled={!hasPorts || usesPortList}
              {...inputProps('PortRanges')}
              error={usesPortList ? undefined : errorOf('PortRanges')}
            />
          </Grid.Col>
          {dialect.portLists && (
            <Grid.Col span={3}>
              <PortListSelect
                regionId={scope.regionId}
                ariaLabel={`Port List${labelSuffix}`}
                value={row.PortRangeListId}
                error={usesPortList ? errorOf('PortRanges') : undefined}
                onChange={setPortList}
              />
            </Grid.Col>
          )}
          <AuthorizationObjectField
            direction={direction}
            type={row.AuthorizationType}
            objects={row.AuthorizationObjects}
            error={errorOf('AuthorizationObjects')}
            labelSuffix={labelSuffix}
            scope={scope}
            onTypeChange={setType}
            onObjectsChange={setObjects}
            onLeave={() => onLeave('AuthorizationObjects')}
          />
          <Grid.Col span={4}>
            <TextInput
              label={words.fields.description}
              aria-label={`${words.fields.description}${labelSuffix}`}
              {...inputProps('Description')}
            />
          </Grid.Col>
        </Grid>
        <RowMessages advice={row.advice} warnings={check?.warnings ?? []} error={rowError} />
      </Stack>
    </Paper>
  );
}
