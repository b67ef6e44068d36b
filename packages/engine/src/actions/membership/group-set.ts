import { fail } from '../../errors.ts';
import { privateIpsOf } from '../../model/private-ips.ts';
import type { SecurityGroup } from '../../model/security-group.ts';
import { optionalArray, optionalString } from '../../validate/params.ts';
import type { ActionContext } from '../../context.ts';
import { rulesWeight } from '../rules/rule-weight.ts';

/**
 * The checks every way into a security group shares (spec §5, §10): RunInstances, CreateNetworkInterface,
 * ModifyInstanceAttribute, ModifyNetworkInterfaceAttribute, JoinSecurityGroup. The limits are the same
 * everywhere; the codes are not (the real API answers the same fault differently per action), so each action
 * passes its own table.
 */
export interface ErrorSpec {
  code: string;
  status: number;
  message: string;
}

export interface MembershipCodes {
  /** The parameter the errors are about (SecurityGroupIds, SecurityGroupId...). */
  field: string;
  repeated: ErrorSpec;
  tooMany: ErrorSpec;
  mixedTypes: ErrorSpec;
  otherVpc: ErrorSpec;
  /** A basic group already holds its quota of private IPs (6,000). */
  basicGroupFull: ErrorSpec;
  /** An advanced group already holds its quota of interfaces (65,536). */
  advancedGroupFull: ErrorSpec;
}

const REPEATED: ErrorSpec = {
  code: 'InvalidParameter.SecurityGroupIdRepeated',
  status: 404,
  message: 'The specified security group ids has repeated.',
};
const JOINED_LIMIT: ErrorSpec = {
  code: 'JoinedGroupLimitExceed',
  status: 400,
  message: 'The number of security groups that an instance can join exceeds the limit.',
};
const MULTI_GROUP_TYPE: ErrorSpec = {
  code: 'InvalidOperation.MultiGroupType',
  status: 400,
  message: "The specified instance can't join different types of security group.",
};
/** The code is misspelt in the real API ("Mutli"); kept as it is. */
const MUTLI_GROUP_TYPE: ErrorSpec = {
  code: 'EnterpriseGroupLimited.MutliGroupType',
  status: 403,
  message: 'The specified security groups contain both basic and advanced (enterprise) security groups.',
};
const VPC_MISMATCH: ErrorSpec = {
  code: 'InvalidOperation.VpcMismatch',
  status: 403,
  message: 'The operation is invalid. The security group and the network interface are not in the same VPC.',
};

const GROUP_FULL: ErrorSpec = {
  code: 'SecurityGroupInstanceLimitExceed',
  status: 403,
  message: 'The instance amount in the specified SecurityGroup reach its limit.',
};
const ENI_COUNT: ErrorSpec = {
  code: 'InvalidOperation.EniCountExceeded',
  status: 403,
  message: 'The maximum number of network interfaces in an advanced (enterprise) security group is exceeded.',
};

/**
 * RunInstances documents neither mixed types (CreateInstance's code is used) nor full groups (ModifyInstanceAttribute's
 * codes are used).
 */
export const LAUNCH_CODES: MembershipCodes = {
  field: 'SecurityGroupIds',
  repeated: REPEATED,
  tooMany: JOINED_LIMIT,
  mixedTypes: MULTI_GROUP_TYPE,
  otherVpc: {
    code: 'InvalidParameter.Mismatch',
    status: 400,
    message: 'Specified security group and virtual switch are not in the same VPC.',
  },
  basicGroupFull: GROUP_FULL,
  advancedGroupFull: ENI_COUNT,
};

/** CreateNetworkInterface documents VpcMismatch and SecurityGroupInstanceLimitExceed; the rest follow RunInstances. */
export const CREATE_INTERFACE_CODES: MembershipCodes = { ...LAUNCH_CODES, otherVpc: VPC_MISMATCH };

