import { defineAction } from '../define.ts';
import { changeStatus, type InstanceStatusParams } from './instance-status.ts';

export type StopInstanceParams = InstanceStatusParams;
export type StopInstanceResponse = Record<never, never>;

/**
 * Stops a running instance; it is Stopped at once.
 * @throws MissingParameter.InstanceId, InvalidInstanceId.NotFound, IncorrectInstanceStatus
 */
export const stopInstance = defineAction<StopInstanceParams, StopInstanceResponse>({
  readOnly: false,
  run(ctx, params) {
    changeStatus(ctx, params, 'Running', 'Stopped');
    return {};
  },
});
