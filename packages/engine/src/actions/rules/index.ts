import { authorizeSecurityGroup } from './authorize-security-group.ts';
import { authorizeSecurityGroupEgress } from './authorize-security-group-egress.ts';
import { modifySecurityGroupEgressRule } from './modify-security-group-egress-rule.ts';
import { modifySecurityGroupRule } from './modify-security-group-rule.ts';
import { moveSecurityGroupRule } from './move-security-group-rule.ts';
import { revokeSecurityGroup } from './revoke-security-group.ts';
import { revokeSecurityGroupEgress } from './revoke-security-group-egress.ts';

export const ruleActions = {
  AuthorizeSecurityGroup: authorizeSecurityGroup,
  AuthorizeSecurityGroupEgress: authorizeSecurityGroupEgress,
  RevokeSecurityGroup: revokeSecurityGroup,
  RevokeSecurityGroupEgress: revokeSecurityGroupEgress,
  ModifySecurityGroupRule: modifySecurityGroupRule,
  ModifySecurityGroupEgressRule: modifySecurityGroupEgressRule,
  MoveSecurityGroupRule: moveSecurityGroupRule,
};
