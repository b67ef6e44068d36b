import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';

/**
 * Golden databases (fixtures/golden/v<N>.json): the stored world as each schema version left it on disk, written
 * into Chromium's IndexedDB with raw IndexedDB calls (never the current migrations), from a page of the console's
 * origin that does not run the console.
 */
export const SCHEMA_VERSIONS = [1, 2, 3, 4] as const;

interface GoldenRow {
  id: string;
  rev: number;
  data: unknown;
}
export interface GoldenDatabase {
  version: number;
  stores: Record<string, GoldenRow[]>;
}

export function goldenDatabase(version: number): GoldenDatabase {
  return JSON.parse(readFileSync(new URL(`../fixtures/golden/v${version}.json`, import.meta.url), 'utf8'));
}

const BLANK = '/golden-writer';

/** Opens a page of the origin that runs nothing (so it holds no connection of the console's own). */
export async function openBlankPage(page: Page) {
  await page.route(`**${BLANK}`, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Golden writer</title>' }),
  );
  await page.goto(BLANK);
}

/**
 * Writes a golden database as its version laid it out: one store per table keyed by id; from version 2 an index
 * byRegion on data.RegionId in every store but meta and settings. With `hold`, the connection stays open and
 * ignores `versionchange`, like a tab of an older build; `releaseDatabase` closes it.
 */
export async function writeGoldenDatabase(page: Page, golden: GoldenDatabase, options: { hold?: boolean } = {}) {
  await page.evaluate(
    async ({ golden, hold }) => {
      const request = indexedDB.open('sg-console', golden.version);
      request.onupgradeneeded = () => {
        for (const name of Object.keys(golden.stores)) {
          const store = request.result.createObjectStore(name, { keyPath: 'id' });
          if (golden.version >= 2 && name !== 'meta' && name !== 'settings') {
            store.createIndex('byRegion', 'data.RegionId');
          }
        }
      };
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const tx = db.transaction(Object.keys(golden.stores), 'readwrite');
      for (const [name, rows] of Object.entries(golden.stores)) {
        for (const row of rows) tx.objectStore(name).put(row);
      }
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      if (hold) (window as unknown as { heldDatabase: IDBDatabase }).heldDatabase = db;
      else db.close();
    },
    { golden, hold: options.hold ?? false },
  );
}

export async function releaseDatabase(page: Page) {
  await page.evaluate(() => (window as unknown as { heldDatabase: IDBDatabase }).heldDatabase.close());
}
