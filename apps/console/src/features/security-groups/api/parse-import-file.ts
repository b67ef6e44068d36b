import { EngineError } from '@sg/engine';
import { checkImportFileSize, type ParsedImportFile } from '@sg/engine/import-file';

/** What the worker posts back: the parsed file, the envelope of the engine's error, or why the browser failed. */
export type ParseImportFileAnswer =
  | { ok: true; parsed: ParsedImportFile }
  | { ok: false; engineError: { Code: string; Message: string; HttpStatus: number } }
  | { ok: false; failure: string };

/**
 * Parses a chosen import file in a worker. A file over the size limit is refused from File.size before anything
 * reads it; the worker reads and parses the rest. Aborting (the dialog closed, another file picked) ends the worker.
 * @throws EngineError with the engine's InvalidImportFile codes; Error when the browser cannot read the file (its
 * DOMException name, e.g. NotReadableError, leads the message) or start the worker
 */
export function parseImportFileInWorker(file: File, signal?: AbortSignal): Promise<ParsedImportFile> {
  checkImportFileSize(file.size);
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./parse-import-file.worker.ts', import.meta.url), { type: 'module' });
    const end = () => {
      worker.terminate();
      signal?.removeEventListener('abort', abort);
    };
    const abort = () => {
      end();
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', abort);
    worker.addEventListener('message', (event: MessageEvent<ParseImportFileAnswer>) => {
      end();
      const answer = event.data;
      if (answer.ok) resolve(answer.parsed);
      else if ('engineError' in answer) {
        const { Code, Message, HttpStatus } = answer.engineError;
        reject(new EngineError(Code, Message, HttpStatus, 'Content'));
      } else reject(new Error(answer.failure));
    });
    worker.addEventListener('error', (event) => {
      end();
      reject(new Error(`The file could not be parsed: ${event.message || 'the worker did not start'}.`));
    });
    worker.postMessage(file);
  });
}
