import { fail } from '../../errors.ts';
import type { Vpc } from '../../model/network.ts';
import type { Direction, IpProtocol, Rule, SecurityGroup } from '../../model/security-group.ts';
import { securityGroupNameProblem } from '../../validate/names.ts';
import { normalisePermission } from '../../validate/permission.ts';
import { newRule } from '../rules/new-rule.ts';
import type { ActionContext } from '../../context.ts';

/**
 * The VPC's default group, as the console's Create Instance flow makes it: a basic group that lets in
 * ICMP, SSH (22) and RDP (3389) from anywhere, optionally HTTP and HTTPS, and lets everything out.
 * Priority 100 is what groups created since 2020-05-27 carry (110 before).
 */
const PRIORITY = 100;
const ANYWHERE = '0.0.0.0/0';

/**
 * The VPC's default group, created (and stored) on first need. An existing one is returned as it is:
 * `openWeb` only shapes a new group, so the user's later edits are never undone.
 * @throws QuotaExceed.SecurityGroup
 */
export function ensureDefaultGroup(ctx: ActionContext, vpc: Vpc, openWeb: boolean): SecurityGroup {
  const existing = ctx.tx.all('securityGroups').find((g) => g.IsDefault && g.VpcId === vpc.VpcId);
  if (existing) return existing;
  const inRegion = ctx.tx.all('securityGroups').filter((g) => g.RegionId === vpc.RegionId).length;
  if (inRegion >= ctx.profile.limits.groupsPerRegion) {
    fail('QuotaExceed.SecurityGroup', 'The maximum number of security groups is reached.', 403);
  }
  const own = ctx.profile.defaultGroup;
  if (own) return saveDefault(ctx, vpc, own.name, own.description, templateRules(ctx, vpc.RegionId, own.templateId));
  const ports: [IpProtocol, string][] = [
    ['ICMP', '-1/-1'],
    ['TCP', '22/22'],
    ['TCP', '3389/3389'],
    ...(openWeb
      ? ([
          ['TCP', '80/80'],
          ['TCP', '443/443'],
        ] as [IpProtocol, string][])
      : []),
  ];
  const rules = [
    ...ports.map(([protocol, range]) => rule(ctx, vpc.RegionId, 'ingress', protocol, range)),
    rule(ctx, vpc.RegionId, 'egress', 'ALL', '-1/-1'),
  ];
  return saveDefault(ctx, vpc, defaultGroupName(vpc), 'System created security group.', rules);
}

/** Another cloud's default group holds the rules of one of its templates (the profile's `defaultGroup`). */
function templateRules(ctx: ActionContext, regionId: string, templateId: string): Rule[] {
  const template = ctx.profile.templates.find((t) => t.id === templateId);
  if (!template) fail('InternalError', `The profile has no template ${templateId}.`, 500);
  const made = (direction: Direction, input: object) => {
    const check = normalisePermission(direction, input, 'the default group', ctx.profile.rules);
    if (!check.ok) fail('InternalError', `The default rule is not valid: ${check.problem.Message}`, 500);
    return newRule(ctx, regionId, check.rule);
  };
  return [...template.ingress.map((p) => made('ingress', p)), ...(template.egress ?? []).map((p) => made('egress', p))];
}

function saveDefault(ctx: ActionContext, vpc: Vpc, name: string, description: string, rules: Rule[]): SecurityGroup {
  const group: SecurityGroup = {
    SecurityGroupId: ctx.newId('sg', vpc.RegionId),
    RegionId: vpc.RegionId,
    VpcId: vpc.VpcId,
    SecurityGroupName: name,
    Description: description,
    SecurityGroupType: 'normal',
    InnerAccessPolicy: ctx.profile.rules.defaults === 'alibaba' ? 'Accept' : 'Drop',
    ResourceGroupId: '',
    Tags: [],
    DeletionProtection: false,
    ServiceManaged: false,
    ServiceID: '',
    IsDefault: true,
    CreationTime: ctx.time,
    Rules: rules,
  };
  ctx.tx.put('securityGroups', group.SecurityGroupId, group);
  return group;
}

/** `default-<VPC name>`, cut to the 128 characters a group name may have; the VPC ID when unnamed. */
export function defaultGroupName(vpc: Vpc): string {
  const named = `default-${vpc.VpcName}`.slice(0, 128);
  return vpc.VpcName !== '' && !securityGroupNameProblem(named) ? named : `default-${vpc.VpcId}`;
}

/** A default rule, built by the same normaliser every Authorize uses. */
function rule(
  ctx: ActionContext,
  regionId: string,
  direction: Direction,
  protocol: IpProtocol,
  portRange: string,
): Rule {
  const peer = direction === 'ingress' ? { SourceCidrIp: ANYWHERE } : { DestCidrIp: ANYWHERE };
  const check = normalisePermission(direction, {
    IpProtocol: protocol,
    PortRange: portRange,
    Priority: PRIORITY,
    ...peer,
  });
  if (!check.ok) fail('InternalError', `The default rule is not valid: ${check.problem.Message}`, 500);
  return newRule(ctx, regionId, check.rule);
}
