import { Button, Group } from '@mantine/core';
import { diffToJson, diffToMarkdown, type DiffSideView, type ResponseOf } from '@sg/engine';
import { downloadFile } from '../../../../lib/download-file.ts';

interface ExportDiffButtonsProps {
  regionId: string;
  groupName: string;
  diff: ResponseOf<'DescribeSecurityGroupSnapshotDiff'>;
  /** The sides as the URL names them (a snapshot ID or `current`), for the file name. */
  from: string;
  to: string;
  /** When the export is made: the world's time. */
  generatedAt: string;
}

export function sideLabel(side: DiffSideView): string {
  return side.Current ? `Current rules (${side.Time})` : `Snapshot ${side.SnapshotId} (${side.Time})`;
}

/** "Export Markdown" and "Export JSON": the engine renders the diff, the browser saves it. */
export function ExportDiffButtons({ regionId, groupName, diff, from, to, generatedAt }: ExportDiffButtonsProps) {
  const meta = {
    RegionId: regionId,
    SecurityGroupId: diff.SecurityGroupId,
    SecurityGroupName: groupName,
    From: sideLabel(diff.From),
    To: sideLabel(diff.To),
    GeneratedAt: generatedAt,
  };
  const base = `sg-diff_${diff.SecurityGroupId}_${from}_${to}`;
  return (
    <Group gap="xs">
      <Button
        variant="default"
        onClick={() => downloadFile(`${base}.md`, diffToMarkdown(diff, meta), 'text/markdown;charset=utf-8')}
      >
        Export Markdown
      </Button>
      <Button
        variant="default"
        onClick={() => downloadFile(`${base}.json`, diffToJson(diff, meta), 'application/json;charset=utf-8')}
      >
        Export JSON
      </Button>
    </Group>
  );
}
