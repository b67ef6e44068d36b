export { createEngine } from './engine.ts';
export type { Engine, EngineOptions, EngineChange, Call, StartingWorld } from './engine.ts';
export type { ActionName, ParamsOf, ResponseOf } from './actions/types.ts';
export { EngineError, isEngineError, StorageConflictError } from './errors.ts';
export { createManualClock, systemClock, isoTime } from './clock.ts';
export type { Clock, ManualClock } from './clock.ts';
export { createMemoryStorage, MemoryDatabase } from './memory-storage.ts';
export type { Storage, Row, Change, TableRows } from './storage.ts';
export { TABLE_NAMES } from './model/tables.ts';
export type { TableName, TableTypes } from './model/tables.ts';
export type * from './model/security-group.ts';
export type * from './model/instance.ts';
export type * from './model/network.ts';
export type { WorldMeta } from './model/meta.ts';
export type { Profile, RegionInfo, ZoneInfo, Limits } from './profiles/profile.ts';
export { alibabaProfile } from './profiles/alibaba.ts';
export type { Problem } from './validate/problem.ts';
export { securityGroupNameProblem, descriptionProblem, ruleDescriptionProblem, tagsProblem } from './validate/names.ts';
export type { Permission } from './model/permission.ts';
export { parseIpProtocol, ipProtocolProblem, protocolHasPorts } from './validate/protocol.ts';
export { ALL_PORTS, parsePortRange, portRangeProblem } from './validate/port-range.ts';
export type { PortRangeField } from './validate/port-range.ts';
export { DEFAULT_PRIORITY, parsePriority, priorityProblem } from './validate/priority.ts';
export { parsePolicy, policyProblem } from './validate/policy.ts';
export { normalisePermission, PERMISSION_FIELDS } from './validate/permission.ts';
export type { PermissionInput, PermissionField, PermissionProblem, PermissionCheck } from './validate/permission.ts';
export { ruleIdentity, ruleEntityType, isGroupRule, peerOf, localOf } from './model/rule-identity.ts';
export type { RuleDraft, RuleEntityType } from './model/rule-identity.ts';
export { securityGroupTemplates, quickRules, consoleCreatedGroupEgress } from './profiles/templates.ts';
export type {
  SecurityGroupTemplate,
  TemplatePermission,
  QuickRule,
  ConsoleEgressPermission,
} from './profiles/templates.ts';
export { ruleCovers, findCoveringRule, toRuleDraft } from './evaluate/rule-coverage.ts';
export type { RuleLike, CoverRelation, CoveringRule } from './evaluate/rule-coverage.ts';
export { expandRuleEntry, MAX_AUTHORIZATION_OBJECTS } from './console/expand-rule-entry.ts';
export type { RuleEntry, RuleEntryField, RuleEntryExpansion } from './console/expand-rule-entry.ts';
export { ruleWarnings } from './console/rule-warnings.ts';
export type { RuleWarning, RuleWarningCode } from './console/rule-warnings.ts';
export type { TagResourceType } from './actions/tags/tag-targets.ts';
export type { TagResourcesParams, TagResourcesResponse } from './actions/tags/tag-resources.ts';
export type { UntagResourcesParams, UntagResourcesResponse } from './actions/tags/untag-resources.ts';
export type {
  ForceDeleteSecurityGroupParams,
  ForceDeleteSecurityGroupResponse,
} from './actions/security-groups/force-delete-security-group.ts';
export type {
  CreateServiceManagedSecurityGroupParams,
  CreateServiceManagedSecurityGroupResponse,
  ServiceManagedPermission,
} from './actions/security-groups/create-service-managed-security-group.ts';
export type * from './model/snapshot.ts';
export {
  SNAPSHOT_SERVICE_NAME,
  SNAPSHOT_ROLE_NAME,
  SNAPSHOT_DELAY_MS,
  GROUPS_PER_SNAPSHOT_POLICY,
  MIN_RETENTION_DAYS,
  MAX_RETENTION_DAYS,
  DEFAULT_RETENTION_DAYS,
} from './model/snapshot.ts';
export type { AccountSettings } from './model/settings.ts';
export {
  snapshotPolicyNameProblem,
  snapshotPolicyStatusProblem,
  parseSnapshotPolicyStatus,
  retentionDaysProblem,
  ossBucketNameProblem,
  SNAPSHOT_BUCKET_PREFIX,
} from './validate/snapshot-policy.ts';
export { diffRules, diffDirection, changedFields, isEmptyDiff, RULE_CONTENT_FIELDS } from './snapshots/diff-rules.ts';
export type { RulesDiff, DirectionDiff, RuleChange, RuleContentField } from './snapshots/diff-rules.ts';
export { diffToMarkdown, diffToJson } from './snapshots/export-diff.ts';
export type { DiffExportMeta, DiffExportOptions } from './snapshots/export-diff.ts';
export { restoreRules } from './snapshots/restore-rules.ts';
export type { DueWorkResult } from './snapshots/run-due-work.ts';
export type { SnapshotPolicyView, SnapshotView } from './actions/snapshots/snapshot-lookup.ts';
export type { DiffSideParam, DiffSideView } from './actions/snapshots/describe-security-group-snapshot-diff.ts';
export type { ServiceLinkedRoleView } from './actions/snapshots/service-linked-roles.ts';
export { compileRule, readAddress, rangeHolds } from './evaluate/compiled-rule.ts';
export type { CompiledRule, Address, AddressRange, PeerMatch, FlowShape } from './evaluate/compiled-rule.ts';
export { createEvaluationIndex, EvaluationIndex } from './evaluate/evaluation-index.ts';
export type { EvaluationWorld, RuleOverride } from './evaluate/evaluation-index.ts';
export { effectiveRules, interfaceGroups } from './evaluate/effective-rules.ts';
export type {
  DefaultRuleName,
  EffectiveEntry,
  EffectiveRuleEntry,
  EffectiveDefaultEntry,
  InterfaceGroups,
} from './evaluate/effective-rules.ts';
export { evaluateTraffic, evaluateFlowBetween, trafficAllowed, STATEFUL_NOTE } from './evaluate/evaluate-traffic.ts';
export type {
  TrafficFlow,
  TrafficPeer,
  TrafficVerdict,
  ConsideredEntry,
  FlowBetween,
  Verdict,
} from './evaluate/evaluate-traffic.ts';
export type { Decision, ResolvedPeer } from './evaluate/flow-decision.ts';
export { interfacesThatCanReach, reachabilityMatrix } from './evaluate/reachability.ts';
export type { EffectiveRuleView } from './actions/evaluation/effective-rule-view.ts';
export type { ReachabilityInstance } from './actions/evaluation/describe-reachability.ts';
export type { NetworkInterfaceView } from './actions/network-interfaces/describe-network-interfaces.ts';
export { interfaceQuota } from './actions/network-interfaces/eni-quota.ts';
export type * from './model/lists.ts';
export type { ListNames } from './model/permission.ts';
export {
  listNameProblem,
  listEntryDescriptionProblem,
  parsePrefixListCidr,
  parseListPortRange,
} from './validate/list-fields.ts';
export type { Parsed as ParsedListField } from './validate/list-fields.ts';
export type { RuleLists, PortSpan } from './evaluate/compiled-rule.ts';
export type { PrefixListSummary } from './actions/prefix-lists/prefix-list-lookup.ts';
export type { PortRangeListSummary } from './actions/port-lists/port-list-lookup.ts';
export type { ListAssociationView } from './actions/rules/list-references.ts';
export { findRedundantRules } from './evaluate/redundant-rules.ts';
export type { RedundantRule } from './evaluate/redundant-rules.ts';
export type {
  DescribeSecurityGroupRedundantRulesParams,
  DescribeSecurityGroupRedundantRulesResponse,
  RedundantRuleView,
} from './actions/security-groups/describe-security-group-redundant-rules.ts';
export type {
  CloneSecurityGroupParams,
  ClonedRule,
  LeftBehindRule,
  CloneOutcome,
} from './actions/security-groups/clone-rules.ts';
export type { CloneSecurityGroupResponse } from './actions/security-groups/clone-security-group.ts';
export type { DescribeCloneSecurityGroupPlanResponse } from './actions/security-groups/describe-clone-security-group-plan.ts';
export {
  EXPORT_FIELDS,
  IMPORT_FIELDS,
  FREE_TEXT_FIELDS,
  FORBIDDEN_KEYS,
  importFieldOf,
} from './transfer/transfer-fields.ts';
export type { ExportField, ImportField, ImportRowValues } from './transfer/transfer-fields.ts';
export {
  exportFileName,
  parseExportFileName,
  exportRulesJson,
  exportRulesCsv,
  EXPORT_MIME_TYPES,
} from './transfer/export-rules.ts';
export type { ExportFormat, ExportablePermission } from './transfer/export-rules.ts';
export { neutraliseCell, restoreCell, needsNeutralising } from './transfer/neutralise.ts';
export { parseCsv, writeCsv, CsvSyntaxError } from './transfer/csv.ts';
export {
  parseImportFile,
  MAX_IMPORT_RULES,
  MAX_IMPORT_FILE_CHARS,
  IMPORT_FILE_CODES,
} from './transfer/parse-import.ts';
export type { ImportFormat, ParsedImportFile } from './transfer/parse-import.ts';
export { readImportRow, MALFORMED_ROW_CODE } from './transfer/import-row.ts';
export type { ImportRowRead } from './transfer/import-row.ts';
export { classifyImport, countImportRows } from './transfer/classify-import.ts';
export type {
  ImportRowStatus,
  ImportRowProblem,
  ClassifiedImportRow,
  ImportTarget,
  ImportCounts,
} from './transfer/classify-import.ts';
export {
  CROSS_REGION_REFERENCE_CODE,
  regionalReferenceOf,
  crossRegionProblem,
} from './transfer/regional-references.ts';
export type { RegionalReference } from './transfer/regional-references.ts';
export type {
  ExportSecurityGroupRulesParams,
  ExportSecurityGroupRulesResponse,
} from './actions/transfer/export-security-group-rules.ts';
export type { ImportRulesParams, ImportRowView, ImportRulesResult } from './actions/transfer/import-request.ts';
export type { ImportSecurityGroupRulesResponse } from './actions/transfer/import-security-group-rules.ts';
