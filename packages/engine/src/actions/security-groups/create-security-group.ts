import { fail } from '../../errors.ts';
import type { SecurityGroup, SecurityGroupType } from '../../model/security-group.ts';
import { groupDescriptionProblem, securityGroupNameProblem, tagsProblem } from '../../validate/names.ts';
import { optionalString, readTags, requireRegion } from '../../validate/params.ts';
import { readResourceGroupId } from '../../validate/resource-tags.ts';
import { assertNoProblem } from '../../validate/problem.ts';
import { defineAction } from '../define.ts';

export interface CreateSecurityGroupParams {
  RegionId: string;
  /** Idempotence: a retry with the same token and parameters answers the first call again (client-token.ts). */
  ClientToken?: string;
  VpcId?: string;
  SecurityGroupName?: string;
  Description?: string;
  SecurityGroupType?: SecurityGroupType;
  ResourceGroupId?: string;
  /** Tencent Cloud's project ("Default project" is 0); kept with the group, Tencent only. */
  ProjectId?: string;
  Tag?: { Key: string; Value?: string }[];
}

export interface CreateSecurityGroupResponse {
  SecurityGroupId: string;
}

/**
 * Creates a basic (`normal`, InnerAccessPolicy Accept) or advanced (`enterprise`, Drop) group in a VPC,
 * with no rules.
 * @throws InvalidClientToken.ValueNotSupported, IdempotentParameterMismatch (ClientToken), MissingParameter.RegionId, InvalidRegionId.NotFound, InvalidVpcId.NotFound, InvalidParams.GroupType,
 * InvalidParams.VpcIdGroupType, InvalidSecurityGroupName.Malformed, InvalidDescription.Malformed,
 * InvalidResourceGroup.NotFound, InvalidTagKey.Malformed, InvalidTagValue.Malformed, Duplicate.TagKey, QuotaExceed.Tags, QuotaExceed.SecurityGroup
 */
export const createSecurityGroup = defineAction<CreateSecurityGroupParams, CreateSecurityGroupResponse>({
  readOnly: false,
  clientToken: true,
  run(ctx, params) {
    const region = requireRegion(ctx, params.RegionId);
    const type = optionalString(params.SecurityGroupType, 'SecurityGroupType') || 'normal';
    const types = ctx.profile.rules.groupTypes;
    if (!types.some((t) => t === type) || (type !== 'normal' && type !== 'enterprise')) {
      fail(
        'InvalidParams.GroupType',
        `The specified SecurityGroupType is not valid. Valid values: ${types.join(', ')}.`,
        400,
        'SecurityGroupType',
      );
    }
    const vpcId = optionalString(params.VpcId, 'VpcId');
    if (vpcId === '') {
      if (type === 'enterprise') {
        fail(
          'InvalidParams.VpcIdGroupType',
          'Only VPC instance supports enterprise level security group.',
          400,
          'VpcId',
        );
      }
      fail('InvalidVpcId.NotFound', 'The VpcId must not empty when only support vpc vm.', 403, 'VpcId');
    }
    const vpc = ctx.tx.get('vpcs', vpcId);
    if (!vpc || vpc.RegionId !== region.RegionId) {
      fail('InvalidVpcId.NotFound', 'Specified VPC does not exist.', 404, 'VpcId');
    }
    const name = optionalString(params.SecurityGroupName, 'SecurityGroupName');
    assertNoProblem(securityGroupNameProblem(name, ctx.profile.name), 'SecurityGroupName');
    const description = optionalString(params.Description, 'Description');
    assertNoProblem(groupDescriptionProblem(description, ctx.profile.name), 'Description');
    const resourceGroupId = readResourceGroupId(params.ResourceGroupId);
    const tags = readTags(params.Tag);
    assertNoProblem(tagsProblem(tags, ctx.profile.limits.tagsPerResource), 'Tag');

    const inRegion = ctx.tx.all('securityGroups').filter((g) => g.RegionId === region.RegionId).length;
    if (inRegion >= ctx.profile.limits.groupsPerRegion) {
      fail('QuotaExceed.SecurityGroup', 'The maximum number of security groups is reached.', 403);
    }
    const perVpc = ctx.profile.limits.groupsPerVpc;
    if (perVpc !== null && ctx.tx.all('securityGroups').filter((g) => g.VpcId === vpcId).length >= perVpc) {
      fail(
        'QuotaExceed.SecurityGroupPerVpc',
        `The number of security groups in the VPC has reached ${perVpc}.`,
        403,
        'VpcId',
      );
    }
    const projectId = ctx.profile.name === 'tencent' ? optionalString(params.ProjectId, 'ProjectId') || '0' : '';

    const group: SecurityGroup = {
      SecurityGroupId: ctx.newId('sg', region.RegionId),
      RegionId: region.RegionId,
      VpcId: vpcId,
      SecurityGroupName: name,
      Description: description,
      SecurityGroupType: type,
      // Only Alibaba's basic groups interconnect their members by default.
      InnerAccessPolicy: type === 'normal' && ctx.profile.rules.defaults === 'alibaba' ? 'Accept' : 'Drop',
      ResourceGroupId: resourceGroupId,
      Tags: tags,
      DeletionProtection: false,
      ServiceManaged: false,
      ServiceID: '',
      IsDefault: false,
      CreationTime: ctx.time,
      Rules: [],
      ...(projectId ? { ProjectId: projectId } : {}),
    };
    ctx.tx.put('securityGroups', group.SecurityGroupId, group);
    return { SecurityGroupId: group.SecurityGroupId };
  },
});
