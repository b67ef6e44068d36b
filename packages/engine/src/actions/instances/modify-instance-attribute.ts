import { fail } from '../../errors.ts';
import { descriptionProblem } from '../../validate/names.ts';
import { optionalString, requireRegion } from '../../validate/params.ts';
import { assertNoProblem } from '../../validate/problem.ts';
import { defineAction } from '../define.ts';
import { MODIFY_INSTANCE_CODES } from '../membership/group-set.ts';
import { replacementGroupIds } from '../membership/replace-groups.ts';
import { isSettled, primaryInterfaceOf, requireInstance } from '../network-interfaces/eni-lookup.ts';
import { isGiven } from '../network-interfaces/interface-fields.ts';
import { assertInstanceName } from './instance-names.ts';

export interface ModifyInstanceAttributeParams {
  /** Optional, as in the API; when given the instance must be in this region. */
  RegionId?: string;
  InstanceId: string;
  /** SecurityGroupIds.N: the groups of the primary interface, replacing all it has. Absent: unchanged. */
  SecurityGroupIds?: string[];
  /** Absent or '': unchanged (an instance always has a name). */
  InstanceName?: string;
  /** Absent: unchanged; '' clears it. */
  Description?: string;
}

export type ModifyInstanceAttributeResponse = Record<string, never>;

/**
 * Renames an instance, changes its description and/or replaces the security groups of its primary interface
 * (an instance's groups are its primary interface's). The new set is checked as a whole with this action's own
 * codes (spec §5); the instance must be Running or Stopped for a group change.
 * @throws InvalidRegionId.NotFound, MissingParameter.InstanceId, InvalidInstanceId.NotFound, InvalidParameter,
 * InvalidInstanceName.Malformed, InvalidDescription.Malformed, IncorrectInstanceStatus,
 * InvalidParameter.SecurityGroupIdRepeated, JoinedGroupLimitExceed, InvalidSecurityGroupId.NotFound,
 * InvalidSecurityGroupVpc.NotBelongToOneVpc, EnterpriseGroupLimited.MutliGroupType, AclLimitExceed,
 * SecurityGroupInstanceLimitExceed, InvalidOperation.EniCountExceeded, InvalidOperation.AtLeastInOneGroup,
 * InvalidOperation.ResourceManagedByCloudProduct
 */
export const modifyInstanceAttribute = defineAction<ModifyInstanceAttributeParams, ModifyInstanceAttributeResponse>({
  readOnly: false,
  run(ctx, params) {
    const regionId =
      optionalString(params.RegionId, 'RegionId') === '' ? '' : requireRegion(ctx, params.RegionId).RegionId;
    const instance = requireInstance(ctx.tx, regionId, params.InstanceId);
    const name = optionalString(params.InstanceName, 'InstanceName');
    if (name !== '') assertInstanceName(name);
    const description = optionalString(params.Description, 'Description');
    assertNoProblem(descriptionProblem(description), 'Description');

    if (isGiven(params.SecurityGroupIds)) {
      if (!isSettled(instance)) {
        fail(
          'IncorrectInstanceStatus',
          'The current status of the resource does not support this operation.',
          403,
          'InstanceId',
        );
      }
      const primary = primaryInterfaceOf(ctx.tx, instance);
      const groupIds = replacementGroupIds(ctx, primary, params.SecurityGroupIds, MODIFY_INSTANCE_CODES);
      ctx.tx.put('networkInterfaces', primary.NetworkInterfaceId, { ...primary, SecurityGroupIds: groupIds });
    }
    if (name !== '' || isGiven(params.Description)) {
      ctx.tx.put('instances', instance.InstanceId, {
        ...instance,
        InstanceName: name !== '' ? name : instance.InstanceName,
        Description: isGiven(params.Description) ? description : (instance.Description ?? ''),
      });
    }
    return {};
  },
});
