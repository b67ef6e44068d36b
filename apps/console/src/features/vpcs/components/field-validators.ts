import type { Problem } from '@sg/engine/forms';
import { problemText } from '../../../views/problem-text.ts';

/** A text field's check: one of the engine's own validators (`NETWORK_FIELD_CHECKS`). */
export type FieldCheck = (value: string) => Problem | null;

/** Mantine validators from the engine's checks: each shows `Code: Message` next to its field. */
export function fieldValidators<F extends string>(checks: Record<F, FieldCheck>) {
  const entries = Object.entries(checks) as [F, FieldCheck][];
  const validators = entries.map(([field, check]) => [field, (value: string) => problemText(check(value))]);
  return Object.fromEntries(validators) as Record<F, (value: string) => string | null>;
}
