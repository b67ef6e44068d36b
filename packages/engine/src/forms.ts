/**
 * `@sg/engine/forms`: what the console's forms and rule editor need, so a form checks a field early with the
 * engine's own validators (never a copy) and shows the code the action would return. Nothing here reads the world:
 * questions about the world go through `engine.call`.
 */
export type { Problem } from './validate/problem.ts';
export {
  securityGroupNameProblem,
  groupDescriptionProblem,
  descriptionProblem,
  tagsProblem,
} from './validate/names.ts';
export { parseIpProtocol, protocolHasPorts } from './validate/protocol.ts';
export { allPortsText } from './validate/port-spec.ts';
export { problemInCloudTerms } from './profiles/cloud-errors.ts';
export { normalisePermission } from './validate/permission.ts';
export type { PermissionInput } from './validate/permission.ts';
export { LIST_FIELD_CHECKS } from './validate/list-fields.ts';
export { NETWORK_FIELD_CHECKS } from './validate/network-fields.ts';
export { snapshotPolicyNameProblem, retentionDaysProblem, ossBucketNameProblem } from './validate/snapshot-policy.ts';
export { SNAPSHOT_BUCKET_PREFIX } from './validate/snapshot-policy.ts';
export {
  SNAPSHOT_SERVICE_NAME,
  SNAPSHOT_ROLE_NAME,
  GROUPS_PER_SNAPSHOT_POLICY,
  MIN_RETENTION_DAYS,
  MAX_RETENTION_DAYS,
  DEFAULT_RETENTION_DAYS,
} from './model/snapshot.ts';
export { MAX_IMPORT_RULES } from './transfer/import-limits.ts';

// Templates and quick choices, in the console's words.
export {
  securityGroupTemplates,
  quickRulesFor,
  instanceQuickRules,
  consoleCreatedGroupEgress,
} from './profiles/templates.ts';
export type { SecurityGroupTemplate, TemplatePermission, QuickRule } from './profiles/templates.ts';

// The rule editor and the rule table.
export { expandRuleEntry, authorizationTypeOf } from './console/expand-rule-entry.ts';
export type { RuleEntry, RuleEntryField, RuleEntryExpansion, AuthorizationType } from './console/expand-rule-entry.ts';
export { ruleWarnings } from './console/rule-warnings.ts';
export type { RuleLike } from './evaluate/rule-coverage.ts';
export { modifyRuleChanges } from './console/modify-rule-changes.ts';
export { protocolPortText } from './console/protocol-port-text.ts';
export { inEvaluationOrder } from './evaluate/evaluation-order.ts';
export { rulePortsInclude } from './evaluate/rule-ports.ts';
export { peerOf } from './model/rule-draft.ts';

// Wording the engine's own files use too.
export { diffSideLabel } from './actions/snapshots/describe-security-group-snapshot-diff.ts';
