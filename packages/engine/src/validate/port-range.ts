import type { IpProtocol } from '../model/security-group.ts';
import { problem, type Problem } from './problem.ts';
import { protocolHasPorts } from './protocol.ts';

export const ALL_PORTS = '-1/-1';

export type PortRangeField = 'PortRange' | 'SourcePortRange';

/** `start/end` as two numbers; null when the text is not in that form at all. */
export function parsePortRange(text: string): { start: number; end: number } | null {
  const match = /^(-?\d{1,5})\/(-?\d{1,5})$/.exec(text.trim());
  if (!match) return null;
  return { start: Number(match[1]), end: Number(match[2]) };
}

function malformed(field: PortRangeField): Problem {
  // The source-port twin has its own code; the text is the one the API prints for PortRange.
  const code = field === 'PortRange' ? 'InvalidParam.PortRange' : 'InvalidSourcePortRange.Malformed';
  return problem(
    code,
    `The specified parameter ${field} is not valid. It should be two integers less than 65535 in ?/? format.`,
  );
}

function mismatch(): Problem {
  return problem(
    'OperationDenied',
    'The specified IpProtocol does not exist or IpProtocol and PortRange do not match.',
  );
}

/**
 * A port range for a protocol: TCP/UDP take `a/b` with 1 <= a <= b <= 65535 (a single port is `22/22`);
 * every other protocol takes only `-1/-1`. Syntax and range faults are malformed; a well-formed range on
 * the wrong protocol is a mismatch, as the API separates them.
 */
export function portRangeProblem(
  protocol: IpProtocol,
  text: string,
  field: PortRangeField = 'PortRange',
): Problem | null {
  const range = parsePortRange(text);
  if (!range) return malformed(field);
  const isAll = range.start === -1 && range.end === -1;
  if (isAll) return protocolHasPorts(protocol) ? mismatch() : null;
  if (range.start < 1 || range.end > 65535 || range.start > range.end) return malformed(field);
  return protocolHasPorts(protocol) ? null : mismatch();
}
