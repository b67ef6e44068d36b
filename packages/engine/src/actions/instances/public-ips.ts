import type { Transaction } from '../../transaction.ts';
import { formatIPv4 } from '../../validate/cidr.ts';

/**
 * Public IPs the world hands out to instances launched with outbound bandwidth: one /16 per region from 47.96.0.0
 * (addresses of the kind Alibaba Cloud gives in its Chinese regions), taken in order and never reused, since
 * instances are never released. Deterministic, so the same calls give the same addresses.
 */
const FIRST = (47n << 24n) | (96n << 16n);
const PER_REGION = 1n << 16n;

export function allocatePublicIps(tx: Transaction, regionIndex: number, count: number): string[] {
  const base = FIRST + BigInt(regionIndex) * PER_REGION;
  const used = new Set<string>();
  for (const instance of tx.all('instances')) if (instance.PublicIpAddress) used.add(instance.PublicIpAddress);
  const out: string[] = [];
  // .0 and .255 of each /24 are skipped, as addresses people recognise as network and broadcast.
  for (let offset = 1n; out.length < count && offset < PER_REGION; offset++) {
    const low = Number(offset & 255n);
    if (low === 0 || low === 255) continue;
    const address = formatIPv4(base + offset);
    if (!used.has(address)) out.push(address);
  }
  return out;
}
