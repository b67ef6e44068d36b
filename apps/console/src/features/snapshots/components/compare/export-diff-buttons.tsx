import { Button, Group, Text } from '@mantine/core';
import { problemText } from '../../../../views/problem-text.ts';
import { sideParam } from '../../api/snapshot-queries.ts';
import { useExportSnapshotDiff } from '../../api/use-export-snapshot-diff.ts';

interface ExportDiffButtonsProps {
  regionId: string;
  groupId: string;
  /** The sides as the URL names them: a snapshot ID or `current`. */
  from: string;
  to: string;
}

/** "Export Markdown" and "Export JSON": the engine renders and names the file, the browser saves it. */
export function ExportDiffButtons({ regionId, groupId, from, to }: ExportDiffButtonsProps) {
  const exportDiff = useExportSnapshotDiff();
  const handleExport = (Format: 'markdown' | 'json') =>
    exportDiff.mutate({
      RegionId: regionId,
      SecurityGroupId: groupId,
      From: sideParam(from),
      To: sideParam(to),
      Format,
    });
  return (
    <Group gap="xs">
      <Button variant="default" loading={exportDiff.isPending} onClick={() => handleExport('markdown')}>
        Export Markdown
      </Button>
      <Button variant="default" loading={exportDiff.isPending} onClick={() => handleExport('json')}>
        Export JSON
      </Button>
      {exportDiff.error && (
        <Text size="sm" c="red" role="alert">
          {problemText(exportDiff.error)}
        </Text>
      )}
    </Group>
  );
}
