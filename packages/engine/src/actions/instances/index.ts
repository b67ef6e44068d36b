import { describeInstances } from './describe-instances.ts';
import { modifyInstanceAttribute } from './modify-instance-attribute.ts';
import { runInstances } from './run-instances.ts';
import { startInstance } from './start-instance.ts';
import { stopInstance } from './stop-instance.ts';

export const instanceActions = {
  RunInstances: runInstances,
  DescribeInstances: describeInstances,
  StartInstance: startInstance,
  StopInstance: stopInstance,
  ModifyInstanceAttribute: modifyInstanceAttribute,
};
