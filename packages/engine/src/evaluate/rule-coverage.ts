import type { PermissionInput } from '../validate/permission.ts';
import { localOf, peerOf, type RuleDraft } from '../model/rule-draft.ts';
import { ruleIdentity } from '../validate/rule-identity.ts';
import type { Direction, IpProtocol } from '../model/security-group.ts';
import { cidrCovers, parseCidr, type Cidr } from '../validate/cidr.ts';
import type { RuleDialect } from '../profiles/profile.ts';
import { ALL_PORTS } from '../validate/port-range.ts';
import { portSpecCovers, readPortSpec } from '../validate/port-spec.ts';
import { parseIpProtocol } from '../validate/protocol.ts';

/**
 * A rule as the engine stores it (`Rule`: Policy `accept`, Priority 1) or as the API prints it
 * (`Permission`: Policy `Accept`, Priority `'1'`). Unused fields may be empty or absent, so a console
 * form's draft fits too.
 */
export interface RuleLike extends Omit<PermissionInput, 'IpProtocol'> {
  SecurityGroupRuleId?: string;
  Direction: Direction;
  IpProtocol: string;
}

export type CoverRelation = 'duplicate' | 'covered' | 'shadowed';

export interface CoveringRule {
  rule: RuleLike;
  relation: CoverRelation;
}

const text = (value: string | undefined): string => (value ?? '').trim();

/**
 * Brings either shape to the stored form, so comparisons and ruleIdentity see one spelling. Lenient on
 * purpose: it reads rules that already exist (system rules have priority 110), it does not validate.
 */
export function toRuleDraft(rule: RuleLike): RuleDraft {
  // An unknown protocol (a half-typed form) keeps its text: it then covers and is covered by nothing but ALL.
  const protocol = parseIpProtocol(text(rule.IpProtocol)) ?? (text(rule.IpProtocol).toUpperCase() as IpProtocol);
  const priority = Number(String(rule.Priority ?? '').trim() || '1');
  const sourcePorts = text(rule.SourcePortRange);
  return {
    Direction: rule.Direction,
    IpProtocol: protocol,
    PortRange: text(rule.PortRange) || (text(rule.PortRangeListId) ? '' : ALL_PORTS),
    PortRangeListId: text(rule.PortRangeListId),
    // `-1/-1` as a source range says nothing, as normalisePermission drops it.
    SourcePortRange: sourcePorts === ALL_PORTS ? '' : sourcePorts,
    Policy: text(rule.Policy).toLowerCase() === 'drop' ? 'drop' : 'accept',
    Priority: Number.isFinite(priority) ? priority : 1,
    SourceCidrIp: text(rule.SourceCidrIp),
    Ipv6SourceCidrIp: text(rule.Ipv6SourceCidrIp),
    SourceGroupId: text(rule.SourceGroupId),
    SourcePrefixListId: text(rule.SourcePrefixListId),
    DestCidrIp: text(rule.DestCidrIp),
    Ipv6DestCidrIp: text(rule.Ipv6DestCidrIp),
    DestGroupId: text(rule.DestGroupId),
    DestPrefixListId: text(rule.DestPrefixListId),
    NicType: 'intranet',
    Description: rule.Description ?? '',
  };
}

/** True when the ports `outer` holds every port of `inner`, in any cloud's syntax (`-1/-1`, `ALL`: every port). */
function portsCover(outer: string, inner: string): boolean {
  const a = readPortSpec(outer);
  if (a?.all) return true;
  const b = readPortSpec(inner);
  return a !== null && b !== null && portSpecCovers(a, b);
}

/**
 * Destination ports. Coverage is judged from the rules alone, without the world, so a port list is covered only by
 * the same list or by every port: its entries can change at any time (a range covering today's entries may not
 * cover tomorrow's).
 */
function destinationCovers(outer: RuleDraft, inner: RuleDraft): boolean {
  if (outer.PortRangeListId !== '') return outer.PortRangeListId === inner.PortRangeListId;
  if (inner.PortRangeListId !== '') return portsCover(outer.PortRange, '1/65535');
  return portsCover(outer.PortRange, inner.PortRange);
}

/** One address field pair (IPv4 or IPv6 text) as a CIDR; null when both are empty or unreadable. */
function cidrOf(v4: string, v6: string) {
  const value = v4 || v6;
  return value === '' ? null : cachedCidr(value);
}

/**
 * Parsed CIDRs by text. The health check compares every pair of a group's rules and parsing dominates
 * (1.3 s for 200 rules without it); the cache is bounded, and its entries are frozen since callers share them.
 */
const parsedCidrs = new Map<string, Cidr | null>();

function cachedCidr(text: string): Cidr | null {
  let found = parsedCidrs.get(text);
  if (found === undefined) {
    if (parsedCidrs.size >= 10_000) parsedCidrs.clear();
    const parsed = parseCidr(text);
    found = parsed ? Object.freeze(parsed) : null;
    parsedCidrs.set(text, found);
  }
  return found;
}

