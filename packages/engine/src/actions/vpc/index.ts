export const vpcActions = {};
