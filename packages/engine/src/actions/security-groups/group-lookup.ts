import { fail } from '../../errors.ts';
import type { NetworkInterface } from '../../model/instance.ts';
import type { SecurityGroup } from '../../model/security-group.ts';
import type { Transaction } from '../../transaction.ts';
import { requiredString } from '../../validate/params.ts';

/**
 * Shared reads of the security-group actions: ID checks, lookups scoped to a region, and what holds a
 * group (member interfaces, other groups' rules). Delete and the console's dependency view must agree,
 * so both read through here.
 */

/** Real IDs are `sg-` plus letters and digits; the API caps the parameter at 100 characters. */
const GROUP_ID = /^sg-[A-Za-z0-9_-]+$/;

export const NOT_FOUND_MESSAGE = 'The SecurityGroupId provided does not exist in our records.';

/** @throws MissingParameter.SecurityGroupId, InvalidSecurityGroupId.Malformed */
export function readGroupId(value: unknown, name = 'SecurityGroupId'): string {
  const id = requiredString(value, name);
  if (id.length > 100 || !GROUP_ID.test(id)) {
    fail(
      'InvalidSecurityGroupId.Malformed',
      'The SecurityGroupId is invalid. Only letters, numbers and underscores are supported. Maximum length is 100 characters.',
      400,
      name,
    );
  }
  return id;
}

/** A group of another region is invisible, as in the real API (each region is its own endpoint). */
export function findGroup(tx: Transaction, regionId: string, id: string): SecurityGroup | undefined {
  const group = tx.get('securityGroups', id);
  return group && group.RegionId === regionId ? group : undefined;
}

/** @throws InvalidSecurityGroupId.NotFound */
export function requireGroup(tx: Transaction, regionId: string, id: string): SecurityGroup {
  const group = findGroup(tx, regionId, id);
  if (!group) fail('InvalidSecurityGroupId.NotFound', NOT_FOUND_MESSAGE, 404, 'SecurityGroupId');
  return group;
}

/** Groups managed by a cloud service (ACK...) are view-only for the user. */
export function assertNotManaged(group: SecurityGroup): void {
  if (group.ServiceManaged) {
    fail(
      'InvalidOperation.ResourceManagedByCloudProduct',
      `The security group ${group.SecurityGroupId} is managed by the cloud service ${group.ServiceID || 'unknown'} and cannot be changed.`,
      403,
      'SecurityGroupId',
    );
  }
}

/** Network interfaces that have the group applied, by group ID: one scan for a whole list page. */
export function membersByGroup(tx: Transaction): Map<string, NetworkInterface[]> {
  const out = new Map<string, NetworkInterface[]>();
  for (const eni of tx.all('networkInterfaces')) {
    for (const groupId of eni.SecurityGroupIds) {
      const list = out.get(groupId);
      if (list) list.push(eni);
      else out.set(groupId, [eni]);
    }
  }
  return out;
}

export function membersOf(tx: Transaction, groupId: string): NetworkInterface[] {
  return tx.all('networkInterfaces').filter((eni) => eni.SecurityGroupIds.includes(groupId));
}

/** Other groups with a rule naming this group as source or destination; these block its deletion. */
export function referencingGroups(tx: Transaction, groupId: string): SecurityGroup[] {
  return tx
    .all('securityGroups')
    .filter(
      (g) =>
        g.SecurityGroupId !== groupId && g.Rules.some((r) => r.SourceGroupId === groupId || r.DestGroupId === groupId),
    )
    .sort((a, b) => a.SecurityGroupId.localeCompare(b.SecurityGroupId));
}

/** Name of a referenced group for Permission.SourceGroupName/DestGroupName; '' once it is gone. */
export function groupNameOf(tx: Transaction): (groupId: string) => string {
  return (groupId) => tx.get('securityGroups', groupId)?.SecurityGroupName ?? '';
}

/** Tags as the API prints them: `{ Tag: [{ TagKey, TagValue }] }`, copies so callers cannot touch records. */
export function tagsView(group: SecurityGroup): { Tag: { TagKey: string; TagValue: string }[] } {
  return { Tag: group.Tags.map((t) => ({ TagKey: t.TagKey, TagValue: t.TagValue })) };
}
