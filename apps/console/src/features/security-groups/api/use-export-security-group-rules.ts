import { useMutation } from '@tanstack/react-query';
import type { ParamsOf } from '@sg/engine';
import { useEngine } from '../../../lib/engine-provider.tsx';
import { downloadFile } from '../../../lib/download-file.ts';

/** ExportSecurityGroupRules, saved by the browser under the engine's file name and content. */
export function useExportSecurityGroupRules() {
  const engine = useEngine();
  return useMutation({
    mutationFn: (params: ParamsOf<'ExportSecurityGroupRules'>) => engine.call('ExportSecurityGroupRules', params),
    onSuccess: ({ FileName, Content, MimeType }) => downloadFile(FileName, Content, MimeType),
  });
}
