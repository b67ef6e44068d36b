import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ruleIdentity } from '../../validate/rule-identity.ts';
import { IMPORT_FIELDS } from '../../transfer/transfer-fields.ts';
import { normalisePermission, type PermissionInput } from '../../validate/permission.ts';
import { content, importUntrusted, REGION, rulesIn, transferWorld } from '../../test/transfer-support.ts';

/** Engine-level properties: each run builds a world, so the counts stay small and the timeout generous. */
const RUNS = { numRuns: 25 };
const SLOW = 120_000;
/** Replaced by the world's second group when the rules are written. */
const PEER = 'sg-peer-placeholder';

const octet = fc.integer({ min: 0, max: 255 });
const ipv4 = fc
  .tuple(octet, octet, octet, octet, fc.integer({ min: 0, max: 32 }))
  .map(([a, b, c, d, m]) => `${a}.${b}.${c}.${d}/${m}`);
const ipv6 = fc.tuple(fc.ipV6(), fc.integer({ min: 0, max: 128 })).map(([a, m]) => `${a}/${m}`);
const port = fc.integer({ min: 1, max: 65535 });
const range = fc.tuple(port, port).map(([a, b]) => `${Math.min(a, b)}/${Math.max(a, b)}`);

/** Descriptions that stress both formats: separators, quotes, line breaks, formulas, any Unicode. */
const description = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc
    .array(
      fc.constantFrom(',', '"', "'", '\r\n', '\n', '\r', '=cmd', '+', '-', '@', '\t', ' ', '＝', '中文', 'é', '😀'),
      {
        maxLength: 8,
      },
    )
    .map((parts) => parts.join('')),
);

const permission = fc.record({
  direction: fc.constantFrom('ingress' as const, 'egress' as const),
  ports: fc.oneof(
    fc.record({ IpProtocol: fc.constantFrom('TCP', 'udp'), PortRange: range, SourcePortRange: fc.option(range) }),
    fc.record({ IpProtocol: fc.constantFrom('ICMP', 'GRE', 'ALL', 'ICMPv6'), PortRange: fc.constant('-1/-1') }),
  ),
  peer: fc.oneof(
    { weight: 3, arbitrary: ipv4.map((v) => ({ v4: v })) },
    { weight: 2, arbitrary: ipv6.map((v) => ({ v6: v })) },
    { weight: 1, arbitrary: fc.constant({ group: PEER }) },
  ),
  Policy: fc.constantFrom('accept', 'Drop'),
  Priority: fc.integer({ min: 1, max: 100 }),
  Description: description,
});

type Generated = typeof permission extends fc.Arbitrary<infer T> ? T : never;

/** The API input of a generated rule; peers land on the side its direction reads. */
function toInput(g: Generated, peerId: string): PermissionInput {
  const side = g.direction === 'ingress' ? 'Source' : 'Dest';
  const peer =
    'v4' in g.peer
      ? { [`${side}CidrIp`]: g.peer.v4 }
      : 'v6' in g.peer
        ? { [`Ipv6${side}CidrIp`]: g.peer.v6 }
        : { [`${side}GroupId`]: peerId };
  const { SourcePortRange, ...ports } = g.ports as { SourcePortRange?: string | null };
  return {
    ...ports,
    ...(SourcePortRange ? { SourcePortRange } : {}),
    ...peer,
    Policy: g.Policy,
    Priority: String(g.Priority),
    Description: g.Description,
  };
}

describe('export then import', () => {
  it(
    'gives the same rules, in both formats and both directions',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(permission, { minLength: 5, maxLength: 40 }), async (generated) => {
          const { engine, groupId, peerId, vpcId } = await transferWorld();
          // Keep what the engine accepts, once each, and at most 20 group references (the basic-group quota).
          const seen = new Set<string>();
          let groupRules = 0;
          const byDirection = { ingress: [] as PermissionInput[], egress: [] as PermissionInput[] };
          for (const g of generated) {
            const input = toInput(g, peerId);
            const checked = normalisePermission(g.direction, input);
            if (!checked.ok || seen.has(ruleIdentity(checked.rule))) continue;
            if ('group' in g.peer && ++groupRules > 20) continue;
            seen.add(ruleIdentity(checked.rule));
            byDirection[g.direction].push(input);
          }
          const call = { RegionId: REGION, SecurityGroupId: groupId };
          if (byDirection.ingress.length) {
            await engine.call('AuthorizeSecurityGroup', { ...call, Permissions: byDirection.ingress });
          }
          if (byDirection.egress.length) {
            await engine.call('AuthorizeSecurityGroupEgress', { ...call, Permissions: byDirection.egress });
          }
          const source = (await rulesIn(engine, groupId)).map(content);
          for (const Format of ['json', 'csv'] as const) {
            const file = await engine.call('ExportSecurityGroupRules', { ...call, Format });
            const { SecurityGroupId } = await engine.call('CreateSecurityGroup', { RegionId: REGION, VpcId: vpcId });
            if (source.length === 0) continue; // an empty file is refused (NoRules): nothing to compare
            const res = await engine.call('ImportSecurityGroupRules', {
              RegionId: REGION,
              SecurityGroupId,
              FileName: file.FileName,
              Content: file.Content,
            });
            expect(res.Counts.Imported, JSON.stringify(res.Rows.filter((r) => r.Status !== 'imported'))).toBe(
              source.length,
            );
            expect((await rulesIn(engine, SecurityGroupId)).map(content)).toEqual(source);
          }
        }),
        RUNS,
      );
    },
    SLOW,
  );
});

