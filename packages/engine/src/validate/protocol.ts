import type { IpProtocol } from '../model/security-group.ts';
import { problem, type Problem } from './problem.ts';

const PROTOCOLS: readonly IpProtocol[] = ['TCP', 'UDP', 'ICMP', 'ICMPv6', 'GRE', 'ALL'];

/** The canonical name of a protocol given in any case (`tcp`, `Icmpv6`), or null when unknown. */
export function parseIpProtocol(text: string): IpProtocol | null {
  const upper = text.trim().toUpperCase();
  return PROTOCOLS.find((p) => p.toUpperCase() === upper) ?? null;
}

/** IpProtocol: case-insensitive TCP, UDP, ICMP, ICMPv6, GRE or ALL. */
export function ipProtocolProblem(text: string): Problem | null {
  if (text.trim() === '') {
    return problem(
      'MissingParameter.IpProtocol',
      'The input parameter "IpProtocol" that is mandatory for processing this request is not supplied.',
    );
  }
  if (parseIpProtocol(text)) return null;
  // IANA protocol numbers are accepted only in a few regions; the emulated regions are not among them.
  return problem(
    'InvalidIpProtocol.ValueNotSupported',
    'The parameter IpProtocol must be specified with case insensitive TCP, UDP, ICMP, GRE or All.',
  );
}

/** Only TCP and UDP rules carry real port ranges (and may use port lists); the others use `-1/-1`. */
export function protocolHasPorts(protocol: IpProtocol): boolean {
  return protocol === 'TCP' || protocol === 'UDP';
}
