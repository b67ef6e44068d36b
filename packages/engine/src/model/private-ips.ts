import type { NetworkInterface } from './instance.ts';

/** Every private IP of an interface, primary first, then its secondary ones (stored worlds before them have none). */
export function privateIpsOf(eni: NetworkInterface): string[] {
  return [eni.PrimaryIpAddress, ...(eni.SecondaryPrivateIps ?? [])];
}
