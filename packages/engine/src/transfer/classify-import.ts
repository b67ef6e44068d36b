import type { RuleDialect } from '../profiles/profile.ts';
import { type RuleDraft } from '../model/rule-draft.ts';
import { ruleIdentity } from '../validate/rule-identity.ts';
import type { Direction, Rule } from '../model/security-group.ts';
import { normalisePermission } from '../validate/permission.ts';
import type { Problem } from '../validate/problem.ts';
import type { ImportRowRead } from './import-row.ts';
import type { ImportRowValues } from './transfer-fields.ts';
import { crossRegionProblem } from './regional-references.ts';

/** What is wrong with a row; the HTTP status of a problem means nothing in a per-row result. */
export type ImportRowProblem = Pick<Problem, 'Code' | 'Message'> & { Field?: string };

export type ImportRowStatus =
  | 'ready'
  | 'duplicate'
  | 'invalid'
  | 'priority-ignored'
  | 'reference-not-possible'
  | 'over-limit'
  /** Only in ImportSecurityGroupRules' result: a ready row that was written. */
  | 'imported';

export interface ClassifiedImportRow {
  /** 1-based position of the rule in the file. */
  Index: number;
  /** `ingress`, `egress`, or what the row said ('' when nothing). */
  Direction: string;
  /** The row as the engine would store it, when it is a valid rule (priority as the file gave it). */
  rule?: RuleDraft;
  Status: ImportRowStatus;
  Code?: string;
  Message?: string;
  /** The field the problem is about, when there is one. */
  Field?: string;
  /** A row that is not a valid rule (no `rule`): what the file said, its known fields as text. */
  values?: ImportRowValues;
}

/** The group a file is imported into, and the checks that need the world (kept out so this stays pure). */
export interface ImportTarget {
  regionId: string;
  /** Where the rules come from; another region makes references impossible. */
  sourceRegionId: string;
  existing: readonly Rule[];
  /** The cloud's rules, as Authorize reads them. */
  dialect: RuleDialect;
  /** Authorize's reference checks in the target group: null when the references are fine. */
  referenceProblem(rule: RuleDraft): ImportRowProblem | null;
  /** The quota problem of adding `added` to the group's rules: null when they fit. */
  quotaProblem(added: readonly RuleDraft[]): ImportRowProblem | null;
}

/** Users set priorities 1–100; the docs say rules above 100 are ignored on import (SEED004). */
const MAX_PRIORITY = 100;

function problemRow(index: number, direction: string, status: ImportRowStatus, found: ImportRowProblem) {
  const row: ClassifiedImportRow = {
    Index: index,
    Direction: direction,
    Status: status,
    Code: found.Code,
    Message: found.Message,
  };
  if (found.Field) row.Field = found.Field;
  return row;
}

/** Checks one row on its own: what it is, before duplicates and quotas are counted. */
function classifyRow(read: ImportRowRead, index: number, target: ImportTarget): ClassifiedImportRow {
  if (!read.ok) {
    const row = problemRow(index, read.Direction ?? '', 'invalid', read);
    return read.values ? { ...row, values: read.values } : row;
  }
  const row = checkRuleRow(read.values, index, target);
  return row.rule ? row : { ...row, values: read.values };
}

