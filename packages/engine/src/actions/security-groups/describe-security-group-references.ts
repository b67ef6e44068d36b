import { fail } from '../../errors.ts';
import { optionalArray, requireRegion } from '../../validate/params.ts';
import { defineAction } from '../define.ts';
import { readGroupId, referencingGroups, requireGroup } from './group-lookup.ts';

export interface DescribeSecurityGroupReferencesParams {
  RegionId: string;
  /** 1 to 10 group IDs. */
  SecurityGroupId: string[];
}

export interface SecurityGroupReference {
  SecurityGroupId: string;
  ReferencingSecurityGroups: { ReferencingSecurityGroup: { SecurityGroupId: string; AliUid: string }[] };
}

export interface DescribeSecurityGroupReferencesResponse {
  SecurityGroupReferences: { SecurityGroupReference: SecurityGroupReference[] };
}

const MAX_IDS = 10;

/**
 * For each given group, the other groups whose rules name it as source or destination (these block
 * DeleteSecurityGroup). The world has one account, so AliUid is empty, as the rules' owner fields are.
 * @throws MissingParameter.RegionId, InvalidRegionId.NotFound, MissingParameter.SecurityGroupId,
 * InvalidParameter, InvalidSecurityGroupId.Malformed, InvalidSecurityGroupId.NotFound
 */
export const describeSecurityGroupReferences = defineAction<
  DescribeSecurityGroupReferencesParams,
  DescribeSecurityGroupReferencesResponse
>({
  readOnly: true,
  run(ctx, params) {
    const region = requireRegion(ctx, params.RegionId);
    const raw = optionalArray(params.SecurityGroupId, 'SecurityGroupId');
    if (raw.length === 0) {
      fail(
        'MissingParameter.SecurityGroupId',
        'The parameter "SecurityGroupId" should not be null.',
        400,
        'SecurityGroupId',
      );
    }
    if (raw.length > MAX_IDS) {
      fail(
        'InvalidParameter',
        `The specified parameter SecurityGroupId is not valid. Up to ${MAX_IDS} IDs are allowed.`,
        400,
        'SecurityGroupId',
      );
    }
    const ids = [...new Set(raw.map((id) => readGroupId(id)))];
    const groups = ids.map((id) => requireGroup(ctx.tx, region.RegionId, id));
    return {
      SecurityGroupReferences: {
        SecurityGroupReference: groups.map((group) => ({
          SecurityGroupId: group.SecurityGroupId,
          ReferencingSecurityGroups: {
            ReferencingSecurityGroup: referencingGroups(ctx.tx, group.SecurityGroupId).map((g) => ({
              SecurityGroupId: g.SecurityGroupId,
              AliUid: '',
            })),
          },
        })),
      },
    };
  },
});
