import { defineAction } from '../define.ts';
import { changeStatus, type InstanceStatusParams } from './instance-status.ts';

export type StartInstanceParams = InstanceStatusParams;
export type StartInstanceResponse = Record<never, never>;

/**
 * Starts a stopped instance; it is Running at once.
 * @throws MissingParameter.InstanceId, InvalidInstanceId.NotFound, IncorrectInstanceStatus
 */
export const startInstance = defineAction<StartInstanceParams, StartInstanceResponse>({
  readOnly: false,
  run(ctx, params) {
    changeStatus(ctx, params, 'Stopped', 'Running');
    return {};
  },
});
