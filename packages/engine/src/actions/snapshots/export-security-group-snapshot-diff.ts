import { fail } from '../../errors.ts';
import { diffToJson, diffToMarkdown } from '../../snapshots/export-diff.ts';
import { requiredString, requireRegion } from '../../validate/params.ts';
import { defineAction } from '../define.ts';
import { readGroupId } from '../security-groups/group-lookup.ts';
import {
  compareSnapshotSides,
  diffSideLabel,
  type DescribeSecurityGroupSnapshotDiffParams,
  type DiffSideView,
} from './describe-security-group-snapshot-diff.ts';

export type DiffExportFormat = 'markdown' | 'json';

export interface ExportSecurityGroupSnapshotDiffParams extends DescribeSecurityGroupSnapshotDiffParams {
  /** `markdown` (a report to read) or `json` (to process), in any case. */
  Format: DiffExportFormat;
}

export interface ExportSecurityGroupSnapshotDiffResponse {
  /** `sg-diff_<group>_<from>_<to>.md` (or `.json`): each side a snapshot ID or `current`. */
  FileName: string;
  Content: string;
  MimeType: string;
}

const FILES = {
  markdown: { extension: 'md', MimeType: 'text/markdown;charset=utf-8', render: diffToMarkdown },
  json: { extension: 'json', MimeType: 'application/json;charset=utf-8', render: diffToJson },
} as const;

const sideName = (side: DiffSideView) => (side.Current ? 'current' : side.SnapshotId);

/**
 * Ours: the comparison of DescribeSecurityGroupSnapshotDiff as a file for a reviewer (the compare page's "Export
 * Markdown" and "Export JSON"), headed by the group's name (blank once the group is gone), the two sides' labels
 * and the world's time. Only reads; the console turns the response into a download.
 * @throws the codes of DescribeSecurityGroupSnapshotDiff, MissingParameter.Format, InvalidParameter.Format
 */
export const exportSecurityGroupSnapshotDiff = defineAction<
  ExportSecurityGroupSnapshotDiffParams,
  ExportSecurityGroupSnapshotDiffResponse
>({
  readOnly: true,
  run(ctx, params) {
    const diff = compareSnapshotSides(ctx, params);
    const format = requiredString(params.Format, 'Format').trim().toLowerCase();
    if (format !== 'markdown' && format !== 'json') {
      fail(
        'InvalidParameter.Format',
        'The specified parameter Format is not valid. Valid values: markdown, json.',
        400,
        'Format',
      );
    }
    const regionId = requireRegion(ctx, params.RegionId).RegionId;
    const group = ctx.tx.get('securityGroups', readGroupId(params.SecurityGroupId));
    const meta = {
      RegionId: regionId,
      SecurityGroupId: diff.SecurityGroupId,
      SecurityGroupName: group?.RegionId === regionId ? group.SecurityGroupName : '',
      From: diffSideLabel(diff.From),
      To: diffSideLabel(diff.To),
      GeneratedAt: ctx.time,
    };
    const file = FILES[format];
    return {
      FileName: `sg-diff_${diff.SecurityGroupId}_${sideName(diff.From)}_${sideName(diff.To)}.${file.extension}`,
      Content: file.render(diff, meta),
      MimeType: file.MimeType,
    };
  },
});
