export const networkInterfaceActions = {};
