import { EngineError, fail } from '../../errors.ts';
import type { ListFieldChecks, Parsed } from '../../validate/list-fields.ts';
import { optionalArray, optionalString } from '../../validate/params.ts';
import { assertNoProblem } from '../../validate/problem.ts';
import type { ActionContext } from '../../context.ts';

/**
 * The entry parameters both kinds of list share: `Entry.N` on Create, `AddEntry.N` and `RemoveEntry.N` on Modify.
 * An entry is a key (a prefix list's Cidr, a port list's PortRange) and a description; the rules about count,
 * duplicates and the add/remove overlap are the same for both, only the codes differ (spec §6).
 */
export interface EntryRules {
  keyField: 'Cidr' | 'PortRange';
  /** Checks and canonicalises a key, so duplicates compare by meaning (`10.0.0.1` and `10.0.0.1/32`). */
  parseKey(text: string, label: string): Parsed<string>;
  /** The kind's field checks: the entry code and the entry description's check. */
  fields: ListFieldChecks;
  duplicateCode: string;
  /** What the list is called in messages: "prefix list", "port list". */
  noun: string;
}

export interface EntryInput {
  key: string;
  Description: string;
  /** `AddEntry.2`, for messages. */
  label: string;
}

/**
 * One entry parameter: at most `listEntriesPerCall` entries (LimitExceed.Entry), each an object with its key
 * (MissingParameter), unique within the parameter (the duplicate code). RemoveEntry has no descriptions.
 */
export function readEntries(
  ctx: ActionContext,
  value: unknown,
  name: 'Entry' | 'AddEntry' | 'RemoveEntry',
  rules: EntryRules,
): EntryInput[] {
  const raw = optionalArray(value, name);
  const limit = ctx.profile.limits.listEntriesPerCall;
  if (raw.length > limit) {
    fail('LimitExceed.Entry', `The number of entries added or removed exceeds the limit (${limit}).`, 400, name);
  }
  const seen = new Set<string>();
  return raw.map((item, i) => {
    const label = `${name}.${i + 1}`;
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      fail(rules.fields.entryCode, `The specified parameter ${label} is not valid.`, 400, name);
    }
    const fields = item as Record<string, unknown>;
    const text = optionalString(fields[rules.keyField], `${label}.${rules.keyField}`).trim();
    if (text === '') {
      fail('MissingParameter', `The input parameter ${label}.${rules.keyField} is not supplied.`, 400, name);
    }
    const parsed = rules.parseKey(text, label);
    if (!parsed.ok) {
      const { Code, Message, HttpStatus } = parsed.problem;
      throw new EngineError(Code, Message, HttpStatus, name);
    }
    const key = parsed.value;
    if (seen.has(key)) {
      fail(rules.duplicateCode, `The ${rules.keyField} ${key} appears more than once in ${name}.`, 400, name);
    }
    seen.add(key);
    const description = name === 'RemoveEntry' ? '' : optionalString(fields.Description, `${label}.Description`);
    assertNoProblem(rules.fields.entryDescriptionProblem(description, label), name);
    return { key, Description: description, label };
  });
}

/**
 * The entries after a Modify: removals first, then additions. Re-adding an existing key replaces its description
 * in place (the documented way to edit a description); new keys go last. A key both added and removed, or removed
 * without being an entry, is refused.
 */
export function applyEntryChanges<E>(
  current: readonly E[],
  keyOf: (entry: E) => string,
  adds: readonly EntryInput[],
  removes: readonly EntryInput[],
  make: (input: EntryInput) => E,
  rules: EntryRules,
): E[] {
  const added = new Set(adds.map((a) => a.key));
  const both = removes.find((r) => added.has(r.key));
  if (both) {
    fail(
      rules.duplicateCode,
      `The ${rules.keyField} ${both.key} cannot be both added and removed.`,
      400,
      'RemoveEntry',
    );
  }
  const existing = new Set(current.map(keyOf));
  const missing = removes.find((r) => !existing.has(r.key));
  if (missing) {
    fail(
      rules.fields.entryCode,
      `The ${rules.keyField} ${missing.key} in ${missing.label} is not an entry of the ${rules.noun}.`,
      400,
      'RemoveEntry',
    );
  }
  const removed = new Set(removes.map((r) => r.key));
  const byKey = new Map(adds.map((a) => [a.key, a]));
  const kept = current
    .filter((e) => !removed.has(keyOf(e)))
    .map((e) => {
      const update = byKey.get(keyOf(e));
      if (!update) return e;
      byKey.delete(keyOf(e));
      return make(update);
    });
  return [...kept, ...[...byKey.values()].map(make)];
}
