import { ALIBABA_RULES } from '../profiles/alibaba.ts';
import type { RuleDialect } from '../profiles/profile.ts';
import { ADDRESS_FIELDS, type RuleDraft, type RuleEntityType } from '../model/rule-draft.ts';
import { ruleIdentity } from '../validate/rule-identity.ts';
import type { Direction } from '../model/security-group.ts';
import { parseCidr } from '../validate/cidr.ts';
import { normalisePermission, type PermissionField, type PermissionInput } from '../validate/permission.ts';
import { problem, type Problem } from '../validate/problem.ts';

/**
 * One row of the console's add-rule form. Unlike the API it takes several port ranges (`22/23,443/443`)
 * and up to 10 authorisation objects (`10.0.0.0/8, sg-…, pl-…, ::/0`) in one entry (spec §3, console-only
 * input conveniences); expandRuleEntry turns it into the API's one-rule-per-permission form.
 */
export interface RuleEntry {
  Direction: Direction;
  /**
   * The console's "Authorization Type" (seed 004): which field every object of the entry goes to, so an object of
   * another kind is refused with that field's own code (an IPv6 CIDR under IPv4 is InvalidSourceCidrIp.Malformed).
   * Absent: each object goes where its form says (authorizationTypeOf).
   */
  AuthorizationType?: AuthorizationType;
  Policy: string;
  Priority: string;
  IpProtocol: string;
  PortRanges: string;
  AuthorizationObjects: string;
  Description: string;
}

export type RuleEntryField =
  'PortRanges' | 'AuthorizationObjects' | 'Priority' | 'IpProtocol' | 'Policy' | 'Description';

export type RuleEntryExpansion =
  { ok: true; permissions: PermissionInput[] } | { ok: false; problem: Problem; field: RuleEntryField };

/**
 * The kinds of authorisation object the console's rule editor offers: IPv4 CIDR Block, IPv6 CIDR Block, Security
 * Group, Prefix List. The same kinds Modify refuses to change between (InvalidOperation.ModifySgRuleEntityType).
 */
export type AuthorizationType = RuleEntityType;

/** The console's cap on authorisation objects in one entry (DOCS21 "Add security group rules"). */
export const MAX_AUTHORIZATION_OBJECTS = 10;

/** Comma-separated list: trimmed, blanks dropped, exact repeats dropped (order kept). */
function splitList(text: string): string[] {
  return [...new Set(text.split(',').map((part) => part.trim()))].filter((part) => part !== '');
}

/**
 * The kind of authorisation object a text is by its form: `sg-…` a security group, `pl-…` a prefix list, an IPv6
 * address or CIDR IPv6; anything else IPv4, so an unreadable text is reported by the IPv4 field's malformed code.
 */
export function authorizationTypeOf(object: string): AuthorizationType {
  const text = object.trim();
  if (/^sg-/i.test(text)) return 'group';
  if (/^pl-/i.test(text)) return 'prefixList';
  return parseCidr(text)?.family === 'IPv6' ? 'ipv6' : 'ipv4';
}

/** Where one authorisation object of `type` goes in a permission of `direction`. */
function objectFields(direction: Direction, object: string, type: AuthorizationType): PermissionInput {
  const side = direction === 'ingress' ? 'Source' : 'Dest';
  switch (type) {
    case 'group':
      return { [`${side}GroupId`]: object };
    case 'prefixList':
      return { [`${side}PrefixListId`]: object };
    case 'ipv6':
      return { [`Ipv6${side}CidrIp`]: object };
    case 'ipv4':
      return { [`${side}CidrIp`]: object };
  }
}

/** The entry field a permission field's problem belongs to. */
function entryFieldOf(field: PermissionField): RuleEntryField {
  switch (field) {
    case 'IpProtocol':
    case 'Policy':
    case 'Priority':
    case 'Description':
      return field;
    case 'PortRange':
    case 'PortRangeListId':
    case 'SourcePortRange':
      return 'PortRanges';
    default:
      return 'AuthorizationObjects';
  }
}

/** The permission Authorize takes for a normalised rule: canonical values, only the fields in use. */
function permissionOf(rule: RuleDraft): PermissionInput {
  const out: PermissionInput = {
    IpProtocol: rule.IpProtocol,
    PortRange: rule.PortRange,
    Policy: rule.Policy,
    Priority: String(rule.Priority),
  };
  for (const field of ADDRESS_FIELDS) if (rule[field] !== '') out[field] = rule[field];
  if (rule.Description !== '') out.Description = rule.Description;
  return out;
}

/**
 * Expands a console entry into API permissions: one per (port range × authorisation object), each
 * checked by the engine's own normalisePermission, so the form shows the codes Authorize would return,
 * next to the entry field they concern. Port-less protocols (ICMP, ICMPv6, GRE, ALL) may leave
 * PortRanges empty (`-1/-1`). Permissions that normalise to the same rule (`10.0.0.1` and `10.0.0.1/32`)
 * are kept once, since Authorize refuses duplicates in one call. What needs the world (does the group
 * exist, same VPC, quotas, at most 100 permissions per call) is left to the action.
 */
export function expandRuleEntry(entry: RuleEntry, dialect: RuleDialect = ALIBABA_RULES): RuleEntryExpansion {
  const objects = splitList(entry.AuthorizationObjects ?? '');
  if (objects.length > MAX_AUTHORIZATION_OBJECTS) {
    return {
      ok: false,
      problem: problem('InvalidParameter', 'Up to 10 authorization objects can be specified in one entry.'),
      field: 'AuthorizationObjects',
    };
  }
  // An empty list still yields one permission, so the engine reports the missing value with its own code.
  // Alibaba's console takes several ranges in one entry (`22/22,443/443`); elsewhere a comma is the cloud's own
  // port list syntax (Tencent `80,443`), one rule.
  const ranges =
    dialect.portSyntax === 'alibaba'
      ? splitList(entry.PortRanges ?? '')
      : [(entry.PortRanges ?? '').trim()].filter(Boolean);
  const portRanges = ranges.length > 0 ? ranges : [''];
  const peers = objects.length > 0 ? objects : [''];

  const permissions: PermissionInput[] = [];
  const seen = new Set<string>();
  let index = 0;
  for (const portRange of portRanges) {
    for (const object of peers) {
      index += 1;
      const input: PermissionInput = {
        IpProtocol: entry.IpProtocol,
        Policy: entry.Policy,
        Priority: entry.Priority,
        Description: entry.Description,
        ...(portRange === '' ? {} : { PortRange: portRange }),
        ...(object === ''
          ? {}
          : objectFields(entry.Direction, object, entry.AuthorizationType ?? authorizationTypeOf(object))),
      };
      const checked = normalisePermission(entry.Direction, input, `Permissions.${index}`, dialect);
      if (!checked.ok) return { ok: false, problem: checked.problem, field: entryFieldOf(checked.field) };
      const key = ruleIdentity(checked.rule);
      if (seen.has(key)) continue;
      seen.add(key);
      permissions.push(permissionOf(checked.rule));
    }
  }
  return { ok: true, permissions };
}
