import { queryOptions, skipToken } from '@tanstack/react-query';
import { parseImportFileInWorker } from './parse-import-file.ts';

const fileIds = new WeakMap<File, number>();
let lastFileId = 0;

/** A number per chosen File: one pick is parsed once; picking again (the file edited meanwhile) is a new one. */
export function fileIdOf(file: File): number {
  let id = fileIds.get(file);
  if (id === undefined) {
    id = ++lastFileId;
    fileIds.set(file, id);
  }
  return id;
}

export const importFileKeys = {
  parsed: (fileId: number) => ['import-file', fileId] as const,
};

/**
 * A chosen import file, parsed by the engine's parser in a worker: once per pick (never stale), dropped when the
 * dialog lets go of it, the worker ended if that happens mid-parse. No file, no query.
 */
export function parsedImportFileQuery(file: File | null) {
  return queryOptions({
    queryKey: importFileKeys.parsed(file ? fileIdOf(file) : 0),
    queryFn: file ? ({ signal }) => parseImportFileInWorker(file, signal) : skipToken,
    staleTime: Infinity,
    gcTime: 0,
  });
}
