import { describe, expect, it } from 'vitest';
import { expectCode } from '../../test/expect-code.ts';
import { ruleWorldOnDatabase } from '../../test/rule-support.ts';
import { storedRows, worldWithDatabase } from '../../test/group-support.ts';
import { serviceIdNumber } from '../../model/service-id.ts';

const R = 'cn-hangzhou';
const ACK = 'cs.aliyuncs.com';

describe('CreateServiceManagedSecurityGroup', () => {
  it('creates a managed, protected basic group with rules in both directions', async () => {
    const { engine, vpcId } = await worldWithDatabase();
    const { SecurityGroupId } = await engine.call('CreateServiceManagedSecurityGroup', {
      RegionId: R,
      VpcId: vpcId,
      SecurityGroupName: 'alicloud-cs-auto-created-security-group-test',
      Description: 'Created by ACK',
      ServiceID: ACK,
      Permissions: [
        { IpProtocol: 'ALL', SourceCidrIp: '172.16.0.0/12', Priority: '100' },
        { Direction: 'egress', IpProtocol: 'ALL', DestCidrIp: '0.0.0.0/0' },
      ],
    });
    const list = await engine.call('DescribeSecurityGroups', { RegionId: R });
    expect(list.SecurityGroups.SecurityGroup[0]).toMatchObject({
      SecurityGroupId,
      SecurityGroupType: 'normal',
      ServiceManaged: true,
      ServiceID: serviceIdNumber(ACK),
    });
    const attribute = await engine.call('DescribeSecurityGroupAttribute', { RegionId: R, SecurityGroupId });
    expect(attribute.Permissions.Permission.map((p) => [p.Direction, p.IpProtocol, p.PortRange])).toEqual([
      ['ingress', 'ALL', '-1/-1'],
      ['egress', 'ALL', '-1/-1'],
    ]);
    // The user can look but not touch: no rule change, no unprotecting, no delete.
    await expectCode(
      engine.call('AuthorizeSecurityGroup', {
        RegionId: R,
        SecurityGroupId,
        Permissions: [{ IpProtocol: 'TCP', PortRange: '22/22', SourceCidrIp: '0.0.0.0/0' }],
      }),
      'InvalidOperation.ResourceManagedByCloudProduct',
    );
    await expectCode(
      engine.call('ModifySecurityGroupDeletionProtection', { RegionId: R, SecurityGroupId, DeletionProtection: false }),
      'InvalidOperation.ResourceManagedByCloudProduct',
    );
    await expectCode(
      engine.call('DeleteSecurityGroup', { RegionId: R, SecurityGroupId }),
      'InvalidOperation.ResourceManagedByCloudProduct',
    );
  });

  it('creates a group without rules', async () => {
    const { engine, vpcId } = await worldWithDatabase();
    const { SecurityGroupId } = await engine.call('CreateServiceManagedSecurityGroup', {
      RegionId: R,
      VpcId: vpcId,
      ServiceID: ACK,
      Permissions: [],
    });
    const attribute = await engine.call('DescribeSecurityGroupAttribute', { RegionId: R, SecurityGroupId });
    expect(attribute.Permissions.Permission).toEqual([]);
  });

  const failures: [string, Record<string, unknown>, string][] = [
    ['no region', { RegionId: '' }, 'MissingParameter.RegionId'],
    ['no service', { ServiceID: '' }, 'MissingParameter.ServiceID'],
    ['a too long service', { ServiceID: 'x'.repeat(129) }, 'InvalidParameter'],
    ['an unknown VPC', { VpcId: 'vpc-missing' }, 'InvalidVpcId.NotFound'],
    ['a bad name', { SecurityGroupName: '9lives' }, 'InvalidSecurityGroupName.Malformed'],
    [
      'a bad direction',
      { Permissions: [{ Direction: 'inbound', IpProtocol: 'ALL', SourceCidrIp: '10.0.0.0/8' }] },
      'InvalidParameter',
    ],
    [
      'a bad port range',
      { Permissions: [{ IpProtocol: 'TCP', PortRange: '200/1', SourceCidrIp: '10.0.0.0/8' }] },
      'InvalidParam.PortRange',
    ],
    [
      'a duplicate rule',
      {
        Permissions: [
          { IpProtocol: 'ALL', SourceCidrIp: '10.0.0.1' },
          { IpProtocol: 'ALL', SourceCidrIp: '10.0.0.1/32' },
        ],
      },
      'InvalidParam.DuplicatePermissions',
    ],
    [
      'a missing referenced group',
      { Permissions: [{ IpProtocol: 'ALL', SourceGroupId: 'sg-missing' }] },
      'InvalidSourceGroupId.NotFound',
    ],
    [
      'more rules than a group holds',
      {
        Permissions: Array.from({ length: 101 }, (_, i) => ({
          IpProtocol: 'TCP',
          PortRange: `${i + 1}/${i + 1}`,
          SourceCidrIp: '10.0.0.0/8',
        })),
      },
      'InvalidParam.Permissions',
    ],
  ];
  it.each(failures)('refuses %s and stores nothing', async (_name, patch, code) => {
    const { engine, db, vpcId } = await worldWithDatabase();
    const before = storedRows(db);
    const params = { RegionId: R, VpcId: vpcId, ServiceID: ACK, ...patch };
    await expectCode(engine.call('CreateServiceManagedSecurityGroup', params as never), code);
    expect(storedRows(db)).toBe(before);
  });
});

describe('CreateServiceManagedSecurityGroup quotas', () => {
  it('keeps to the rules-per-group limit', async () => {
    const { engine, db, vpcId } = await ruleWorldOnDatabase({ rulesPerGroup: 1 });
    const before = storedRows(db);
    await expectCode(
      engine.call('CreateServiceManagedSecurityGroup', {
        RegionId: R,
        VpcId: vpcId,
        ServiceID: ACK,
        Permissions: [
          { IpProtocol: 'ALL', SourceCidrIp: '10.0.0.0/8' },
          { IpProtocol: 'ALL', SourceCidrIp: '192.168.0.0/16' },
        ],
      }),
      'AuthorizationLimitExceed',
    );
    expect(storedRows(db)).toBe(before);
  });
});
