import type { SnapshotPolicyStatus } from '../../model/snapshot.ts';
import { optionalString } from '../../validate/params.ts';
import { assertNoProblem } from '../../validate/problem.ts';
import {
  ossBucketNameProblem,
  parseSnapshotPolicyStatus,
  retentionDaysProblem,
  snapshotPolicyNameProblem,
  snapshotPolicyStatusProblem,
} from '../../validate/snapshot-policy.ts';

/**
 * The editable fields of a snapshot policy, read from untrusted params. Create and Modify share these; each
 * returns undefined when the parameter is absent, so Modify can leave the field as it is.
 */

const given = (value: unknown) => value !== undefined && value !== null;

/** @throws MissingParameter.SnapshotPolicyName, InvalidSnapshotPolicyName.Malformed, InvalidParameter */
export function readPolicyName(value: unknown): string | undefined {
  if (!given(value)) return undefined;
  const name = optionalString(value, 'SnapshotPolicyName');
  assertNoProblem(snapshotPolicyNameProblem(name), 'SnapshotPolicyName');
  return name;
}

/** `Enable` or `Disable`. @throws InvalidStatus.ValueNotSupported, InvalidParameter */
export function readPolicyStatus(value: unknown): SnapshotPolicyStatus | undefined {
  if (!given(value)) return undefined;
  const text = optionalString(value, 'Status');
  assertNoProblem(snapshotPolicyStatusProblem(text), 'Status');
  return parseSnapshotPolicyStatus(text)!;
}

/** A number or a numeric string, 1 to 30. @throws InvalidRetentionDays.Malformed */
export function readRetentionDays(value: unknown): number | undefined {
  if (!given(value) || value === '') return undefined;
  const days = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN;
  assertNoProblem(retentionDaysProblem(days), 'RetentionDays');
  return days;
}

/** '' stands for the default bucket. @throws InvalidOssBucketName.Malformed, InvalidOssBucketName.Unauthorized */
export function readOssBucketName(value: unknown): string | undefined {
  if (!given(value)) return undefined;
  const name = optionalString(value, 'OssBucketName').trim();
  assertNoProblem(ossBucketNameProblem(name), 'OssBucketName');
  return name;
}
