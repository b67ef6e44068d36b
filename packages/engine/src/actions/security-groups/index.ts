import { createSecurityGroup } from './create-security-group.ts';

export const securityGroupActions = {
  CreateSecurityGroup: createSecurityGroup,
};
