import { describe, expect, it } from 'vitest';
import { expectCode } from '../../test/expect-code.ts';
import { storedRows } from '../../test/group-support.ts';
import { structuredCopy } from '../../test/node-runtime.ts';
import { REGION, rulesIn, transferWorld } from '../../test/transfer-support.ts';
import { parseImportFile } from '../../transfer/parse-import.ts';

const SSH = { Direction: 'ingress', IpProtocol: 'TCP', PortRange: '22/22', SourceCidrIp: '10.0.0.0/8' };
const FILE = JSON.stringify([SSH, { ...SSH, PortRange: '80/80' }, { Direction: 'egress', Colour: 'red' }]);

/** The file as the console's worker hands it over: parsed once, then structured-cloned. */
const parsedOnce = (content = FILE) => structuredCopy(parseImportFile('rules.json', content));

describe('PreviewImportSecurityGroupRules and ImportSecurityGroupRules with a ParsedFile', () => {
  it('answer as for the file text, and write the ready rows', async () => {
    const { engine, targetId } = await transferWorld();
    const base = { RegionId: REGION, SecurityGroupId: targetId, FileName: 'rules.json' };
    const fromText = await engine.call('PreviewImportSecurityGroupRules', { ...base, Content: FILE });
    const fromParsed = await engine.call('PreviewImportSecurityGroupRules', { ...base, ParsedFile: parsedOnce() });
    expect({ ...fromParsed, RequestId: '' }).toEqual({ ...fromText, RequestId: '' });
    expect(fromParsed.Counts).toMatchObject({ Ready: 2, Invalid: 1 });
    const result = await engine.call('ImportSecurityGroupRules', { ...base, ParsedFile: parsedOnce() });
    expect(result.Counts.Imported).toBe(2);
    expect(await rulesIn(engine, targetId)).toHaveLength(2);
  });

  it('check a forged ready row like any row of a file', async () => {
    const { engine, db, targetId } = await transferWorld();
    const before = storedRows(db);
    const ParsedFile = { format: 'json' as const, rows: [{ ok: true as const, values: { ...SSH, PortRange: '9/1' } }] };
    const result = await engine.call('ImportSecurityGroupRules', {
      RegionId: REGION,
      SecurityGroupId: targetId,
      ParsedFile,
    });
    expect(result.Rows[0]).toMatchObject({ Status: 'invalid', Code: 'InvalidParam.PortRange' });
    expect(storedRows(db)).toBe(before);
  });

  it('refuse anything but what parseImportFile gives, writing nothing', async () => {
    const { engine, db, targetId } = await transferWorld();
    const before = storedRows(db);
    const good = parsedOnce();
    const row = good.rows[0]!;
    const forged: unknown[] = [
      { ...good, extra: 1 },
      { ...good, format: 'xml' },
      { ...good, rows: [] },
      { ...good, rows: Array.from({ length: 201 }, () => row) },
      { ...good, rows: [{ ok: true, values: { ...SSH, Description: 'x'.repeat(2049) } }] },
      { ...good, rows: [{ ok: true, values: { ...SSH, Colour: 'red' } }] },
      { ...good, rows: [{ ok: true, values: JSON.parse('{"__proto__":{"polluted":1}}') }] },
      { ...good, rows: [{ ok: false, Code: 'Anything', Message: 'x' }] },
      { ...good, rows: [{ ok: 'yes', values: SSH }] },
      'rules',
    ];
    for (const ParsedFile of forged) {
      await expectCode(
        engine.call('ImportSecurityGroupRules', { RegionId: REGION, SecurityGroupId: targetId, ParsedFile } as never),
        'InvalidParameter',
      );
    }
    await expectCode(
      engine.call('PreviewImportSecurityGroupRules', {
        RegionId: REGION,
        SecurityGroupId: targetId,
        Content: FILE,
        ParsedFile: good,
      }),
      'InvalidParameter',
    );
    expect(storedRows(db)).toBe(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
