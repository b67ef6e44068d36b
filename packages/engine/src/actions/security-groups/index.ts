import { cloneSecurityGroup } from './clone-security-group.ts';
import { createSecurityGroup } from './create-security-group.ts';
import { createServiceManagedSecurityGroup } from './create-service-managed-security-group.ts';
import { deleteSecurityGroup } from './delete-security-group.ts';
import { describeCloneSecurityGroupPlan } from './describe-clone-security-group-plan.ts';
import { describeSecurityGroupAttribute } from './describe-security-group-attribute.ts';
import { describeSecurityGroupDependencies } from './describe-security-group-dependencies.ts';
import { describeSecurityGroupRedundantRules } from './describe-security-group-redundant-rules.ts';
import { describeSecurityGroupReferences } from './describe-security-group-references.ts';
import { describeSecurityGroups } from './describe-security-groups.ts';
import { forceDeleteSecurityGroup } from './force-delete-security-group.ts';
import { modifySecurityGroupAttribute } from './modify-security-group-attribute.ts';
import { modifySecurityGroupDeletionProtection } from './modify-security-group-deletion-protection.ts';
import { modifySecurityGroupPolicy } from './modify-security-group-policy.ts';

export const securityGroupActions = {
  CreateSecurityGroup: createSecurityGroup,
  DescribeSecurityGroups: describeSecurityGroups,
  DescribeSecurityGroupAttribute: describeSecurityGroupAttribute,
  ModifySecurityGroupAttribute: modifySecurityGroupAttribute,
  ModifySecurityGroupPolicy: modifySecurityGroupPolicy,
  DeleteSecurityGroup: deleteSecurityGroup,
  ModifySecurityGroupDeletionProtection: modifySecurityGroupDeletionProtection,
  DescribeSecurityGroupReferences: describeSecurityGroupReferences,
  DescribeSecurityGroupDependencies: describeSecurityGroupDependencies,
  ForceDeleteSecurityGroup: forceDeleteSecurityGroup,
  CreateServiceManagedSecurityGroup: createServiceManagedSecurityGroup,
  DescribeSecurityGroupRedundantRules: describeSecurityGroupRedundantRules,
  CloneSecurityGroup: cloneSecurityGroup,
  DescribeCloneSecurityGroupPlan: describeCloneSecurityGroupPlan,
};
