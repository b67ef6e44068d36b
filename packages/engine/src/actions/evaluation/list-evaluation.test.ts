import { describe, expect, it } from 'vitest';
import type { Engine } from '../../engine.ts';
import { REGION } from '../../test/membership-world.ts';
import { newPortList, newPrefixList } from '../../test/list-support.ts';
import { evaluationWorld } from '../../test/evaluation-support.ts';

/** The verdict for a TCP flow into an instance from an outside address. */
async function inbound(engine: Engine, InstanceId: string, PeerIp: string, Port: number) {
  const res = await engine.call('EvaluateTraffic', {
    RegionId: REGION,
    InstanceId,
    Direction: 'ingress',
    IpProtocol: 'TCP',
    Port,
    PeerIp,
  });
  return res.Verdict;
}

describe('evaluation expands prefix lists and port lists live', () => {
  it('a prefix-list rule follows every edit of the list', async () => {
    const { engine, sg, vm } = await evaluationWorld();
    const office = await newPrefixList(engine, { PrefixListName: 'office', Entry: [{ Cidr: '203.0.113.0/24' }] });
    await engine.call('AuthorizeSecurityGroup', {
      RegionId: REGION,
      SecurityGroupId: sg.jump,
      Permissions: [
        { IpProtocol: 'TCP', PortRange: '22/22', SourcePrefixListId: office, Description: 'ssh from office' },
      ],
    });
    expect(await inbound(engine, vm.jump1, '203.0.113.9', 22)).toBe('Allowed');
    expect(await inbound(engine, vm.jump1, '198.51.100.9', 22)).toBe('Denied');

    await engine.call('ModifyPrefixList', {
      RegionId: REGION,
      PrefixListId: office,
      RemoveEntry: [{ Cidr: '203.0.113.0/24' }],
      AddEntry: [{ Cidr: '198.51.100.0/24' }],
    });
    expect(await inbound(engine, vm.jump1, '203.0.113.9', 22)).toBe('Denied');
    expect(await inbound(engine, vm.jump1, '198.51.100.9', 22)).toBe('Allowed');

    await engine.call('ModifyPrefixList', {
      RegionId: REGION,
      PrefixListId: office,
      RemoveEntry: [{ Cidr: '198.51.100.0/24' }],
    });
    const empty = await engine.call('EvaluateTraffic', {
      RegionId: REGION,
      InstanceId: vm.jump1,
      Direction: 'ingress',
      IpProtocol: 'TCP',
      Port: 22,
      PeerIp: '198.51.100.9',
    });
    // An empty list matches nothing: the basic default decides.
    expect([empty.Verdict, empty.DecidingRule.DefaultName]).toEqual(['Denied', 'BasicDefaultIngressDeny']);
  });

  it('a port-list rule matches any of the list’s ranges, and follows its edits', async () => {
    const { engine, sg, vm } = await evaluationWorld();
    const web = await newPortList(engine, {
      PortRangeListName: 'web-ports',
      Entry: [{ PortRange: '80/80' }, { PortRange: '8000/8100' }],
    });
    await engine.call('AuthorizeSecurityGroup', {
      RegionId: REGION,
      SecurityGroupId: sg.jump,
      Permissions: [{ IpProtocol: 'TCP', PortRangeListId: web, SourceCidrIp: '0.0.0.0/0' }],
    });
    const verdicts = async () =>
      Promise.all([80, 81, 8050, 8101].map((port) => inbound(engine, vm.jump1, '198.51.100.1', port)));
    expect(await verdicts()).toEqual(['Allowed', 'Denied', 'Allowed', 'Denied']);
    await engine.call('ModifyPortRangeList', {
      RegionId: REGION,
      PortRangeListId: web,
      AddEntry: [{ PortRange: '81/81' }],
      RemoveEntry: [{ PortRange: '8000/8100' }],
    });
    expect(await verdicts()).toEqual(['Allowed', 'Allowed', 'Denied', 'Denied']);
    // UDP is another protocol: the TCP rule does not match it whatever the ports.
    const udp = await engine.call('EvaluateTraffic', {
      RegionId: REGION,
      InstanceId: vm.jump1,
      Direction: 'ingress',
      IpProtocol: 'UDP',
      Port: 80,
      PeerIp: '198.51.100.1',
    });
    expect(udp.Verdict).toBe('Denied');
  });

  it('effective rules and the deciding rule show the list names; reachability sees list rules too', async () => {
    const { engine, sg, vm, vpcId } = await evaluationWorld();
    const office = await newPrefixList(engine, { PrefixListName: 'office', Entry: [{ Cidr: '172.16.1.5' }] });
    const ssh = await newPortList(engine, { PortRangeListName: 'ssh', Entry: [{ PortRange: '22/22' }] });
    await engine.call('AuthorizeSecurityGroup', {
      RegionId: REGION,
      SecurityGroupId: sg.jump,
      Permissions: [{ IpProtocol: 'TCP', PortRangeListId: ssh, SourcePrefixListId: office }],
    });
    const res = await engine.call('DescribeEffectiveRules', {
      RegionId: REGION,
      InstanceId: vm.jump1,
      Direction: 'ingress',
    });
    const rule = res.EffectiveRules.EffectiveRule.find((e) => e.Kind === 'Rule')!;
    expect(rule.Permission).toMatchObject({
      SourcePrefixListId: office,
      SourcePrefixListName: 'office',
      PortRangeListId: ssh,
      PortRangeListName: 'ssh',
    });
    const verdict = await engine.call('EvaluateTraffic', {
      RegionId: REGION,
      InstanceId: vm.jump1,
      Direction: 'ingress',
      IpProtocol: 'TCP',
      Port: 22,
      PeerInstanceId: vm.web1,
    });
    expect([verdict.Verdict, verdict.DecidingRule.Permission?.SourcePrefixListName]).toEqual(['Allowed', 'office']);
    const reach = await engine.call('DescribeReachability', {
      RegionId: REGION,
      VpcId: vpcId,
      IpProtocol: 'TCP',
      Port: 22,
    });
    const ids = reach.Instances.Instance.map((i) => i.InstanceId);
    const at = (from: string, to: string) => reach.Matrix[ids.indexOf(from)]![ids.indexOf(to)];
    // web1 (172.16.1.5) is the list's only entry; web2 (172.16.1.6) is not.
    expect([at(vm.web1, vm.jump1), at(vm.web2, vm.jump1)]).toEqual([true, false]);
  });
});
