import { peerOf, type RuleDraft } from '../model/rule-draft.ts';
import { problem, type Problem } from '../validate/problem.ts';

/**
 * Ours: the code of a rule that cannot move to another region because it names a regional resource (a
 * security group, prefix list or port list). The docs state the limit (SEED004 "Import rules"; clone) but
 * give no code, so the engine uses one in the real API's `NotSupported.*` style.
 */
export const CROSS_REGION_REFERENCE_CODE = 'NotSupported.CrossRegionReference';

export interface RegionalReference {
  kind: 'security group' | 'prefix list' | 'port list';
  id: string;
}

/** What a rule names that exists only in its own region; null for a rule of CIDRs and port ranges only. */
export function regionalReferenceOf(rule: RuleDraft): RegionalReference | null {
  const peer = peerOf(rule);
  if (peer.group !== '') return { kind: 'security group', id: peer.group };
  if (peer.prefixList !== '') return { kind: 'prefix list', id: peer.prefixList };
  if (rule.PortRangeListId !== '') return { kind: 'port list', id: rule.PortRangeListId };
  return null;
}

/** The problem of taking `rule` from `fromRegion` to `toRegion`; null within one region or without references. */
export function crossRegionProblem(rule: RuleDraft, fromRegion: string, toRegion: string): Problem | null {
  if (fromRegion === toRegion) return null;
  const reference = regionalReferenceOf(rule);
  if (!reference) return null;
  return problem(
    CROSS_REGION_REFERENCE_CODE,
    `The rule references the ${reference.kind} ${reference.id} of ${fromRegion}, which does not exist in ${toRegion}: rules that reference security groups, prefix lists or port lists cannot be moved to another region.`,
  );
}
