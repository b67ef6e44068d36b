import { fail } from '../../errors.ts';
import { requireRegion } from '../../validate/params.ts';
import { defineAction } from '../define.ts';
import { MODIFY_INTERFACE_CODES } from '../membership/group-set.ts';
import { replacementGroupIds } from '../membership/replace-groups.ts';
import { isSettled, requireEni } from './eni-lookup.ts';
import { isGiven, readInterfaceDescription, readInterfaceName } from './interface-fields.ts';

export interface ModifyNetworkInterfaceAttributeParams {
  RegionId: string;
  NetworkInterfaceId: string;
  /** SecurityGroupId.N: the interface's new groups, replacing all it has. Absent: unchanged. */
  SecurityGroupId?: string[];
  /** Absent: unchanged; '' clears it. */
  NetworkInterfaceName?: string;
  Description?: string;
}

export type ModifyNetworkInterfaceAttributeResponse = Record<string, never>;

/**
 * Renames an interface, changes its description and/or replaces its security groups (primary or secondary).
 * The new set is checked as every way into a group checks it (membership/group-set.ts): at most 10 groups, in the
 * interface's VPC, of one type, at most 1,000 rules between them. The instance it is attached to, if any, must be
 * Running or Stopped.
 * @throws MissingParameter.RegionId, InvalidRegionId.NotFound, MissingParameter.NetworkInterfaceId,
 * InvalidEniId.NotFound, InvalidParameter, InvalidNetworkInterfaceName.Malformed, InvalidDescription.Malformed,
 * InvalidOperation.InvalidEcsState, InvalidParameter.SecurityGroupIdRepeated, JoinedGroupLimitExceed,
 * InvalidSecurityGroupId.NotFound, InvalidOperation.VpcMismatch, EnterpriseGroupLimited.MutliGroupType,
 * AclLimitExceed, SecurityGroupInstanceLimitExceed, InvalidOperation.EniCountExceeded,
 * InvalidOperation.AtLeastInOneGroup, InvalidOperation.ResourceManagedByCloudProduct
 */
export const modifyNetworkInterfaceAttribute = defineAction<
  ModifyNetworkInterfaceAttributeParams,
  ModifyNetworkInterfaceAttributeResponse
>({
  readOnly: false,
  run(ctx, params) {
    const region = requireRegion(ctx, params.RegionId);
    const eni = requireEni(ctx.tx, region.RegionId, params.NetworkInterfaceId);
    const name = readInterfaceName(params.NetworkInterfaceName);
    const description = readInterfaceDescription(params.Description);
    if (![params.SecurityGroupId, params.NetworkInterfaceName, params.Description].some(isGiven)) return {};
    let groupIds = eni.SecurityGroupIds;
    if (isGiven(params.SecurityGroupId)) {
      const instance = eni.InstanceId === '' ? undefined : ctx.tx.get('instances', eni.InstanceId);
      if (instance && !isSettled(instance)) {
        fail(
          'InvalidOperation.InvalidEcsState',
          `The instance is ${instance.Status}; security groups can change only while it is Running or Stopped.`,
          400,
          'NetworkInterfaceId',
        );
      }
      groupIds = replacementGroupIds(ctx, eni, params.SecurityGroupId, MODIFY_INTERFACE_CODES);
    }
    ctx.tx.put('networkInterfaces', eni.NetworkInterfaceId, {
      ...eni,
      NetworkInterfaceName: isGiven(params.NetworkInterfaceName) ? name : eni.NetworkInterfaceName,
      Description: isGiven(params.Description) ? description : eni.Description,
      SecurityGroupIds: groupIds,
    });
    return {};
  },
});
