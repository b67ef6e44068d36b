import type { Permission, PermissionInput } from '@sg/engine';

const PEER_FIELDS = [
  'SourceCidrIp',
  'Ipv6SourceCidrIp',
  'SourceGroupId',
  'SourcePrefixListId',
  'DestCidrIp',
  'Ipv6DestCidrIp',
  'DestGroupId',
  'DestPrefixListId',
] as const;

/**
 * The fields of `next` (the form's one expanded permission) that differ from the stored rule, for
 * Modify*, which keeps every field it is not given. A new authorization object is sent in its own field,
 * so a change of kind (CIDR to group, IPv4 to IPv6) reaches the engine and is refused there
 * (InvalidOperation.ModifySgRuleEntityType). Description is compared as typed: clearing it is sent too,
 * and the engine says whether that is allowed.
 */
export function changedFields(rule: Permission, next: PermissionInput, description: string): PermissionInput {
  const changes: PermissionInput = {};
  if ((next.Policy ?? '').toLowerCase() !== rule.Policy.toLowerCase()) changes.Policy = next.Policy;
  if (String(next.Priority ?? '') !== rule.Priority) changes.Priority = next.Priority;
  if ((next.IpProtocol ?? '').toUpperCase() !== rule.IpProtocol.toUpperCase()) changes.IpProtocol = next.IpProtocol;
  if ((next.PortRange ?? '') !== rule.PortRange) changes.PortRange = next.PortRange ?? '';
  if ((next.PortRangeListId ?? '') !== rule.PortRangeListId) changes.PortRangeListId = next.PortRangeListId ?? '';
  for (const field of PEER_FIELDS) {
    const value = next[field] ?? '';
    if (value !== '' && value !== rule[field]) changes[field] = value;
  }
  if (description !== rule.Description) changes.Description = description;
  return changes;
}
