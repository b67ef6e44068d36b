import { fail } from '../../errors.ts';
import type { InstanceStatus } from '../../model/instance.ts';
import { optionalString, requiredString } from '../../validate/params.ts';
import type { ActionContext } from '../../context.ts';

export interface InstanceStatusParams {
  InstanceId: string;
  /** Optional, as in the API; when given the instance must be in this region. */
  RegionId?: string;
}

/**
 * Moves an instance from `from` to `to` at once: the emulator has no Starting/Stopping phase to wait out.
 * @throws MissingParameter.InstanceId, InvalidInstanceId.NotFound, IncorrectInstanceStatus
 */
export function changeStatus(
  ctx: ActionContext,
  params: InstanceStatusParams,
  from: InstanceStatus,
  to: InstanceStatus,
): void {
  const instanceId = requiredString(params.InstanceId, 'InstanceId');
  const regionId = optionalString(params.RegionId, 'RegionId');
  const instance = ctx.tx.get('instances', instanceId);
  if (!instance || (regionId !== '' && instance.RegionId !== regionId)) {
    fail('InvalidInstanceId.NotFound', 'The specified InstanceId does not exist.', 404, 'InstanceId');
  }
  if (instance.Status !== from) {
    fail(
      'IncorrectInstanceStatus',
      'The current status of the resource does not support this operation.',
      403,
      'InstanceId',
    );
  }
  // Running again: the API's StartTime is when the instance last started.
  const started = to === 'Running' ? { StartTime: ctx.time } : {};
  ctx.tx.put('instances', instanceId, { ...instance, Status: to, ...started });
}
