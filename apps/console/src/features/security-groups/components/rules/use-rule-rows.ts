import { useForm } from '@mantine/form';
import type { EngineError } from '@sg/engine';
import { useState } from 'react';
import type { RuleRowsForm } from './rule-editor-row.tsx';
import { rowFieldOf, type RowError, type RowField, type RuleRow } from './rule-rows.ts';

/** A refusal of a row, kept while the row is as it was when refused. */
interface HeldError {
  snapshot: string;
  error: RowError;
}

/**
 * A list of rule rows being edited (Add Rule's rows, Create Security Group's rules): the rows' form, the fields
 * left so far (their errors show from then on), whether Save or OK was pressed (every error shows), and the engine's
 * refusals of rows on Save, each shown while its row is unchanged.
 */
export function useRuleRows(initialRows: () => RuleRow[]) {
  const form = useForm<RuleRowsForm>({ mode: 'controlled', initialValues: { rows: initialRows() } });
  const [left, setLeft] = useState<ReadonlySet<string>>(new Set());
  const [isSubmitted, setSubmitted] = useState(false);
  const [held, setHeld] = useState<ReadonlyMap<string, HeldError>>(new Map());
  const rows = form.getValues().rows;

  const heldFor = (index: number): RowError | null => {
    const row = rows[index];
    const entry = row && held.get(row.key);
    return entry && entry.snapshot === JSON.stringify(row) ? entry.error : null;
  };

  return {
    form,
    rows,
    isSubmitted,
    /** Starts again from `next`: nothing left, nothing submitted, no refusals. */
    reset(next: RuleRow[]) {
      form.setValues({ rows: next });
      setLeft(new Set());
      setSubmitted(false);
      setHeld(new Map());
    },
    /** Save or OK was pressed: every row's errors show, and earlier refusals are dropped. */
    submit() {
      setSubmitted(true);
      setHeld(new Map());
    },
    /** The engine's refusals, by row index: each shows under the field it names, else under its row. */
    hold(errors: ReadonlyMap<number, EngineError>) {
      const next = new Map<string, HeldError>();
      for (const [index, e] of errors) {
        const row = rows[index];
        const error = { field: rowFieldOf(e.Field), Code: e.Code, Message: e.Message };
        if (row) next.set(row.key, { snapshot: JSON.stringify(row), error });
      }
      setHeld(next);
    },
    /** What RuleEditorRow needs to show the errors of row `index`. */
    rowState(index: number) {
      const key = rows[index]?.key ?? '';
      return {
        engineError: heldFor(index),
        canShow: (field: RowField) => isSubmitted || left.has(`${key}:${field}`),
        onLeave: (field: RowField) => setLeft((s) => new Set(s).add(`${key}:${field}`)),
      };
    },
  };
}

export type RuleRowsState = ReturnType<typeof useRuleRows>;
