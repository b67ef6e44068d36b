import { describe, expect, it } from 'vitest';
import { normalisePermission } from '../validate/permission.ts';
import { instanceQuickRules, quickRulesFor } from './templates.ts';

describe("Create Instance's common rules", () => {
  it('open SSH, RDP, HTTP, HTTPS and ICMP to everyone, each described by its label', () => {
    expect(instanceQuickRules.map((r) => [r.label, r.permission.IpProtocol, r.permission.PortRange])).toEqual([
      ['SSH (22)', 'TCP', '22/22'],
      ['RDP (3389)', 'TCP', '3389/3389'],
      ['HTTP (80)', 'TCP', '80/80'],
      ['HTTPS (443)', 'TCP', '443/443'],
      ['ICMP', 'ICMP', '-1/-1'],
    ]);
    for (const { label, permission } of instanceQuickRules) {
      expect(permission).toMatchObject({ SourceCidrIp: '0.0.0.0/0', Policy: 'accept', Description: label });
      expect(normalisePermission('ingress', permission, 'Permissions.1').ok).toBe(true);
    }
  });
});

describe('quick rules in each cloud syntax', () => {
  it('writes the ports as the cloud does', () => {
    expect(quickRulesFor('alibaba').map((r) => r.PortRange)).toContain('22/22');
    expect(quickRulesFor('tencent').map((r) => r.PortRange)).toEqual(['22', '3389', '80', '443', '3306', '8888']);
    expect(quickRulesFor('jdcloud').every((r) => !r.PortRange.includes('/'))).toBe(true);
  });
});
