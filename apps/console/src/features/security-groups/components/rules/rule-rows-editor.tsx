import { Button, Group } from '@mantine/core';
import { RuleEditorRow } from './rule-editor-row.tsx';
import type { PickerScope } from './peer-group-picker.tsx';
import type { RowCheck } from './rule-row-checks.ts';
import { blankRow } from './rule-rows.ts';
import type { RuleRowsState } from './use-rule-rows.ts';

interface RuleRowsEditorProps {
  editor: RuleRowsState;
  direction: 'ingress' | 'egress';
  /** checkRows of the editor's rows, in row order. */
  checks: RowCheck[];
  scope: PickerScope;
  /** The button that adds a blank row: "Add Row" in the rule editor, "Add Rule" in Create Security Group. */
  addLabel: string;
}

/** Rows of rules, each removable, and a button for one more: the rule editor's rows wherever rules are added. */
export function RuleRowsEditor({ editor, direction, checks, scope, addLabel }: RuleRowsEditorProps) {
  return (
    <>
      {editor.rows.map((row, index) => (
        <RuleEditorRow
          key={row.key}
          form={editor.form}
          index={index}
          direction={direction}
          check={checks[index]}
          {...editor.rowState(index)}
          labelSuffix={`, row ${index + 1}`}
          scope={{ ...scope, multiple: true }}
          onRemove={() => editor.form.removeListItem('rows', index)}
        />
      ))}
      <Group>
        <Button variant="default" onClick={() => editor.form.insertListItem('rows', blankRow())}>
          {addLabel}
        </Button>
      </Group>
    </>
  );
}
