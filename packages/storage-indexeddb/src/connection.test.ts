import { afterEach, describe, expect, it, vi } from 'vitest';
import { wrap } from 'idb';
import { createV1Database } from './fixtures/v1-database.ts';
import { closeAll, freshWorld, openOn } from './fixtures/test-support.ts';
import { DatabaseClosedError, NewerSchemaError } from './index.ts';
import { DEFAULT_DATABASE_NAME, SCHEMA_VERSION } from './schema.ts';

afterEach(closeAll);

describe('connections across tabs', () => {
  it('calls onBlocked while an old tab keeps v1 open, then upgrades once it closes', async () => {
    const world = freshWorld();
    // The fixture connection has no versionchange handler: an old tab that never lets go.
    const oldTab = await createV1Database(world.factory, DEFAULT_DATABASE_NAME);
    let settled = false;
    let reportBlocked!: () => void;
    const blocked = new Promise<void>((resolve) => (reportBlocked = resolve));
    const opening = openOn(world, { onBlocked: () => reportBlocked() });
    void opening.finally(() => (settled = true));
    await blocked;
    expect(settled).toBe(false);

    oldTab.close();
    const storage = await opening;
    expect((await storage.loadAll()).securityGroups[0]?.data).toMatchObject({ DeletionProtection: false });
  });

  it('closes itself and calls onVersionChange when another tab opens a newer version', async () => {
    const world = freshWorld();
    const onVersionChange = vi.fn();
    const storage = await openOn(world, { onVersionChange });
    const onBlocked = vi.fn();
    const request = world.factory.open(DEFAULT_DATABASE_NAME, SCHEMA_VERSION + 1);
    request.addEventListener('blocked', onBlocked);
    const newer = (await wrap(request))!;

    expect(onBlocked).not.toHaveBeenCalled();
    expect(onVersionChange).toHaveBeenCalledOnce();
    await expect(storage.loadAll()).rejects.toBeInstanceOf(DatabaseClosedError);
    await expect(storage.commit([{ table: 'vpcs', id: 'v', baseRev: 0, data: {} }])).rejects.toBeInstanceOf(
      DatabaseClosedError,
    );
    newer.close();
  });

  it('refuses, with a reload hint, a database written by a newer schema', async () => {
    const world = freshWorld();
    (await wrap(world.factory.open(DEFAULT_DATABASE_NAME, SCHEMA_VERSION + 1)))!.close();
    await expect(openOn(world)).rejects.toBeInstanceOf(NewerSchemaError);
  });
});
