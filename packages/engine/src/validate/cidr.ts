import { IPv4, IPv6, Validator } from 'ip-num';

/**
 * Addresses and CIDR blocks, parsed with ip-num. A bare address is a /32 (IPv4) or /128 (IPv6) block.
 * Rules keep IPv4 text as given (a non-canonical `10.159.6.18/12` is accepted) and IPv6 zero-compressed
 * and lower-cased but not masked, as the real service reads them back; matching always uses the mask.
 */
export type AddressFamily = 'IPv4' | 'IPv6';

export interface Cidr {
  family: AddressFamily;
  /** The form the engine stores and prints. */
  text: string;
  /** The canonical network form: masked, compressed (`10.144.0.0/12`, `2001:db8::/32`). */
  network: string;
  prefix: number;
  first: bigint;
  last: bigint;
  /** True when the address part is already the network address. */
  isCanonical: boolean;
  /** True when the input had no `/prefix`. */
  isBareAddress: boolean;
}

const BITS: Record<AddressFamily, number> = { IPv4: 32, IPv6: 128 };

/** RFC 5952 text: lower-case, leading zeros dropped, the longest run of zero groups as `::`. */
export function formatIPv6(value: bigint): string {
  const groups = Array.from({ length: 8 }, (_, i) => Number((value >> BigInt(112 - i * 16)) & 0xffffn));
  let bestStart = -1;
  let bestLength = 1;
  for (let i = 0; i < 8;) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLength) [bestStart, bestLength] = [i, j - i];
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestStart < 0) return hex.join(':');
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLength).join(':')}`;
}

export function formatIPv4(value: bigint): string {
  return [24, 16, 8, 0].map((shift) => Number((value >> BigInt(shift)) & 0xffn)).join('.');
}

export function formatAddress(family: AddressFamily, value: bigint): string {
  return family === 'IPv4' ? formatIPv4(value) : formatIPv6(value);
}

/** Parses an IPv4 or IPv6 address; null when it is neither. */
export function parseAddress(input: string): { family: AddressFamily; value: bigint } | null {
  const text = input.trim();
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(text) && Validator.isValidIPv4String(text)[0]) {
    // ip-num accepts leading zeros; the API does not: `01.2.3.4` is not an address.
    if (text.split('.').some((octet) => octet.length > 1 && octet.startsWith('0'))) return null;
    return { family: 'IPv4', value: IPv4.fromString(text).value };
  }
  if (text.includes(':') && !text.includes('%') && Validator.isValidIPv6String(text)[0]) {
    try {
      return { family: 'IPv6', value: IPv6.fromString(text).value };
    } catch {
      return null;
    }
  }
  return null;
}

/** Parses `a.b.c.d/n`, `x::y/n` or a bare address; null when malformed. */
export function parseCidr(input: string): Cidr | null {
  const text = input.trim();
  const slash = text.indexOf('/');
  const addressText = slash < 0 ? text : text.slice(0, slash);
  const prefixText = slash < 0 ? '' : text.slice(slash + 1);
  const address = parseAddress(addressText);
  if (!address) return null;
  const bits = BITS[address.family];
  if (slash >= 0 && !/^\d{1,3}$/.test(prefixText)) return null;
  const prefix = slash < 0 ? bits : Number(prefixText);
  if (prefix > bits) return null;
  const hostBits = BigInt(bits - prefix);
  const first = (address.value >> hostBits) << hostBits;
  const last = first + (1n << hostBits) - 1n;
  const shown = address.family === 'IPv4' ? addressText : formatIPv6(address.value);
  return {
    family: address.family,
    text: slash < 0 ? shown : `${shown}/${prefix}`,
    network: `${formatAddress(address.family, first)}/${prefix}`,
    prefix,
    first,
    last,
    isCanonical: first === address.value,
    isBareAddress: slash < 0,
  };
}

export function cidrContainsAddress(cidr: Cidr, family: AddressFamily, value: bigint): boolean {
  return cidr.family === family && value >= cidr.first && value <= cidr.last;
}

/** True when `outer` covers every address of `inner`. */
export function cidrCovers(outer: Cidr, inner: Cidr): boolean {
  return outer.family === inner.family && outer.first <= inner.first && outer.last >= inner.last;
}

export function cidrsOverlap(a: Cidr, b: Cidr): boolean {
  return a.family === b.family && a.first <= b.last && b.first <= a.last;
}
