import type { Permission, Profile } from '@sg/engine';
import { ruleWarnings, type RuleEntryExpansion, type RuleLike } from '@sg/engine/forms';
import { expandRow } from './row-expansion.ts';
import type { RuleRow } from './rule-rows.ts';

export interface RowCheck {
  expansion: RuleEntryExpansion;
  /** Advice on valid rows: open management ports, blocked TCP 25, rules already covered. Deduplicated. */
  warnings: { code: string; message: string }[];
}

/**
 * Checks every editor row with the engine's own functions: expandRuleEntry (row-expansion.ts) for field errors, ruleWarnings
 * against the group's rules of that direction and the rows above it (so a row repeating another is seen).
 */
export function checkRows(
  rows: RuleRow[],
  direction: 'ingress' | 'egress',
  existing: Permission[],
  dialect: Profile['rules'],
): RowCheck[] {
  const earlier: RuleLike[] = existing.filter((r) => r.Direction === direction);
  return rows.map((row) => {
    const expansion = expandRow(row, direction, dialect);
    if (!expansion.ok) return { expansion, warnings: [] };
    const drafts: RuleLike[] = expansion.permissions.map((p) => ({
      ...p,
      IpProtocol: p.IpProtocol ?? '',
      Direction: direction,
    }));
    const warnings = new Map<string, { code: string; message: string }>();
    for (const draft of drafts) {
      for (const w of ruleWarnings(draft, earlier, dialect)) if (!warnings.has(w.message)) warnings.set(w.message, w);
    }
    earlier.push(...drafts);
    return { expansion, warnings: [...warnings.values()] };
  });
}
