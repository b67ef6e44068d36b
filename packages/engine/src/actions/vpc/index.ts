import { createVpc } from './create-vpc.ts';
import { createVSwitch } from './create-vswitch.ts';

export const vpcActions = {
  CreateVpc: createVpc,
  CreateVSwitch: createVSwitch,
};