/** Checks a readable row: Direction, then the rule as Authorize would, then what needs the world. */
function checkRuleRow(values: ImportRowValues, index: number, target: ImportTarget): ClassifiedImportRow {
  const direction = (values.Direction ?? '').trim().toLowerCase();
  if (direction === '') {
    const found = { Code: 'MissingParameter.Direction', Message: 'The rule has no Direction.', Field: 'Direction' };
    return problemRow(index, '', 'invalid', found);
  }
  if (direction !== 'ingress' && direction !== 'egress') {
    const Message = 'The specified parameter Direction is not valid. Valid values: ingress, egress.';
    return problemRow(index, direction, 'invalid', { Code: 'InvalidParameter.Direction', Message, Field: 'Direction' });
  }
  const priorityText = (values.Priority ?? '').trim();
  const ignored = /^\d{1,7}$/.test(priorityText) && Number(priorityText) > MAX_PRIORITY;
  // A rule above 100 is still checked in full, so an ignored row is a valid rule the docs leave out.
  const checked = normalisePermission(
    direction as Direction,
    ignored ? { ...values, Priority: String(MAX_PRIORITY) } : values,
    `row ${index}`,
    target.dialect,
  );
  if (!checked.ok) return problemRow(index, direction, 'invalid', { ...checked.problem, Field: checked.field });
  const rule = ignored ? { ...checked.rule, Priority: Number(priorityText) } : checked.rule;
  const row = { Index: index, Direction: direction, rule };
  if (ignored) {
    return {
      ...row,
      Status: 'priority-ignored',
      Code: 'InvalidPriority.ValueNotSupported',
      Message: `The priority ${priorityText} is above ${MAX_PRIORITY}: rules with a priority above ${MAX_PRIORITY} are not imported.`,
      Field: 'Priority',
    };
  }
  const crossRegion = crossRegionProblem(rule, target.sourceRegionId, target.regionId);
  if (crossRegion) return { ...problemRow(index, direction, 'reference-not-possible', crossRegion), rule };
  const reference = target.referenceProblem(rule);
  if (reference) {
    // A missing group or list cannot be fixed by editing the row; any other reference problem is the row's.
    const status = reference.Code.endsWith('.NotFound') ? 'reference-not-possible' : 'invalid';
    return { ...problemRow(index, direction, status, reference), rule };
  }
  return { ...row, Status: 'ready' };
}

/**
 * Classifies every row of an import before anything is written (SEED004 "Import rules", spec §9): invalid
 * rows (unreadable, unknown keys, anything Authorize would refuse), priority above 100 (ignored, per the
 * docs), references that cannot exist here (another region, or a group or list missing in this region),
 * duplicates (of a rule of the group, or of an earlier row: Authorize would add nothing), and, in file
 * order, the rows beyond the group's quotas. What is left is `ready`. Imported rules are added; none is replaced.
 */
export function classifyImport(rows: readonly ImportRowRead[], target: ImportTarget): ClassifiedImportRow[] {
  const existing = new Map(target.existing.map((r) => [ruleIdentity(r), r.SecurityGroupRuleId]));
  const earlier = new Map<string, number>();
  const accepted: RuleDraft[] = [];
  return rows.map((read, i) => {
    const row = classifyRow(read, i + 1, target);
    if (row.Status !== 'ready' || !row.rule) return row;
    const key = ruleIdentity(row.rule);
    const sameRule = existing.get(key);
    const sameRow = earlier.get(key);
    if (sameRule !== undefined || sameRow !== undefined) {
      const Message =
        sameRule !== undefined
          ? `The rule is the same as the existing rule ${sameRule}.`
          : `The rule is the same as row ${sameRow}.`;
      return { ...row, Status: 'duplicate', Code: 'InvalidOperation.RuleDuplicate', Message };
    }
    earlier.set(key, row.Index);
    const quota = target.quotaProblem([...accepted, row.rule]);
    if (quota) return { ...row, Status: 'over-limit', Code: quota.Code, Message: quota.Message };
    accepted.push(row.rule);
    return row;
  });
}

export interface ImportCounts {
  Total: number;
  Ready: number;
  Duplicate: number;
  Invalid: number;
  PriorityIgnored: number;
  ReferenceNotPossible: number;
  OverLimit: number;
  Imported: number;
}

export function countImportRows(rows: readonly { Status: string }[]): ImportCounts {
  const count = (status: string) => rows.filter((r) => r.Status === status).length;
  return {
    Total: rows.length,
    Ready: count('ready'),
    Duplicate: count('duplicate'),
    Invalid: count('invalid'),
    PriorityIgnored: count('priority-ignored'),
    ReferenceNotPossible: count('reference-not-possible'),
    OverLimit: count('over-limit'),
    Imported: count('imported'),
  };
}
