import type { Permission } from '../model/permission.ts';
import { ADDRESS_FIELDS } from '../model/rule-draft.ts';
import type { PermissionInput } from '../validate/permission.ts';

/**
 * The parameters ModifySecurityGroupRule (or its Egress twin) needs to turn the stored `rule` into `next` (the
 * console's one expanded permission): only the fields that differ, since Modify keeps every field it is not given.
 * A new authorisation object is sent in its own field, so a change of kind (CIDR to group, IPv4 to IPv6) reaches
 * Modify and is refused there (InvalidOperation.ModifySgRuleEntityType). `description` is compared as typed:
 * clearing it is sent too, and Modify says whether that is allowed.
 */
export function modifyRuleChanges(rule: Permission, next: PermissionInput, description: string): PermissionInput {
  const changes: PermissionInput = {};
  if ((next.Policy ?? '').toLowerCase() !== rule.Policy.toLowerCase()) changes.Policy = next.Policy;
  if (String(next.Priority ?? '') !== rule.Priority) changes.Priority = next.Priority;
  if ((next.IpProtocol ?? '').toUpperCase() !== rule.IpProtocol.toUpperCase()) changes.IpProtocol = next.IpProtocol;
  if ((next.PortRange ?? '') !== rule.PortRange) changes.PortRange = next.PortRange ?? '';
  if ((next.PortRangeListId ?? '') !== rule.PortRangeListId) changes.PortRangeListId = next.PortRangeListId ?? '';
  for (const field of ADDRESS_FIELDS) {
    const value = next[field] ?? '';
    if (value !== '' && value !== rule[field]) changes[field] = value;
  }
  if (description !== rule.Description) changes.Description = description;
  return changes;
}
