import { describe, expect, it } from 'vitest';
import { createManualClock } from '../clock.ts';
import { createEngine } from '../engine.ts';
import { jdcloudProfile } from '../profiles/jdcloud.ts';
import { tencentProfile } from '../profiles/tencent.ts';
import { jdcloudDemoWorld } from './jdcloud-demo-world.ts';
import { tencentDemoWorld } from './tencent-demo-world.ts';

describe("the other clouds' demo worlds", () => {
  it('Tencent: templates, a DROP above an ACCEPT, and the default group of an instance launched without one', async () => {
    const engine = await createEngine({ profile: tencentProfile, world: tencentDemoWorld, clock: createManualClock() });
    const RegionId = 'ap-guangzhou';
    const groups = await engine.call('DescribeSecurityGroups', { RegionId });
    const byName = new Map(groups.SecurityGroups.SecurityGroup.map((g) => [g.SecurityGroupName, g.SecurityGroupId]));
    expect([...byName.keys()].sort()).toEqual(['default', 'mysql', 'web-servers']);
    const web = await engine.call('DescribeSecurityGroupAttribute', {
      RegionId,
      SecurityGroupId: byName.get('web-servers')!,
    });
    expect(web.Permissions.Permission).toHaveLength(13);
    const fallback = await engine.call('DescribeSecurityGroupAttribute', {
      RegionId,
      SecurityGroupId: byName.get('default')!,
    });
    expect(fallback.Permissions.Permission.map((p) => p.PortRange)).toEqual(
      web.Permissions.Permission.map((p) => p.PortRange),
    );

    const instances = await engine.call('DescribeInstances', { RegionId });
    const mysql = instances.Instances.Instance.find((i) => i.InstanceName === 'mysql-01')!;
    const ssh = (PeerIp: string) =>
      engine.call('EvaluateTraffic', {
        RegionId,
        InstanceId: mysql.InstanceId,
        Direction: 'ingress',
        IpProtocol: 'TCP',
        Port: 22,
        PeerIp,
      });
    expect((await ssh('10.0.9.4')).Verdict).toBe('Denied');
    expect((await ssh('10.0.1.4')).Verdict).toBe('Allowed');
    expect(mysql.InstanceId).toMatch(/^ins-[a-z0-9]{8}$/);
  });

  it('JD: allow-only rules, and groups that reject what no rule allows', async () => {
    const engine = await createEngine({ profile: jdcloudProfile, world: jdcloudDemoWorld, clock: createManualClock() });
    const RegionId = 'cn-north-1';
    const instances = await engine.call('DescribeInstances', { RegionId });
    const web = instances.Instances.Instance.find((i) => i.InstanceName === 'web-01')!;
    const check = (Port: number, PeerIp: string) =>
      engine.call('EvaluateTraffic', {
        RegionId,
        InstanceId: web.InstanceId,
        Direction: 'ingress',
        IpProtocol: 'TCP',
        Port,
        PeerIp,
      });
    expect((await check(443, '203.0.113.5')).Verdict).toBe('Allowed');
    expect((await check(22, '203.0.113.5')).Verdict).toBe('Denied');
    const shanghai = await engine.call('DescribeSecurityGroups', { RegionId: 'cn-east-2' });
    expect(shanghai.SecurityGroups.SecurityGroup.map((g) => g.SecurityGroupName)).toEqual(['staging']);
  });
});
