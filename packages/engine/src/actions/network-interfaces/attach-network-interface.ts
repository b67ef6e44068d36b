import { fail } from '../../errors.ts';
import { requireRegion } from '../../validate/params.ts';
import { defineAction } from '../define.ts';
import { interfacesOf, isSettled, requireEni, requireInstance } from './eni-lookup.ts';
import { interfaceQuota } from './eni-quota.ts';

export interface AttachNetworkInterfaceParams {
  RegionId: string;
  NetworkInterfaceId: string;
  InstanceId: string;
}

export type AttachNetworkInterfaceResponse = Record<string, never>;

/**
 * Attaches an Available secondary interface to a Running or Stopped instance of its VPC and zone; it is InUse
 * at once (the real call is asynchronous: Attaching, then InUse). The interface keeps its own security groups.
 * An instance holds at most its type's interface quota, primary included (eni-quota.ts: 3 for ecs.g7.large).
 * @throws MissingParameter.RegionId, InvalidRegionId.NotFound, MissingParameter.NetworkInterfaceId,
 * InvalidEniId.NotFound, MissingParameter.InstanceId, InvalidInstanceId.NotFound,
 * InvalidOperation.InvalidEniState, InvalidOperation.InvalidEcsState, InvalidOperation.VpcMismatch,
 * InvalidOperation.AvailabilityZoneMismatch, EniPerInstanceLimitExceeded
 */
export const attachNetworkInterface = defineAction<AttachNetworkInterfaceParams, AttachNetworkInterfaceResponse>({
  readOnly: false,
  run(ctx, params) {
    const region = requireRegion(ctx, params.RegionId);
    const eni = requireEni(ctx.tx, region.RegionId, params.NetworkInterfaceId);
    const instance = requireInstance(ctx.tx, region.RegionId, params.InstanceId);
    // A primary interface is always InUse, so this also refuses to move one.
    if (eni.Status !== 'Available') {
      fail(
        'InvalidOperation.InvalidEniState',
        `The network interface ${eni.NetworkInterfaceId} is ${eni.Status}; only an Available interface can be attached.`,
        400,
        'NetworkInterfaceId',
      );
    }
    if (!isSettled(instance)) {
      fail(
        'InvalidOperation.InvalidEcsState',
        `The instance is ${instance.Status}; interfaces can be attached only to a Running or Stopped instance.`,
        400,
        'InstanceId',
      );
    }
    if (eni.VpcId !== instance.VpcId) {
      fail(
        'InvalidOperation.VpcMismatch',
        'The operation is invalid. The network interface and the instance are not in the same VPC.',
        403,
        'InstanceId',
      );
    }
    if (eni.ZoneId !== instance.ZoneId) {
      fail(
        'InvalidOperation.AvailabilityZoneMismatch',
        `The network interface is in zone ${eni.ZoneId} and the instance in zone ${instance.ZoneId}; they must be in the same zone.`,
        403,
        'InstanceId',
      );
    }
    const quota = interfaceQuota(instance.InstanceType);
    if (interfacesOf(ctx.tx, instance.InstanceId).length >= quota) {
      fail(
        'EniPerInstanceLimitExceeded',
        `The instance type ${instance.InstanceType} takes at most ${quota} network interfaces, the primary one included.`,
        403,
        'InstanceId',
      );
    }
    ctx.tx.put('networkInterfaces', eni.NetworkInterfaceId, {
      ...eni,
      InstanceId: instance.InstanceId,
      Status: 'InUse',
    });
    return {};
  },
});