/**
 * The remote side: a CIDR covers a narrower CIDR of its family; groups and prefix lists only themselves. A CIDR that
 * covers every entry of a prefix list is deliberately not counted: the list may gain an entry outside it later.
 */
function peerCovers(outer: RuleDraft, inner: RuleDraft): boolean {
  const a = peerOf(outer);
  const b = peerOf(inner);
  const outerCidr = cidrOf(a.cidr, a.ipv6);
  if (outerCidr) {
    const innerCidr = cidrOf(b.cidr, b.ipv6);
    return innerCidr !== null && cidrCovers(outerCidr, innerCidr);
  }
  if (a.group !== '') return a.group === b.group;
  return a.prefixList !== '' && a.prefixList === b.prefixList;
}

/** The local side of a quintuple rule: empty is every local address, else CIDR containment. */
function localCovers(outer: RuleDraft, inner: RuleDraft): boolean {
  const a = localOf(outer);
  const outerCidr = cidrOf(a.cidr, a.ipv6);
  if (!outerCidr) return true;
  const b = localOf(inner);
  const innerCidr = cidrOf(b.cidr, b.ipv6);
  return innerCidr !== null && cidrCovers(outerCidr, innerCidr);
}

/** ruleCovers on rules already in the stored form: for callers that compare many pairs (the health check). */
export function draftCovers(outer: RuleDraft, inner: RuleDraft): boolean {
  if (outer.Direction !== inner.Direction) return false;
  if (outer.IpProtocol !== 'ALL' && outer.IpProtocol !== inner.IpProtocol) return false;
  if (!destinationCovers(outer, inner)) return false;
  // An empty source range is every source port; a narrower inner range needs containment.
  if (outer.SourcePortRange !== '') {
    if (inner.SourcePortRange === '' || !portsCover(outer.SourcePortRange, inner.SourcePortRange)) return false;
  }
  return peerCovers(outer, inner) && localCovers(outer, inner);
}

/**
 * True when every packet `inner` matches is also matched by `outer` (policy and priority aside).
 * Conservative where the engine cannot know: a group or prefix list is covered only by itself, since its
 * members' addresses are not part of the rule.
 */
export function ruleCovers(outer: RuleLike, inner: RuleLike): boolean {
  return draftCovers(toRuleDraft(outer), toRuleDraft(inner));
}

/** True when `a` decides before `b` for a packet both match (by priority): smaller priority, then drop first. */
function decidesBefore(a: RuleDraft, b: RuleDraft): boolean {
  if (a.Priority !== b.Priority) return a.Priority < b.Priority;
  return a.Policy === 'drop' && b.Policy === 'accept';
}

/**
 * Which existing rule makes `candidate` pointless, and how (spec §8.9):
 * - `duplicate`: the same rule by ruleIdentity (Authorize would add nothing);
 * - `covered`: a rule of the same policy covers it and decides no later (the console's "redundant");
 * - `shadowed`: a rule of the other policy covers it and decides first.
 * Who decides first follows the cloud's ordering: by priority (smaller number, or equal and drop), by position
 * (`rules` in their order: a rule above the candidate's own place, or any rule when the candidate is appended), or
 * for a union of allows, any covering rule. Among the covering rules the one that decides first for the
 * candidate's packets is reported. A rule with the candidate's own SecurityGroupRuleId is skipped (editing a rule
 * does not compare it with itself).
 */
export function findCoveringRule(
  candidate: RuleLike,
  rules: readonly RuleLike[],
  ordering: RuleDialect['ordering'] = 'priority',
): CoveringRule | null {
  const self = text(candidate.SecurityGroupRuleId);
  const ownPlace = self === '' ? -1 : rules.findIndex((r) => text(r.SecurityGroupRuleId) === self);
  const others = rules.filter((r) => self === '' || text(r.SecurityGroupRuleId) !== self);
  const mine = toRuleDraft(candidate);
  const key = ruleIdentity(mine);
  const duplicate = others.find((r) => ruleIdentity(toRuleDraft(r)) === key);
  if (duplicate) return { rule: duplicate, relation: 'duplicate' };
  if (ordering !== 'priority') {
    const above = ordering === 'position' && ownPlace >= 0 ? rules.slice(0, ownPlace) : others;
    const first = above.find((r) => draftCovers(toRuleDraft(r), mine));
    if (!first) return null;
    return { rule: first, relation: toRuleDraft(first).Policy === mine.Policy ? 'covered' : 'shadowed' };
  }

  let decider: { rule: RuleLike; draft: RuleDraft } | null = null;
  for (const rule of others) {
    const draft = toRuleDraft(rule);
    if (!draftCovers(draft, mine)) continue;
    if (!decider || decidesBefore(draft, decider.draft)) decider = { rule, draft };
  }
  if (!decider) return null;
  const { draft } = decider;
  if (draft.Policy === mine.Policy) {
    return draft.Priority <= mine.Priority ? { rule: decider.rule, relation: 'covered' } : null;
  }
  return decidesBefore(draft, mine) ? { rule: decider.rule, relation: 'shadowed' } : null;
}
