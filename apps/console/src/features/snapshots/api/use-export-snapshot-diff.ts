import { useMutation } from '@tanstack/react-query';
import type { ParamsOf } from '@sg/engine';
import { downloadFile } from '../../../lib/download-file.ts';
import { useEngine } from '../../../lib/engine-provider.tsx';

/** ExportSecurityGroupSnapshotDiff, saved by the browser under the engine's file name and content. */
export function useExportSnapshotDiff() {
  const engine = useEngine();
  return useMutation({
    mutationFn: (params: ParamsOf<'ExportSecurityGroupSnapshotDiff'>) =>
      engine.call('ExportSecurityGroupSnapshotDiff', params),
    onSuccess: ({ FileName, Content, MimeType }) => downloadFile(FileName, Content, MimeType),
  });
}
