import { describe, expect, it } from 'vitest';
import { createManualClock } from '../clock.ts';
import { createEngine } from '../engine.ts';
import { serviceIdNumber } from '../model/service-id.ts';
import { demoWorld } from './demo-world.ts';

describe('demo world', () => {
  it('has a group managed by ACK in the production VPC, protected and with rules', async () => {
    const engine = await createEngine({ world: demoWorld, idSeed: 'demo', clock: createManualClock() });
    const list = await engine.call('DescribeSecurityGroups', { RegionId: 'cn-hangzhou' });
    const managed = list.SecurityGroups.SecurityGroup.filter((g) => g.ServiceManaged);
    expect(managed.map((g) => [g.SecurityGroupName, g.ServiceID])).toEqual([
      ['alicloud-cs-auto-created-security-group-prod', serviceIdNumber('cs.aliyuncs.com')],
    ]);
    const prod = await engine.call('DescribeVpcs', { RegionId: 'cn-hangzhou' });
    expect(managed[0]?.VpcId).toBe(prod.Vpcs.Vpc.find((v) => v.VpcName === 'prod-vpc')?.VpcId);
    const { SecurityGroupId } = managed[0]!;
    const rules = await engine.call('DescribeSecurityGroupAttribute', { RegionId: 'cn-hangzhou', SecurityGroupId });
    expect(rules.Permissions.Permission.length).toBeGreaterThanOrEqual(2);
    const deps = await engine.call('DescribeSecurityGroupDependencies', { RegionId: 'cn-hangzhou', SecurityGroupId });
    expect(deps).toMatchObject({ DeletionProtection: true, ServiceManaged: true, Deletable: false });
  });
});
