import { createVpc } from './create-vpc.ts';
import { createVSwitch } from './create-vswitch.ts';
import { describeVpcs } from './describe-vpcs.ts';
import { describeVSwitches } from './describe-vswitches.ts';

export const vpcActions = {
  CreateVpc: createVpc,
  CreateVSwitch: createVSwitch,
  DescribeVpcs: describeVpcs,
  DescribeVSwitches: describeVSwitches,
};
