import { fail } from '../../errors.ts';
import type { NetworkInterface } from '../../model/instance.ts';
import type { VSwitch } from '../../model/network.ts';
import type { Transaction } from '../../transaction.ts';
import { formatIPv4, parseAddress, parseCidr } from '../../validate/cidr.ts';
import { privateIpsOf } from '../../model/private-ips.ts';

/**
 * Private addresses of a vSwitch. The platform keeps the first host offsets (create-vswitch starts
 * NextHostOffset at 4), so a /24 offers 252 addresses, as the VPC console shows.
 */
const RESERVED = 4;

export function blockSize(vSwitch: VSwitch): number {
  const cidr = parseCidr(vSwitch.CidrBlock)!;
  return Number(cidr.last - cidr.first + 1n);
}

/** Every private IP (primary and secondary) held by an interface of the vSwitch. */
function addressesIn(tx: Transaction, vSwitchId: string): Set<string> {
  const used = new Set<string>();
  for (const eni of tx.all('networkInterfaces') as NetworkInterface[]) {
    if (eni.VSwitchId === vSwitchId) for (const ip of privateIpsOf(eni)) used.add(ip);
  }
  return used;
}

export function availableIpCount(tx: Transaction, vSwitch: VSwitch): number {
  return Math.max(0, blockSize(vSwitch) - RESERVED - addressesIn(tx, vSwitch.VSwitchId).size);
}

/**
 * Hands out `count` free private IPs and stores the vSwitch with NextHostOffset moved past them.
 * It takes addresses in order from NextHostOffset and wraps around to reuse addresses that released
 * interfaces left free, so a vSwitch is only exhausted when every usable address is taken.
 * @throws InvalidVSwitchId.IpNotEnough
 */
export function allocatePrivateIps(
  tx: Transaction,
  vSwitch: VSwitch,
  count: number,
  /** Addresses this call already claimed but has not stored yet. */
  claimed: ReadonlySet<string> = new Set(),
): string[] {
  if (count === 0) return [];
  const cidr = parseCidr(vSwitch.CidrBlock)!;
  const size = blockSize(vSwitch);
  const used = addressesIn(tx, vSwitch.VSwitchId);
  for (const ip of claimed) used.add(ip);
  const out: string[] = [];
  let offset = Math.max(RESERVED, vSwitch.NextHostOffset);
  for (let tried = 0; out.length < count && tried < size; tried++) {
    if (offset >= size) offset = RESERVED;
    const address = formatIPv4(cidr.first + BigInt(offset));
    offset++;
    if (used.has(address)) continue;
    used.add(address);
    out.push(address);
  }
  if (out.length < count) {
    fail(
      'InvalidVSwitchId.IpNotEnough',
      `The specified VSwitch "${vSwitch.VSwitchId}" has not enough IpAddress.`,
      403,
      'VSwitchId',
    );
  }
  tx.put('vSwitches', vSwitch.VSwitchId, { ...vSwitch, NextHostOffset: offset });
  return out;
}

/**
 * Claims one chosen private IP (CreateNetworkInterface's PrimaryIpAddress and PrivateIpAddress.N): a free host address of the
 * vSwitch's block, outside the platform's reserved start. NextHostOffset is left alone: the wrap-around of
 * allocatePrivateIps skips taken addresses anyway. Returns the address in its canonical form.
 * @throws InvalidVSwitchId.IpInvalid, InvalidPrivateIpAddress.Duplicated
 */
export function claimPrivateIp(tx: Transaction, vSwitch: VSwitch, text: string, field: string): string {
  const cidr = parseCidr(vSwitch.CidrBlock)!;
  const address = parseAddress(text);
  const offset = address && address.family === 'IPv4' ? address.value - cidr.first : -1n;
  if (!address || offset < BigInt(RESERVED) || address.value > cidr.last) {
    fail(
      'InvalidVSwitchId.IpInvalid',
      `The specified private IP address "${text}" is not a usable address of the VSwitch "${vSwitch.VSwitchId}" (${vSwitch.CidrBlock}).`,
      403,
      field,
    );
  }
  const canonical = formatIPv4(address.value);
  if (addressesIn(tx, vSwitch.VSwitchId).has(canonical)) {
    fail('InvalidPrivateIpAddress.Duplicated', 'Specified private IP address is duplicated.', 400, field);
  }
  return canonical;
}
