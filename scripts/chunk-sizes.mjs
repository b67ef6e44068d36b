#!/usr/bin/env node
// Prints every JS and CSS file of a Vite build with its raw and gzip size, then the initial total: what index.html
// loads (its module scripts, modulepreload and stylesheet links) and everything those chunks import statically,
// read from the build's .vite/manifest.json. Each lazy entry (a page or dialog behind a dynamic import) is listed
// with what it adds on top of the initial load when it is first opened.
// Usage: node scripts/chunk-sizes.mjs [dist directory]   (default: apps/console/dist)
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/** Every file under `dir`, as paths relative to `root`, skipping the manifest's own folder. */
function filesUnder(root, dir = root) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === '.vite' ? [] : filesUnder(root, path);
    return [relative(root, path)];
  });
}

/** The URLs index.html loads before the app runs: module scripts, modulepreload and stylesheet links. */
export function linkedFiles(html) {
  const tags = html.match(/<(?:script|link)\b[^>]*>/g) ?? [];
  return tags.flatMap((tag) => {
    const attr = (name) => tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];
    const url = tag.startsWith('<script')
      ? attr('type') === 'module' && attr('src')
      : /^(modulepreload|stylesheet)$/.test(attr('rel') ?? '') && attr('href');
    return url ? [url.replace(/^\//, '')] : [];
  });
}

/** The files `files` need before they run: each one, its CSS, and the same for each chunk it imports statically. */
export function staticClosure(manifest, files) {
  const entryOfFile = new Map(Object.values(manifest).map((entry) => [entry.file, entry]));
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const entry = entryOfFile.get(file);
    if (!entry) return;
    for (const css of entry.css ?? []) seen.add(css);
    for (const key of entry.imports ?? []) if (manifest[key]) visit(manifest[key].file);
  };
  files.forEach(visit);
  return seen;
}

/**
 * The build's chunks with their sizes in bytes (gzip at zlib's default level, as Vite reports it), which of them
 * are initial, the initial JS and CSS totals, and what each lazy entry adds to the initial load.
 */
export function chunkReport(dist) {
  const manifestPath = join(dist, '.vite', 'manifest.json');
  if (!existsSync(join(dist, 'index.html')) || !existsSync(manifestPath)) {
    throw new Error(`${dist} holds no index.html and .vite/manifest.json: build it with build.manifest enabled.`);
  }
  const sizes = new Map(
    filesUnder(dist)
      .filter((file) => /\.(m?js|css)$/.test(file))
      .map((file) => {
        const bytes = readFileSync(join(dist, file));
        return [file, { raw: bytes.length, gzip: gzipSync(bytes).length }];
      }),
  );
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const initial = staticClosure(manifest, linkedFiles(readFileSync(join(dist, 'index.html'), 'utf8')));
  const total = (files) =>
    [...files].reduce(
      (sum, file) => ({ raw: sum.raw + (sizes.get(file)?.raw ?? 0), gzip: sum.gzip + (sizes.get(file)?.gzip ?? 0) }),
      { raw: 0, gzip: 0 },
    );
  const initialOf = (ext) => [...initial].filter((file) => file.endsWith(ext) && sizes.has(file));
  return {
    chunks: [...sizes]
      .map(([file, size]) => ({ file, ...size, isInitial: initial.has(file) }))
      .sort((a, b) => b.gzip - a.gzip),
    initialJs: { files: initialOf('.js').length, ...total(initialOf('.js')) },
    initialCss: { files: initialOf('.css').length, ...total(initialOf('.css')) },
    all: { files: sizes.size, ...total(sizes.keys()) },
    lazyEntries: Object.values(manifest)
      .filter((entry) => entry.isDynamicEntry)
      .map((entry) => ({
        name: entry.src ?? entry.name ?? entry.file,
        added: total([...staticClosure(manifest, [entry.file])].filter((file) => !initial.has(file))),
      }))
      .sort((a, b) => b.added.gzip - a.added.gzip),
  };
}

/** The report as a table, kB = 1000 bytes. */
export function formatReport(report, label) {
  const kB = (bytes) => (bytes / 1000).toFixed(1).padStart(8);
  const files = (n) => `${n} file${n === 1 ? '' : 's'}`;
  const width = Math.max(
    ...report.chunks.map((c) => c.file.length),
    ...report.lazyEntries.map((e) => e.name.length),
    30,
  );
  const row = (name, { raw, gzip }, note = '') => `${name.padEnd(width)} ${kB(raw)} ${kB(gzip)}  ${note}`.trimEnd();
  const lines = [
    `Chunks of ${label} (kB = 1000 bytes; gzip at zlib's default level, as Vite reports it)`,
    '',
    `${'file'.padEnd(width)} ${'raw kB'.padStart(8)} ${'gzip kB'.padStart(8)}  loaded`,
    ...report.chunks.map((c) => row(c.file, c, c.isInitial ? 'initial' : 'lazy')),
    '',
    row('initial JS', report.initialJs, files(report.initialJs.files)),
    row('initial CSS', report.initialCss, files(report.initialCss.files)),
    row('all JS and CSS', report.all, files(report.all.files)),
  ];
  if (report.lazyEntries.length > 0) {
    lines.push('', 'Lazy entries: what each adds to the initial load when first opened (with its static imports)', '');
    for (const entry of report.lazyEntries) lines.push(row(entry.name, entry.added));
  }
  return lines.join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dist = resolve(process.argv[2] ?? 'apps/console/dist');
  try {
    console.log(formatReport(chunkReport(dist), relative(process.cwd(), dist) || '.'));
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
