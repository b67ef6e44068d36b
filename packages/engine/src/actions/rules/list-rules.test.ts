import { describe, expect, it } from 'vitest';
import { expectCode } from '../../test/expect-code.ts';
import { listWorld, newPortList, newPrefixList, OTHER_REGION } from '../../test/list-support.ts';
import { allowIn, newPolicy, R, snapshotsOf, snapshotWorld } from '../../test/snapshot-support.ts';
import { expectRejected, REGION, rulesOf } from '../../test/rule-support.ts';

/** A group and one list of each kind (IPv4 and IPv6 prefix lists, a port list), named so Describe can show them. */
async function world() {
  const w = await listWorld();
  const v4 = await newPrefixList(w.engine, { PrefixListName: 'office-v4', Entry: [{ Cidr: '203.0.113.0/24' }] });
  const v6 = await newPrefixList(w.engine, { PrefixListName: 'office-v6', AddressFamily: 'IPv6' });
  const ports = await newPortList(w.engine, { PortRangeListName: 'web-ports', Entry: [{ PortRange: '80/80' }] });
  const authorize = (permission: Record<string, unknown>, egress = false) =>
    w.engine.call(egress ? 'AuthorizeSecurityGroupEgress' : 'AuthorizeSecurityGroup', {
      RegionId: REGION,
      SecurityGroupId: w.groupId,
      Permissions: [permission],
    });
  return { ...w, v4, v6, ports, authorize };
}

describe('rules that reference prefix lists and port lists', () => {
  it('authorizes them both ways; Describe fills the list names', async () => {
    const { engine, groupId, v4, v6, ports, authorize } = await world();
    await authorize({ IpProtocol: 'TCP', PortRange: '22/22', SourcePrefixListId: v4 });
    await authorize({ IpProtocol: 'TCP', PortRangeListId: ports, SourcePrefixListId: v6 });
    await authorize({ IpProtocol: 'ALL', DestPrefixListId: v4 }, true);
    const rules = await rulesOf(engine, groupId);
    expect(rules.map((r) => [r.SourcePrefixListName, r.DestPrefixListName, r.PortRangeListName, r.PortRange])).toEqual([
      ['office-v4', '', '', '22/22'],
      ['office-v6', '', 'web-ports', ''],
      ['', 'office-v4', '', '-1/-1'],
    ]);
    // A renamed list shows its new name at once: rules hold the ID only.
    await engine.call('ModifyPrefixList', { RegionId: REGION, PrefixListId: v4, PrefixListName: 'hq' });
    expect((await rulesOf(engine, groupId, 'egress'))[0]!.DestPrefixListName).toBe('hq');
  });

  it.each([
    [{ IpProtocol: 'ICMPv6', SourcePrefixListId: 'v4' }, 'InvalidParam.PrefixListAddressFamilyMismatch'],
    [{ IpProtocol: 'ICMP', SourcePrefixListId: 'v6' }, 'InvalidParam.PrefixListAddressFamilyMismatch'],
    [
      { IpProtocol: 'TCP', PortRange: '22/22', SourcePrefixListId: 'v4', Ipv6DestCidrIp: '2001:db8::1' },
      'InvalidParam.PrefixListAddressFamilyMismatch',
    ],
    [{ IpProtocol: 'TCP', PortRange: '22/22', SourcePrefixListId: 'pl-nothere' }, 'InvalidPrefixListId.NotFound'],
    [{ IpProtocol: 'TCP', PortRange: '22/22', SourcePrefixListId: 'elsewhere' }, 'InvalidPrefixListId.NotFound'],
    [
      { IpProtocol: 'TCP', PortRangeListId: 'prl-nothere', SourceCidrIp: '10.0.0.0/8' },
      'InvalidPortRangeListId.NotFound',
    ],
    [
      { IpProtocol: 'ICMP', PortRangeListId: 'ports', SourceCidrIp: '10.0.0.0/8' },
      'InvalidParam.ProtocolNotSupportPortRangeList',
    ],
    [
      { IpProtocol: 'ALL', PortRangeListId: 'ports', SourceCidrIp: '10.0.0.0/8' },
      'InvalidParam.ProtocolNotSupportPortRangeList',
    ],
  ])('refuses %j with %s', async (permission, code) => {
    const w = await world();
    const elsewhere = await newPrefixList(w.engine, { RegionId: OTHER_REGION });
    const names: Record<string, string> = { v4: w.v4, v6: w.v6, ports: w.ports, elsewhere };
    const resolved = Object.fromEntries(Object.entries(permission).map(([k, v]) => [k, names[v] ?? v]));
    await expectRejected(w.engine, w.groupId, () => w.authorize(resolved), code);
  });

  it('lets either family serve TCP, UDP and ALL; PortRange wins over PortRangeListId', async () => {
    const { engine, groupId, v4, v6, ports, authorize } = await world();
    await authorize({ IpProtocol: 'UDP', PortRange: '53/53', SourcePrefixListId: v6 });
    await authorize({ IpProtocol: 'ALL', SourcePrefixListId: v6 });
    await authorize({ IpProtocol: 'ICMP', SourcePrefixListId: v4 });
    await authorize({ IpProtocol: 'TCP', PortRange: '443/443', PortRangeListId: ports, SourcePrefixListId: v4 });
    expect((await rulesOf(engine, groupId)).map((r) => r.PortRangeListId)).toEqual(['', '', '', '']);
  });

  it('modifies list rules: another list is checked like a new one; the family is re-checked on a protocol change', async () => {
    const { engine, groupId, v4, v6, ports, authorize } = await world();
    const other = await newPrefixList(engine, { PrefixListName: 'partners' });
    const [id] = (await authorize({ IpProtocol: 'TCP', PortRange: '22/22', SourcePrefixListId: v4 }))
      .SecurityGroupRuleIds.SecurityGroupRuleId;
    const modify = (params: Record<string, unknown>) =>
      engine.call('ModifySecurityGroupRule', {
        RegionId: REGION,
        SecurityGroupId: groupId,
        SecurityGroupRuleId: id!,
        ...params,
      });
    await modify({ SourcePrefixListId: other });
    expect((await rulesOf(engine, groupId))[0]!.SourcePrefixListName).toBe('partners');
    await expectRejected(
      engine,
      groupId,
      () => modify({ SourcePrefixListId: 'pl-nothere' }),
      'InvalidPrefixListId.NotFound',
    );
    await expectRejected(
      engine,
      groupId,
      () => modify({ IpProtocol: 'ICMPv6', PortRange: '-1/-1' }),
      'InvalidParam.PrefixListAddressFamilyMismatch',
    );
    await modify({ SourcePrefixListId: v6, IpProtocol: 'ICMPv6', PortRange: '-1/-1' });
    await expectRejected(
      engine,
      groupId,
      () => modify({ SourceCidrIp: '10.0.0.0/8' }),
      'InvalidOperation.ModifySgRuleEntityType',
    );
    await expectRejected(
      engine,
      groupId,
      () => modify({ PortRangeListId: ports }),
      'InvalidOperation.ModifyPortRangeType',
    );

    const [portRule] = (await authorize({ IpProtocol: 'TCP', PortRangeListId: ports, SourceCidrIp: '10.0.0.0/8' }))
      .SecurityGroupRuleIds.SecurityGroupRuleId;
    await expectRejected(
      engine,
      groupId,
      () =>
        engine.call('ModifySecurityGroupRule', {
          RegionId: REGION,
          SecurityGroupId: groupId,
          SecurityGroupRuleId: portRule!,
          PortRangeListId: 'prl-nothere',
        }),
      'InvalidPortRangeListId.NotFound',
    );
  });
});