/** ModifyInstanceAttribute's own codes (spec §5). */
export const MODIFY_INSTANCE_CODES: MembershipCodes = {
  field: 'SecurityGroupIds',
  repeated: REPEATED,
  tooMany: JOINED_LIMIT,
  mixedTypes: MUTLI_GROUP_TYPE,
  otherVpc: {
    code: 'InvalidSecurityGroupVpc.NotBelongToOneVpc',
    status: 404,
    message: 'The security groups must belong to the same VPC as the instance.',
  },
  basicGroupFull: GROUP_FULL,
  advancedGroupFull: ENI_COUNT,
};

/**
 * ModifyNetworkInterfaceAttribute documents only VpcMismatch; it replaces the set as ModifyInstanceAttribute
 * does, so it takes that action's codes for the rest (a choice: the docs are silent).
 */
export const MODIFY_INTERFACE_CODES: MembershipCodes = {
  ...MODIFY_INSTANCE_CODES,
  field: 'SecurityGroupId',
  otherVpc: VPC_MISMATCH,
};

/** JoinSecurityGroup: the VPC code depends on whether an instance or an interface joins. */
export function joinCodes(target: 'instance' | 'interface'): MembershipCodes {
  return {
    field: 'SecurityGroupId',
    repeated: REPEATED,
    tooMany: {
      code: 'InstanceSecurityGroupLimitExceeded',
      status: 400,
      message: 'Exceeding the allowed amount of security groups that an instance can be in.',
    },
    mixedTypes: MULTI_GROUP_TYPE,
    otherVpc:
      target === 'instance'
        ? {
            code: 'InvalidInstanceId.Mismatch',
            status: 400,
            message: 'Specified instance and security group are not in the same VPC.',
          }
        : VPC_MISMATCH,
    basicGroupFull: {
      code: 'SecurityGroupInstanceLimitExceeded',
      status: 403,
      message: 'The maximum number of instances in a security group is exceeded.',
    },
    advancedGroupFull: {
      code: 'InvalidOperation.NetworkInterfaceCountExceeded',
      status: 403,
      message: 'The maximum number of NetworkInterface in a enterprise level security group is exceeded.',
    },
  };
}

function raise(spec: ErrorSpec, field: string, detail = ''): never {
  fail(spec.code, detail === '' ? spec.message : `${spec.message} ${detail}`, spec.status, field);
}

/**
 * A list of group IDs as given (untrusted): strings, no repeats. Order is kept; it is the order the interface
 * shows its groups in.
 * @throws InvalidParameter, the table's `repeated` code
 */
export function readGroupIdList(value: unknown, codes: MembershipCodes): string[] {
  const ids = optionalArray(value, codes.field).map((id) => optionalString(id, codes.field));
  if (new Set(ids).size !== ids.length) raise(codes.repeated, codes.field);
  return ids;
}

/** @throws InvalidSecurityGroupId.NotFound (a group of another region is invisible, as in the real API) */
export function requireGroups(ctx: ActionContext, regionId: string, ids: readonly string[], field: string) {
  return ids.map((id) => {
    const group = ctx.tx.get('securityGroups', id);
    if (!group || group.RegionId !== regionId) {
      fail(
        'InvalidSecurityGroupId.NotFound',
        'The SecurityGroupId provided does not exist in our records.',
        404,
        field,
      );
    }
    return group;
  });
}

/**
 * The groups one interface would hold after a change, checked against every limit of an interface: at most
 * `groupsPerInterface` groups, all in its VPC, of one type, with at most `rulesPerInterface` rules between them.
 * Checked in the order RunInstances always checked them, the rule count last.
 * @throws the table's tooMany, otherVpc and mixedTypes codes, AclLimitExceed
 */
