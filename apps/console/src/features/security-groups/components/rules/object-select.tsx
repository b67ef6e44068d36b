import { MultiSelect, Select } from '@mantine/core';

export interface ObjectOption {
  value: string;
  label: string;
}

/** What a picker of authorization objects is given by the rule row. */
export interface ObjectPickerProps {
  ariaLabel: string;
  label: string;
  /** The picked IDs, in order. */
  values: string[];
  /** Several objects (the add-rule rows), or one (Modify). */
  multiple: boolean;
  error: string | undefined;
  onChange: (values: string[]) => void;
  onBlur: () => void;
}

interface ObjectSelectProps extends ObjectPickerProps {
  placeholder: string;
  data: ObjectOption[];
  disabled?: boolean;
  title?: string;
  nothingFoundMessage: string;
}

/**
 * Picks security groups or prefix lists as a rule's authorization objects. A picked ID the options lack (a group
 * gone since, or named by the rule being modified) stays shown under its ID: the engine says what is wrong with it.
 */
export function ObjectSelect(props: ObjectSelectProps) {
  const { ariaLabel, values, multiple, onChange, data, ...rest } = props;
  const known = new Set(data.map((o) => o.value));
  const options = [...data, ...values.filter((v) => !known.has(v)).map((v) => ({ value: v, label: v }))];
  const common = {
    ...rest,
    'aria-label': ariaLabel,
    data: options,
    searchable: true,
    comboboxProps: { withinPortal: true, width: 420, position: 'bottom-start' as const },
  };
  if (multiple) return <MultiSelect {...common} value={values} onChange={onChange} />;
  return (
    <Select {...common} value={values[0] ?? null} allowDeselect={false} onChange={(v) => onChange(v ? [v] : [])} />
  );
}
