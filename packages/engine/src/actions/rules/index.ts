export const ruleActions = {};
