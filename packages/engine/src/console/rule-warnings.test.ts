import { describe, expect, it } from 'vitest';
import type { RuleLike } from '../evaluate/rule-coverage.ts';
import { ruleWarnings } from './rule-warnings.ts';

function inbound(fields: Partial<RuleLike> = {}): RuleLike {
  return {
    Direction: 'ingress',
    IpProtocol: 'TCP',
    PortRange: '22/22',
    SourceCidrIp: '0.0.0.0/0',
    Policy: 'Accept',
    Priority: '1',
    ...fields,
  };
}

function outbound(fields: Partial<RuleLike> = {}): RuleLike {
  return inbound({ Direction: 'egress', SourceCidrIp: '', DestCidrIp: '0.0.0.0/0', PortRange: '25/25', ...fields });
}

const codes = (rule: RuleLike, existing: RuleLike[] = []) => ruleWarnings(rule, existing).map((w) => w.code);

describe('ruleWarnings', () => {
  const cases: [string, RuleLike, string[]][] = [
    ['SSH from anywhere', inbound(), ['SensitivePortOpenToAll']],
    [
      'RDP from ::/0',
      inbound({ PortRange: '3389/3389', SourceCidrIp: '', Ipv6SourceCidrIp: '::/0' }),
      ['SensitivePortOpenToAll'],
    ],
    ['a panel port inside a range', inbound({ PortRange: '8000/9000' }), ['SensitivePortOpenToAll']],
    ['ALL from anywhere', inbound({ IpProtocol: 'ALL', PortRange: '-1/-1' }), ['SensitivePortOpenToAll']],
    ['SSH from an office network', inbound({ SourceCidrIp: '121.40.18.0/24' }), []],
    ['HTTPS from anywhere', inbound({ PortRange: '443/443' }), []],
    ['UDP 22 from anywhere', inbound({ IpProtocol: 'UDP' }), []],
    ['a drop of SSH from anywhere', inbound({ Policy: 'Drop' }), []],
    ['SSH from a group', inbound({ SourceCidrIp: '', SourceGroupId: 'sg-a' }), []],
    ['SSH over a port list', inbound({ PortRange: '', PortRangeListId: 'prl-1' }), []],
    ['outbound TCP 25', outbound(), ['OutboundTcp25Blocked']],
    ['outbound TCP 1-1024', outbound({ PortRange: '1/1024', DestCidrIp: '10.0.0.0/8' }), ['OutboundTcp25Blocked']],
    ['outbound ALL', outbound({ IpProtocol: 'ALL', PortRange: '-1/-1' }), ['OutboundTcp25Blocked']],
    ['outbound TCP 465', outbound({ PortRange: '465/465' }), []],
    ['outbound UDP 25', outbound({ IpProtocol: 'UDP' }), []],
    ['an outbound drop of TCP 25', outbound({ Policy: 'Drop' }), []],
    ['outbound SSH to anywhere', outbound({ PortRange: '22/22' }), []],
  ];
  it.each(cases)('%s', (_name, rule, expected) => {
    expect(codes(rule)).toEqual(expected);
  });

  it('names the open ports and gives the least-privilege advice', () => {
    const [one] = ruleWarnings(inbound(), []);
    expect(one?.message).toBe(
      'This rule opens port 22 (SSH) to all addresses. Access over SSH (port 22), RDP (port 3389), and management panel ports must be restricted to trusted IP addresses. Avoid using 0.0.0.0/0 or ::/0.',
    );
    const [all] = ruleWarnings(inbound({ PortRange: '1/65535' }), []);
    expect(all?.message).toMatch(
      /^This rule opens ports 22 \(SSH\), 3389 \(RDP\) and 8888 \(BT-Panel\) to all addresses\./,
    );
  });

  it('explains that port 25 cannot be opened', () => {
    expect(ruleWarnings(outbound(), [])[0]?.message).toBe(
      'TCP port 25 is restricted by default for security reasons and cannot be opened by rules. Use SSL-encrypted port 465 to send emails instead.',
    );
  });

  const existing: RuleLike[] = [
    { ...inbound({ PortRange: '80/80' }), SecurityGroupRuleId: 'sgr-web' },
    { ...inbound({ PortRange: '1/65535', SourceCidrIp: '10.0.0.0/8', Priority: '5' }), SecurityGroupRuleId: 'sgr-lan' },
    { ...inbound({ PortRange: '3306/3306', Policy: 'Drop', Priority: '50' }), SecurityGroupRuleId: 'sgr-db' },
  ];
  const coverCases: [string, RuleLike, string, string][] = [
    ['a duplicate', inbound({ PortRange: '80/80' }), 'DuplicateOfExistingRule', 'sgr-web'],
    [
      'a covered rule',
      inbound({ PortRange: '443/443', SourceCidrIp: '10.1.0.0/16', Priority: '9' }),
      'CoveredByExistingRule',
      'sgr-lan',
    ],
    [
      'a shadowed rule',
      inbound({ PortRange: '3306/3306', SourceCidrIp: '1.2.3.4', Priority: '60' }),
      'ShadowedByExistingRule',
      'sgr-db',
    ],
  ];
  it.each(coverCases)('warns about %s naming the other rule', (_name, rule, code, ruleId) => {
    const warning = ruleWarnings(rule, existing).find((w) => w.code === code);
    expect(warning?.ruleId).toBe(ruleId);
    expect(warning?.message).toContain(ruleId);
  });

  it('gives several warnings together, and none for a rule that stands on its own', () => {
    expect(
      codes(inbound(), [{ ...inbound({ IpProtocol: 'ALL', PortRange: '-1/-1' }), SecurityGroupRuleId: 'sgr-all' }]),
    ).toEqual(['SensitivePortOpenToAll', 'CoveredByExistingRule']);
    expect(codes(inbound({ SourceCidrIp: '192.168.0.0/16' }), existing)).toEqual([]);
  });
});
