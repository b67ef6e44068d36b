import { associateSecurityGroupSnapshotPolicy } from './associate-security-group-snapshot-policy.ts';
import { createSecurityGroupSnapshotPolicy } from './create-security-group-snapshot-policy.ts';
import { createServiceLinkedRole } from './create-service-linked-role.ts';
import { deleteSecurityGroupSnapshot } from './delete-security-group-snapshot.ts';
import { deleteSecurityGroupSnapshotPolicy } from './delete-security-group-snapshot-policy.ts';
import { describeSecurityGroupSnapshotDiff } from './describe-security-group-snapshot-diff.ts';
import { describeSecurityGroupSnapshotPolicies } from './describe-security-group-snapshot-policies.ts';
import { describeSecurityGroupSnapshots } from './describe-security-group-snapshots.ts';
import { describeServiceLinkedRoles } from './describe-service-linked-roles.ts';
import { exportSecurityGroupSnapshotDiff } from './export-security-group-snapshot-diff.ts';
import { disassociateSecurityGroupSnapshotPolicy } from './disassociate-security-group-snapshot-policy.ts';
import { modifySecurityGroupSnapshotPolicy } from './modify-security-group-snapshot-policy.ts';
import { restoreSecurityGroupSnapshot } from './restore-security-group-snapshot.ts';

/** Security group snapshots. The real API names are not public: these names are the emulator's. */
export const snapshotActions = {
  CreateServiceLinkedRole: createServiceLinkedRole,
  DescribeServiceLinkedRoles: describeServiceLinkedRoles,
  CreateSecurityGroupSnapshotPolicy: createSecurityGroupSnapshotPolicy,
  ModifySecurityGroupSnapshotPolicy: modifySecurityGroupSnapshotPolicy,
  DeleteSecurityGroupSnapshotPolicy: deleteSecurityGroupSnapshotPolicy,
  DescribeSecurityGroupSnapshotPolicies: describeSecurityGroupSnapshotPolicies,
  AssociateSecurityGroupSnapshotPolicy: associateSecurityGroupSnapshotPolicy,
  DisassociateSecurityGroupSnapshotPolicy: disassociateSecurityGroupSnapshotPolicy,
  DescribeSecurityGroupSnapshots: describeSecurityGroupSnapshots,
  DeleteSecurityGroupSnapshot: deleteSecurityGroupSnapshot,
  RestoreSecurityGroupSnapshot: restoreSecurityGroupSnapshot,
  DescribeSecurityGroupSnapshotDiff: describeSecurityGroupSnapshotDiff,
  ExportSecurityGroupSnapshotDiff: exportSecurityGroupSnapshotDiff,
};
