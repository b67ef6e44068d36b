#!/usr/bin/env node
// The engine's public face stays small and true: every name exported by one of its entry points
// (`@sg/engine`, `@sg/engine/forms`, `@sg/engine/seeds`, `@sg/engine/import-file`) must be imported by code
// outside the package (the console, e2e, the storage adapter, scripts) or by a code example in a README, and must
// be listed in the engine README's "Public exports" section. Fails (exit 1) naming each export that is not.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ENGINE = join(ROOT, 'packages/engine');

/** Entry points by their import specifier, read from the engine's package.json `exports`. */
export function engineEntries(engineDir = ENGINE) {
  const { name, exports } = JSON.parse(readFileSync(join(engineDir, 'package.json'), 'utf8'));
  return Object.entries(exports).map(([subpath, file]) => ({
    specifier: subpath === '.' ? name : `${name}/${subpath.replace(/^\.\//, '')}`,
    file: join(engineDir, file),
  }));
}

/** The names each entry exports (values and types), resolved through re-exports by the TypeScript checker. */
export function exportedNames(entries) {
  const program = ts.createProgram(
    entries.map((e) => e.file),
    {
      allowImportingTsExtensions: true,
      noEmit: true,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      target: ts.ScriptTarget.ES2022,
    },
  );
  const checker = program.getTypeChecker();
  return entries.map((entry) => {
    const source = program.getSourceFile(entry.file);
    const symbol = source && checker.getSymbolAtLocation(source);
    const names = symbol ? checker.getExportsOfModule(symbol).map((s) => s.getName()) : [];
    return { ...entry, names: names.sort() };
  });
}

/** Named imports (and re-exports) of `@sg/engine…` in one TypeScript or JavaScript text: specifier -> names. */
export function importedNames(text, fileName = 'file.ts') {
  const found = new Map();
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TSX);
  for (const statement of source.statements) {
    const specifier = statement.moduleSpecifier;
    if (!specifier || !ts.isStringLiteral(specifier) || !specifier.text.startsWith('@sg/engine')) continue;
    const names = found.get(specifier.text) ?? new Set();
    const bindings = ts.isImportDeclaration(statement)
      ? statement.importClause?.namedBindings
      : ts.isExportDeclaration(statement)
        ? statement.exportClause
        : undefined;
    if (bindings && (ts.isNamedImports(bindings) || ts.isNamedExports(bindings))) {
      for (const element of bindings.elements) names.add((element.propertyName ?? element.name).text);
    }
    found.set(specifier.text, names);
  }
  return found;
}

/** The fenced code blocks of a Markdown text. */
export function codeBlocks(markdown) {
  return [...markdown.matchAll(/^```[a-z]*\n([\s\S]*?)^```/gm)].map((m) => m[1]);
}

const SKIP = new Set(['node_modules', 'dist', '.git', 'test-results', 'playwright-report']);

function filesUnder(dir, pattern) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (SKIP.has(entry.name) || entry.name.startsWith('dist-') || entry.name.startsWith('test-results')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(path, pattern));
    else if (pattern.test(entry.name)) out.push(path);
  }
  return out;
}

/** Every use of the engine's entries outside the package: code, and code examples in READMEs. */
export function engineUsage(root = ROOT) {
  const usage = new Map();
  const add = (found) => {
    for (const [specifier, names] of found) {
      const known = usage.get(specifier) ?? new Set();
      for (const name of names) known.add(name);
      usage.set(specifier, known);
    }
  };
  const codeDirs = ['apps', 'e2e', 'scripts', ...listPackagesBut(root, 'engine')];
  for (const dir of codeDirs) {
    for (const file of filesUnder(join(root, dir), /\.(ts|tsx|mjs|js)$/))
      add(importedNames(readFileSync(file, 'utf8'), file));
  }
  for (const readme of filesUnder(root, /^README\.md$/)) {
    for (const block of codeBlocks(readFileSync(readme, 'utf8'))) add(importedNames(block));
  }
  return usage;
}

function listPackagesBut(root, name) {
  return readdirSync(join(root, 'packages'))
    .filter((p) => p !== name)
    .map((p) => `packages/${p}`);
}

/** The names listed (in backticks) under the README's "## Public exports" heading, up to the next `## `. */
export function listedNames(readme) {
  const start = readme.indexOf('\n## Public exports');
  if (start < 0) return new Set();
  const rest = readme.slice(start + 1);
  const end = rest.indexOf('\n## ', 3);
  const section = end < 0 ? rest : rest.slice(0, end);
  return new Set([...section.matchAll(/`([A-Za-z_$][\w$]*)`/g)].map((m) => m[1]));
}

/** Problems, one line each: exports nobody outside uses, exports the README does not list, and listed non-exports. */
export function exportProblems(exports, usage, listed) {
  const problems = [];
  for (const { specifier, names } of exports) {
    const used = usage.get(specifier) ?? new Set();
    for (const name of names) {
      if (!used.has(name)) problems.push(`${specifier}: '${name}' is exported but used nowhere outside the engine`);
      if (!listed.has(name)) problems.push(`${specifier}: '${name}' is not listed in packages/engine/README.md`);
    }
  }
  const exported = new Set(exports.flatMap((e) => e.names));
  for (const name of listed) {
    if (!exported.has(name)) problems.push(`packages/engine/README.md lists '${name}', which no entry point exports`);
  }
  return problems;
}

function main() {
  const exports = exportedNames(engineEntries());
  const problems = exportProblems(exports, engineUsage(), listedNames(readFileSync(join(ENGINE, 'README.md'), 'utf8')));
  const count = exports.reduce((sum, e) => sum + e.names.length, 0);
  if (problems.length > 0) {
    console.error(problems.join('\n'));
    console.error(
      `\n${problems.length} problem(s) with the engine's ${count} public exports. Export only what is used outside ` +
        `the package (${relative(ROOT, ENGINE)}/src/index.ts, forms.ts, seeds.ts, import-file.ts) and list it in the README.`,
    );
    process.exit(1);
  }
  console.log(
    `Engine exports: ${count} names in ${exports.length} entry points, each used outside the package and listed.`,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
