/** How an interface's group set differs from the one a dialog was opened on, in words. */
export function groupSetChanges(opened: readonly string[], now: readonly string[]): string[] {
  const added = now.filter((id) => !opened.includes(id));
  const removed = opened.filter((id) => !now.includes(id));
  const out: string[] = [];
  if (added.length > 0) out.push(`added ${added.join(', ')}`);
  if (removed.length > 0) out.push(`removed ${removed.join(', ')}`);
  if (out.length === 0 && opened.join() !== now.join()) out.push(`reordered: ${now.join(', ')}`);
  return out;
}
