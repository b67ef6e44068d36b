import { localOf, peerOf } from '../model/rule-draft.ts';
import type { Rule } from '../model/security-group.ts';
import type { DirectionDiff, RuleChange, RulesDiff } from './diff-rules.ts';

/** Renders a rules diff for a reviewer (the console's "export the diff"): Markdown to read, JSON to process. */

export interface DiffExportMeta {
  RegionId: string;
  SecurityGroupId: string;
  SecurityGroupName: string;
  /** How the two sides are named, e.g. `Snapshot sgs-… (2026-01-01T00:05:00Z)` and `Current rules`. */
  From: string;
  To: string;
  /** When the export was made (ISO time); left out when empty. */
  GeneratedAt?: string;
}

export interface DiffExportOptions {
  /** List the unchanged rules too, not only their count. */
  includeUnchanged?: boolean;
}

const SECTIONS = [
  ['Inbound', 'Ingress'],
  ['Outbound', 'Egress'],
] as const;

function counts(d: DirectionDiff) {
  return { Added: d.Added.length, Removed: d.Removed.length, Changed: d.Changed.length, Unchanged: d.Unchanged.length };
}

/** Stable JSON: the meta, counts per direction, then the rules in the engine's stored shape. */
export function diffToJson(diff: RulesDiff, meta: DiffExportMeta, options: DiffExportOptions = {}): string {
  const direction = (d: DirectionDiff) => ({
    Added: d.Added,
    Removed: d.Removed,
    Changed: d.Changed.map((c) => ({ Fields: c.Fields, Before: c.Before, After: c.After })),
    ...(options.includeUnchanged ? { Unchanged: d.Unchanged } : {}),
  });
  const out = {
    ...meta,
    Summary: { Inbound: counts(diff.Ingress), Outbound: counts(diff.Egress) },
    Inbound: direction(diff.Ingress),
    Outbound: direction(diff.Egress),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}

/** A Markdown report: summary table, then per direction the added, removed and changed rules. */
export function diffToMarkdown(diff: RulesDiff, meta: DiffExportMeta, options: DiffExportOptions = {}): string {
  const lines: string[] = [];
  const name = meta.SecurityGroupName ? ` (${cell(meta.SecurityGroupName)})` : '';
  lines.push(`# Security group rule changes: ${meta.SecurityGroupId}${name}`, '');
  lines.push(`- Region: ${meta.RegionId}`, `- From: ${meta.From}`, `- To: ${meta.To}`);
  if (meta.GeneratedAt) lines.push(`- Generated: ${meta.GeneratedAt}`);
  lines.push('', '| Direction | Added | Removed | Changed | Unchanged |', '| --- | --: | --: | --: | --: |');
  for (const [label, key] of SECTIONS) {
    const c = counts(diff[key]);
    lines.push(`| ${label} | ${c.Added} | ${c.Removed} | ${c.Changed} | ${c.Unchanged} |`);
  }
  for (const [label, key] of SECTIONS) {
    const d = diff[key];
    lines.push('', `## ${label}`);
    if (!d.Added.length && !d.Removed.length && !d.Changed.length) lines.push('', 'No changes.');
    ruleTable(lines, 'Added', d.Added);
    ruleTable(lines, 'Removed', d.Removed);
    changeTable(lines, d.Changed);
    if (options.includeUnchanged) ruleTable(lines, 'Unchanged', d.Unchanged);
  }
  return `${lines.join('\n')}\n`;
}

const RULE_HEADER = '| Policy | Priority | Protocol | Port range | Authorization object | Description | Rule ID |';

function ruleTable(lines: string[], title: string, rules: readonly Rule[]): void {
  if (rules.length === 0) return;
  lines.push('', `### ${title} (${rules.length})`, '', RULE_HEADER, '| --- | --: | --- | --- | --- | --- | --- |');
  for (const r of rules) {
    lines.push(
      `| ${policyText(r)} | ${r.Priority} | ${r.IpProtocol} | ${cell(portText(r))} | ${cell(objectText(r))} | ${cell(r.Description)} | ${r.SecurityGroupRuleId} |`,
    );
  }
}

function changeTable(lines: string[], changes: readonly RuleChange[]): void {
  if (changes.length === 0) return;
  lines.push(
    '',
    `### Changed (${changes.length})`,
    '',
    '| Rule | Field | Before | After |',
    '| --- | --- | --- | --- |',
  );
  for (const change of changes) {
    const rule = `${change.After.IpProtocol} ${portText(change.After)} ${objectText(change.After)}`;
    const ids =
      change.Before.SecurityGroupRuleId === change.After.SecurityGroupRuleId
        ? change.After.SecurityGroupRuleId
        : `${change.Before.SecurityGroupRuleId} → ${change.After.SecurityGroupRuleId}`;
    for (const field of change.Fields) {
      const before = field === 'Policy' ? policyText(change.Before) : String(change.Before[field]);
      const after = field === 'Policy' ? policyText(change.After) : String(change.After[field]);
      lines.push(`| ${cell(`${rule} (${ids})`)} | ${field} | ${cell(before) || '—'} | ${cell(after) || '—'} |`);
    }
  }
}

function policyText(rule: Rule): string {
  return rule.Policy === 'accept' ? 'Accept' : 'Drop';
}

function portText(rule: Rule): string {
  const ports = rule.PortRangeListId || rule.PortRange;
  return rule.SourcePortRange ? `${ports} (source ports ${rule.SourcePortRange})` : ports;
}

/** The peer (source for inbound, destination for outbound), and the local address when the rule names one. */
function objectText(rule: Rule): string {
  const peer = peerOf(rule);
  const local = localOf(rule);
  const text = peer.cidr || peer.ipv6 || peer.group || peer.prefixList || '—';
  const own = local.cidr || local.ipv6;
  return own ? `${text} (local ${own})` : text;
}

/** Table-safe and inert: no pipes or line breaks inside a cell, and no HTML a Markdown viewer would render. */
function cell(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/\s*[\r\n]+\s*/g, ' ');
}
