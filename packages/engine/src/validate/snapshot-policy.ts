import { MAX_RETENTION_DAYS, MIN_RETENTION_DAYS, type SnapshotPolicyStatus } from '../model/snapshot.ts';
import { securityGroupNameProblem } from './names.ts';
import { problem, type Problem } from './problem.ts';

/**
 * Field checks of a security group snapshot policy, as problems so the console's form can show them next to the
 * field before submitting. The codes are the emulator's: the real API for snapshot policies is not public.
 */

/** Required; then the rules of a security group name (2–128 characters, starts with a letter...). */
export function snapshotPolicyNameProblem(name: string): Problem | null {
  if (name === '')
    return problem('MissingParameter.SnapshotPolicyName', 'The parameter "SnapshotPolicyName" should not be null.');
  if (securityGroupNameProblem(name)) {
    return problem(
      'InvalidSnapshotPolicyName.Malformed',
      'The specified parameter SnapshotPolicyName is not valid. It must be 2 to 128 characters in length, start with a letter, and can contain letters, digits, colons (:), underscores (_), periods (.) and hyphens (-). It cannot start with http:// or https://.',
    );
  }
  return null;
}

/** `Enable`/`Disable` as the console names them (also `Enabled`/`Disabled`), any letter case; null if neither. */
export function parseSnapshotPolicyStatus(value: string): SnapshotPolicyStatus | null {
  const text = value.trim().toLowerCase();
  if (text === 'enable' || text === 'enabled') return 'Enabled';
  if (text === 'disable' || text === 'disabled') return 'Disabled';
  return null;
}

export function snapshotPolicyStatusProblem(value: string): Problem | null {
  return parseSnapshotPolicyStatus(value)
    ? null
    : problem(
        'InvalidStatus.ValueNotSupported',
        'The specified parameter Status is not valid. Valid values: Enable, Disable.',
      );
}

/** Whole days, 1 to 30. */
export function retentionDaysProblem(days: number): Problem | null {
  if (Number.isInteger(days) && days >= MIN_RETENTION_DAYS && days <= MAX_RETENTION_DAYS) return null;
  return problem(
    'InvalidRetentionDays.Malformed',
    `The specified parameter RetentionDays is not valid. Valid values: ${MIN_RETENTION_DAYS} to ${MAX_RETENTION_DAYS} (days).`,
  );
}

/** OSS bucket naming: 3–63 lowercase letters, digits and hyphens, starting and ending with a letter or digit. */
const BUCKET_NAME = /^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$/;
/** The service-linked role's OSS permissions cover only these buckets (RAM policy AliyunServiceRolePolicyForEcsSecurityGroupSnapshot). */
export const SNAPSHOT_BUCKET_PREFIX = 'sg-snapshot';

/** Empty means the default bucket; otherwise a valid OSS name the snapshot role may write to. */
export function ossBucketNameProblem(name: string): Problem | null {
  if (name === '') return null;
  if (!BUCKET_NAME.test(name)) {
    return problem(
      'InvalidOssBucketName.Malformed',
      'The specified parameter OssBucketName is not valid. It must be 3 to 63 characters in length, contain only lowercase letters, digits and hyphens (-), and start and end with a lowercase letter or a digit.',
    );
  }
  if (!name.startsWith(SNAPSHOT_BUCKET_PREFIX)) {
    return problem(
      'InvalidOssBucketName.Unauthorized',
      `The service-linked role ALIYUNSECURITYGROUPSNAPSHOTROLE can only write to OSS buckets whose names start with ${SNAPSHOT_BUCKET_PREFIX}. Leave the bucket name empty to use the default bucket.`,
      403,
    );
  }
  return null;
}
