/**
 * The TSDoc of a field of an action's response type, read with the TypeScript compiler from the engine's source:
 * `responseFieldDoc('DescribePrefixLists', 'PrefixLists.PrefixList[].EntryCount')`. Tests use it to hold every field
 * the engine adds beyond the SDK to a doc that says it is ours.
 */
import type * as TS from 'typescript';

interface NodeBuiltins {
  'node:module': { createRequire(from: string): (id: string) => unknown };
  'node:url': { fileURLToPath(url: string): string };
  'node:path': { resolve(...parts: string[]): string; dirname(path: string): string };
}
/** Node's modules: the engine's lib declares no Node types. */
const node = globalThis as unknown as {
  process: { getBuiltinModule<K extends keyof NodeBuiltins>(id: K): NodeBuiltins[K] };
};
const here = (import.meta as unknown as { url: string }).url;
const require = node.process.getBuiltinModule('node:module').createRequire(here);
const ts = require('typescript') as typeof TS;
const path = node.process.getBuiltinModule('node:path');
const folder = path.dirname(node.process.getBuiltinModule('node:url').fileURLToPath(here));

/** A file that exists only in the compiler's view: every asked action's response type, by name. */
const PROBE = path.resolve(folder, 'response-probe.ts');
const CONFIG = path.resolve(folder, '../../tsconfig.json');

function createChecker(actions: readonly string[]): { checker: TS.TypeChecker; probe: TS.Type } {
  const config = ts.getParsedCommandLineOfConfigFile(
    CONFIG,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  );
  if (!config) throw new Error(`Cannot read ${CONFIG}`);
  const text = [
    "import type { ResponseOf } from '../actions/types.ts';",
    `export type Probe = { [A in ${actions.map((a) => `'${a}'`).join(' | ')}]: ResponseOf<A> };`,
  ].join('\n');
  const host = ts.createCompilerHost(config.options);
  const { getSourceFile, fileExists, readFile } = host;
  host.getSourceFile = (name, language, ...rest) =>
    name === PROBE ? ts.createSourceFile(name, text, language) : getSourceFile.call(host, name, language, ...rest);
  host.fileExists = (name) => name === PROBE || fileExists.call(host, name);
  host.readFile = (name) => (name === PROBE ? text : readFile.call(host, name));
  const program = ts.createProgram({ rootNames: [PROBE], options: config.options, host });
  const checker = program.getTypeChecker();
  const file = program.getSourceFile(PROBE)!;
  const alias = checker.getSymbolAtLocation((file.statements[1] as TS.TypeAliasDeclaration).name)!;
  return { checker, probe: checker.getDeclaredTypeOfSymbol(alias) };
}

/**
 * Reads field docs of the given actions' responses, and the top-level field names of each response type (`fieldsOf`),
 * whichever cloud answers them; the compiler starts once, on the first question.
 */
export function responseDocs(actions: readonly string[]) {
  let compiled: ReturnType<typeof createChecker> | undefined;
  const fieldsOf = (action: string): string[] => {
    compiled ??= createChecker(actions);
    const { checker, probe } = compiled;
    const type = checker.getTypeOfSymbol(probe.getProperty(action)!);
    return checker.getPropertiesOfType(checker.getApparentType(type)).map((p) => p.name);
  };
  const docOf = (action: string, path: string): string | undefined => {
    compiled ??= createChecker(actions);
    const { checker, probe } = compiled;
    let type: TS.Type | undefined = checker.getTypeOfSymbol(probe.getProperty(action)!);
    let symbol: TS.Symbol | undefined;
    for (const step of path.split('.')) {
      const name = step.replace(/\[\]$/, '');
      symbol = type && checker.getPropertyOfType(checker.getApparentType(checker.getNonNullableType(type)), name);
      if (!symbol) return undefined;
      type = checker.getNonNullableType(checker.getTypeOfSymbol(symbol));
      if (step.endsWith('[]')) type = checker.getIndexTypeOfType(type, ts.IndexKind.Number);
    }
    return symbol && ts.displayPartsToString(symbol.getDocumentationComment(checker));
  };
  return Object.assign(docOf, { fieldsOf });
}
