import { joinSecurityGroup } from './join-security-group.ts';
import { leaveSecurityGroup } from './leave-security-group.ts';

export const membershipActions = {
  JoinSecurityGroup: joinSecurityGroup,
  LeaveSecurityGroup: leaveSecurityGroup,
};
