import { describe, expect, it } from 'vitest';
import { exportFileName, exportRulesCsv, exportRulesJson, parseExportFileName } from './export-rules.ts';

const DAY = Date.UTC(2020, 0, 20, 23, 59);

describe('export file names', () => {
  it('follows the console patterns', () => {
    expect(exportFileName('json', 'cn-qingdao', 'sg-123', DAY)).toBe('ecs_cn-qingdao_sg-123.json');
    expect(exportFileName('csv', 'cn-qingdao', 'sg-123', DAY)).toBe('ecs_sgRule_sg-123_cn-qingdao_2020-01-20.csv');
  });

  const names: [string, { regionId: string; groupId: string } | null][] = [
    ['ecs_cn-qingdao_sg-123.json', { regionId: 'cn-qingdao', groupId: 'sg-123' }],
    ['ecs_sgRule_sg-123_cn-qingdao_2020-01-20.csv', { regionId: 'cn-qingdao', groupId: 'sg-123' }],
    [
      'ecs_sgRule_sg-2zebtdr0fktq3mgw1zu2_cn-beijing_2026-03-05.json',
      { regionId: 'cn-beijing', groupId: 'sg-2zebtdr0fktq3mgw1zu2' },
    ],
    [
      'C:\\fakepath\\ecs_sgRule_sg-a_b_ap-southeast-1_2020-01-20 (2).csv',
      { regionId: 'ap-southeast-1', groupId: 'sg-a_b' },
    ],
    ['rules.csv', null],
    ['ecs_cn-qingdao_sg-123.csv', null],
  ];
  it.each(names)('reads %s back', (name, expected) => {
    expect(parseExportFileName(name)).toEqual(expected);
  });
});

describe('exportRulesJson and exportRulesCsv', () => {
  const rule = { Direction: 'ingress', Priority: 1, PortRange: '-1/-1', SourceCidrIp: '10.0.0.0/8', Description: '-x' };

  it('writes every export field as text, absent ones empty', () => {
    const [row] = JSON.parse(exportRulesJson([rule])) as Record<string, string>[];
    expect(Object.keys(row!)).toHaveLength(20);
    expect(row).toMatchObject({ Priority: '1', PortRange: '-1/-1', Description: '-x', DestCidrIp: '' });
  });

  it('neutralises free text only; structured cells stay as they are', () => {
    const text = exportRulesCsv([rule]);
    expect(text.startsWith('\uFEFFDirection,Policy,Priority,')).toBe(true);
    const cells = text.split('\r\n')[1]!.split(',');
    expect(cells).toContain('-1/-1');
    expect(cells).toContain("'-x");
  });
});
