import { describe, expect, it } from 'vitest';
import { diffToJson, diffToMarkdown } from '../../snapshots/export-diff.ts';
import { expectCode } from '../../test/expect-code.ts';
import { allowIn, MINUTE, newPolicy, R, snapshotsOf, snapshotWorld, tcpIn } from '../../test/snapshot-support.ts';

async function changedSinceAssociation() {
  const world = await snapshotWorld();
  const { engine, groupId } = world;
  await newPolicy(engine, [groupId]);
  const [association] = await snapshotsOf(engine, groupId);
  await allowIn(engine, groupId, tcpIn(8080, { Description: 'app' }));
  world.clock.advance(MINUTE);
  return { ...world, snapshotId: association!.SnapshotId };
}

describe('ExportSecurityGroupSnapshotDiff', () => {
  it("renders DescribeSecurityGroupSnapshotDiff's comparison as Markdown or JSON, named after its sides", async () => {
    const { engine, groupId, snapshotId } = await changedSinceAssociation();
    const sides = { RegionId: R, SecurityGroupId: groupId, From: { SnapshotId: snapshotId } };
    const diff = await engine.call('DescribeSecurityGroupSnapshotDiff', sides);
    const clock = await engine.call('DescribeClock', {});
    const meta = {
      RegionId: R,
      SecurityGroupId: groupId,
      SecurityGroupName: 'web',
      From: `Snapshot ${snapshotId} (${diff.From.Time})`,
      To: `Current rules (${clock.CurrentTime})`,
      GeneratedAt: clock.CurrentTime,
    };

    const markdown = await engine.call('ExportSecurityGroupSnapshotDiff', { ...sides, Format: 'Markdown' as never });
    expect(markdown.FileName).toBe(`sg-diff_${groupId}_${snapshotId}_current.md`);
    expect(markdown.MimeType).toBe('text/markdown;charset=utf-8');
    expect(markdown.Content).toBe(diffToMarkdown(diff, meta));
    expect(markdown.Content).toContain('| Inbound | 1 | 0 | 0 |');

    const json = await engine.call('ExportSecurityGroupSnapshotDiff', {
      ...sides,
      To: { SnapshotId: snapshotId },
      Format: 'json',
    });
    expect(json.FileName).toBe(`sg-diff_${groupId}_${snapshotId}_${snapshotId}.json`);
    expect(JSON.parse(json.Content)).toMatchObject({ SecurityGroupName: 'web', Summary: { Inbound: { Added: 0 } } });
    expect(json.Content).toBe(
      diffToJson(await engine.call('DescribeSecurityGroupSnapshotDiff', { ...sides, To: { SnapshotId: snapshotId } }), {
        ...meta,
        To: meta.From,
      }),
    );
  });

  it("refuses an unknown format and the comparison's own faults", async () => {
    const { engine, groupId, snapshotId } = await changedSinceAssociation();
    const sides = { RegionId: R, SecurityGroupId: groupId, From: { SnapshotId: snapshotId } };
    await expectCode(
      engine.call('ExportSecurityGroupSnapshotDiff', { ...sides, Format: 'pdf' as never }),
      'InvalidParameter.Format',
    );
    await expectCode(engine.call('ExportSecurityGroupSnapshotDiff', sides as never), 'MissingParameter.Format');
    await expectCode(
      engine.call('ExportSecurityGroupSnapshotDiff', { ...sides, From: { SnapshotId: 'sgs-nope' }, Format: 'json' }),
      'InvalidSnapshotId.NotFound',
    );
  });
});
