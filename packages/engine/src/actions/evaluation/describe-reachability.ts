import { fail } from '../../errors.ts';
import { reachabilityMatrix } from '../../evaluate/reachability.ts';
import { requireRegion, requiredString } from '../../validate/params.ts';
import { defineAction } from '../define.ts';
import { primaryInterfaceOf } from '../network-interfaces/eni-lookup.ts';
import { readFlowProtocol, regionIndex } from './evaluation-params.ts';

/**
 * The most instances a matrix is computed for (ours): 50 × 50 cells is what a page can show and a person can read;
 * a large VPC is asked about one instance at a time (Check Traffic).
 */
export const REACHABILITY_MAX_INSTANCES = 50;

export interface DescribeReachabilityParams {
  RegionId: string;
  VpcId: string;
  /** TCP, UDP, ICMP, ICMPv6 or GRE. */
  IpProtocol: string;
  /** Destination port, 1–65535, for TCP and UDP. */
  Port?: number;
}

export interface ReachabilityInstance {
  InstanceId: string;
  InstanceName: string;
  NetworkInterfaceId: string;
  PrivateIpAddress: string;
}

export interface DescribeReachabilityResponse {
  VpcId: string;
  IpProtocol: string;
  Port: number;
  /** Rows and columns of the matrix, by instance name then ID. */
  Instances: { Instance: ReachabilityInstance[] };
  /** `Matrix[i][j]`: can instance i open this flow to instance j (i's outbound and j's inbound allow it); null when i = j. */
  Matrix: (boolean | null)[][];
  Stateful: true;
}

/**
 * Ours, in the API's style: which instances of a VPC can open a flow to which, on one protocol and port, through
 * their primary interfaces. Each cell needs the source's outbound and the destination's inbound side to allow it.
 * @throws MissingParameter.RegionId, InvalidRegionId.NotFound, MissingParameter.VpcId, InvalidVpcId.NotFound,
 * MissingParameter.IpProtocol, InvalidIpProtocol.ValueNotSupported, MissingParameter.Port, InvalidParameter.Port,
 * OperationDenied.TooManyInstances (ours: more than REACHABILITY_MAX_INSTANCES instances in the VPC)
 */
export const describeReachability = defineAction<DescribeReachabilityParams, DescribeReachabilityResponse>({
  readOnly: true,
  run(ctx, params) {
    const region = requireRegion(ctx, params.RegionId);
    const vpcId = requiredString(params.VpcId, 'VpcId');
    const vpc = ctx.tx.get('vpcs', vpcId);
    if (!vpc || vpc.RegionId !== region.RegionId) {
      fail('InvalidVpcId.NotFound', 'Specified VPC does not exist.', 404, 'VpcId');
    }
    const { protocol, port } = readFlowProtocol(params);
    const instances = ctx.tx
      .all('instances')
      .filter((i) => i.VpcId === vpcId)
      .sort((a, b) => a.InstanceName.localeCompare(b.InstanceName) || a.InstanceId.localeCompare(b.InstanceId));
    if (instances.length > REACHABILITY_MAX_INSTANCES) {
      fail(
        'OperationDenied.TooManyInstances',
        `The VPC has ${instances.length} instances; a reachability matrix covers at most ${REACHABILITY_MAX_INSTANCES}. Check traffic from one instance instead (its Check Traffic tab).`,
        400,
        'VpcId',
      );
    }
    const interfaces = instances.map((i) => primaryInterfaceOf(ctx.tx, i));
    const index = regionIndex(ctx, region.RegionId);
    return {
      VpcId: vpcId,
      IpProtocol: protocol,
      Port: port ?? -1,
      Instances: {
        Instance: instances.map((instance, i) => ({
          InstanceId: instance.InstanceId,
          InstanceName: instance.InstanceName,
          NetworkInterfaceId: interfaces[i]!.NetworkInterfaceId,
          PrivateIpAddress: interfaces[i]!.PrimaryIpAddress,
        })),
      },
      Matrix: reachabilityMatrix(index, interfaces, protocol, port),
      Stateful: true,
    };
  },
});
