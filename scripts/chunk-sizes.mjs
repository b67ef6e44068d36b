#!/usr/bin/env node
// Prints every JS and CSS file of a Vite build with its raw and gzip size, then the initial total: what index.html
// loads (its module scripts, modulepreload and stylesheet links) and everything those chunks import statically,
// read from the build's .vite/manifest.json. Each lazy entry (a page or dialog behind a dynamic import) is listed
// with what it adds on top of the initial load when it is first opened.
// Usage: node scripts/chunk-sizes.mjs [dist directory]   (default: apps/console/dist)
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = resolve(process.argv[2] ?? 'apps/console/dist');
const manifestPath = join(dist, '.vite', 'manifest.json');
if (!existsSync(join(dist, 'index.html')) || !existsSync(manifestPath)) {
  console.error(`${dist} holds no index.html and .vite/manifest.json: build it with build.manifest enabled first.`);
  process.exit(1);
}

/** Every file under `dir`, as paths relative to `dist`, skipping the manifest's own folder. */
function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === '.vite' ? [] : filesUnder(path);
    return [relative(dist, path)];
  });
}

const sizes = new Map(
  filesUnder(dist)
    .filter((file) => /\.(m?js|css)$/.test(file))
    .map((file) => {
      const bytes = readFileSync(join(dist, file));
      return [file, { raw: bytes.length, gzip: gzipSync(bytes).length }];
    }),
);

/** @type {Record<string, {file: string, css?: string[], imports?: string[], isDynamicEntry?: boolean, src?: string, name?: string}>} */
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
const entryOfFile = new Map(Object.values(manifest).map((entry) => [entry.file, entry]));

/** The files a chunk needs before it runs: itself, its CSS, and the same for each chunk it imports statically. */
function staticClosure(files) {
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

const html = readFileSync(join(dist, 'index.html'), 'utf8');
const linked = [
  ...html.matchAll(/<script[^>]*\stype="module"[^>]*\ssrc="([^"]+)"/g),
  ...html.matchAll(/<link[^>]*\srel="(?:modulepreload|stylesheet)"[^>]*\shref="([^"]+)"/g),
].map(([, url]) => url.replace(/^\//, ''));
const initial = staticClosure(linked);

const kB = (bytes) => (bytes / 1000).toFixed(1).padStart(8);
const total = (files) =>
  [...files].reduce(
    (sum, file) => ({ raw: sum.raw + (sizes.get(file)?.raw ?? 0), gzip: sum.gzip + (sizes.get(file)?.gzip ?? 0) }),
    { raw: 0, gzip: 0 },
  );
const width = Math.max(...[...sizes.keys()].map((file) => file.length), 30);
const files = (n) => `${n} file${n === 1 ? '' : 's'}`;
const row = (label, { raw, gzip }, note = '') => `${label.padEnd(width)} ${kB(raw)} ${kB(gzip)}  ${note}`;

console.log(
  `Chunks of ${relative(process.cwd(), dist) || '.'} (kB = 1000 bytes; gzip at zlib's default level, as Vite reports it)\n`,
);
console.log(`${'file'.padEnd(width)} ${'raw kB'.padStart(8)} ${'gzip kB'.padStart(8)}  loaded`);
const byGzip = [...sizes].sort(([, a], [, b]) => b.gzip - a.gzip);
for (const [file, size] of byGzip) console.log(row(file, size, initial.has(file) ? 'initial' : 'lazy'));

const initialJs = [...initial].filter((file) => file.endsWith('.js'));
const initialCss = [...initial].filter((file) => file.endsWith('.css'));
console.log('');
console.log(row('initial JS', total(initialJs), files(initialJs.length)));
console.log(row('initial CSS', total(initialCss), files(initialCss.length)));
console.log(row('all JS and CSS', total(sizes.keys()), files(sizes.size)));

const lazyEntries = Object.values(manifest)
  .filter((entry) => entry.isDynamicEntry)
  .map((entry) => ({
    label: entry.src ?? entry.name ?? entry.file,
    added: total([...staticClosure([entry.file])].filter((file) => !initial.has(file))),
  }))
  .sort((a, b) => b.added.gzip - a.added.gzip);
if (lazyEntries.length > 0) {
  console.log('\nLazy entries: what each adds to the initial load when first opened (with its static imports)\n');
  for (const { label, added } of lazyEntries) console.log(row(label, added));
}
