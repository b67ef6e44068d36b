import type { ActionContext } from '../../context.ts';
import { fail } from '../../errors.ts';
import { localOf, peerOf, type RuleDraft } from '../../model/rule-draft.ts';
import type { SecurityGroup } from '../../model/security-group.ts';
import { listAssociations, ruleUsesList, type ListKind } from './list-references.ts';

/**
 * Checks what a rule points at in the world: the referenced security group, prefix list or port list.
 * Field names follow the rule's direction (SourceGroupId on ingress, DestGroupId on egress).
 * @throws the group-reference codes, InvalidPrefixListId.NotFound, InvalidParam.PrefixListAddressFamilyMismatch,
 * LimitExceed.PrefixListAssociationResource, InvalidPortRangeListId.NotFound,
 * LimitExceed.PortRangeListAssociationResource
 */
export function checkReferences(ctx: ActionContext, group: SecurityGroup, rule: RuleDraft): void {
  const peer = peerOf(rule);
  if (peer.group !== '') checkGroupReference(ctx, group, rule, peer.group);
  if (peer.prefixList !== '') checkPrefixListReference(ctx, group, rule, peer.prefixList);
  if (rule.PortRangeListId !== '') checkPortRangeListReference(ctx, group, rule);
}

/**
 * A prefix list must exist in the group's region, hold addresses of a family the rule can use, and have room
 * for one more associated group. TCP, UDP and ALL work with either family; ICMP is IPv4-only and ICMPv6
 * IPv6-only, and a quintuple rule's local CIDR must be of the list's family.
 */
function checkPrefixListReference(ctx: ActionContext, group: SecurityGroup, rule: RuleDraft, listId: string): void {
  const field = rule.Direction === 'ingress' ? 'SourcePrefixListId' : 'DestPrefixListId';
  const list = ctx.tx.get('prefixLists', listId);
  if (!list || list.RegionId !== group.RegionId) {
    fail('InvalidPrefixListId.NotFound', `The specified ${field} does not exist.`, 404, field);
  }
  const local = localOf(rule);
  const needs = [
    { family: rule.IpProtocol === 'ICMP' ? 'IPv4' : rule.IpProtocol === 'ICMPv6' ? 'IPv6' : '', of: rule.IpProtocol },
    { family: local.cidr !== '' ? 'IPv4' : local.ipv6 !== '' ? 'IPv6' : '', of: 'the local address' },
  ];
  for (const { family, of } of needs) {
    if (family !== '' && family !== list.AddressFamily) {
      fail(
        'InvalidParam.PrefixListAddressFamilyMismatch',
        `The prefix list ${listId} holds ${list.AddressFamily} addresses, which cannot be used with ${of} (${family}).`,
        400,
        field,
      );
    }
  }
  checkAssociationRoom(ctx, group, 'prefixList', listId, field, 'LimitExceed.PrefixListAssociationResource');
}

/** A port list must exist in the group's region and have room; the protocol (TCP/UDP) was checked with the form. */
function checkPortRangeListReference(ctx: ActionContext, group: SecurityGroup, rule: RuleDraft): void {
  const list = ctx.tx.get('portRangeLists', rule.PortRangeListId);
  if (!list || list.RegionId !== group.RegionId) {
    fail('InvalidPortRangeListId.NotFound', 'The specified PortRangeListId does not exist.', 400, 'PortRangeListId');
  }
  // The docs name no code for a full port list; this one mirrors the prefix-list code (our choice).
  checkAssociationRoom(
    ctx,
    group,
    'portRangeList',
    rule.PortRangeListId,
    'PortRangeListId',
    'LimitExceed.PortRangeListAssociationResource',
  );
}

/** A group that already uses the list adds no association; a new one needs the list to be under the limit. */
function checkAssociationRoom(
  ctx: ActionContext,
  group: SecurityGroup,
  kind: ListKind,
  listId: string,
  field: string,
  code: string,
): void {
  if (group.Rules.some((r) => ruleUsesList(r, kind, listId))) return;
  const limit = ctx.profile.limits.listAssociations;
  const associated = listAssociations(ctx.tx, kind, listId).filter(
    (a) => a.group.SecurityGroupId !== group.SecurityGroupId,
  ).length;
  if (associated >= limit) {
    fail(
      code,
      `The list ${listId} is already associated with ${associated} resources; the limit is ${limit}.`,
      403,
      field,
    );
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
