import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EngineError } from '../errors.ts';
import { envNumber, structuredCopy } from '../test/node-runtime.ts';
import { ALIBABA_RULES } from '../profiles/alibaba.ts';
import { normalisePermission } from '../validate/permission.ts';
import { ruleIdentity } from '../validate/rule-identity.ts';
import { classifyImport } from './classify-import.ts';
import { IMPORT_FILE_CODES, MAX_IMPORT_RULES } from './import-limits.ts';
import { parseImportFile } from './parse-import.ts';
import { readParsedImportFile } from './parsed-import-file.ts';
import { IMPORT_FIELDS } from './transfer-fields.ts';

/**
 * Files through the parser the console's worker runs, then the engine's check of what the worker hands over, then
 * the classification; every ready row is validated again on its own. 2,000 files in `npm run check` (about 1.5 s
 * of CPU); `npm run soak` sets SG_FUZZ_RUNS to 10,000 (about 7 s; some 11,000 ready rows among 25,000).
 */
const RUNS = envNumber('SG_FUZZ_RUNS', 2_000);
const FILE_CODES = new Set<string>(Object.values(IMPORT_FILE_CODES));

const key = fc.oneof(
  { weight: 6, arbitrary: fc.mixedCase(fc.constantFrom(...IMPORT_FIELDS)) },
  { weight: 1, arbitrary: fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', ' Direction ', '') },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
);
/** Values that make valid rules often enough, formulas, quotes, line breaks, and cells near and over 2048. */
const cell = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.constantFrom(
      'ingress',
      'egress',
      'TCP',
      'udp',
      'ALL',
      'ICMP',
      '22/22',
      '80/443',
      '-1/-1',
      '1/65535',
      '0.0.0.0/0',
      '10.0.0.0/8',
      '192.168.1.1',
      '2001:db8::/32',
      'accept',
      'drop',
      '1',
      '100',
      '101',
      '0',
      'intranet',
    ),
  },
  { weight: 2, arbitrary: fc.constantFrom('=cmd|calc', "'=1+1", '+1', '@SUM(1)', '"', '""', '\r\n', ',', '\t') },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.integer({ min: 2000, max: 2100 }).map((n) => 'x'.repeat(n)) },
);
const csvLine = fc.constantFrom('\r\n', '\n', '\r');

const octet = fc.integer({ min: 0, max: 255 });
const ipv4 = fc
  .tuple(octet, octet, octet, octet, fc.integer({ min: 0, max: 32 }))
  .map((p) => `${p.slice(0, 4).join('.')}/${p[4]}`);
const port = fc.integer({ min: 1, max: 65535 });
/** Rules close to valid, so that many rows are ready; now and then a field gets a hostile cell or key. */
const ruleLike = fc
  .record({
    Direction: fc.constantFrom('ingress', 'egress', 'Ingress', 'EGRESS'),
    ports: fc.oneof(
      fc.record({
        IpProtocol: fc.constantFrom('TCP', 'udp'),
        PortRange: fc.tuple(port, port).map(([a, b]) => `${Math.min(a, b)}/${Math.max(a, b)}`),
      }),
      fc.record({ IpProtocol: fc.constantFrom('ICMP', 'ALL', 'GRE'), PortRange: fc.constant('-1/-1') }),
    ),
    peer: ipv4,
    Priority: fc.integer({ min: 1, max: 110 }).map(String),
    Policy: fc.constantFrom('accept', 'Drop'),
    Description: fc.oneof(fc.string({ maxLength: 30 }), cell),
  })
  .map(({ Direction, ports, peer, ...rest }): Record<string, string> => {
    const side = Direction.toLowerCase() === 'ingress' ? 'Source' : 'Dest';
    return { Direction, ...ports, [`${side}CidrIp`]: peer, ...rest };
  })
  .chain((rule) =>
    fc.oneof(
      { weight: 3, arbitrary: fc.constant(rule) },
      { weight: 1, arbitrary: fc.tuple(key, cell).map(([k, v]) => ({ ...rule, [k]: v })) },
    ),
  );
