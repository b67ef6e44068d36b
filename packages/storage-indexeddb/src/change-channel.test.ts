import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TableName } from '@sg/engine';
import { openChangeChannel } from './change-channel.ts';
import { freshWorld } from './fixtures/test-support.ts';

afterEach(() => vi.unstubAllGlobals());

describe('change channel', () => {
  it('ignores messages that are not change notices (another page sharing the name)', async () => {
    const { channelName } = freshWorld();
    const ours = openChangeChannel(channelName);
    const foreign = new BroadcastChannel(channelName);
    const sender = openChangeChannel(channelName);
    const heard: TableName[][] = [];
    const got = new Promise<void>((resolve) => ours.listen((tables) => (heard.push(tables), resolve())));
    foreign.postMessage({ tables: ['notATable'] });
    foreign.postMessage('hello');
    sender.post(['vpcs']);
    await got;
    expect(heard).toEqual([['vpcs']]);
    for (const c of [ours, sender, foreign]) c.close();
  });

  it('degrades to no notices where BroadcastChannel does not exist', () => {
    vi.stubGlobal('BroadcastChannel', undefined);
    const channel = openChangeChannel('anything');
    const stop = channel.listen(() => undefined);
    expect(() => channel.post(['vpcs'])).not.toThrow();
    stop();
    channel.close();
  });
});
