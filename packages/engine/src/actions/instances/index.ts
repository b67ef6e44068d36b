export const instanceActions = {};