const csvOf = (rules: Record<string, string>[], line: string, quoteAll: boolean) => {
  const header = [...new Set(rules.flatMap((r) => Object.keys(r)))];
  const write = (c: string) => (quoteAll || /[",\r\n]/.test(c) ? quoted(c) : c);
  return [
    header.map(write).join(','),
    ...rules.map((r) => header.map((k) => write(Object.hasOwn(r, k) ? r[k]! : '')).join(',')),
  ].join(line);
};
const quoted = (text: string) => `"${text.replace(/"/g, '""')}"`;

/** CSV: a header of keys, rows of cells, quoted properly or not, any line breaks; sometimes too wide. */
const csvText = fc
  .tuple(
    fc.array(key, { minLength: 1, maxLength: 8 }),
    fc.array(fc.array(fc.tuple(cell, fc.boolean()), { maxLength: 9 }), { maxLength: 12 }),
    csvLine,
    fc.integer({ min: 0, max: 80 }),
  )
  .map(([header, rows, line, extra]) =>
    [
      header.join(',') + (extra > 60 ? ','.repeat(extra) : ''),
      ...rows.map((r) => r.map(([c, q]) => (q ? quoted(c) : c)).join(',')),
    ].join(line),
  );

/** A JSON row written by hand, so keys such as `__proto__` are really in the text. */
const jsonRow = fc
  .array(fc.tuple(key, fc.oneof(cell, fc.integer(), fc.constant(null), fc.jsonValue({ maxDepth: 2 }))), {
    maxLength: 8,
  })
  .map((pairs) => `{${pairs.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v) ?? 'null'}`).join(',')}}`);
const jsonText = fc.oneof(
  fc.array(jsonRow, { maxLength: 12 }).map((rows) => `[${rows.join(',')}]`),
  fc.array(jsonRow, { maxLength: 12 }).map((rows) => `{"Permissions":{"Permission":[${rows.join(',')}]}}`),
  fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v) ?? ''),
  fc.integer({ min: 1, max: 20 }).map((depth) => `${'['.repeat(depth)}{"Direction":"ingress"}${']'.repeat(depth)}`),
  fc.tuple(fc.array(jsonRow, { minLength: 1, maxLength: 4 }), fc.nat()).map(([rows, cut]) => {
    const text = `[${rows.join(',')}]`;
    return text.slice(0, cut % text.length); // cut short
  }),
);

const rules = fc.array(ruleLike, { minLength: 1, maxLength: 12 });
const file = fc.oneof(
  fc.record({ name: fc.constant('r.json'), text: rules.map((r) => JSON.stringify(r)) }),
  fc.record({ name: fc.constant('r.csv'), text: fc.tuple(rules, csvLine, fc.boolean()).map((a) => csvOf(...a)) }),
  fc.record({ name: fc.constantFrom('r.csv', 'r.txt', ''), text: csvText }),
  fc.record({ name: fc.constantFrom('r.json', 'r.txt', ''), text: jsonText }),
  fc.record({ name: fc.constantFrom('r.csv', 'r.json', ''), text: fc.string({ unit: 'binary', maxLength: 200 }) }),
  fc.record({
    name: fc.constant('r.csv'),
    text: fc.string({ unit: 'binary', maxLength: 200 }).map((t) => `\uFEFFDirection,Description\n${t}`),
  }),
);

const target = {
  regionId: 'cn-hangzhou',
  sourceRegionId: 'cn-hangzhou',
  existing: [],
  dialect: ALIBABA_RULES,
  referenceProblem: () => null,
  quotaProblem: () => null,
};

/** Why a file broke a rule, or null. Plain checks: vitest's expect costs milliseconds a call. */
function problemWith(name: string, text: string): string | null {
  let parsed;
  try {
    parsed = parseImportFile(name, text);
  } catch (error) {
    if (error instanceof EngineError && FILE_CODES.has(error.Code)) return null;
    return `threw ${String(error)}`;
  }
  if (parsed.rows.length === 0 || parsed.rows.length > MAX_IMPORT_RULES) return `${parsed.rows.length} rows`;
  // What the worker posts is structured-cloned; the engine must take it back.
  const handed = readParsedImportFile(structuredCopy(parsed));
  for (const row of classifyImport(handed.rows, target)) {
    if (row.Status !== 'ready') continue;
    if (!row.rule) return `ready row ${row.Index} without a rule`;
    const again = normalisePermission(row.rule.Direction, { ...row.rule, Priority: String(row.rule.Priority) });
    if (!again.ok) return `ready row ${row.Index} fails validation: ${again.problem.Message}`;
    if (ruleIdentity(again.rule) !== ruleIdentity(row.rule)) return `ready row ${row.Index} changes when re-read`;
  }
  if (({} as Record<string, unknown>).polluted !== undefined) return 'Object.prototype was polluted';
  return null;
}

describe('hostile import files', () => {
  it(`${RUNS} generated files: a clean refusal or rows, never a crash, never an invalid rule ready`, () => {
    let tried = 0;
    fc.assert(
      fc.property(file, ({ name, text }) => {
        const problem = problemWith(name, text);
        if (problem) throw new Error(problem);
        tried++;
      }),
      { numRuns: RUNS },
    );
    expect(tried).toBe(RUNS);
  }, 600_000);
});
