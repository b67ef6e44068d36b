import type { ActionContext } from '../define.ts';
import { fail } from '../../errors.ts';
import { peerOf, type RuleDraft } from '../../model/rule-identity.ts';
import type { SecurityGroup } from '../../model/security-group.ts';

/**
 * Checks what a rule points at in the world: the referenced security group, prefix list or port list.
 * Field names follow the rule's direction (SourceGroupId on ingress, DestGroupId on egress).
 */
export function checkReferences(ctx: ActionContext, group: SecurityGroup, rule: RuleDraft): void {
  const peer = peerOf(rule);
  const side = rule.Direction === 'ingress' ? 'Source' : 'Dest';
  if (peer.group !== '') checkGroupReference(ctx, group, rule, peer.group);
  if (peer.prefixList !== '') {
    // Prefix lists are not modelled yet, so no list can be found.
    fail(
      'InvalidPrefixListId.NotFound',
      `The specified ${side}PrefixListId does not exist.`,
      404,
      `${side}PrefixListId`,
    );
  }
  if (rule.PortRangeListId !== '') {
    // Port lists are not modelled yet either.
    fail('InvalidPortRangeListId.NotFound', 'The specified PortRangeListId does not exist.', 400, 'PortRangeListId');
  }
}

function checkGroupReference(ctx: ActionContext, group: SecurityGroup, rule: RuleDraft, refId: string): void {
  const isIngress = rule.Direction === 'ingress';
  const field = isIngress ? 'SourceGroupId' : 'DestGroupId';
  if (group.SecurityGroupType === 'enterprise') {
    fail(
      'InvalidGroupParameter.OperationDenied',
      'The attributes Policy, SourceGroupId, DestGroupId of enterprise level security groups are not allowed to be set or modified.',
      400,
      field,
    );
  }
  if (refId === group.SecurityGroupId) {
    if (isIngress) {
      fail(
        'InvalidParamter.Conflict',
        'The specified SecurityGroupId should be different from the SourceGroupId.',
        403,
        field,
      );
    }
    fail(
      'InvalidSecurityGroup.IsSame',
      'The authorized SecurityGroupId should be different from the DestGroupId.',
      403,
      field,
    );
  }
  const ref = ctx.tx.get('securityGroups', refId);
  if (!ref || ref.RegionId !== group.RegionId) {
    fail(
      isIngress ? 'InvalidSourceGroupId.NotFound' : 'InvalidDestGroupId.NotFound',
      `The ${field} provided does not exist in our records.`,
      404,
      field,
    );
  }
  if (ref.SecurityGroupType === 'enterprise') {
    fail(
      'InvalidGroupAuthParameter.OperationDenied',
      'The security group can not authorize to enterprise level security group.',
      400,
      field,
    );
  }
  if (ref.VpcId !== group.VpcId) {
    fail(
      isIngress ? 'InvalidSourceGroupId.Mismatch' : 'InvalidDestGroupId.Mismatch',
      `Specified security group and ${isIngress ? 'source' : 'destination'} group are not in the same VPC.`,
      400,
      field,
    );
  }
}
