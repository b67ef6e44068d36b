/**
 * The import dialog's worker: reads a chosen file and parses it with the engine's own parser, off the page's thread,
 * so that a hostile file (a 260,000-column header, deep JSON) never freezes the page. It answers once and is ended.
 */
import { isEngineError, parseImportFile } from '@sg/engine/import-file';
import type { ParseImportFileAnswer } from './parse-import-file.ts';

const describe = (error: unknown) => (error instanceof Error ? `${error.name}: ${error.message}` : String(error));

addEventListener('message', (event: MessageEvent<File>) => {
  const file = event.data;
  const answer = (message: ParseImportFileAnswer) => postMessage(message);
  file.text().then(
    (text) => {
      try {
        answer({ ok: true, parsed: parseImportFile(file.name, text) });
      } catch (error) {
        // An EngineError loses its class in a message: its envelope is sent, and rebuilt on the other side.
        if (isEngineError(error)) answer({ ok: false, engineError: error.toJSON() });
        else answer({ ok: false, failure: describe(error) });
      }
    },
    (error: unknown) => answer({ ok: false, failure: `The file could not be read (${describe(error)}).` }),
  );
});