describe('restoring a snapshot with list rules', () => {
  it('restores them while the lists exist, and refuses with the not-found codes once a list is gone', async () => {
    const { engine, groupId } = await snapshotWorld();
    const pl = await newPrefixList(engine, { PrefixListName: 'office', Entry: [{ Cidr: '203.0.113.0/24' }] });
    const prl = await newPortList(engine, { Entry: [{ PortRange: '80/80' }] });
    await allowIn(
      engine,
      groupId,
      { IpProtocol: 'TCP', PortRange: '22/22', SourcePrefixListId: pl },
      { IpProtocol: 'TCP', PortRangeListId: prl, SourceCidrIp: '10.0.0.0/8' },
    );
    await newPolicy(engine, [groupId]);
    const [snapshot] = await snapshotsOf(engine, groupId);
    const all = (await engine.call('DescribeSecurityGroupAttribute', { RegionId: R, SecurityGroupId: groupId }))
      .Permissions.Permission;
    const revokeAll = () =>
      engine.call('RevokeSecurityGroup', {
        RegionId: R,
        SecurityGroupId: groupId,
        SecurityGroupRuleId: all.map((p) => p.SecurityGroupRuleId),
      });
    const restore = () =>
      engine.call('RestoreSecurityGroupSnapshot', {
        RegionId: R,
        SecurityGroupId: groupId,
        SnapshotId: snapshot!.SnapshotId,
      });

    await revokeAll();
    await restore();
    const restored = (await engine.call('DescribeSecurityGroupAttribute', { RegionId: R, SecurityGroupId: groupId }))
      .Permissions.Permission;
    expect(restored.map((p) => [p.SourcePrefixListName, p.PortRangeListId])).toEqual([
      ['office', ''],
      ['', prl],
    ]);

    await revokeAll();
    await engine.call('DeletePortRangeList', { RegionId: R, PortRangeListId: prl });
    await expectRejected(engine, groupId, restore, 'InvalidPortRangeListId.NotFound');
    await engine.call('DeletePrefixList', { RegionId: R, PrefixListId: pl });
    await expectCode(restore(), 'InvalidPrefixListId.NotFound');
  });
});
