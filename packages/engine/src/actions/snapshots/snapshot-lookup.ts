import { isoTime } from '../../clock.ts';
import { fail } from '../../errors.ts';
import { toPermission, type Permission } from '../../model/permission.ts';
import { settingsOf } from '../../model/settings.ts';
import {
  SNAPSHOT_ROLE_NAME,
  SNAPSHOT_SERVICE_NAME,
  type SecurityGroupSnapshot,
  type SnapshotPolicy,
  type SnapshotPolicyStatus,
  type SnapshotTrigger,
} from '../../model/snapshot.ts';
import { expiresAtMs } from '../../snapshots/snapshot-records.ts';
import type { Transaction } from '../../transaction.ts';
import { readIdList } from '../../validate/id-list.ts';
import { requiredString } from '../../validate/params.ts';
import { listNamesOf } from '../rules/list-references.ts';
import { groupNameOf, readGroupId } from '../security-groups/group-lookup.ts';

/** Shared reads of the snapshot actions: ID checks, lookups scoped to a region, the role gate and the views. */

const POLICY_ID = /^sgsp-[A-Za-z0-9]+$/;
const SNAPSHOT_ID = /^sgs-[A-Za-z0-9]+$/;

/** @throws MissingParameter.SnapshotPolicyId, InvalidSnapshotPolicyId.Malformed */
export function readPolicyId(value: unknown): string {
  const id = requiredString(value, 'SnapshotPolicyId');
  if (id.length > 100 || !POLICY_ID.test(id)) {
    fail(
      'InvalidSnapshotPolicyId.Malformed',
      'The specified parameter SnapshotPolicyId is not valid.',
      400,
      'SnapshotPolicyId',
    );
  }
  return id;
}

/** @throws InvalidSnapshotPolicyId.NotFound (also for a policy of another region) */
export function requirePolicy(tx: Transaction, regionId: string, id: string): SnapshotPolicy {
  const policy = tx.get('snapshotPolicies', id);
  if (!policy || policy.RegionId !== regionId) {
    fail('InvalidSnapshotPolicyId.NotFound', 'The specified snapshot policy does not exist.', 404, 'SnapshotPolicyId');
  }
  return policy;
}

/** @throws MissingParameter.SnapshotId, InvalidSnapshotId.Malformed */
export function readSnapshotId(value: unknown, name = 'SnapshotId'): string {
  const id = requiredString(value, name, 'MissingParameter.SnapshotId');
  if (id.length > 100 || !SNAPSHOT_ID.test(id)) {
    fail('InvalidSnapshotId.Malformed', `The specified parameter ${name} is not valid.`, 400, name);
  }
  return id;
}

/**
 * A snapshot of the region, and of the group when one is named.
 * @throws InvalidSnapshotId.NotFound, InvalidSnapshotId.SecurityGroupMismatch
 */
export function requireSnapshot(
  tx: Transaction,
  regionId: string,
  id: string,
  groupId?: string,
  field = 'SnapshotId',
): SecurityGroupSnapshot {
  const snapshot = tx.get('snapshots', id);
  if (!snapshot || snapshot.RegionId !== regionId) {
    fail('InvalidSnapshotId.NotFound', `The specified snapshot ${id} does not exist.`, 404, field);
  }
  if (groupId !== undefined && snapshot.SecurityGroupId !== groupId) {
    fail(
      'InvalidSnapshotId.SecurityGroupMismatch',
      `The specified snapshot ${id} belongs to the security group ${snapshot.SecurityGroupId}, not to ${groupId}.`,
      400,
      field,
    );
  }
  return snapshot;
}

/** @throws NoPermission.ServiceLinkedRole until CreateServiceLinkedRole authorised the snapshot service */
export function requireSnapshotRole(tx: Transaction): void {
  if (!settingsOf(tx).ServiceLinkedRoles.includes(SNAPSHOT_SERVICE_NAME)) {
    fail(
      'NoPermission.ServiceLinkedRole',
      `The service-linked role ${SNAPSHOT_ROLE_NAME} has not been authorized. Create it for the service ${SNAPSHOT_SERVICE_NAME} first.`,
      403,
    );
  }
}

/**
 * A list of group IDs (array, or a JSON array string as on the wire), each well formed, without repeats.
 * @throws MissingParameter.SecurityGroupIds, InvalidSecurityGroupIds.Malformed, InvalidSecurityGroupId.Malformed
 */
export function readGroupIds(value: unknown, required: boolean): string[] {
  const ids = readIdList(value, 'SecurityGroupIds', 100, 'InvalidSecurityGroupIds.Malformed');
  if (ids === null || ids.size === 0) {
    if (required)
      fail(
        'MissingParameter.SecurityGroupIds',
        'The parameter "SecurityGroupIds" should not be null.',
        400,
        'SecurityGroupIds',
      );
    return [];
  }
  return [...ids].map((id) => readGroupId(id, 'SecurityGroupIds'));
}

export interface SnapshotPolicyView {
  SnapshotPolicyId: string;
  RegionId: string;
  SnapshotPolicyName: string;
  Status: SnapshotPolicyStatus;
  RetentionDays: number;
  /** '' means the default bucket. */
  OssBucketName: string;
  SecurityGroupIds: { SecurityGroupId: string[] };
  SecurityGroupCount: number;
  CreationTime: string;
}

export function policyView(policy: SnapshotPolicy): SnapshotPolicyView {
  return {
    SnapshotPolicyId: policy.SnapshotPolicyId,
    RegionId: policy.RegionId,
    SnapshotPolicyName: policy.SnapshotPolicyName,
    Status: policy.Status,
    RetentionDays: policy.RetentionDays,
    OssBucketName: policy.OssBucketName,
    SecurityGroupIds: { SecurityGroupId: [...policy.SecurityGroupIds] },
    SecurityGroupCount: policy.SecurityGroupIds.length,
    CreationTime: policy.CreationTime,
  };
}

export interface SnapshotView {
  SnapshotId: string;
  RegionId: string;
  SecurityGroupId: string;
  /** The group's name when the snapshot was taken. */
  SecurityGroupName: string;
  Trigger: SnapshotTrigger;
  CreationTime: string;
  /** When due work deletes it, with today's retention of its policies. */
  ExpirationTime: string;
  SnapshotPolicyIds: { SnapshotPolicyId: string[] };
  IngressRuleCount: number;
  EgressRuleCount: number;
  /** The rules it holds, as DescribeSecurityGroupAttribute prints them. */
  Permissions: { Permission: Permission[] };
}

export function snapshotView(tx: Transaction, snapshot: SecurityGroupSnapshot): SnapshotView {
  const ingress = snapshot.Rules.filter((r) => r.Direction === 'ingress').length;
  const nameOf = groupNameOf(tx);
  const listNames = listNamesOf(tx);
  return {
    SnapshotId: snapshot.SnapshotId,
    RegionId: snapshot.RegionId,
    SecurityGroupId: snapshot.SecurityGroupId,
    SecurityGroupName: snapshot.SecurityGroupName,
    Trigger: snapshot.Trigger,
    CreationTime: snapshot.CreationTime,
    ExpirationTime: isoTime(expiresAtMs(tx, snapshot)),
    SnapshotPolicyIds: { SnapshotPolicyId: [...snapshot.SnapshotPolicyIds] },
    IngressRuleCount: ingress,
    EgressRuleCount: snapshot.Rules.length - ingress,
    Permissions: { Permission: snapshot.Rules.map((rule) => toPermission(rule, nameOf, listNames)) },
  };
}
