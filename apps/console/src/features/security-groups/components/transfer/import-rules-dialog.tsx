import { Button, Center, FileButton, Group, Loader, Modal, Stack, Text } from '@mantine/core';
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { type ResponseOf } from '@sg/engine';
import type { ParsedImportFile } from '@sg/engine/import-file';
import { MAX_IMPORT_RULES } from '@sg/engine/forms';
import { useRef, useState } from 'react';
import { ApiError } from '../../../../components/api-error.tsx';
import { useEngine } from '../../../../lib/engine-provider.tsx';
import { fileIdOf, parsedImportFileQuery } from '../../api/import-file-queries.ts';
import { importPreviewQuery } from '../../api/security-group-tool-queries.ts';
import { useImportSecurityGroupRules } from '../../api/use-import-security-group-rules.ts';
import { ImportCounts } from './import-counts.tsx';
import { ImportRowsTable } from './import-rows-table.tsx';

interface ImportRulesDialogProps {
  regionId: string;
  groupId: string;
  opened: boolean;
  onClose: () => void;
}

/**
 * "Import Security Group Rule" (SEED004): Select a file, see every row classified by the engine before
 * anything is written, Start writes the ready rows in one transaction, then the result per row and
 * "Finish and Close". A file over the size limit is refused by its size, unread; any other is read and parsed
 * once, in a worker, by the engine's parser; the engine classifies the parsed rows (again on Start).
 */
export function ImportRulesDialog({ regionId, groupId, opened, onClose }: ImportRulesDialogProps) {
  const engine = useEngine();
  const [file, setFile] = useState<File | null>(null);
  const resetFileRef = useRef<() => void>(null);
  const importRules = useImportSecurityGroupRules();
  const result = importRules.data;
  const parsed = useQuery({ ...parsedImportFileQuery(file), enabled: opened });
  const ParsedFile = parsed.data;
  const params = { RegionId: regionId, SecurityGroupId: groupId, FileName: file?.name ?? '', ParsedFile };
  // After Start the result is shown: the preview (which every change refetches) is not needed any more.
  const preview = useQuery({
    ...importPreviewQuery(engine, params, file ? fileIdOf(file) : 0),
    enabled: opened && ParsedFile !== undefined && !result,
  });

  const close = () => {
    setFile(null);
    importRules.reset();
    onClose();
  };
  const handleFile = (picked: File | null) => {
    if (!picked) return;
    // Cleared, so that picking the same file again (edited meanwhile) is noticed.
    resetFileRef.current?.();
    importRules.reset();
    setFile(picked);
  };
  const start = () => ParsedFile && importRules.mutate(params);
  const ready = preview.data?.Counts.Ready ?? 0;

  return (
    <Modal opened={opened} onClose={close} title="Import Security Group Rule" size={1100} centered>
      <Stack gap="sm">
        {!result && (
          <Group gap="sm">
            <FileButton onChange={handleFile} resetRef={resetFileRef} accept=".json,.csv,application/json,text/csv">
              {(props) => (
                <Button variant="default" {...props}>
                  Select a file
                </Button>
              )}
            </FileButton>
            <Text size="sm" c={file ? undefined : 'dimmed'}>
              {file ? file.name : `A JSON or CSV file of at most ${MAX_IMPORT_RULES} rules.`}
            </Text>
          </Group>
        )}
        {result ? (
          <>
            <ImportCounts counts={result.Counts} isResult />
            <ImportRowsTable label="Import result" rows={result.Rows} />
          </>
        ) : (
          file && <PreviewSection parsed={parsed} preview={preview} />
        )}
        {importRules.error && <ApiError error={importRules.error} title="The rules were not imported" />}
        <Group justify="flex-end">
          {result ? (
            <Button onClick={close}>Finish and Close</Button>
          ) : (
            <>
              <Button variant="default" onClick={close}>
                Cancel
              </Button>
              <Button onClick={start} disabled={ready === 0} loading={importRules.isPending}>
                Start
              </Button>
            </>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}

type Parsed = UseQueryResult<ParsedImportFile>;
type Preview = UseQueryResult<ResponseOf<'PreviewImportSecurityGroupRules'>>;

/** The file's parse, then the engine's check of every row, before Start. */
function PreviewSection({ parsed, preview }: { parsed: Parsed; preview: Preview }) {
  if (parsed.error) return <ApiError error={parsed.error} title="The file cannot be imported" />;
  if (parsed.isPending || preview.isPending) {
    return (
      <Center py="md">
        <Loader size="sm" aria-label="Checking the file" />
      </Center>
    );
  }
  if (preview.error) return <ApiError error={preview.error} title="The file cannot be imported" />;
  const { Counts, Rows, SourceRegionId } = preview.data;
  return (
    <>
      <Text size="sm">
        Rules from {SourceRegionId}. Nothing is written until you click Start; only the rows marked Ready are added.
      </Text>
      <ImportCounts counts={Counts} isResult={false} />
      <ImportRowsTable label="Import preview" rows={Rows} />
    </>
  );
}
