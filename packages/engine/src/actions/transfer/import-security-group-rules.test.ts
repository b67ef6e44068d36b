import { describe, expect, it } from 'vitest';
import { storedRows } from '../../test/group-support.ts';
import { expectCode } from '../../test/expect-code.ts';
import { markManaged } from '../../test/rule-support.ts';
import { OTHER_REGION, REGION, content, rulesIn, transferWorld } from '../../test/transfer-support.ts';

const SSH = { Direction: 'ingress', IpProtocol: 'TCP', PortRange: '22/22', SourceCidrIp: '10.0.0.0/8' };
const json = (rows: unknown) => JSON.stringify(rows);

describe('PreviewImportSecurityGroupRules and ImportSecurityGroupRules', () => {
  it('round-trips an export in both formats, both directions, into another group', async () => {
    const { engine, groupId, peerId, vpcId } = await transferWorld();
    await engine.call('AuthorizeSecurityGroup', {
      RegionId: REGION,
      SecurityGroupId: groupId,
      Permissions: [
        { ...SSH, Description: 'ssh, "admins"\nonly', Priority: '7', Policy: 'drop' },
        { IpProtocol: 'UDP', PortRange: '53/53', SourcePortRange: '1024/65535', SourceCidrIp: '10.1.0.0/16' },
        { IpProtocol: 'ICMPv6', Ipv6SourceCidrIp: '2001:db8::/32', Description: '=cmd|calc' },
        { IpProtocol: 'TCP', PortRange: '80/80', SourceGroupId: peerId, Description: '＋full width' },
      ],
    });
    await engine.call('AuthorizeSecurityGroupEgress', {
      RegionId: REGION,
      SecurityGroupId: groupId,
      Permissions: [{ IpProtocol: 'ALL', DestCidrIp: '0.0.0.0/0', Description: '  @sum' }],
    });
    const source = (await rulesIn(engine, groupId)).map(content);
    for (const Format of ['json', 'csv'] as const) {
      const file = await engine.call('ExportSecurityGroupRules', {
        RegionId: REGION,
        SecurityGroupId: groupId,
        Format,
      });
      const target = await engine.call('CreateSecurityGroup', { RegionId: REGION, VpcId: vpcId });
      const params = {
        RegionId: REGION,
        SecurityGroupId: target.SecurityGroupId,
        FileName: file.FileName,
        Content: file.Content,
      };
      const preview = await engine.call('PreviewImportSecurityGroupRules', params);
      expect(preview.Counts).toMatchObject({ Total: 5, Ready: 5, Imported: 0 });
      expect(preview.Format).toBe(Format);
      expect(preview.SourceRegionId).toBe(REGION);
      const res = await engine.call('ImportSecurityGroupRules', params);
      expect(res.Counts).toMatchObject({ Total: 5, Ready: 0, Imported: 5 });
      expect(res.Rows.map((r) => r.Permission?.SecurityGroupRuleId)).toEqual(
        res.SecurityGroupRuleIds.SecurityGroupRuleId,
      );
      expect((await rulesIn(engine, target.SecurityGroupId)).map(content)).toEqual(source);
    }
  });

  it('classifies every row before writing, and writes the ready rows only, in one go', async () => {
    const { engine, db, peerId, targetId } = await transferWorld();
    await engine.call('AuthorizeSecurityGroup', { RegionId: REGION, SecurityGroupId: targetId, Permissions: [SSH] });
    const rows = [
      { ...SSH, PortRange: '443/443' },
      SSH,
      { ...SSH, PortRange: '443/443' },
      { ...SSH, PortRange: '0/99999' },
      { ...SSH, Colour: 'red' },
      { IpProtocol: 'TCP', PortRange: '8/8', SourceCidrIp: '1.1.1.1' },
      { ...SSH, PortRange: '25/25', Priority: 110 },
      { ...SSH, SourceCidrIp: '', SourceGroupId: peerId },
      { ...SSH, SourceCidrIp: '', SourceGroupId: 'sg-gone' },
      { ...SSH, SourceCidrIp: '', SourcePrefixListId: 'pl-gone' },
      { ...SSH, SourceCidrIp: '', SourceGroupId: targetId },
      'not a rule',
      { direction: 'EGRESS', ipprotocol: 'all', DESTCIDRIP: '0.0.0.0/0', priority: '100' },
    ];
    const params = { RegionId: REGION, SecurityGroupId: targetId, FileName: 'rules.json', Content: json(rows) };
    const before = storedRows(db);
    const preview = await engine.call('PreviewImportSecurityGroupRules', params);
    expect(storedRows(db)).toBe(before);
    expect(preview.Rows.map((r) => [r.Index, r.Status, r.Code])).toEqual([
      [1, 'ready', undefined],
      [2, 'duplicate', 'InvalidOperation.RuleDuplicate'],
      [3, 'duplicate', 'InvalidOperation.RuleDuplicate'],
      [4, 'invalid', 'InvalidParam.PortRange'],
      [5, 'invalid', 'InvalidImportRule.Malformed'],
      [6, 'invalid', 'MissingParameter.Direction'],
      [7, 'priority-ignored', 'InvalidPriority.ValueNotSupported'],
      [8, 'ready', undefined],
      [9, 'reference-not-possible', 'InvalidSourceGroupId.NotFound'],
      [10, 'reference-not-possible', 'InvalidPrefixListId.NotFound'],
      [11, 'invalid', 'InvalidParamter.Conflict'],
      [12, 'invalid', 'InvalidImportRule.Malformed'],
      [13, 'ready', undefined],
    ]);
    expect(preview.Rows[2]!.Message).toContain('row 1');
    expect(preview.Rows[4]!.Message).toContain('Colour');
    expect(preview.Rows[6]!.Permission?.Priority).toBe('110');
    expect(preview.Rows[3]!.Field).toBe('PortRange');
    // A row that is not a rule shows what the file said (ours): the offending value included, as text.
    expect(preview.Rows[3]!.Values).toEqual({ ...SSH, PortRange: '0/99999' });
    expect(preview.Rows[4]!.Values).toEqual(SSH);
    expect(preview.Rows[5]!.Values).toEqual({ IpProtocol: 'TCP', PortRange: '8/8', SourceCidrIp: '1.1.1.1' });
    expect(preview.Rows[11]!.Values).toBeUndefined();
    // A row that is a rule has its Permission instead.
    expect(preview.Rows[10]!.Permission).toBeDefined();
    expect(preview.Rows.filter((r) => r.Permission).every((r) => r.Values === undefined)).toBe(true);
    expect(preview.Counts).toEqual({
      Total: 13,
      Ready: 3,
      Duplicate: 2,
      Invalid: 5,
      PriorityIgnored: 1,
      ReferenceNotPossible: 2,
      OverLimit: 0,
      Imported: 0,
    });
    const res = await engine.call('ImportSecurityGroupRules', params);
    expect(res.Rows.filter((r) => r.Status === 'imported').map((r) => r.Index)).toEqual([1, 8, 13]);
    const rules = await rulesIn(engine, targetId);
    expect(rules.map((r) => [r.Direction, r.PortRange, r.SourceGroupId])).toEqual([
      ['ingress', '22/22', ''],
      ['ingress', '443/443', ''],
      ['ingress', '22/22', peerId],
      ['egress', '-1/-1', ''],
    ]);
  });

  it('across regions leaves references behind; the region comes from the file name or the parameter', async () => {
    const { engine, groupId, peerId, remoteId } = await transferWorld();
    await engine.call('AuthorizeSecurityGroup', {
      RegionId: REGION,
      SecurityGroupId: groupId,
      Permissions: [SSH, { ...SSH, SourceCidrIp: '', SourceGroupId: peerId }],
    });
    const file = await engine.call('ExportSecurityGroupRules', {
      RegionId: REGION,
      SecurityGroupId: groupId,
      Format: 'csv',
    });
    const params = {
      RegionId: OTHER_REGION,
      SecurityGroupId: remoteId,
      FileName: file.FileName,
      Content: file.Content,
    };
    const preview = await engine.call('PreviewImportSecurityGroupRules', params);
    expect(preview.SourceRegionId).toBe(REGION);
    expect(preview.Rows.map((r) => [r.Status, r.Code])).toEqual([
      ['ready', undefined],
      ['reference-not-possible', 'NotSupported.CrossRegionReference'],
    ]);
    const renamed = { ...params, FileName: 'mine.csv' };
    const local = await engine.call('PreviewImportSecurityGroupRules', renamed);
    expect(local.SourceRegionId).toBe(OTHER_REGION);
    expect(local.Rows[1]!.Code).toBe('InvalidSourceGroupId.NotFound');
    const told = await engine.call('PreviewImportSecurityGroupRules', { ...renamed, SourceRegionId: REGION });
    expect(told.Rows[1]!.Code).toBe('NotSupported.CrossRegionReference');
    await expectCode(
      engine.call('PreviewImportSecurityGroupRules', { ...renamed, SourceRegionId: 'mars-1' }),
      'InvalidRegionId.NotFound',
    );
    const res = await engine.call('ImportSecurityGroupRules', params);
    expect(res.Counts.Imported).toBe(1);
  });

  it('marks the rows beyond the group quotas over-limit, in file order', async () => {
    const { engine, peerId, targetId } = await transferWorld({ rulesPerGroup: 4, groupRulesPerGroup: 1 });
    await engine.call('AuthorizeSecurityGroup', { RegionId: REGION, SecurityGroupId: targetId, Permissions: [SSH] });
    const rows = [
      { ...SSH, SourceCidrIp: '', SourceGroupId: peerId },
      { ...SSH, SourceCidrIp: '', SourceGroupId: peerId, PortRange: '80/80' },
      ...[1, 2, 3].map((n) => ({ ...SSH, PortRange: `${n}/${n}` })),
    ];
    const params = { RegionId: REGION, SecurityGroupId: targetId, FileName: 'x.json', Content: json(rows) };
    const preview = await engine.call('PreviewImportSecurityGroupRules', params);
    expect(preview.Rows.map((r) => [r.Status, r.Code])).toEqual([
      ['ready', undefined],
      ['over-limit', 'AuthorizedGroupRule.LimitExceed'],
      ['ready', undefined],
      ['ready', undefined],
      ['over-limit', 'AuthorizationLimitExceed'],
    ]);
    expect((await engine.call('ImportSecurityGroupRules', params)).Counts.Imported).toBe(3);
    expect(await rulesIn(engine, targetId)).toHaveLength(4);
  });

  it('re-classifies on import, so a stale preview cannot write a duplicate', async () => {
    const { engine, targetId } = await transferWorld();
    const params = { RegionId: REGION, SecurityGroupId: targetId, FileName: 'x.json', Content: json([SSH]) };
    expect((await engine.call('PreviewImportSecurityGroupRules', params)).Rows[0]!.Status).toBe('ready');
    await engine.call('AuthorizeSecurityGroup', { RegionId: REGION, SecurityGroupId: targetId, Permissions: [SSH] });
    const res = await engine.call('ImportSecurityGroupRules', params);
    expect(res.Rows[0]!.Status).toBe('duplicate');
    expect(await rulesIn(engine, targetId)).toHaveLength(1);
  });

  it('accepts API-shaped JSON with keys in any case, and CSV in any header case', async () => {
    const { engine, targetId } = await transferWorld();
    const api = {
      RequestId: 'x',
      PERMISSIONS: { permission: [{ ...SSH, Priority: 3, SecurityGroupRuleId: 'sgr-old' }] },
    };
    const base = { RegionId: REGION, SecurityGroupId: targetId };
    const a = await engine.call('PreviewImportSecurityGroupRules', { ...base, FileName: 'a.json', Content: json(api) });
    expect(a.Rows[0]).toMatchObject({ Status: 'ready', Permission: { Priority: '3', SecurityGroupRuleId: '' } });
    const b = await engine.call('PreviewImportSecurityGroupRules', {
      ...base,
      FileName: 'b.json',
      Content: json({ Permission: [SSH] }),
    });
    expect(b.Rows[0]!.Status).toBe('ready');
    const csv =
      '\uFEFF direction ,IPPROTOCOL,portrange,SourceCidrIp,description\r\ningress,tcp,22/22,10.0.0.0/8,"\'=1+2\r\nline two"\r\n\r\n';
    const c = await engine.call('ImportSecurityGroupRules', { ...base, FileName: 'c.CSV', Content: csv });
    expect(c.Counts.Imported).toBe(1);
    expect((await rulesIn(engine, targetId))[0]!.Description).toBe('=1+2\r\nline two');
  });

  it('refuses whole files and unusable groups with clear codes, writing nothing', async () => {
    const { engine, db, targetId } = await transferWorld();
    const base = { RegionId: REGION, SecurityGroupId: targetId, FileName: 'x.json' };
    const before = storedRows(db);
    const many = json(Array.from({ length: 201 }, (_, i) => ({ ...SSH, PortRange: `${i + 1}/${i + 1}` })));
    const cases: [Record<string, unknown>, string][] = [
      [{ Content: many }, 'InvalidImportFile.TooManyRules'],
      [{ Content: '{"Permissions": 3}' }, 'InvalidImportFile.Malformed'],
      [{ Content: '[{"Direction": ' }, 'InvalidImportFile.Malformed'],
      [{ Content: '' }, 'InvalidImportFile.NoRules'],
      [{ Content: '[]' }, 'InvalidImportFile.NoRules'],
      [{ Content: 'x'.repeat(3 * 1024 * 1024) }, 'InvalidImportFile.TooLarge'],
      [{ FileName: 'x.csv', Content: 'Direction,IpProtocol\r\n"ingress,tcp\r\n' }, 'InvalidImportFile.Malformed'],
      [{ FileName: 'x.csv', Content: 'a,b\r\n1,2\r\n' }, 'InvalidImportFile.Malformed'],
      [{ FileName: 'x.csv', Content: 'Direction,direction\r\ningress,ingress\r\n' }, 'InvalidImportFile.Malformed'],
      [{ Content: 42 }, 'InvalidParameter'],
      [{ SecurityGroupId: 'sg-nope', Content: json([SSH]) }, 'InvalidSecurityGroupId.NotFound'],
    ];
    for (const [patch, code] of cases) {
      for (const action of ['PreviewImportSecurityGroupRules', 'ImportSecurityGroupRules'] as const) {
        await expectCode(engine.call(action, { ...base, ...patch } as never), code);
      }
    }
    await expectCode(
      engine.call('ImportSecurityGroupRules', { ...base, Content: json([SSH]), DryRun: true }),
      'DryRunOperation',
    );
    expect(storedRows(db)).toBe(before);
  });

  it('refuses a managed group', async () => {
    const { engine, db, targetId } = await transferWorld();
    await markManaged(engine, db, targetId);
    await expectCode(
      engine.call('PreviewImportSecurityGroupRules', {
        RegionId: REGION,
        SecurityGroupId: targetId,
        Content: json([SSH]),
      }),
      'InvalidOperation.ResourceManagedByCloudProduct',
    );
  });
});
