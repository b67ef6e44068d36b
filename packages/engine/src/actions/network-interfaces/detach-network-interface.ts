import { fail } from '../../errors.ts';
import { requireRegion } from '../../validate/params.ts';
import { defineAction } from '../define.ts';
import { isSettled, requireEni, requireInstance } from './eni-lookup.ts';

export interface DetachNetworkInterfaceParams {
  RegionId: string;
  NetworkInterfaceId: string;
  InstanceId: string;
}

export type DetachNetworkInterfaceResponse = Record<string, never>;

/**
 * Detaches a secondary interface from the instance it is attached to; it is Available at once and keeps its
 * address and security groups. A primary interface never leaves its instance.
 * @throws MissingParameter.RegionId, InvalidRegionId.NotFound, MissingParameter.NetworkInterfaceId,
 * InvalidEniId.NotFound, MissingParameter.InstanceId, InvalidInstanceId.NotFound,
 * InvalidOperation.DetachPrimaryEniNotAllowed, InvalidOperation.InvalidEniState, InvalidOperation.InvalidEcsState
 */
export const detachNetworkInterface = defineAction<DetachNetworkInterfaceParams, DetachNetworkInterfaceResponse>({
  readOnly: false,
  run(ctx, params) {
    const region = requireRegion(ctx, params.RegionId);
    const eni = requireEni(ctx.tx, region.RegionId, params.NetworkInterfaceId);
    const instance = requireInstance(ctx.tx, region.RegionId, params.InstanceId);
    if (eni.Type === 'Primary') {
      fail(
        'InvalidOperation.DetachPrimaryEniNotAllowed',
        'The primary network interface of an instance cannot be detached.',
        400,
        'NetworkInterfaceId',
      );
    }
    // Not attached, or attached elsewhere: the docs name no code for the second case; the state code fits both.
    if (eni.Status !== 'InUse' || eni.InstanceId !== instance.InstanceId) {
      fail(
        'InvalidOperation.InvalidEniState',
        `The network interface ${eni.NetworkInterfaceId} is not attached to the instance ${instance.InstanceId}.`,
        400,
        'NetworkInterfaceId',
      );
    }
    if (!isSettled(instance)) {
      fail(
        'InvalidOperation.InvalidEcsState',
        `The instance is ${instance.Status}; interfaces can be detached only from a Running or Stopped instance.`,
        400,
        'InstanceId',
      );
    }
    ctx.tx.put('networkInterfaces', eni.NetworkInterfaceId, { ...eni, InstanceId: '', Status: 'Available' });
    return {};
  },
});
