import { describeNetworkInterfaces } from './describe-network-interfaces.ts';

export const networkInterfaceActions = {
  DescribeNetworkInterfaces: describeNetworkInterfaces,
};
