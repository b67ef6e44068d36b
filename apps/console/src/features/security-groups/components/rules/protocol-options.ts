import type { IpProtocol } from '@sg/engine';
import { protocolLabel } from '../../../../views/rule-wording.ts';

const PROTOCOLS: IpProtocol[] = ['TCP', 'UDP', 'ICMP', 'ICMPv6', 'GRE', 'ALL'];

/** The rule form's protocol choices: Custom TCP, Custom UDP, All ICMP (IPv4), All ICMP (IPv6), All GRE, All. */
export const protocolOptions = PROTOCOLS.map((value) => ({ value, label: protocolLabel(value) }));

export const policyOptions = [
  { value: 'accept', label: 'Allow' },
  { value: 'drop', label: 'Deny' },
];
