import { ADDRESS_FIELDS } from '../model/rule-draft.ts';
import { ruleIdentity } from '../validate/rule-identity.ts';
import type { Direction, Rule } from '../model/security-group.ts';
import { parseCidr } from '../validate/cidr.ts';

/**
 * What changed between two rule sets (two snapshots, or a snapshot and the current rules), matched by content
 * rather than by ID: a rule that was revoked and authorised again, or restored under a new ID, is the same rule.
 * Pure: the console's restore preview and the diff export use it as well as DescribeSecurityGroupSnapshotDiff.
 */

/** The fields a rule's content consists of (not its ID, creation time or direction). */
export const RULE_CONTENT_FIELDS = [
  'Policy',
  'Priority',
  'IpProtocol',
  'PortRange',
  'PortRangeListId',
  'SourcePortRange',
  ...ADDRESS_FIELDS,
  'NicType',
  'Description',
] as const;

export type RuleContentField = (typeof RULE_CONTENT_FIELDS)[number];

export interface RuleChange {
  Before: Rule;
  After: Rule;
  /** The content fields that differ, in RULE_CONTENT_FIELDS order. */
  Fields: RuleContentField[];
}

export interface DirectionDiff {
  /** Only in `to`, in `to`'s order. */
  Added: Rule[];
  /** Only in `from`, in `from`'s order. */
  Removed: Rule[];
  /** The same rule with other settings, in `to`'s order. */
  Changed: RuleChange[];
  /** The same content on both sides (IDs may differ), as `to` has them. */
  Unchanged: Rule[];
}

export interface RulesDiff {
  Ingress: DirectionDiff;
  Egress: DirectionDiff;
}

/** Compares `from` (before) with `to` (after), each direction on its own. */
export function diffRules(from: readonly Rule[], to: readonly Rule[]): RulesDiff {
  const of = (rules: readonly Rule[], direction: Direction) => rules.filter((r) => r.Direction === direction);
  return {
    Ingress: diffDirection(of(from, 'ingress'), of(to, 'ingress')),
    Egress: diffDirection(of(from, 'egress'), of(to, 'egress')),
  };
}

/** What the rule allows or denies, whatever its priority and policy: an edit of those is a change, not a new rule. */
function looseIdentity(rule: Rule): string {
  return ruleIdentity({ ...rule, Priority: 0, Policy: 'accept' });
}

/**
 * Pairs rules in passes, each pass only among rules still unpaired, and within a pass preferring the same ID:
 * 1. same identity (validate/rule-identity.ts: everything but Description): unchanged, or a changed description;
 * 2. same identity but for Priority and Policy: changed;
 * 3. same rule ID (ModifySecurityGroupRule changed the port or peer in place): changed.
 * What is left is added or removed.
 */
export function diffDirection(from: readonly Rule[], to: readonly Rule[]): DirectionDiff {
  const pairOf: (number | undefined)[] = new Array<number | undefined>(to.length);
  const unpaired = new Set(from.keys());
  const pass = (key: (rule: Rule) => string, sameId: boolean) => {
    const fromKeys = from.map(key);
    to.forEach((rule, t) => {
      if (pairOf[t] !== undefined) return;
      const wanted = key(rule);
      for (const f of unpaired) {
        if (fromKeys[f] !== wanted || (sameId && from[f]!.SecurityGroupRuleId !== rule.SecurityGroupRuleId)) continue;
        pairOf[t] = f;
        unpaired.delete(f);
        return;
      }
    });
  };
  for (const key of [ruleIdentity, looseIdentity]) {
    pass(key, true);
    pass(key, false);
  }
  pass((rule) => rule.SecurityGroupRuleId, false);

  const diff: DirectionDiff = { Added: [], Removed: [], Changed: [], Unchanged: [] };
  to.forEach((after, t) => {
    const f = pairOf[t];
    if (f === undefined) {
      diff.Added.push(after);
      return;
    }
    const before = from[f]!;
    const fields = changedFields(before, after);
    if (fields.length === 0) diff.Unchanged.push(after);
    else diff.Changed.push({ Before: before, After: after, Fields: fields });
  });
  diff.Removed = from.filter((_, f) => unpaired.has(f));
  return diff;
}

/** CIDRs compare by the addresses they cover, as in the rule identity: `1.2.3.4` equals `1.2.3.4/32`. */
function normalised(rule: Rule, field: RuleContentField): string {
  const value = String(rule[field]);
  if (field.endsWith('CidrIp') && value !== '') return parseCidr(value)?.network ?? value;
  return value;
}

export function changedFields(before: Rule, after: Rule): RuleContentField[] {
  return RULE_CONTENT_FIELDS.filter((field) => normalised(before, field) !== normalised(after, field));
}

/** True when nothing was added, removed or changed in either direction. */
export function isEmptyDiff(diff: RulesDiff): boolean {
  return [diff.Ingress, diff.Egress].every((d) => !d.Added.length && !d.Removed.length && !d.Changed.length);
}
