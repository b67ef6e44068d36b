import type { Rule } from './security-group.ts';

/**
 * Security group snapshots (SEED004 "Security group snapshots"). The real API names, the policy ID format and
 * the shape of these records are not public; these are the emulator's.
 */
export type SnapshotPolicyStatus = 'Enabled' | 'Disabled';
export type SnapshotTrigger = 'Association' | 'RuleChange';

/** The service-linked role every snapshot policy needs; the first policy of an account creates it. */
export const SNAPSHOT_SERVICE_NAME = 'securitygroup-snapshot.ecs.aliyuncs.com';
export const SNAPSHOT_ROLE_NAME = 'ALIYUNSECURITYGROUPSNAPSHOTROLE';

/** A snapshot is taken this long after the first rule change of a window. */
export const SNAPSHOT_DELAY_MS = 5 * 60 * 1000;
export const DAY_MS = 24 * 60 * 60 * 1000;
/** Groups one policy may hold. */
export const GROUPS_PER_SNAPSHOT_POLICY = 10;
export const MIN_RETENTION_DAYS = 1;
export const MAX_RETENTION_DAYS = 30;
/** What the console pre-fills, and what a snapshot whose policies are all gone keeps to. */
export const DEFAULT_RETENTION_DAYS = 1;

export interface SnapshotPolicy {
  SnapshotPolicyId: string;
  RegionId: string;
  SnapshotPolicyName: string;
  Status: SnapshotPolicyStatus;
  RetentionDays: number;
  /** '' means the default bucket. */
  OssBucketName: string;
  /** At most GROUPS_PER_SNAPSHOT_POLICY; a group may be in several policies. */
  SecurityGroupIds: string[];
  CreationTime: string;
}

export interface SecurityGroupSnapshot {
  SnapshotId: string;
  RegionId: string;
  SecurityGroupId: string;
  /** The group's name when the snapshot was taken; the group may be renamed or gone since. */
  SecurityGroupName: string;
  Trigger: SnapshotTrigger;
  /** When the snapshot is dated: the due time of its window, not when the engine got round to writing it. */
  CreationTime: string;
  CreatedAtMs: number;
  /** The group's enabled policies when it was taken; their retention decides when it expires. */
  SnapshotPolicyIds: string[];
  Rules: Rule[];
}

/** A pending 5-minute window of a group, keyed by SecurityGroupId: at most one per group. */
export interface SnapshotSchedule {
  SecurityGroupId: string;
  RegionId: string;
  FirstChangeAtMs: number;
  DueAtMs: number;
  /** The rules as they were before the window's first change: what the snapshot will hold. */
  RulesBefore: Rule[];
}
