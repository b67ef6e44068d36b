import { describe, expect, it } from 'vitest';
import { expectCode } from '../../test/expect-code.ts';
import { REGION, transferWorld } from '../../test/transfer-support.ts';

describe('ExportSecurityGroupRules', () => {
  it('exports JSON with the console file name and the Permission field names', async () => {
    const { engine, groupId } = await transferWorld();
    await engine.call('AuthorizeSecurityGroup', {
      RegionId: REGION,
      SecurityGroupId: groupId,
      Permissions: [{ IpProtocol: 'TCP', PortRange: '22/22', SourceCidrIp: '10.0.0.0/8', Description: 'ssh' }],
    });
    const res = await engine.call('ExportSecurityGroupRules', {
      RegionId: REGION,
      SecurityGroupId: groupId,
      Format: 'json',
    });
    expect(res.FileName).toBe(`ecs_${REGION}_${groupId}.json`);
    expect(res.MimeType).toBe('application/json');
    expect(JSON.parse(res.Content)).toEqual([
      {
        Direction: 'ingress',
        Policy: 'Accept',
        Priority: '1',
        IpProtocol: 'TCP',
        PortRange: '22/22',
        SourcePortRange: '',
        SourceCidrIp: '10.0.0.0/8',
        Ipv6SourceCidrIp: '',
        SourceGroupId: '',
        SourceGroupOwnerAccount: '',
        SourcePrefixListId: '',
        DestCidrIp: '',
        Ipv6DestCidrIp: '',
        DestGroupId: '',
        DestGroupOwnerAccount: '',
        DestPrefixListId: '',
        PortRangeListId: '',
        NicType: 'intranet',
        Description: 'ssh',
        CreateTime: '2026-01-01T00:00:00Z',
      },
    ]);
  });

  it('exports CSV dated by the engine clock, simulated time included, with formulas neutralised', async () => {
    const { engine, groupId } = await transferWorld();
    await engine.call('AuthorizeSecurityGroupEgress', {
      RegionId: REGION,
      SecurityGroupId: groupId,
      Permissions: [{ IpProtocol: 'ALL', DestCidrIp: '0.0.0.0/0', Description: '=HYPERLINK("x")' }],
    });
    await engine.call('AdvanceClock', { Minutes: 60 * 24 * 3 });
    const res = await engine.call('ExportSecurityGroupRules', {
      RegionId: REGION,
      SecurityGroupId: groupId,
      Format: 'CSV' as never,
    });
    expect(res.FileName).toBe(`ecs_sgRule_${groupId}_${REGION}_2026-01-04.csv`);
    expect(res.MimeType).toBe('text/csv;charset=utf-8');
    const lines = res.Content.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toMatch(/^Direction,Policy,Priority,IpProtocol,PortRange,/);
    expect(lines[1]).toContain(',-1/-1,');
    expect(lines[1]).toContain(`"'=HYPERLINK(""x"")"`);
    expect(lines[2]).toBe('');
  });

  it('exports an empty group as a header only, and refuses a bad format or group', async () => {
    const { engine, groupId } = await transferWorld();
    const csv = await engine.call('ExportSecurityGroupRules', {
      RegionId: REGION,
      SecurityGroupId: groupId,
      Format: 'csv',
    });
    expect(csv.Content.split('\r\n').filter(Boolean)).toHaveLength(1);
    const json = await engine.call('ExportSecurityGroupRules', {
      RegionId: REGION,
      SecurityGroupId: groupId,
      Format: 'json',
    });
    expect(JSON.parse(json.Content)).toEqual([]);
    const base = { RegionId: REGION, SecurityGroupId: groupId };
    await expectCode(
      engine.call('ExportSecurityGroupRules', { ...base, Format: 'xml' as never }),
      'InvalidParameter.Format',
    );
    await expectCode(
      engine.call('ExportSecurityGroupRules', { ...base, Format: '' as never }),
      'MissingParameter.Format',
    );
    await expectCode(
      engine.call('ExportSecurityGroupRules', { ...base, SecurityGroupId: 'sg-nope', Format: 'json' }),
      'InvalidSecurityGroupId.NotFound',
    );
  });
});
