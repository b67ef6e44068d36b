export const regionActions = {};
