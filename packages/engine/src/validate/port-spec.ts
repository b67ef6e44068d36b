import type { IpProtocol } from '../model/security-group.ts';
import type { RuleDialect } from '../profiles/profile.ts';
import { ALL_PORTS, parsePortRange, portRangeProblem } from './port-range.ts';
import { problem, type Problem } from './problem.ts';
import { protocolHasPorts } from './protocol.ts';

/**
 * A rule's destination ports in every cloud's syntax (the stored PortRange keeps the cloud's own spelling):
 * Alibaba `22/22`, `1/200`, `-1/-1`; Tencent `80`, `80,443`, `8000-8010`, `ALL`; JD `22`, `20-22`, `ALL`.
 */

/** One span of destination ports, both ends included. */
export interface PortSpan {
  from: number;
  to: number;
}

/** Every port, or the spans a text lists. */
export type PortSpec = { all: true } | { all: false; spans: readonly PortSpan[] };

const EVERY_PORT: PortSpec = { all: true };

/** The word every cloud but Alibaba writes for "every port" (and for port-less protocols). */
export const ALL_PORTS_WORD = 'ALL';

/**
 * How a rule of the cloud writes "every port" (the only ports of ICMP, GRE and ALL rules): Alibaba `-1/-1`, the
 * others `ALL`.
 */
export function allPortsText(dialect: Pick<RuleDialect, 'portSyntax'>): string {
  return dialect.portSyntax === 'alibaba' ? ALL_PORTS : ALL_PORTS_WORD;
}

/** Reads any cloud's port text; empty, `-1/-1` and `ALL` (any case) are every port; null when unreadable. */
export function readPortSpec(text: string): PortSpec | null {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed === ALL_PORTS || trimmed.toUpperCase() === ALL_PORTS_WORD) return EVERY_PORT;
  if (trimmed.includes('/')) {
    const range = parsePortRange(trimmed);
    return range ? { all: false, spans: [{ from: range.start, to: range.end }] } : null;
  }
  const spans: PortSpan[] = [];
  for (const part of trimmed.split(',')) {
    const match = /^\s*(\d{1,5})\s*(?:-\s*(\d{1,5})\s*)?$/.exec(part);
    if (!match) return null;
    spans.push({ from: Number(match[1]), to: Number(match[2] ?? match[1]) });
  }
  return { all: false, spans };
}

/** True when every port of `inner` is a port of `outer`. */
export function portSpecCovers(outer: PortSpec, inner: PortSpec): boolean {
  if (outer.all) return true;
  if (inner.all) return false;
  return inner.spans.every((i) => outer.spans.some((o) => o.from <= i.from && i.to <= o.to));
}

/** True when `port` is one of the spec's ports. */
export function portSpecHolds(spec: PortSpec, port: number): boolean {
  return spec.all || spec.spans.some((s) => s.from <= port && port <= s.to);
}

/** At most this many ports in one Tencent comma list (the console's limit is not documented; ours). */
export const MAX_PORT_LIST_ITEMS = 15;

type Checked = { ok: true; text: string } | { ok: false; problem: Problem };

const bad = (code: string, message: string): Checked => ({ ok: false, problem: problem(code, message) });

/**
 * Tencent's Port (spec §11): only TCP and UDP take ports (`80`, `80,443`, `8000-8010`, ALL); every other protocol
 * takes ALL or nothing. A range and a list do not mix. Stored as written, ALL upper-case.
 */
function tencentPorts(protocol: IpProtocol, text: string): Checked {
  const spec = readPortSpec(text);
  if (spec?.all) return { ok: true, text: ALL_PORTS_WORD };
  if (!protocolHasPorts(protocol)) {
    return bad(
      'InvalidParameter.Coexist',
      `The parameter Port must be ALL when Protocol is ${protocol}: only TCP and UDP take ports.`,
    );
  }
  const malformed = () =>
    bad(
      'InvalidParameterValue.Malformed',
      `The Port "${text}" is not valid: write a port (80), a range (8000-8010), a list (80,443) or ALL.`,
    );
  if (!spec || text.includes('/')) return malformed();
  const isList = spec.spans.length > 1;
  if (isList && spec.spans.some((s) => s.from !== s.to)) return malformed();
  if (spec.spans.length > MAX_PORT_LIST_ITEMS) {
    return bad('InvalidParameterValue.LimitExceeded', `A port list holds at most ${MAX_PORT_LIST_ITEMS} ports.`);
  }
  if (spec.spans.some((s) => s.from < 1 || s.to > 65535 || s.from > s.to)) {
    return bad('InvalidParameterValue.Range', `The Port "${text}" is not in the range 1-65535.`);
  }
  return { ok: true, text: spec.spans.map((s) => (s.from === s.to ? `${s.from}` : `${s.from}-${s.to}`)).join(',') };
}

/**
 * JD Cloud's port (spec §12): TCP and UDP take one port (`22`) or a range (`20-22`), 1–65535, and every port when
 * left empty; ICMP and All take none. Stored as `22`, `20-22` or ALL.
 */
function jdcloudPorts(protocol: IpProtocol, text: string): Checked {
  const spec = readPortSpec(text);
  if (spec?.all) return { ok: true, text: protocolHasPorts(protocol) ? '1-65535' : ALL_PORTS_WORD };
  if (!protocolHasPorts(protocol)) {
    return bad('INVALID_ARGUMENT', `Only TCP and UDP rules take a destination port; ${protocol} takes none.`);
  }
  if (!spec || text.includes('/') || spec.spans.length !== 1) {
    return bad('INVALID_ARGUMENT', `The port "${text}" is not valid: write one port (22) or a range (20-22).`);
  }
  const [span] = spec.spans as [PortSpan];
  if (span.from < 1 || span.to > 65535 || span.from > span.to) {
    return bad('INVALID_ARGUMENT', `The port "${text}" is not valid: ports are 1-65535.`);
  }
  return { ok: true, text: span.from === span.to ? `${span.from}` : `${span.from}-${span.to}` };
}

/**
 * Checks a rule's destination ports in the cloud's syntax and returns the text to store. Alibaba's blank means
 * "take the port list" or, for port-less protocols, `-1/-1`; the caller handles those before asking.
 */
export function checkPorts(dialect: RuleDialect, protocol: IpProtocol, text: string): Checked {
  if (dialect.portSyntax === 'tencent') return tencentPorts(protocol, text);
  if (dialect.portSyntax === 'jdcloud') return jdcloudPorts(protocol, text);
  const found = portRangeProblem(protocol, text);
  return found ? { ok: false, problem: found } : { ok: true, text: text.trim() };
}
