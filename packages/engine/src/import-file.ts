/**
 * `@sg/engine/import-file`: reading an import file's text into rows, without the world, so that a worker can do it
 * once per file off the page's thread and hand the result to PreviewImportSecurityGroupRules and
 * ImportSecurityGroupRules as `ParsedFile`. Pure: no DOM, no storage.
 */
export { parseImportFile } from './transfer/parse-import.ts';
export type { ParsedImportFile } from './transfer/parse-import.ts';
export { checkImportFileSize } from './transfer/import-limits.ts';
// Again here, so that the worker does not load the whole engine to recognise its error.
export { isEngineError } from './errors.ts';
