import { fail } from '../../errors.ts';
import type { Instance, NetworkInterface } from '../../model/instance.ts';
import { optionalString, requireRegion } from '../../validate/params.ts';
import type { ActionContext } from '../../context.ts';
import { isSettled, primaryInterfaceOf, requireEni, requireInstance } from '../network-interfaces/eni-lookup.ts';

/** What Join/LeaveSecurityGroup act on: an instance (its primary interface) or one interface. */
export interface MembershipTarget {
  kind: 'instance' | 'interface';
  /** The interface whose group list changes. */
  eni: NetworkInterface;
  /** The instance named, or the one the interface is attached to; none for a detached interface. */
  instance: Instance | undefined;
  field: 'InstanceId' | 'NetworkInterfaceId';
}

export interface TargetParams {
  RegionId?: unknown;
  InstanceId?: unknown;
  NetworkInterfaceId?: unknown;
}

/**
 * `InstanceId` xor `NetworkInterfaceId`. RegionId is optional for an instance (found by ID) and required for an
 * interface, as the API documents.
 * @throws InvalidParam.EniIdAndInstanceId.Conflict, MissingParameter.InstanceId, MissingParameter.RegionId,
 * InvalidRegionId.NotFound, InvalidInstanceId.NotFound, InvalidEniId.NotFound
 */
export function requireTarget(ctx: ActionContext, params: TargetParams): MembershipTarget {
  const instanceId = optionalString(params.InstanceId, 'InstanceId');
  const eniId = optionalString(params.NetworkInterfaceId, 'NetworkInterfaceId');
  if (instanceId !== '' && eniId !== '') {
    fail(
      'InvalidParam.EniIdAndInstanceId.Conflict',
      'The InstanceId and NetworkInterfaceId parameters are mutually exclusive and cannot be both specified.',
      403,
      'NetworkInterfaceId',
    );
  }
  if (eniId !== '') {
    const region = requireRegion(ctx, params.RegionId);
    const eni = requireEni(ctx.tx, region.RegionId, eniId);
    const instance = eni.InstanceId === '' ? undefined : ctx.tx.get('instances', eni.InstanceId);
    return { kind: 'interface', eni, instance, field: 'NetworkInterfaceId' };
  }
  if (instanceId === '') {
    fail(
      'MissingParameter.InstanceId',
      'One of the parameters InstanceId and NetworkInterfaceId must be specified.',
      400,
      'InstanceId',
    );
  }
  const regionId =
    optionalString(params.RegionId, 'RegionId') === '' ? '' : requireRegion(ctx, params.RegionId).RegionId;
  const instance = requireInstance(ctx.tx, regionId, instanceId);
  return { kind: 'instance', eni: primaryInterfaceOf(ctx.tx, instance), instance, field: 'InstanceId' };
}

/** Groups change only while the instance (if any) is Running or Stopped. @throws IncorrectInstanceStatus */
export function assertTargetSettled(target: MembershipTarget): void {
  if (target.instance && !isSettled(target.instance)) {
    fail(
      'IncorrectInstanceStatus',
      'The current status of the resource does not support this operation.',
      403,
      target.field,
    );
  }
}
