/**
 * The engine's public face: createEngine and its one door, the errors, the action types and the model types.
 * Two more named entries: `@sg/engine/forms` (what the console's forms need: validators, constants, templates and
 * rule-editor helpers) and `@sg/engine/seeds` (worlds to start from). Every export here is used outside the
 * package (scripts/check-engine-exports.mjs fails the lint otherwise) and listed in the README.
 */
export { createEngine } from './engine.ts';
export type { Engine, Call, WorldSeed, BuildProgress } from './engine.ts';
export type { ParamsOf, ResponseOf } from './actions/types.ts';
export { EngineError, isEngineError, StorageConflictError } from './errors.ts';
export { createManualClock } from './clock.ts';

// The clouds: a world belongs to one, given to createEngine({ profile }).
export { alibabaProfile } from './profiles/alibaba.ts';
export { tencentProfile } from './profiles/tencent.ts';
export { jdcloudProfile } from './profiles/jdcloud.ts';
export type { CloudName, Profile } from './profiles/profile.ts';

// The storage port, for storage adapters (@sg/storage-indexeddb).
export type { Storage, Change, ReadSet, TableRevisions, TableRows } from './storage.ts';
export { TABLE_NAMES } from './model/tables.ts';
export type { TableName } from './model/tables.ts';

// Model types: the records and the shapes of responses.
export type { Rule, SecurityGroupType } from './model/security-group.ts';
export type { Permission } from './model/permission.ts';
export type { ListAddressFamily } from './model/lists.ts';
export type { PrefixListSummary } from './actions/prefix-lists/prefix-list-lookup.ts';
export type { PortRangeListSummary } from './actions/port-lists/port-list-lookup.ts';
export type { ListAssociationView } from './actions/rules/list-references.ts';
export type { EffectiveRuleView } from './actions/evaluation/effective-rule-view.ts';
export type { DefaultRuleView } from './actions/security-groups/default-rule-view.ts';
export type { RedundantRuleView } from './actions/security-groups/describe-security-group-redundant-rules.ts';
export type { SnapshotPolicyView, SnapshotView } from './actions/snapshots/snapshot-lookup.ts';
export type { DiffSideParam } from './actions/snapshots/describe-security-group-snapshot-diff.ts';
export type { DirectionDiff } from './snapshots/diff-rules.ts';
export type { ExportFormat } from './transfer/export-rules.ts';
export type { ImportCounts, ImportRowStatus } from './transfer/classify-import.ts';
export type { ImportRowView } from './actions/transfer/import-request.ts';