/** A JSON object written by hand, so keys such as `__proto__` are really in the text. */
const objectText = (entries: [string, unknown][]) =>
  `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v) ?? 'null'}`).join(',')}}`;

const key = fc.oneof(
  fc.mixedCase(fc.constantFrom(...IMPORT_FIELDS)),
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'Direction ', ''),
  fc.string({ maxLength: 12 }),
);
const value = fc.oneof(
  fc.constantFrom('ingress', 'egress', 'TCP', 'ALL', '22/22', '-1/-1', '0.0.0.0/0', '110', '=cmd()', '@SUM(1)'),
  fc.string({ maxLength: 20 }),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.jsonValue({ maxDepth: 3 }),
);
const hostileRow = fc.array(fc.tuple(key, value), { maxLength: 10 }).map(objectText);

/** Files a user (or an attacker) might pick: any bytes, any JSON, rule-like rows with bad keys and types, CSV. */
const hostileFile = fc.oneof(
  fc.record({
    FileName: fc.constantFrom('x.json', 'x.csv', 'x.txt', ''),
    Content: fc.string({ unit: 'binary', maxLength: 400 }),
  }),
  fc.record({
    FileName: fc.constant('x.json'),
    Content: fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v) ?? ''),
  }),
  fc.record({
    FileName: fc.constant('x.json'),
    Content: fc.array(hostileRow, { maxLength: 8 }).map((rows) => `[${rows.join(',')}]`),
  }),
  fc.record({
    FileName: fc.constant('x.json'),
    Content: fc.array(hostileRow, { maxLength: 8 }).map((rows) => `{"permissions":{"PERMISSION":[${rows.join(',')}]}}`),
  }),
  fc.record({
    FileName: fc.constant('x.csv'),
    Content: fc
      .tuple(
        fc.array(key, { minLength: 1, maxLength: 6 }),
        fc.array(
          fc.array(fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('=1+1', '"', '\r\n', ',')), { maxLength: 7 }),
          {
            maxLength: 6,
          },
        ),
      )
      .map(([header, rows]) => [header, ...rows].map((cells) => cells.join(',')).join('\r\n')),
  }),
);

describe('untrusted files', () => {
  it(
    'never crash the importer and write nothing beyond the rows reported as imported',
    async () => {
      const { engine, db, targetId } = await transferWorld();
      await fc.assert(
        fc.asyncProperty(hostileFile, async (file) => {
          await importUntrusted(engine, db, { RegionId: REGION, SecurityGroupId: targetId, ...file });
        }),
        { numRuns: 150 },
      );
    },
    SLOW,
  );

  const SSH = { Direction: 'ingress', IpProtocol: 'TCP', PortRange: '22/22', SourceCidrIp: '10.0.0.0/8' };
  const fixed: [string, string, string, string | undefined][] = [
    ['deep nesting', 'x.json', `${'['.repeat(200_000)}${']'.repeat(200_000)}`, 'InvalidImportFile.TooDeep'],
    [
      'deep nesting in a value',
      'x.json',
      `[{"Direction":${'['.repeat(50_000)}${']'.repeat(50_000)}}]`,
      'InvalidImportFile.TooDeep',
    ],
    ['a huge cell', 'x.json', JSON.stringify([{ ...SSH, Description: 'x'.repeat(1_500_000) }]), undefined],
    ['201 rows', 'x.json', JSON.stringify(Array.from({ length: 201 }, () => SSH)), 'InvalidImportFile.TooManyRules'],
    [
      '__proto__ keys',
      'x.json',
      `[{"__proto__":{"polluted":1},"Direction":"ingress"},{"constructor":{"prototype":{"polluted":1}}}]`,
      undefined,
    ],
    ['a __proto__ column', 'x.csv', `Direction,__proto__\r\ningress,{"polluted":1}\r\n`, undefined],
    [
      'formula cells in structured columns',
      'x.csv',
      `Direction,IpProtocol,PortRange,SourceCidrIp\r\ningress,=cmd|' /C calc'!A0,@SUM(1),+1.1.1.1\r\n`,
      undefined,
    ],
    [
      'wrong types',
      'x.json',
      JSON.stringify([
        { ...SSH, Priority: true },
        { ...SSH, PortRange: 22 },
        { ...SSH, Direction: ['ingress'] },
      ]),
      undefined,
    ],
    ['a bare string', 'x.json', '"rules"', 'InvalidImportFile.Malformed'],
    ['binary junk', 'x.csv', '\u0000\u0001\uFFFF\uD800', 'InvalidImportFile.Malformed'],
  ];
  it.each(fixed)(
    '%s: a classification or a clean error, nothing written',
    async (_name, FileName, Content, code) => {
      const { engine, db, targetId } = await transferWorld();
      const result = await importUntrusted(engine, db, {
        RegionId: REGION,
        SecurityGroupId: targetId,
        FileName,
        Content,
      });
      expect(result).toEqual(code === undefined ? { imported: 0 } : { imported: 0, code });
    },
    SLOW,
  );
});
