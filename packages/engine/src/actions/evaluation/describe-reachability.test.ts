import { describe, expect, it } from 'vitest';
import { REGION, rejectsUnchanged } from '../../test/membership-world.ts';
import { evaluationWorld } from '../../test/evaluation-support.ts';
import { REACHABILITY_MAX_INSTANCES } from './describe-reachability.ts';

describe('DescribeReachability', () => {
  it("is the matrix of a VPC's instances, source egress and destination ingress together", async () => {
    const { engine, vpcId, sg, vm, instanceId } = await evaluationWorld();
    const matrix = async () => {
      const res = await engine.call('DescribeReachability', {
        RegionId: REGION,
        VpcId: vpcId,
        IpProtocol: 'TCP',
        Port: 3306,
      });
      const ids = res.Instances.Instance.map((i) => i.InstanceId);
      const at = (from: string, to: string) => res.Matrix[ids.indexOf(from)]![ids.indexOf(to)];
      return { res, at };
    };
    const { res, at } = await matrix();
    expect(res).toMatchObject({ VpcId: vpcId, IpProtocol: 'TCP', Port: 3306, Stateful: true });
    expect(res.Instances.Instance).toHaveLength(5);
    expect(res.Instances.Instance[0]).toMatchObject({ PrivateIpAddress: expect.stringMatching(/^172\.16\.1\./) });
    expect([at(vm.web1, vm.db1), at(vm.web2, vm.db1), at(vm.jump1, vm.db1), at(vm.db1, vm.web1)]).toEqual([
      true,
      true,
      false,
      false,
    ]);
    // Same basic group with Accept: the two web servers reach each other, both ways.
    expect([at(vm.web1, vm.web2), at(vm.web2, vm.web1), at(vm.db1, vm.db1)]).toEqual([true, true, null]);
    expect(at(instanceId, vm.db1)).toBe(false);
    await engine.call('ModifyInstanceAttribute', { InstanceId: vm.jump1, SecurityGroupIds: [sg.web] });
    expect((await matrix()).at(vm.jump1, vm.db1)).toBe(true);
    const icmp = await engine.call('DescribeReachability', { RegionId: REGION, VpcId: vpcId, IpProtocol: 'ICMP' });
    expect(icmp.Port).toBe(-1);
  });

  it('rejects bad parameters', async () => {
    const { engine, db, vpcId } = await evaluationWorld();
    const call = (params: Record<string, unknown>) => () =>
      engine.call('DescribeReachability', { RegionId: REGION, VpcId: vpcId, IpProtocol: 'TCP', Port: 22, ...params });
    await rejectsUnchanged(db, call({ RegionId: '' }), 'MissingParameter.RegionId');
    await rejectsUnchanged(db, call({ RegionId: 'mars-1' }), 'InvalidRegionId.NotFound');
    await rejectsUnchanged(db, call({ VpcId: '' }), 'MissingParameter.VpcId');
    await rejectsUnchanged(db, call({ VpcId: 'vpc-nope' }), 'InvalidVpcId.NotFound');
    await rejectsUnchanged(db, call({ RegionId: 'cn-beijing' }), 'InvalidVpcId.NotFound');
    await rejectsUnchanged(db, call({ IpProtocol: undefined }), 'MissingParameter.IpProtocol');
    await rejectsUnchanged(db, call({ IpProtocol: 'all' }), 'InvalidIpProtocol.ValueNotSupported');
    await rejectsUnchanged(db, call({ Port: undefined }), 'MissingParameter.Port');
    await rejectsUnchanged(db, call({ Port: 70000 }), 'InvalidParameter.Port');
  });

  it('refuses a VPC of more instances than a matrix covers, before computing it', async () => {
    const { engine, db, vpcId, vswH } = await evaluationWorld();
    await engine.call('RunInstances', {
      RegionId: REGION,
      VSwitchId: vswH,
      ImageId: 'aliyun_3_x64_20G_alibase_20240101.vhd',
      Amount: REACHABILITY_MAX_INSTANCES - 4,
    });
    const ask = () =>
      engine.call('DescribeReachability', { RegionId: REGION, VpcId: vpcId, IpProtocol: 'TCP', Port: 22 });
    const error = await rejectsUnchanged(db, ask, 'OperationDenied.TooManyInstances');
    expect(error.Field).toBe('VpcId');
  });
});
