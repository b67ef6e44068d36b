import { fail } from '../../errors.ts';
import { requireRegion } from '../../validate/params.ts';
import { defineAction } from '../define.ts';
import { requireEni } from './eni-lookup.ts';

export interface DeleteNetworkInterfaceParams {
  RegionId: string;
  NetworkInterfaceId: string;
}

export type DeleteNetworkInterfaceResponse = Record<string, never>;

/**
 * Deletes an Available (detached) secondary interface. Its private IP goes back to the vSwitch and it leaves
 * all its security groups with it, since membership is held on the interface.
 * @throws MissingParameter.RegionId, InvalidRegionId.NotFound, MissingParameter.NetworkInterfaceId,
 * InvalidEniId.NotFound, InvalidOperation.InvalidEniState
 */
export const deleteNetworkInterface = defineAction<DeleteNetworkInterfaceParams, DeleteNetworkInterfaceResponse>({
  readOnly: false,
  run(ctx, params) {
    const region = requireRegion(ctx, params.RegionId);
    const eni = requireEni(ctx.tx, region.RegionId, params.NetworkInterfaceId);
    // A primary interface is always InUse: it goes with its instance.
    if (eni.Status !== 'Available') {
      fail(
        'InvalidOperation.InvalidEniState',
        `The network interface ${eni.NetworkInterfaceId} is ${eni.Status}; detach it before deleting it.`,
        400,
        'NetworkInterfaceId',
      );
    }
    ctx.tx.delete('networkInterfaces', eni.NetworkInterfaceId);
    return {};
  },
});