export function checkGroupSet(
  ctx: ActionContext,
  vpcId: string,
  groups: readonly SecurityGroup[],
  codes: MembershipCodes,
): void {
  const { groupsPerInterface, rulesPerInterface } = ctx.profile.limits;
  if (groups.length > groupsPerInterface) raise(codes.tooMany, codes.field, `The limit is ${groupsPerInterface}.`);
  if (groups.some((g) => g.VpcId !== vpcId)) raise(codes.otherVpc, codes.field);
  if (new Set(groups.map((g) => g.SecurityGroupType)).size > 1) raise(codes.mixedTypes, codes.field);
  // By weight: a rule naming a prefix list or port list counts as the list's MaxEntries (rule-weight.ts).
  const rules = groups.reduce((sum, g) => sum + rulesWeight(ctx.tx, g.Rules), 0);
  if (rules > rulesPerInterface) {
    fail(
      'AclLimitExceed',
      `The number of ACL rules for an ENI or instance exceeds the upper limit (${rulesPerInterface}): the security groups hold ${rules} rules.`,
      403,
      codes.field,
    );
  }
}

/**
 * Room in the groups an interface joins: a basic group holds at most `privateIpsPerBasicGroup` private IPs across
 * its members (primary and secondary), an advanced group at most `interfacesPerAdvancedGroup` interfaces.
 * `joining` new members join each group (RunInstances launches several at once). One scan for all the groups.
 * @throws the table's basicGroupFull and advancedGroupFull codes
 */
export function checkGroupCapacity(
  ctx: ActionContext,
  groups: readonly SecurityGroup[],
  joining: number,
  codes: MembershipCodes,
): void {
  if (groups.length === 0) return;
  const counts = new Map(groups.map((g) => [g.SecurityGroupId, 0]));
  const basicIds = new Set(groups.filter((g) => g.SecurityGroupType === 'normal').map((g) => g.SecurityGroupId));
  for (const eni of ctx.tx.all('networkInterfaces')) {
    for (const id of eni.SecurityGroupIds) {
      const count = counts.get(id);
      if (count !== undefined) counts.set(id, count + (basicIds.has(id) ? privateIpsOf(eni).length : 1));
    }
  }
  const { privateIpsPerBasicGroup, interfacesPerAdvancedGroup } = ctx.profile.limits;
  for (const group of groups) {
    const basic = group.SecurityGroupType === 'normal';
    const cap = basic ? privateIpsPerBasicGroup : interfacesPerAdvancedGroup;
    if (counts.get(group.SecurityGroupId)! + joining > cap) {
      raise(
        basic ? codes.basicGroupFull : codes.advancedGroupFull,
        codes.field,
        `The security group ${group.SecurityGroupId} holds at most ${cap} ${basic ? 'private IP addresses' : 'network interfaces'}.`,
      );
    }
  }
}

/**
 * Reads, finds and checks a whole new group list for an interface in `vpcId`: RunInstances and the two
 * Modify*Attribute actions (which replace the set) and CreateNetworkInterface. `joining` interfaces join the groups
 * the interface is not in yet (`current`), so only those need room.
 */
export function requireGroupSet(
  ctx: ActionContext,
  regionId: string,
  vpcId: string,
  value: unknown,
  codes: MembershipCodes,
  { joining = 1, current = [] }: { joining?: number; current?: readonly string[] } = {},
): SecurityGroup[] {
  const ids = readGroupIdList(value, codes);
  if (ids.length > ctx.profile.limits.groupsPerInterface) {
    raise(codes.tooMany, codes.field, `The limit is ${ctx.profile.limits.groupsPerInterface}.`);
  }
  const groups = requireGroups(ctx, regionId, ids, codes.field);
  checkGroupSet(ctx, vpcId, groups, codes);
  checkGroupCapacity(
    ctx,
    groups.filter((g) => !current.includes(g.SecurityGroupId)),
    joining,
    codes,
  );
  return groups;
}

/** Groups managed by a cloud service (ACK...) keep the members the service gives them. */
export function assertMembershipNotManaged(groups: readonly SecurityGroup[], field: string): void {
  const managed = groups.find((g) => g.ServiceManaged);
  if (managed) {
    fail(
      'InvalidOperation.ResourceManagedByCloudProduct',
      `The security group ${managed.SecurityGroupId} is managed by the cloud service ${managed.ServiceID || 'unknown'}: its members cannot be changed.`,
      403,
      field,
    );
  }
}
