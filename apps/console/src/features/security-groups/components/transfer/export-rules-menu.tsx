import { Button, Menu, Text } from '@mantine/core';
import type { ExportFormat } from '@sg/engine';
import { problemText } from '../../../../views/problem-text.ts';
import { useExportSecurityGroupRules } from '../../api/use-export-security-group-rules.ts';

/** "Export" (SEED004): the engine writes the file and names it; the browser downloads it. */
export function ExportRulesMenu({ regionId, groupId }: { regionId: string; groupId: string }) {
  const exportRules = useExportSecurityGroupRules();
  const handleExport = (Format: ExportFormat) =>
    exportRules.mutate({ RegionId: regionId, SecurityGroupId: groupId, Format });
  return (
    <>
      <Menu position="bottom-start">
        <Menu.Target>
          <Button variant="default" loading={exportRules.isPending}>
            Export
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={() => handleExport('json')}>Export to JSON</Menu.Item>
          <Menu.Item onClick={() => handleExport('csv')}>Export to CSV</Menu.Item>
        </Menu.Dropdown>
      </Menu>
      {exportRules.error && (
        <Text size="sm" c="red" role="alert">
          {problemText(exportRules.error)}
        </Text>
      )}
    </>
  );
}
