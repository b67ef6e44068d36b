import type { Profile } from '@sg/engine';
import { expandRuleEntry, normalisePermission, type PermissionInput, type RuleEntryExpansion } from '@sg/engine/forms';
import { rowFieldOf, rowHasPorts, toEntry, type RuleRow } from './rule-rows.ts';

/** Stands in for the ports while expandRuleEntry spreads the authorization objects; never sent. */
const STAND_IN_RANGE = '1/65535';

/**
 * A row as API permissions. expandRuleEntry has no port-list field, so a row with a port list is expanded with a
 * stand-in range, then each permission gets the list instead (PortRangeListId, no PortRange) and is checked again by
 * normalisePermission, the check Authorize makes: e.g. InvalidParam.ProtocolNotSupportPortRangeList for ICMP.
 */
export function expandRow(
  row: RuleRow,
  direction: 'ingress' | 'egress',
  dialect: Profile['rules'],
): RuleEntryExpansion {
  const entry = toEntry(row, direction, dialect);
  if (row.PortRangeListId === '') return expandRuleEntry(entry, dialect);
  const expansion = expandRuleEntry(
    { ...entry, PortRanges: rowHasPorts(row) ? STAND_IN_RANGE : entry.PortRanges },
    dialect,
  );
  if (!expansion.ok) return expansion;
  const permissions: PermissionInput[] = [];
  for (const [i, permission] of expansion.permissions.entries()) {
    const { PortRange: _standIn, ...rest } = permission;
    const input: PermissionInput = { ...rest, PortRangeListId: row.PortRangeListId };
    const checked = normalisePermission(direction, input, `Permissions.${i + 1}`, dialect);
    if (!checked.ok) return { ok: false, problem: checked.problem, field: rowFieldOf(checked.field) ?? 'PortRanges' };
    permissions.push(input);
  }
  return { ok: true, permissions };
}
