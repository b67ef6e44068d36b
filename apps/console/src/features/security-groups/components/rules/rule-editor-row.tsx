import { CloseButton, Grid, Group, Paper, Select, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { ALL_PORTS } from '@sg/engine/forms';
import { PeerGroupPicker } from './peer-group-picker.tsx';
import { PortListSelect } from './port-list-select.tsx';
import { PrefixListPicker } from './prefix-list-picker.tsx';
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
  picker: { regionId: string; vpcId: string; groupId: string; isAdvanced: boolean; mode: 'append' | 'replace' };
  onRemove?: () => void;
}

/**
 * One rule entry: Action, Priority, Protocol, Port Range or Port List, Authorization Object (+ security group and
 * prefix list pickers), Description.
 */
export function RuleEditorRow(props: RuleEditorRowProps) {
  const { form, index, direction, check, engineError, canShow, onLeave, labelSuffix, picker, onRemove } = props;
  const row = form.getValues().rows[index];
  if (!row) return null;
  const path = (field: keyof RuleRow) => `rows.${index}.${field}`;
  const hasPorts = rowHasPorts(row);
  const usesPortList = row.PortRangeListId !== '';

  function errorOf(field: RowField): string | undefined {
    if (engineError?.field === field) return errorText(engineError);
    const expansion = check?.expansion;
    if (expansion && !expansion.ok && expansion.field === field && canShow(field)) return errorText(expansion.problem);
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
    // Port-less protocols always use -1/-1; coming back to TCP/UDP starts from an empty range.
    if (!rowHasPorts(next)) form.setFieldValue(path('PortRanges'), ALL_PORTS);
    else if (!hasPorts) form.setFieldValue(path('PortRanges'), '');
  };
  const setPortList = (id: string) => {
    form.setFieldValue(path('PortRangeListId'), id);
    // A port list replaces the ranges: the engine ignores a list when PortRange is given.
    if (id !== '') form.setFieldValue(path('PortRanges'), '');
    onLeave('PortRanges');
  };
  const pick = (id: string) => {
    const current = row.AuthorizationObjects.trim();
    const value = picker.mode === 'replace' || current === '' ? id : `${current.replace(/,\s*$/, '')},${id}`;
    form.setFieldValue(path('AuthorizationObjects'), value);
    onLeave('AuthorizationObjects');
  };
  const peerLabel = direction === 'ingress' ? 'Source' : 'Destination';
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
              label="Action"
              aria-label={`Action${labelSuffix}`}
              data={policyOptions}
              allowDeselect={false}
              {...inputProps('Policy')}
            />
          </Grid.Col>
          <Grid.Col span={1}>
            <TextInput label="Priority" aria-label={`Priority${labelSuffix}`} {...inputProps('Priority')} />
          </Grid.Col>
          <Grid.Col span={3}>
            <Select
              label="Protocol"
              aria-label={`Protocol${labelSuffix}`}
              data={protocolOptions}
              allowDeselect={false}
              {...inputProps('IpProtocol')}
              onChange={setProtocol}
            />
          </Grid.Col>
          <Grid.Col span={3}>
            <TextInput
              label="Port Range"
              aria-label={`Port Range${labelSuffix}`}
              placeholder={usesPortList ? 'From the port list' : '22/22 or 22/23,443/443'}
              disabled={!hasPorts || usesPortList}
              {...inputProps('PortRanges')}
              error={usesPortList ? undefined : errorOf('PortRanges')}
            />
          </Grid.Col>
          <Grid.Col span={3}>
            <PortListSelect
              regionId={picker.regionId}
              ariaLabel={`Port List${labelSuffix}`}
              value={row.PortRangeListId}
              error={usesPortList ? errorOf('PortRanges') : undefined}
              onChange={setPortList}
            />
          </Grid.Col>
          <Grid.Col span={4}>
            <TextInput
              label={`Authorization Object (${peerLabel})`}
              aria-label={`${peerLabel}${labelSuffix}`}
              placeholder="0.0.0.0/0, ::/0, sg-…, pl-… (up to 10, comma-separated)"
              {...inputProps('AuthorizationObjects')}
            />
          </Grid.Col>
          <Grid.Col span={2}>
            <PeerGroupPicker {...picker} ariaLabel={`Security Group${labelSuffix}`} onPick={pick} />
          </Grid.Col>
          <Grid.Col span={2}>
            <PrefixListPicker regionId={picker.regionId} ariaLabel={`Prefix List${labelSuffix}`} onPick={pick} />
          </Grid.Col>
          <Grid.Col span={4}>
            <TextInput label="Description" aria-label={`Description${labelSuffix}`} {...inputProps('Description')} />
          </Grid.Col>
        </Grid>
        <RowMessages advice={row.advice} warnings={check?.warnings ?? []} error={rowError} />
      </Stack>
    </Paper>
  );
}
