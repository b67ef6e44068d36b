import { describe, expect, it } from 'vitest';
import type { Rule } from '../model/security-group.ts';
import { diffRules } from './diff-rules.ts';
import { diffToJson, diffToMarkdown, type DiffExportMeta } from './export-diff.ts';

const base: Rule = {
  SecurityGroupRuleId: 'sgr-1',
  Direction: 'ingress',
  IpProtocol: 'TCP',
  PortRange: '22/22',
  PortRangeListId: '',
  SourcePortRange: '',
  Policy: 'accept',
  Priority: 1,
  SourceCidrIp: '10.0.0.0/8',
  Ipv6SourceCidrIp: '',
  SourceGroupId: '',
  SourcePrefixListId: '',
  DestCidrIp: '',
  Ipv6DestCidrIp: '',
  DestGroupId: '',
  DestPrefixListId: '',
  NicType: 'intranet',
  Description: 'ssh | admin\nonly',
  CreateTime: '2026-01-01T00:00:00Z',
};
const web: Rule = { ...base, SecurityGroupRuleId: 'sgr-2', PortRange: '80/80', Description: '' };
const dns: Rule = {
  ...base,
  SecurityGroupRuleId: 'sgr-3',
  Direction: 'egress',
  IpProtocol: 'UDP',
  PortRange: '53/53',
  SourceCidrIp: '',
  DestCidrIp: '8.8.8.8/32',
  Description: '',
};
const meta: DiffExportMeta = {
  RegionId: 'cn-hangzhou',
  SecurityGroupId: 'sg-bp1test',
  SecurityGroupName: 'web',
  From: 'Snapshot sgs-1 (2026-01-01T00:05:00Z)',
  To: 'Current rules',
  GeneratedAt: '2026-01-02T00:00:00Z',
};

describe('diffToMarkdown', () => {
  const diff = diffRules([base, web], [{ ...base, Priority: 2, Policy: 'drop' }, dns]);
  const markdown = diffToMarkdown(diff, meta);

  it('names the group and both sides, and counts per direction', () => {
    expect(markdown).toContain('# Security group rule changes: sg-bp1test (web)');
    expect(markdown).toContain('- From: Snapshot sgs-1 (2026-01-01T00:05:00Z)');
    expect(markdown).toContain('- Generated: 2026-01-02T00:00:00Z');
    expect(markdown).toContain('| Inbound | 0 | 1 | 1 | 0 |');
    expect(markdown).toContain('| Outbound | 1 | 0 | 0 | 0 |');
  });

  it('lists added, removed and changed rules, one table row per changed field', () => {
    expect(markdown).toContain('### Removed (1)');
    expect(markdown).toContain('| Accept | 1 | TCP | 80/80 | 10.0.0.0/8 |  | sgr-2 |');
    expect(markdown).toContain('| UDP | 53/53 | 8.8.8.8/32 |');
    expect(markdown).toContain('| Policy | Accept | Drop |');
    expect(markdown).toContain('| Priority | 1 | 2 |');
  });

  it('keeps every table row on one line, with pipes escaped', () => {
    const removed = diffToMarkdown(diffRules([base], []), meta);
    expect(removed).not.toContain('admin\nonly');
    expect(removed).toContain('| ssh \\| admin only | sgr-1 |');
  });

  it('says so when a direction has no changes, and lists unchanged rules only on request', () => {
    const same = diffRules([base], [base]);
    expect(diffToMarkdown(same, meta)).toContain('No changes.');
    expect(diffToMarkdown(same, meta)).not.toContain('### Unchanged');
    expect(diffToMarkdown(same, meta, { includeUnchanged: true })).toContain('### Unchanged (1)');
  });
});

describe('diffToJson', () => {
  it('is parseable JSON with the meta, the counts and the rules', () => {
    const diff = diffRules([base], [{ ...base, Description: 'x' }, web]);
    const parsed = JSON.parse(diffToJson(diff, meta));
    expect(parsed).toMatchObject({ SecurityGroupId: 'sg-bp1test', From: meta.From, To: 'Current rules' });
    expect(parsed.Summary).toEqual({
      Inbound: { Added: 1, Removed: 0, Changed: 1, Unchanged: 0 },
      Outbound: { Added: 0, Removed: 0, Changed: 0, Unchanged: 0 },
    });
    expect(parsed.Inbound.Added).toEqual([web]);
    expect(parsed.Inbound.Changed[0].Fields).toEqual(['Description']);
    expect(parsed.Inbound.Unchanged).toBeUndefined();
    expect(
      JSON.parse(diffToJson(diffRules([base], [base]), meta, { includeUnchanged: true })).Inbound.Unchanged,
    ).toEqual([base]);
  });
});

describe('diffToMarkdown and hostile text', () => {
  it('writes HTML in names and descriptions as text, so a Markdown viewer does not render it', () => {
    const hostile = { ...base, Description: '<img src=x onerror=alert(1)> & <script>' };
    const markdown = diffToMarkdown(diffRules([], [hostile]), { ...meta, SecurityGroupName: '<b>web</b>' });
    expect(markdown).not.toMatch(/<img|<script|<b>/);
    expect(markdown).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &lt;script&gt;');
    expect(markdown).toContain('(&lt;b&gt;web&lt;/b&gt;)');
  });
});
