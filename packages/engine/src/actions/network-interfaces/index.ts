import { attachNetworkInterface } from './attach-network-interface.ts';
import { createNetworkInterface } from './create-network-interface.ts';
import { deleteNetworkInterface } from './delete-network-interface.ts';
import { describeNetworkInterfaces } from './describe-network-interfaces.ts';
import { detachNetworkInterface } from './detach-network-interface.ts';
import { modifyNetworkInterfaceAttribute } from './modify-network-interface-attribute.ts';

export const networkInterfaceActions = {
  DescribeNetworkInterfaces: describeNetworkInterfaces,
  CreateNetworkInterface: createNetworkInterface,
  AttachNetworkInterface: attachNetworkInterface,
  DetachNetworkInterface: detachNetworkInterface,
  DeleteNetworkInterface: deleteNetworkInterface,
  ModifyNetworkInterfaceAttribute: modifyNetworkInterfaceAttribute,
};
