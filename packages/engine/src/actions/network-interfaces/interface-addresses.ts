import { fail } from '../../errors.ts';
import type { VSwitch } from '../../model/network.ts';
import type { Transaction } from '../../transaction.ts';
import { optionalArray, optionalInteger, optionalString } from '../../validate/params.ts';
import { allocatePrivateIps, claimPrivateIp } from '../vpc/vswitch-addresses.ts';

/** An interface may hold up to 49 secondary private IPs when it is created. */
export const MAX_SECONDARY_IPS = 49;

/** The address parameters of a new interface (CreateNetworkInterface, or an item of RunInstances' NetworkInterface.N). */
export interface WantedAddresses {
  PrimaryIpAddress?: unknown;
  /** Secondary addresses (CreateNetworkInterface's PrivateIpAddress.N). */
  PrivateIpAddress?: unknown;
  SecondaryPrivateIpAddressCount?: unknown;
}

/**
 * The primary and secondary private IPs of a new interface: the chosen ones claimed first (each free and distinct),
 * then the next free ones of the vSwitch for the rest. `prefix` names the fields of a nested item in the errors
 * (`NetworkInterface.2.`).
 * @throws InvalidParameter.Conflict, InvalidParameter, InvalidVSwitchId.IpInvalid, InvalidPrivateIpAddress.Duplicated,
 * InvalidVSwitchId.IpNotEnough
 */
export function claimInterfaceAddresses(
  tx: Transaction,
  vSwitch: VSwitch,
  wanted: WantedAddresses,
  prefix = '',
): { address: string; secondary: string[] } {
  const listed = optionalArray(wanted.PrivateIpAddress, `${prefix}PrivateIpAddress`).map((ip, i) =>
    optionalString(ip, `${prefix}PrivateIpAddress.${i + 1}`).trim(),
  );
  const count = optionalInteger(
    wanted.SecondaryPrivateIpAddressCount,
    `${prefix}SecondaryPrivateIpAddressCount`,
    1,
    MAX_SECONDARY_IPS,
  );
  if (listed.length > 0 && count !== undefined) {
    fail(
      'InvalidParameter.Conflict',
      'The parameters SecondaryPrivateIpAddressCount and PrivateIpAddress.N cannot be specified at the same time.',
      400,
      `${prefix}SecondaryPrivateIpAddressCount`,
    );
  }
  if (listed.length > MAX_SECONDARY_IPS) {
    fail(
      'InvalidParameter',
      `The specified parameter PrivateIpAddress.N is not valid: at most ${MAX_SECONDARY_IPS} addresses.`,
      400,
      `${prefix}PrivateIpAddress`,
    );
  }
  const claimed = new Set<string>();
  const claim = (text: string, field: string): string => {
    const ip = claimPrivateIp(tx, vSwitch, text, field);
    if (claimed.has(ip)) {
      fail('InvalidPrivateIpAddress.Duplicated', 'Specified private IP address is duplicated.', 400, field);
    }
    claimed.add(ip);
    return ip;
  };
  const primaryText = optionalString(wanted.PrimaryIpAddress, `${prefix}PrimaryIpAddress`).trim();
  const primary = primaryText !== '' ? claim(primaryText, `${prefix}PrimaryIpAddress`) : null;
  const chosen = listed.map((ip, i) => claim(ip, `${prefix}PrivateIpAddress.${i + 1}`));
  const fresh = allocatePrivateIps(tx, vSwitch, (primary === null ? 1 : 0) + (count ?? 0), claimed);
  return primary === null
    ? { address: fresh[0]!, secondary: [...chosen, ...fresh.slice(1)] }
    : { address: primary, secondary: [...chosen, ...fresh] };
}
