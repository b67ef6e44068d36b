import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { chunkReport, formatReport, linkedFiles, staticClosure } from './chunk-sizes.mjs';

/** A small build as Vite writes it: an entry importing a vendor chunk, a lazy page with its own import and CSS. */
function fakeBuild() {
  const dist = mkdtempSync(join(tmpdir(), 'chunk-sizes-'));
  mkdirSync(join(dist, 'assets'));
  mkdirSync(join(dist, '.vite'));
  const files = {
    'assets/index-a.js': 'import "./react-b.js"; console.log("entry");'.repeat(20),
    'assets/react-b.js': 'export const react = 1;'.repeat(50),
    'assets/page-c.js': 'import "./form-d.js"; export const Page = 2;'.repeat(30),
    'assets/form-d.js': 'export const form = 3;'.repeat(10),
    'assets/index-e.css': 'body { margin: 0 }'.repeat(40),
    'assets/page-f.css': '.page { color: red }'.repeat(5),
    'assets/parse.worker-g.js': 'self.onmessage = () => {};'.repeat(8),
  };
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dist, file), text);
  writeFileSync(
    join(dist, 'index.html'),
    '<html><head><script type="module" crossorigin src="/assets/index-a.js"></script>' +
      '<link rel="modulepreload" crossorigin href="/assets/react-b.js">' +
      '<link rel="stylesheet" crossorigin href="/assets/index-e.css"></head></html>',
  );
  const manifest = {
    'index.html': { file: 'assets/index-a.js', isEntry: true, imports: ['_react-b.js'], css: ['assets/index-e.css'] },
    '_react-b.js': { file: 'assets/react-b.js' },
    'src/page.tsx': {
      file: 'assets/page-c.js',
      src: 'src/page.tsx',
      isDynamicEntry: true,
      imports: ['_form-d.js', '_react-b.js'],
      css: ['assets/page-f.css'],
    },
    '_form-d.js': { file: 'assets/form-d.js' },
  };
  writeFileSync(join(dist, '.vite', 'manifest.json'), JSON.stringify(manifest));
  return { dist, files, manifest };
}

const gzipOf = (text) => gzipSync(Buffer.from(text)).length;
const build = fakeBuild();
afterAll(() => rmSync(build.dist, { recursive: true, force: true }));

describe('chunk sizes', () => {
  it('reads what index.html loads: module scripts, modulepreload and stylesheet links', () => {
    const html =
      '<script src="/legacy.js"></script><link rel="icon" href="/i.png"><link rel="stylesheet" href="/a.css">';
    expect(linkedFiles(html)).toEqual(['a.css']);
    expect(linkedFiles('<script type="module" src="/assets/x.js"></script>')).toEqual(['assets/x.js']);
  });

  it('follows static imports and CSS, not dynamic ones', () => {
    expect([...staticClosure(build.manifest, ['assets/index-a.js'])].sort()).toEqual([
      'assets/index-a.js',
      'assets/index-e.css',
      'assets/react-b.js',
    ]);
  });

  it('adds up the initial JS and CSS and what a lazy entry adds on top of it', () => {
    const report = chunkReport(build.dist);
    const { files } = build;
    expect(report.initialJs).toEqual({
      files: 2,
      raw: files['assets/index-a.js'].length + files['assets/react-b.js'].length,
      gzip: gzipOf(files['assets/index-a.js']) + gzipOf(files['assets/react-b.js']),
    });
    expect(report.initialCss.gzip).toBe(gzipOf(files['assets/index-e.css']));
    expect(report.all.files).toBe(7);
    expect(
      report.chunks
        .filter((c) => c.isInitial)
        .map((c) => c.file)
        .sort(),
    ).toEqual(['assets/index-a.js', 'assets/index-e.css', 'assets/react-b.js']);
    // The page needs its own chunk, its form chunk and its CSS; React is already there.
    expect(report.lazyEntries).toEqual([
      {
        name: 'src/page.tsx',
        added: {
          raw: ['assets/page-c.js', 'assets/form-d.js', 'assets/page-f.css'].reduce((n, f) => n + files[f].length, 0),
          gzip: ['assets/page-c.js', 'assets/form-d.js', 'assets/page-f.css'].reduce((n, f) => n + gzipOf(files[f]), 0),
        },
      },
    ]);
    expect(formatReport(report, 'dist')).toMatch(/assets\/parse\.worker-g\.js +[\d.]+ +[\d.]+ {2}lazy/);
  });

  it('refuses a build without a manifest', () => {
    rmSync(join(build.dist, '.vite'), { recursive: true });
    expect(() => chunkReport(build.dist)).toThrow(/manifest/);
  });
});
