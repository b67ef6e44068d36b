import { describe, expect, it } from 'vitest';
import {
  codeBlocks,
  engineEntries,
  engineUsage,
  exportedNames,
  exportProblems,
  importedNames,
  listedNames,
} from './check-engine-exports.mjs';

describe('the engine export check', () => {
  const exports = exportedNames(engineEntries());

  it('reads every entry point, through re-exports, types included', () => {
    const main = exports.find((e) => e.specifier === '@sg/engine');
    expect(main?.names).toEqual(expect.arrayContaining(['createEngine', 'EngineError', 'ParamsOf', 'Permission']));
    expect(exports.map((e) => e.specifier).sort()).toEqual([
      '@sg/engine',
      '@sg/engine/forms',
      '@sg/engine/import-file',
      '@sg/engine/seeds',
    ]);
  });

  it('reads named imports and re-exports, from code and from README code blocks', () => {
    const found = importedNames(
      "import { a, type B as C } from '@sg/engine';\nimport type { D } from '@sg/engine/forms';\nexport { e } from '@sg/engine';\nimport { f } from 'other';",
    );
    expect([...found.get('@sg/engine')].sort()).toEqual(['B', 'a', 'e']);
    expect([...found.get('@sg/engine/forms')]).toEqual(['D']);
    expect(found.has('other')).toBe(false);
    expect(codeBlocks('text\n```ts\nimport { x } from "@sg/engine";\n```\nmore')).toEqual([
      'import { x } from "@sg/engine";\n',
    ]);
  });

  it('names an export nobody outside the engine uses, and one the README does not list', () => {
    const fake = [{ specifier: '@sg/engine', names: ['createEngine', 'internalHelper'] }];
    const usage = new Map([['@sg/engine', new Set(['createEngine'])]]);
    const listed = listedNames(
      '# x\n\n## Public exports\n\n- `createEngine`, `removedLongAgo`: ...\n\n## Next\n\n`internalHelper`',
    );
    expect(exportProblems(fake, usage, listed)).toEqual([
      "@sg/engine: 'internalHelper' is exported but used nowhere outside the engine",
      "@sg/engine: 'internalHelper' is not listed in packages/engine/README.md",
      "packages/engine/README.md lists 'removedLongAgo', which no entry point exports",
    ]);
  });

  it('finds the real console and storage adapter using the engine', () => {
    const usage = engineUsage();
    expect(usage.get('@sg/engine')?.has('createEngine')).toBe(true);
    expect(usage.get('@sg/engine')?.has('StorageConflictError')).toBe(true);
  });
});
