import { fail } from '../../errors.ts';
import type { NetworkInterface } from '../../model/instance.ts';
import type { VSwitch } from '../../model/network.ts';
import type { Transaction } from '../../transaction.ts';
import { formatIPv4, parseCidr } from '../../validate/cidr.ts';

/**
 * Private addresses of a vSwitch. The platform keeps the first host offsets (create-vswitch starts
 * NextHostOffset at 4), so a /24 offers 252 addresses, as the VPC console shows.
 */
const RESERVED = 4;

export function blockSize(vSwitch: VSwitch): number {
  const cidr = parseCidr(vSwitch.CidrBlock)!;
  return Number(cidr.last - cidr.first + 1n);
}

function interfacesIn(tx: Transaction, vSwitchId: string): NetworkInterface[] {
  return tx.all('networkInterfaces').filter((eni) => eni.VSwitchId === vSwitchId);
}

export function availableIpCount(tx: Transaction, vSwitch: VSwitch): number {
  return Math.max(0, blockSize(vSwitch) - RESERVED - interfacesIn(tx, vSwitch.VSwitchId).length);
}

/**
 * Hands out `count` free private IPs and stores the vSwitch with NextHostOffset moved past them.
 * It takes addresses in order from NextHostOffset and wraps around to reuse addresses that released
 * interfaces left free, so a vSwitch is only exhausted when every usable address is taken.
 * @throws InvalidVSwitchId.IpNotEnough
 */
export function allocatePrivateIps(tx: Transaction, vSwitch: VSwitch, count: number): string[] {
  const cidr = parseCidr(vSwitch.CidrBlock)!;
  const size = blockSize(vSwitch);
  const used = new Set(interfacesIn(tx, vSwitch.VSwitchId).map((eni) => eni.PrimaryIpAddress));
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
