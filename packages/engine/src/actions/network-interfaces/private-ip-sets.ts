import type { NetworkInterface } from '../../model/instance.ts';
import { privateIpsOf } from '../../model/private-ips.ts';

/** An interface's private IPs, primary first, as every answer lists them (`PrivateIpSets.PrivateIpSet[]`). */
export function privateIpSets(eni: NetworkInterface): {
  PrivateIpSet: { PrivateIpAddress: string; Primary: boolean }[];
} {
  return {
    PrivateIpSet: [...privateIpsOf(eni).map((address, i) => ({ PrivateIpAddress: address, Primary: i === 0 }))],
  };
}
